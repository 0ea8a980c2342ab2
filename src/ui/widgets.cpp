#include "ui/widgets.h"

#include <algorithm>
#include <cfloat>
#include <cstring>
#include <imgui_internal.h>
#include <vector>

#include "ui/icons.h"
#include "ui/keyboard_focus.h"
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
// The tappable area of a list row with its card background, darker while hovered or pressed.
bool rowTarget(const char* id, float width, float height) {
    ImVec2 pos = ImGui::GetCursorScreenPos();
    bool pressed = ImGui::InvisibleButton(id, ImVec2(width, height));
    recordTapTarget(id);
    ImU32 bg = ImGui::IsItemActive()    ? ImGui::GetColorU32(ImGuiCol_ButtonActive)
               : ImGui::IsItemHovered() ? ImGui::GetColorU32(ImGuiCol_ButtonHovered)
                                        : ImGui::GetColorU32(palette().card);
    ImGui::GetWindowDrawList()->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height), bg, ImGui::GetStyle().FrameRounding);
    return pressed;
}
}  // namespace

void setDpiScale(float scale) { g_dpiScale = scale; }
float dpiScale() { return g_dpiScale; }
float em() { return ImGui::GetFontSize(); }
float tapHeight() { return std::max(48.0f * g_dpiScale, 2.5f * ImGui::GetFontSize()); }

void clearTapTargets() { g_targets.clear(); }
const std::map<std::string, Rect>& tapTargets() { return g_targets; }

void recordTapTarget(const char* label) {
    std::string key(label);
    if (auto hashes = key.find("##"); hashes != std::string::npos) key = key.substr(hashes);
    focus::registerItem(key);
    if (!ImGui::IsItemVisible()) return;
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    // Clip to the window so a half-scrolled row is tapped where it shows.
    ImRect clip = ImGui::GetCurrentWindow()->ClipRect;
    a.y = std::max(a.y, clip.Min.y);
    b.y = std::min(b.y, clip.Max.y);
    g_targets.emplace(key, Rect{a.x, a.y, b.x, b.y});
}

float widestWord(const char* text, const char* textEnd) {
    if (!textEnd) textEnd = text + std::strlen(text);
    float widest = 0;
    for (const char* word = text; word < textEnd;) {
        const char* end = word;
        while (end < textEnd && *end != ' ' && *end != '\n') ++end;
        widest = std::max(widest, ImGui::CalcTextSize(word, end).x);
        word = end + 1;
    }
    return widest;
}

void drawCentredText(ImDrawList* dl, ImVec2 topLeft, float wrapWidth, const char* text, const char* textEnd, ImU32 col, float size) {
    ImFont* font = ImGui::GetFont();
    if (size <= 0) size = ImGui::GetFontSize();
    float scale = size / font->FontSize;
    if (!textEnd) textEnd = text + std::strlen(text);
    float y = topLeft.y;
    for (const char* line = text; line < textEnd;) {
        const char* lineEnd = font->CalcWordWrapPositionA(scale, line, textEnd, wrapWidth);
        if (lineEnd == line) lineEnd = line + 1;  // a glyph wider than the line: take it anyway
        const char* visibleEnd = lineEnd;
        while (visibleEnd > line && (visibleEnd[-1] == ' ' || visibleEnd[-1] == '\n')) --visibleEnd;
        float w = font->CalcTextSizeA(size, FLT_MAX, 0, line, visibleEnd).x;
        dl->AddText(font, size, ImVec2(topLeft.x + (wrapWidth - w) / 2, y), col, line, visibleEnd);
        y += size;
        line = lineEnd;
        while (line < textEnd && (*line == ' ' || *line == '\n')) ++line;
    }
}

namespace {
// How a button label is set: wrapped between words, and smaller only when one word alone is
// wider than the button, so no word is ever broken.
struct LabelLayout {
    float size, wrap, height;
};
LabelLayout layoutLabel(const char* label, const char* textEnd, float width) {
    const ImGuiStyle& style = ImGui::GetStyle();
    float wrap = std::max(1.0f, width - style.FramePadding.x * 2);
    float size = ImGui::GetFontSize() * std::min(1.0f, wrap / std::max(1.0f, widestWord(label, textEnd)));
    float textH = ImGui::GetFont()->CalcTextSizeA(size, FLT_MAX, wrap, label, textEnd).y;
    return {size, wrap, std::max(tapHeight(), textH + style.FramePadding.y * 2)};
}
}  // namespace

float tapButtonHeight(const char* label, float width) {
    return layoutLabel(label, ImGui::FindRenderedTextEnd(label), width).height;
}

