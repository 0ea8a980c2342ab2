#include "ui/widgets.h"

#include <algorithm>
#include <imgui_internal.h>
#include <vector>

#include "ui/theme.h"

namespace ui {
namespace {
float g_dpiScale = 1.0f;
std::map<std::string, Rect> g_targets;
ImDrawListSplitter g_cardSplitter;
ImVec2 g_cardStart;
float g_cardRight = 0, g_savedWorkRight = 0;

ImU32 colour(const ImVec4& c) { return ImGui::GetColorU32(c); }

void pushTone(Tone tone) {
    const Palette& p = palette();
    ImVec4 base = tone == Tone::Accent ? p.accentFill : tone == Tone::Emergency ? p.emergencyFill : p.successFill;
    ImGui::PushStyleColor(ImGuiCol_Button, base);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, shadeOf(base, kHoveredShade));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, shadeOf(base, kPressedShade));
    ImGui::PushStyleColor(ImGuiCol_Text, p.onColour);
}
}  // namespace

void setDpiScale(float scale) { g_dpiScale = scale; }
float em() { return ImGui::GetFontSize(); }
float tapHeight() { return std::max(48.0f * g_dpiScale, 2.5f * ImGui::GetFontSize()); }

void clearTapTargets() { g_targets.clear(); }
const std::map<std::string, Rect>& tapTargets() { return g_targets; }

void recordTapTarget(const char* label) {
    if (!ImGui::IsItemVisible()) return;
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    // Clip to the window so a half-scrolled row is tapped where it shows.
    ImRect clip = ImGui::GetCurrentWindow()->ClipRect;
    a.y = std::max(a.y, clip.Min.y);
    b.y = std::min(b.y, clip.Max.y);
    std::string key(label);
    if (auto hashes = key.find("##"); hashes != std::string::npos) key = key.substr(hashes);
    g_targets.emplace(key, Rect{a.x, a.y, b.x, b.y});
}

bool tapButton(const char* label, float width, Tone tone) {
    if (tone != Tone::Normal) pushTone(tone);
    float w = width < 0 ? ImGui::GetContentRegionAvail().x : width;
    bool pressed = ImGui::Button(label, ImVec2(w, tapHeight()));
    if (tone != Tone::Normal) ImGui::PopStyleColor(4);
    recordTapTarget(label);
    return pressed;
}

bool listRow(const char* id, const char* icon, const char* title, const char* subtitle) {
    if (!title) title = "";
    ImGuiStyle& style = ImGui::GetStyle();
    float lineH = ImGui::GetTextLineHeight();
    float rowH = std::max(tapHeight(), lineH * (subtitle && *subtitle ? 2.0f : 1.0f) + style.FramePadding.y * 2.4f);
    ImVec2 pos = ImGui::GetCursorScreenPos();
    float width = ImGui::GetContentRegionAvail().x;
    bool pressed = ImGui::InvisibleButton(id, ImVec2(width, rowH));
    recordTapTarget(id);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImU32 bg = ImGui::IsItemActive()    ? ImGui::GetColorU32(ImGuiCol_ButtonActive)
               : ImGui::IsItemHovered() ? ImGui::GetColorU32(ImGuiCol_ButtonHovered)
                                        : ImGui::GetColorU32(palette().card);
    dl->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + rowH), bg, style.FrameRounding);
    float x = pos.x + style.FramePadding.x;
    float textTop = pos.y + (rowH - lineH * (subtitle && *subtitle ? 2.0f : 1.0f)) / 2;
    if (icon && *icon) {
        dl->AddText(ImVec2(x, pos.y + (rowH - lineH) / 2), colour(palette().accent), icon);
        x += em() * 1.6f;
    }
    float right = pos.x + width - style.FramePadding.x;
    ImGui::RenderTextEllipsis(dl, ImVec2(x, textTop), ImVec2(right - em(), textTop + lineH), right - em(), right,
                              title, nullptr, nullptr);
    if (subtitle && *subtitle) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette().muted);
        ImGui::RenderTextEllipsis(dl, ImVec2(x, textTop + lineH), ImVec2(right - em(), textTop + 2 * lineH), right - em(),
                                  right, subtitle, nullptr, nullptr);
        ImGui::PopStyleColor();
    }
    dl->AddText(ImVec2(right - em() * 0.6f, pos.y + (rowH - lineH) / 2), colour(palette().muted), "\xef\x81\x94");
    return pressed;
}

void heading(const char* text) {
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, palette().muted);
    ImGui::TextWrapped("%s", text);
    ImGui::PopStyleColor();
}

void mutedText(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette().muted);
    ImGui::TextWrapped("%s", text);
    ImGui::PopStyleColor();
}

void emptyState(const char* icon, const char* title, const char* text) {
    beginCard();
    ImGui::TextColored(palette().accent, "%s", icon);
    ImGui::SameLine();
    ImGui::TextWrapped("%s", title);
    mutedText(text);
    endCard();
}

void bulletList(const std::vector<std::string>& items) {
    for (const auto& item : items) {
        ImGui::TextUnformatted("\xe2\x80\xa2");
        ImGui::SameLine();
        ImGui::TextWrapped("%s", item.c_str());
    }
}

// The card narrows the window's content region while it is open, so full-width widgets and
// wrapped text inside it stop at its padding.
void beginCard() {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    ImDrawList* dl = window->DrawList;
    ImGuiStyle& style = ImGui::GetStyle();
    g_cardSplitter.Split(dl, 2);
    g_cardSplitter.SetCurrentChannel(dl, 1);
    g_cardStart = ImGui::GetCursorScreenPos();
    g_cardRight = window->ContentRegionRect.Max.x;
    g_savedWorkRight = window->WorkRect.Max.x;
    window->ContentRegionRect.Max.x -= style.WindowPadding.x;
    window->WorkRect.Max.x -= style.WindowPadding.x;
    ImGui::SetCursorScreenPos(ImVec2(g_cardStart.x + style.WindowPadding.x, g_cardStart.y + style.WindowPadding.y));
    ImGui::BeginGroup();
}

void endCard() {
    ImGui::EndGroup();
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    window->ContentRegionRect.Max.x = g_cardRight;
    window->WorkRect.Max.x = g_savedWorkRight;
    ImGuiStyle& style = ImGui::GetStyle();
    ImDrawList* dl = window->DrawList;
    ImVec2 end(g_cardRight, ImGui::GetItemRectMax().y + style.WindowPadding.y);
    g_cardSplitter.SetCurrentChannel(dl, 0);
    dl->AddRectFilled(g_cardStart, end, colour(palette().card), style.ChildRounding);
    g_cardSplitter.Merge(dl);
    ImGui::SetCursorScreenPos(g_cardStart);
    ImGui::Dummy(ImVec2(end.x - g_cardStart.x, end.y - g_cardStart.y));
}

}  // namespace ui
