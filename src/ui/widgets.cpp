#include "ui/widgets.h"

#include <algorithm>
#include <cfloat>
#include <cstring>
#include <imgui_internal.h>
#include <vector>

#include "ui/icons.h"
#include "ui/keyboard_focus.h"
#include "ui/text/text.h"
#include "ui/mirror.h"
#include "ui/theme.h"

namespace ui {
namespace {
float g_dpiScale = 1.0f;
std::map<std::string, Rect> g_targets;
ImDrawListSplitter g_cardSplitter;
ImVec2 g_cardStart;
float g_cardRight = 0, g_savedWorkRight = 0;

ImU32 colour(const ImVec4& c) { return ImGui::GetColorU32(c); }
// The ImGui id of a "label##id": the "##id" alone, so the id stays when the label is translated.
const char* idOf(const char* label) {
    const char* hashes = std::strstr(label, "##");
    return hashes ? hashes : label;
}
// The part of a "label##id" that is shown.
std::string_view visibleLabel(const char* label) { return std::string_view(label, ImGui::FindRenderedTextEnd(label) - label); }

void pushTone(Tone tone) {
    const Palette& p = palette();
    ImVec4 base = tone == Tone::Accent ? p.accentFill : tone == Tone::Emergency ? p.emergencyFill : p.successFill;
    ImGui::PushStyleColor(ImGuiCol_Button, base);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, shadeOf(base, kHoveredShade));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, shadeOf(base, kPressedShade));
    ImGui::PushStyleColor(ImGuiCol_Text, p.onColour);
}
// An invisible button `width` wide at the cursor (mirrored in a right-to-left layout); `pos` is
// where it is on screen.
bool placedButton(const char* id, float width, float height, ImVec2& pos) {
    pos = placeItem(width);
    bool pressed = ImGui::InvisibleButton(id, ImVec2(width, height));
    itemPlaced();
    recordTapTarget(id);
    return pressed;
}
// The tappable area of a list row with its card background, darker while hovered or pressed. A row
// out of view draws nothing: the caller asks ImGui::IsItemVisible() before drawing its text.
bool rowTarget(const char* id, float width, float height, ImVec2& pos) {
    bool pressed = placedButton(id, width, height, pos);
    if (!ImGui::IsItemVisible()) return pressed;
    ImU32 bg = ImGui::IsItemActive()    ? ImGui::GetColorU32(ImGuiCol_ButtonActive)
               : ImGui::IsItemHovered() ? ImGui::GetColorU32(ImGuiCol_ButtonHovered)
                                        : ImGui::GetColorU32(palette().card);
    ImGui::GetWindowDrawList()->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height), bg, ImGui::GetStyle().FrameRounding);
    return pressed;
}
// A plain row's background: darker while hovered or pressed.
ImU32 buttonColour() {
    return ImGui::GetColorU32(ImGui::IsItemActive() ? ImGuiCol_ButtonActive : ImGui::IsItemHovered() ? ImGuiCol_ButtonHovered : ImGuiCol_Button);
}
// The chevron at the end of a row that opens something: it points the way the screen opens.
void drawChevron(ImDrawList* dl, ImVec2 pos, float width, float rowH) {
    float padX = ImGui::GetStyle().FramePadding.x;
    float x = startX(pos.x, pos.x + width, width - padX - em() * 0.6f, textWidth(ICON_NEXT));
    drawText(dl, ImVec2(x, pos.y + (rowH - ImGui::GetTextLineHeight()) / 2), colour(palette().muted), ICON_NEXT);
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

namespace {
// How a button label is set: wrapped between words, and smaller only when one word alone is
// wider than the button, so no word is ever broken.
struct LabelLayout {
    float size, wrap, height;
};
LabelLayout layoutLabel(const char* label, const char* textEnd, float width) {
    const ImGuiStyle& style = ImGui::GetStyle();
    float wrap = std::max(1.0f, width - style.FramePadding.x * 2);
    float size = ImGui::GetFontSize() * std::min(1.0f, wrap / std::max(1.0f, widestWord(std::string_view(label, textEnd - label))));
    float textH = textSize(std::string_view(label, textEnd - label), wrap, ImGui::GetFont(), size).y;
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
    ImVec2 pos = placeItem(w);
    bool pressed = ImGui::InvisibleButton(idOf(label), ImVec2(w, h));
    itemPlaced();
    recordTapTarget(label);
    if (!ImGui::IsItemVisible()) return pressed;
    if (tone != Tone::Normal) pushTone(tone);
    ImGuiCol bg = ImGui::IsItemActive() ? ImGuiCol_ButtonActive : ImGui::IsItemHovered() ? ImGuiCol_ButtonHovered : ImGuiCol_Button;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(pos, ImVec2(pos.x + w, pos.y + h), ImGui::GetColorU32(bg), style.FrameRounding);
    float textH = textSize(std::string_view(label, textEnd - label), text.wrap, ImGui::GetFont(), text.size).y;
    drawCentredText(dl, ImVec2(pos.x + (w - text.wrap) / 2, pos.y + (h - textH) / 2), text.wrap, std::string_view(label, textEnd - label),
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
            if (widestWord(visibleLabel(labels[i])) > width(n) - style.FramePadding.x * 2) return false;
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

bool cardButton(const char* label, float width) {
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_WindowBg));
    bool pressed = tapButton(label, width);
    ImGui::PopStyleColor();
    return pressed;
}

float splitWidth(int count) {
    float spacing = ImGui::GetStyle().ItemSpacing.x;
    return (ImGui::GetContentRegionAvail().x - spacing * static_cast<float>(count - 1)) / static_cast<float>(count);
}

Answer answerButtons(const char* actLabel, Tone actTone, const char* keepLabel) {
    float half = splitWidth(2);
    Answer answer = tapButton(actLabel, half, actTone) ? Answer::Act : Answer::None;
    ImGui::SameLine();
    if (cardButton(keepLabel, half)) answer = Answer::Keep;
    return answer;
}

bool wrappedButton(const char* label, Tone tone) { return tapButton(label, -1.0f, tone); }

void progressBar(float fraction, float height, const ImVec4& fill, const ImVec4& track) {
    const ImGuiStyle& style = ImGui::GetStyle();
    float width = ImGui::GetContentRegionAvail().x;
    ImVec2 pos = placeItem(width);
    ImRect bar(pos, ImVec2(pos.x + width, pos.y + height));
    ImGui::ItemSize(bar.GetSize(), style.FramePadding.y);
    bool shown = ImGui::ItemAdd(bar, 0);
    itemPlaced();
    if (!shown) return;
    ImGui::RenderFrame(bar.Min, bar.Max, ImGui::GetColorU32(track), true, style.FrameRounding);
    bar.Expand(ImVec2(-style.FrameBorderSize, -style.FrameBorderSize));
    fraction = std::clamp(fraction, 0.0f, 1.0f);
    float from = mirrored() ? 1.0f - fraction : 0.0f;
    ImGui::RenderRectFilledRangeH(ImGui::GetWindowDrawList(), bar, ImGui::GetColorU32(fill), from, from + fraction, style.FrameRounding);
}

int answerChoices(const std::vector<std::string>& choices, int right, std::optional<int> chosen, const char* idPrefix) {
    int tapped = -1;
    for (int i = 0; i < static_cast<int>(choices.size()); ++i) {
        Tone tone = Tone::Normal;
        if (chosen) {
            if (i == right) tone = Tone::Success;
            else if (i == *chosen) tone = Tone::Emergency;
        }
        // Long choices wrap inside a taller button.
        std::string label = choices[static_cast<size_t>(i)] + "##" + idPrefix + "-" + std::to_string(i);
        ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.5f));
        if (tapButton(label.c_str(), -1, tone) && !chosen) tapped = i;
        ImGui::PopStyleVar();
    }
    return tapped;
}