bool tapButton(const char* label, float width, Tone tone, float height) {
    const ImGuiStyle& style = ImGui::GetStyle();
    float w = width < 0 ? ImGui::GetContentRegionAvail().x : width;
    const char* textEnd = ImGui::FindRenderedTextEnd(label);
    LabelLayout text = layoutLabel(label, textEnd, w);
    float h = std::max(text.height, height);
    ImVec2 pos = ImGui::GetCursorScreenPos();
    bool pressed = ImGui::InvisibleButton(label, ImVec2(w, h));
    recordTapTarget(label);
    if (!ImGui::IsItemVisible()) return pressed;
    if (tone != Tone::Normal) pushTone(tone);
    ImGuiCol bg = ImGui::IsItemActive() ? ImGuiCol_ButtonActive : ImGui::IsItemHovered() ? ImGuiCol_ButtonHovered : ImGuiCol_Button;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(pos, ImVec2(pos.x + w, pos.y + h), ImGui::GetColorU32(bg), style.FrameRounding);
    float textH = ImGui::GetFont()->CalcTextSizeA(text.size, FLT_MAX, text.wrap, label, textEnd).y;
    drawCentredText(dl, ImVec2(pos.x + (w - text.wrap) / 2, pos.y + (h - textH) / 2), text.wrap, label, textEnd,
                    ImGui::GetColorU32(ImGuiCol_Text), text.size);
    if (tone != Tone::Normal) ImGui::PopStyleColor(4);
    return pressed;
}

int choiceRow(const char* const* labels, int count, int chosen, int maxColumns) {
    const ImGuiStyle& style = ImGui::GetStyle();
    float spacing = style.ItemSpacing.x * 0.6f;
    float avail = ImGui::GetContentRegionAvail().x;
    // As many to a row as fit with every word whole: large text reflows the choices, it does not cut them.
    int columns = std::max(1, std::min(count, maxColumns > 0 ? maxColumns : count));
    auto width = [&](int n) { return (avail - spacing * static_cast<float>(n - 1)) / static_cast<float>(n); };
    auto fits = [&](int n) {
        for (int i = 0; i < count; ++i)
            if (widestWord(labels[i], ImGui::FindRenderedTextEnd(labels[i])) > width(n) - style.FramePadding.x * 2) return false;
        return true;
    };
    while (columns > 1 && !fits(columns)) --columns;
    int rows = (count + columns - 1) / columns;
    columns = (count + rows - 1) / rows;  // rows as even as they can be: 2 + 2, not 3 + 1
    float w = width(columns);
    int tapped = -1;
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(spacing, style.ItemSpacing.y));
    for (int row = 0; row * columns < count; ++row) {
        float h = 0;  // every button of a row as tall as the tallest
        for (int i = row * columns; i < std::min(count, (row + 1) * columns); ++i) h = std::max(h, tapButtonHeight(labels[i], w));
        for (int i = row * columns; i < std::min(count, (row + 1) * columns); ++i) {
            if (i > row * columns) ImGui::SameLine();
            if (tapButton(labels[i], w, i == chosen ? Tone::Accent : Tone::Normal, h)) tapped = i;
        }
    }
    ImGui::PopStyleVar();
    return tapped;
}

bool wrappedButton(const char* label, Tone tone) { return tapButton(label, -1.0f, tone); }

float buttonWidthFor(const char* label) {
    return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
}

bool labelsFitSideBySide(const std::vector<const char*>& labels) {
    if (labels.empty()) return true;
    float spacing = ImGui::GetStyle().ItemSpacing.x;
    float share = (ImGui::GetContentRegionAvail().x - spacing * (labels.size() - 1)) / labels.size();
    return std::all_of(labels.begin(), labels.end(), [&](const char* l) { return buttonWidthFor(l) <= share; });
}

bool listRow(const char* id, const char* icon, const char* title, const char* subtitle) {
    if (!title) title = "";
    bool hasSubtitle = subtitle && *subtitle;
    const ImGuiStyle& style = ImGui::GetStyle();
    ImVec2 pos = ImGui::GetCursorScreenPos();
    float width = ImGui::GetContentRegionAvail().x;
    float iconW = icon && *icon ? em() * 1.6f : 0.0f;
    float chevronW = em();
    float textX = style.FramePadding.x + iconW;
    float wrap = std::max(em() * 4, width - textX - chevronW - style.FramePadding.x);
    float titleH = ImGui::CalcTextSize(title, nullptr, false, wrap).y;
    float subtitleH = hasSubtitle ? ImGui::CalcTextSize(subtitle, nullptr, false, wrap).y : 0.0f;
    float rowH = std::max(tapHeight(), titleH + subtitleH + style.FramePadding.y * 2.4f);
    bool pressed = rowTarget(id, width, rowH);
    if (!ImGui::IsItemVisible()) return pressed;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float lineH = ImGui::GetTextLineHeight();
    float textTop = pos.y + (rowH - titleH - subtitleH) / 2;
    if (iconW > 0) dl->AddText(ImVec2(pos.x + style.FramePadding.x, pos.y + (rowH - lineH) / 2), colour(palette().accent), icon);
    ImFont* font = ImGui::GetFont();
    float size = ImGui::GetFontSize();
    dl->AddText(font, size, ImVec2(pos.x + textX, textTop), ImGui::GetColorU32(ImGuiCol_Text), title, nullptr, wrap);
    if (hasSubtitle) dl->AddText(font, size, ImVec2(pos.x + textX, textTop + titleH), colour(palette().muted), subtitle, nullptr, wrap);
    float right = pos.x + width - style.FramePadding.x;
    dl->AddText(ImVec2(right - em() * 0.6f, pos.y + (rowH - lineH) / 2), colour(palette().muted), ICON_NEXT);
    return pressed;
}

