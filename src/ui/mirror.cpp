#include "ui/mirror.h"

#include <algorithm>
#include <imgui_internal.h>

#include "ui/icons.h"
#include "ui/text/text.h"

namespace ui {

namespace {
// Where the item being placed ends in the left-to-right layout, and how far the window's content
// had reached before it.
float g_logicalEnd = 0, g_maxBefore = 0;

// left + right of the window's content column, the axis items are mirrored about: the start of an
// unindented line and the right edge of a full-width item as the window began (a card narrows
// its content region while it is open, symmetrically, so the axis stays).
float axisSum(const ImGuiWindow* w) {
    float left = IM_FLOOR(w->Pos.x - w->Scroll.x + w->WindowPadding.x);
    float right = w->Pos.x - w->Scroll.x + w->Size.x - w->WindowPadding.x - w->ScrollbarSizes.x;
    return left + right;
}

// Font Awesome 4 icons that point one way and their mirror images.
constexpr std::pair<std::string_view, std::string_view> kPointing[] = {
    {ICON_BACK, ICON_NEXT},
    {ICON_NEXT, ICON_BACK},
    {ICON_FORWARD, "\xef\x81\x8a"},  // fa-forward, fa-backward
};
}  // namespace

bool mirrored() { return text::uiIsRtl(); }

float startX(float left, float right, float offset, float width) {
    return mirrored() ? right - offset - width : left + offset;
}

ImVec2 placeItem(float width) {
    ImGuiWindow* w = ImGui::GetCurrentWindow();
    ImVec2 pos = w->DC.CursorPos;
    if (!mirrored()) return pos;
    g_logicalEnd = pos.x + width;
    g_maxBefore = w->DC.CursorMaxPos.x;
    w->DC.CursorPos.x = axisSum(w) - pos.x - width;
    return w->DC.CursorPos;
}

void itemPlaced() {
    if (!mirrored()) return;
    ImGuiWindow* w = ImGui::GetCurrentWindow();
    w->DC.CursorPosPrevLine.x = g_logicalEnd;
    w->DC.CursorMaxPos.x = std::max(g_maxBefore, g_logicalEnd);
}

Span mirroredSpan(float x0, float x1) {
    if (!mirrored()) return {x0, x1};
    float sum = axisSum(ImGui::GetCurrentWindow());
    return {sum - x1, sum - x0};
}

std::string_view withIconsMirrored(std::string_view s, std::string& scratch) {
    // Every icon is three bytes from U+F000 on: most text has none and is returned at once.
    if (!mirrored() || s.find('\xef') == std::string_view::npos) return s;
    scratch.clear();
    for (size_t i = 0; i < s.size();) {
        auto swap = std::find_if(std::begin(kPointing), std::end(kPointing), [&](const auto& p) { return s.substr(i, 3) == p.first; });
        if (swap != std::end(kPointing)) {
            scratch += swap->second;
            i += 3;
        } else {
            scratch += s[i++];
        }
    }
    return scratch;
}

}  // namespace ui