float buttonWidthFor(const char* label) {
    return textWidth(visibleLabel(label)) + ImGui::GetStyle().FramePadding.x * 2;
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
    float width = ImGui::GetContentRegionAvail().x;
    float iconW = icon && *icon ? em() * 1.6f : 0.0f;
    float chevronW = em();
    float textX = style.FramePadding.x + iconW;
    float wrap = std::max(em() * 4, width - textX - chevronW - style.FramePadding.x);
    float titleH = textSize(title, wrap).y;
    float subtitleH = hasSubtitle ? textSize(subtitle, wrap).y : 0.0f;
    float rowH = std::max(tapHeight(), titleH + subtitleH + style.FramePadding.y * 2.4f);
    ImVec2 pos;
    bool pressed = rowTarget(id, width, rowH, pos);
    if (!ImGui::IsItemVisible()) return pressed;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float lineH = ImGui::GetTextLineHeight();
    float textTop = pos.y + (rowH - titleH - subtitleH) / 2;
    auto at = [&](float offset, float w) { return startX(pos.x, pos.x + width, offset, w); };
    if (iconW > 0) drawText(dl, ImVec2(at(style.FramePadding.x, textWidth(icon)), pos.y + (rowH - lineH) / 2), colour(palette().accent), icon);
    drawText(dl, ImVec2(at(textX, wrap), textTop), ImGui::GetColorU32(ImGuiCol_Text), title, wrap);
    if (hasSubtitle) drawText(dl, ImVec2(at(textX, wrap), textTop + titleH), colour(palette().muted), subtitle, wrap);
    drawChevron(dl, pos, width, rowH);
    return pressed;
}