bool linkRow(const char* id, const char* text) {
    const ImGuiStyle& style = ImGui::GetStyle();
    ImVec2 pos = ImGui::GetCursorScreenPos();
    float width = ImGui::GetContentRegionAvail().x;
    float arrowW = em() * 1.4f;
    float wrap = std::max(em() * 4, width - arrowW - style.FramePadding.x);
    float textH = ImGui::CalcTextSize(text, nullptr, false, wrap).y;
    float rowH = std::max(tapHeight(), textH + style.FramePadding.y * 1.2f);
    bool pressed = ImGui::InvisibleButton(id, ImVec2(width, rowH));
    recordTapTarget(id);
    if (!ImGui::IsItemVisible()) return pressed;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (ImGui::IsItemHovered() || ImGui::IsItemActive())
        dl->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + rowH),
                          ImGui::GetColorU32(ImGui::IsItemActive() ? ImGuiCol_ButtonActive : ImGuiCol_ButtonHovered), style.FrameRounding);
    ImU32 accent = colour(palette().accent);
    float lineH = ImGui::GetTextLineHeight();
    dl->AddText(ImVec2(pos.x + style.FramePadding.x * 0.5f, pos.y + (rowH - lineH) / 2), accent, ICON_NEXT);
    // Underline each wrapped line, as a link is.
    ImFont* font = ImGui::GetFont();
    float size = ImGui::GetFontSize(), scale = size / font->FontSize;
    float x = pos.x + arrowW, y = pos.y + (rowH - textH) / 2;
    const char* end = text + std::strlen(text);
    for (const char* line = text; line < end;) {
        const char* lineEnd = font->CalcWordWrapPositionA(scale, line, end, wrap);
        if (lineEnd == line) lineEnd = line + 1;
        const char* visibleEnd = lineEnd;
        while (visibleEnd > line && visibleEnd[-1] == ' ') --visibleEnd;
        float w = font->CalcTextSizeA(size, FLT_MAX, 0, line, visibleEnd).x;
        dl->AddText(font, size, ImVec2(x, y), accent, line, visibleEnd);
        dl->AddLine(ImVec2(x, y + size * 1.02f), ImVec2(x + w, y + size * 1.02f), accent, std::max(1.0f, size / 16));
        y += size;
        line = lineEnd;
        while (line < end && *line == ' ') ++line;
    }
    return pressed;
}

bool toggleRow(const char* id, bool on, const char* title, const char* subtitle) {
    ImGuiStyle& style = ImGui::GetStyle();
    float width = ImGui::GetContentRegionAvail().x;
    float textX = style.FramePadding.x + em() * 1.8f;
    float wrap = width - textX - style.FramePadding.x;
    ImVec2 titleSize = ImGui::CalcTextSize(title, nullptr, false, wrap);
    ImVec2 subSize = subtitle && *subtitle ? ImGui::CalcTextSize(subtitle, nullptr, false, wrap) : ImVec2(0, 0);
    float rowH = std::max(tapHeight(), titleSize.y + subSize.y + style.FramePadding.y * 2);
    ImVec2 pos = ImGui::GetCursorScreenPos();
    bool pressed = ImGui::InvisibleButton(id, ImVec2(width, rowH));
    recordTapTarget(id);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImU32 bg = ImGui::GetColorU32(ImGui::IsItemActive() ? ImGuiCol_ButtonActive : ImGui::IsItemHovered() ? ImGuiCol_ButtonHovered : ImGuiCol_Button);
    dl->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + rowH), bg, style.FrameRounding);
    float top = pos.y + (rowH - titleSize.y - subSize.y) / 2;
    dl->AddText(ImVec2(pos.x + style.FramePadding.x, top), ImGui::GetColorU32(on ? palette().success : palette().muted),
                on ? ICON_CHECKED : ICON_SQUARE);
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(pos.x + textX, top), ImGui::GetColorU32(ImGuiCol_Text), title, nullptr, wrap);
    if (subSize.y > 0)
        dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(pos.x + textX, top + titleSize.y), ImGui::GetColorU32(palette().muted),
                    subtitle, nullptr, wrap);
    return pressed;
}

void LazyList::draw(int count, float estimate, const std::function<void(int)>& drawRow) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    float width = ImGui::GetContentRegionAvail().x;
    if (width != width_ || ImGui::GetFontSize() != fontSize_) heights_.clear();  // everything wraps anew
    width_ = width;
    fontSize_ = ImGui::GetFontSize();
    heights_.resize(static_cast<size_t>(count), -1.0f);
    float spacing = ImGui::GetStyle().ItemSpacing.y;
    auto height = [&](int i) { return heights_[static_cast<size_t>(i)] < 0 ? estimate + spacing : heights_[static_cast<size_t>(i)]; };

    // The rows that overlap the visible part of the window, in the window's own coordinates.
    float top = ImGui::GetCursorPosY();
    float visibleTop = window->Scroll.y, visibleBottom = window->Scroll.y + window->InnerRect.GetHeight();
    int first = 0;
    float y = top;
    while (first < count && y + height(first) < visibleTop) y += height(first++);
    if (first > 0) y -= height(--first);  // one more above, for Shift+Tab and the up arrow
    float firstY = y;
    int last = first;
    while (last < count && y <= visibleBottom) y += height(last++);
    if (last < count) ++last;  // and one below
    ImGui::SetCursorPosY(firstY);
    for (int i = first; i < last; ++i) {
        float before = ImGui::GetCursorPosY();
        drawRow(i);
        heights_[static_cast<size_t>(i)] = ImGui::GetCursorPosY() - before;
    }
    float total = 0;
    for (int i = 0; i < count; ++i) total += height(i);
    // Reserve the rest of the list's height so the scrollbar and what follows are in place.
    if (count > 0) {
        ImGui::SetCursorPosY(top + total - spacing);
        ImGui::Dummy(ImVec2(0, 0));
    }
}

const char* fieldHint(const char* hint) {
    if (!hint || !*hint) return "";
    float inner = ImGui::GetContentRegionAvail().x - ImGui::GetStyle().FramePadding.x * 2;
    if (ImGui::CalcTextSize(hint).x <= inner) return hint;
    mutedText(hint);
    return "";
}


std::string fitToWidth(const std::string& text, float width) {
    if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
    const std::string ellipsis = "\xe2\x80\xa6";
    std::vector<size_t> spaces;
    for (size_t i = 1; i < text.size(); ++i)
        if (text[i] == ' ') spaces.push_back(i);
    auto cutAt = [&](size_t end) {
        std::string cut = text.substr(0, end);
        while (!cut.empty() && (cut.back() == ',' || cut.back() == ':' || cut.back() == ';' || cut.back() == '.')) cut.pop_back();
        return cut + ellipsis;
    };
    // The last word boundary that still fits, found by halving: a few measurements per row.
    size_t lo = 0, hi = spaces.size();
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (ImGui::CalcTextSize(cutAt(spaces[mid]).c_str()).x <= width)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo == 0 ? ellipsis : cutAt(spaces[lo - 1]);
}

bool listRowWrapped(const char* id, const char* icon, const char* title, const char* subtitle) {
    ImGuiStyle& style = ImGui::GetStyle();
    float lineH = ImGui::GetTextLineHeight();
    ImVec2 pos = ImGui::GetCursorScreenPos();
    float width = ImGui::GetContentRegionAvail().x;
    float x = pos.x + style.FramePadding.x + (icon && *icon ? em() * 1.6f : 0.0f);
    float right = pos.x + width - style.FramePadding.x - em();
    float titleH = ImGui::CalcTextSize(title, nullptr, false, right - x).y;
    bool hasSubtitle = subtitle && *subtitle;
    float textH = titleH + (hasSubtitle ? lineH : 0.0f);
    float rowH = std::max(tapHeight(), textH + style.FramePadding.y * 2.4f);
    bool pressed = rowTarget(id, width, rowH);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float top = pos.y + (rowH - textH) / 2;
    if (icon && *icon) dl->AddText(ImVec2(pos.x + style.FramePadding.x, top), colour(palette().accent), icon);
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(x, top), ImGui::GetColorU32(ImGuiCol_Text), title, nullptr, right - x);
    if (hasSubtitle) {
        std::string line = fitToWidth(subtitle, right - x);
        dl->AddText(ImVec2(x, top + titleH), colour(palette().muted), line.c_str());
    }
    dl->AddText(ImVec2(pos.x + width - style.FramePadding.x - em() * 0.6f, pos.y + (rowH - lineH) / 2), colour(palette().muted),
                "\xef\x81\x94");
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