bool linkRow(const char* id, const char* text) {
    const ImGuiStyle& style = ImGui::GetStyle();
    float width = ImGui::GetContentRegionAvail().x;
    float arrowW = em() * 1.4f;
    float wrap = std::max(em() * 4, width - arrowW - style.FramePadding.x);
    float textH = textSize(text, wrap).y;
    float rowH = std::max(tapHeight(), textH + style.FramePadding.y * 1.2f);
    ImVec2 pos;
    bool pressed = placedButton(id, width, rowH, pos);
    if (!ImGui::IsItemVisible()) return pressed;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (ImGui::IsItemHovered() || ImGui::IsItemActive())
        dl->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + rowH),
                          ImGui::GetColorU32(ImGui::IsItemActive() ? ImGuiCol_ButtonActive : ImGuiCol_ButtonHovered), style.FrameRounding);
    ImU32 accent = colour(palette().accent);
    float lineH = ImGui::GetTextLineHeight();
    auto at = [&](float offset, float w) { return startX(pos.x, pos.x + width, offset, w); };
    drawText(dl, ImVec2(at(style.FramePadding.x * 0.5f, textWidth(ICON_NEXT)), pos.y + (rowH - lineH) / 2), accent, ICON_NEXT);
    // Underline each wrapped line, as a link is.
    drawUnderlinedText(dl, ImVec2(at(arrowW, wrap), pos.y + (rowH - textH) / 2), wrap, text, accent);
    return pressed;
}

bool toggleRow(const char* id, bool on, const char* title, const char* subtitle) {
    ImGuiStyle& style = ImGui::GetStyle();
    float width = ImGui::GetContentRegionAvail().x;
    float textX = style.FramePadding.x + em() * 1.8f;
    float wrap = width - textX - style.FramePadding.x;
    ImVec2 titleSize = textSize(title, wrap);
    ImVec2 subSize = subtitle && *subtitle ? textSize(subtitle, wrap) : ImVec2(0, 0);
    float rowH = std::max(tapHeight(), titleSize.y + subSize.y + style.FramePadding.y * 2);
    ImVec2 pos;
    bool pressed = placedButton(id, width, rowH, pos);
    if (!ImGui::IsItemVisible()) return pressed;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + rowH), buttonColour(), style.FrameRounding);
    float top = pos.y + (rowH - titleSize.y - subSize.y) / 2;
    auto at = [&](float offset, float w) { return startX(pos.x, pos.x + width, offset, w); };
    const char* box = on ? ICON_CHECKED : ICON_SQUARE;
    drawText(dl, ImVec2(at(style.FramePadding.x, textWidth(box)), top), ImGui::GetColorU32(on ? palette().success : palette().muted), box);
    drawText(dl, ImVec2(at(textX, wrap), top), ImGui::GetColorU32(ImGuiCol_Text), title, wrap);
    if (subSize.y > 0)
        drawText(dl, ImVec2(at(textX, wrap), top + titleSize.y), ImGui::GetColorU32(palette().muted), subtitle, wrap);
    return pressed;
}

bool switchRow(const char* id, bool on, const char* title, const char* subtitle) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const Palette& p = palette();
    float width = ImGui::GetContentRegionAvail().x;
    float trackW = em() * 2.4f, trackH = em() * 1.3f;
    float wrap = std::max(em() * 4, width - style.FramePadding.x * 2 - trackW - style.ItemSpacing.x);
    ImVec2 titleSize = textSize(title, wrap);
    ImVec2 subSize = subtitle && *subtitle ? textSize(subtitle, wrap) : ImVec2(0, 0);
    float rowH = std::max(tapHeight(), titleSize.y + subSize.y + style.FramePadding.y * 2);
    ImVec2 pos;
    bool pressed = placedButton(id, width, rowH, pos);
    if (!ImGui::IsItemVisible()) return pressed;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + rowH), buttonColour(), style.FrameRounding);
    auto at = [&](float offset, float w) { return startX(pos.x, pos.x + width, offset, w); };
    float top = pos.y + (rowH - titleSize.y - subSize.y) / 2;
    drawText(dl, ImVec2(at(style.FramePadding.x, wrap), top), ImGui::GetColorU32(ImGuiCol_Text), title, wrap);
    if (subSize.y > 0) drawText(dl, ImVec2(at(style.FramePadding.x, wrap), top + titleSize.y), ImGui::GetColorU32(p.muted), subtitle, wrap);
    // The switch at the row's end; its knob at the track's end when on (both mirror right to left).
    ImVec2 track(at(width - style.FramePadding.x - trackW, trackW), pos.y + (rowH - trackH) / 2);
    ImVec4 trackColour = on ? p.accentFill : p.muted;
    dl->AddRectFilled(track, ImVec2(track.x + trackW, track.y + trackH), ImGui::GetColorU32(trackColour), trackH / 2);
    float knobX = startX(track.x, track.x + trackW, on ? trackW - trackH : 0.0f, trackH);
    dl->AddCircleFilled(ImVec2(knobX + trackH / 2, track.y + trackH / 2), trackH / 2 - std::max(2.0f, trackH / 10), ImGui::GetColorU32(p.onColour), 24);
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

bool listRowWrapped(const char* id, const char* icon, const char* title, const char* subtitle) {
    ImGuiStyle& style = ImGui::GetStyle();
    float lineH = ImGui::GetTextLineHeight();
    float width = ImGui::GetContentRegionAvail().x;
    float textX = style.FramePadding.x + (icon && *icon ? em() * 1.6f : 0.0f);
    float wrap = width - textX - style.FramePadding.x - em();
    float titleH = textSize(title, wrap).y;
    bool hasSubtitle = subtitle && *subtitle;
    float textH = titleH + (hasSubtitle ? lineH : 0.0f);
    float rowH = std::max(tapHeight(), textH + style.FramePadding.y * 2.4f);
    ImVec2 pos;
    bool pressed = rowTarget(id, width, rowH, pos);
    if (!ImGui::IsItemVisible()) return pressed;  // only its height counts: nothing to draw or cut to width
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float top = pos.y + (rowH - textH) / 2;
    auto at = [&](float offset, float w) { return startX(pos.x, pos.x + width, offset, w); };
    if (icon && *icon) drawText(dl, ImVec2(at(style.FramePadding.x, textWidth(icon)), top), colour(palette().accent), icon);
    drawText(dl, ImVec2(at(textX, wrap), top), ImGui::GetColorU32(ImGuiCol_Text), title, wrap);
    if (hasSubtitle) {
        std::string line = fitToWidth(subtitle, wrap);
        drawText(dl, ImVec2(at(textX, textWidth(line)), top + titleH), colour(palette().muted), line);
    }
    drawChevron(dl, pos, width, rowH);
    return pressed;
}

void emptyState(const char* icon, const char* title, const char* text) {
    beginCard();
    iconParagraph(icon, palette().accent, title);
    mutedText(text);
    endCard();
}

void bulletList(const std::vector<std::string>& items) {
    for (const auto& item : items) {
        textLine("\xe2\x80\xa2");
        ImGui::SameLine();
        paragraph(item);
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
    Span span = mirroredSpan(g_cardStart.x, g_cardRight);
    dl->AddRectFilled(ImVec2(span.x0, g_cardStart.y), ImVec2(span.x1, end.y), colour(palette().card), style.ChildRounding);
    g_cardSplitter.Merge(dl);
    ImGui::SetCursorScreenPos(g_cardStart);
    ImGui::Dummy(ImVec2(end.x - g_cardStart.x, end.y - g_cardStart.y));
}

}  // namespace ui
