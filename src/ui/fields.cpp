#include "ui/fields.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include "ui/icons.h"
#include "ui/mirror.h"
#include "ui/text/text.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {

namespace {
std::map<std::string, DrawnField> g_drawn;

// Fields have the card's colour, so a border keeps them visible inside cards as well as outside.
void pushFieldStyle() {
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, std::max(1.0f, em() / 19.0f));
    ImVec4 border = palette().muted;
    border.w = 0.6f;
    ImGui::PushStyleColor(ImGuiCol_Border, border);
}
void popFieldStyle() {
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
}

// ImGui keeps editing the field (its buffer, keys, clipboard, undo) but draws none of its text,
// hint, caret or selection: it would draw them unshaped and left to right. drawValue() draws them.
void pushHiddenText() {
    ImVec4 none(0, 0, 0, 0);
    ImGui::PushStyleColor(ImGuiCol_Text, none);
    ImGui::PushStyleColor(ImGuiCol_TextDisabled, none);
    ImGui::PushStyleColor(ImGuiCol_TextSelectedBg, none);
}
void popHiddenText() { ImGui::PopStyleColor(3); }

// ImGui counts positions in characters (code points), the layout in bytes of UTF-8.
uint32_t byteOffset(const std::string& s, int chars) {
    uint32_t at = 0;
    for (; at < s.size() && chars > 0; ++at)
        if ((static_cast<unsigned char>(s[at + 1]) & 0xC0) != 0x80) --chars;
    return at;
}
int charIndex(const std::string& s, uint32_t byte) {
    int chars = 0;
    for (uint32_t i = 0; i < byte && i < s.size(); ++i)
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++chars;
    return chars;
}

// The hint goes inside the field when it fits; else above it, muted and wrapped, so no hint is
// cut off mid-word.
std::string_view fieldHint(const char* hint) {
    if (!hint || !*hint) return {};
    float inner = ImGui::GetContentRegionAvail().x - ImGui::GetStyle().FramePadding.x * 2;
    if (textWidth(hint) <= inner) return hint;
    mutedText(hint);
    return {};
}

// A Font Awesome icon (U+F000 and up, "\xef\x80" to "\xef\xa3" in UTF-8) at the start of a hint,
// with the space after it; "" when there is none.
std::string_view leadingIcon(std::string_view hint) {
    if (hint.size() < 4 || hint[0] != '\xef' || static_cast<unsigned char>(hint[1]) < 0x80 || static_cast<unsigned char>(hint[1]) > 0xA3)
        return {};
    return hint.substr(0, hint[3] == ' ' ? 4 : 3);
}

// Lines as wide as a multi-line field wraps them (0: a one-line field, not wrapped).
float wrapWidth(float innerWidth, bool multiline) {
    return multiline ? innerWidth * ImGui::GetFont()->FontSize / ImGui::GetFontSize() : 0.0f;
}

// Draws the field's value (or its hint when empty) over the field ImGui edits: shaped, in visual
// order, each line aligned to the text's direction, with the selection and the caret placed
// through the clusters. A tap or a drag in the field puts ImGui's cursor at the nearest cluster
// boundary. Arrow keys stay ImGui's: they move through the text in reading order.
void drawValue(const char* key, ImGuiID id, const ImRect& frame, const std::string& value, std::string_view hint, bool multiline) {
    ImGuiIO& io = ImGui::GetIO();
    ImFont* font = ImGui::GetFont();
    float size = ImGui::GetFontSize(), scale = size / font->FontSize;
    ImVec2 pad = ImGui::GetStyle().FramePadding;
    ImRect inner(ImVec2(frame.Min.x + pad.x, frame.Min.y + pad.y), ImVec2(frame.Max.x - pad.x, frame.Max.y - pad.y));
    const text::FieldLayout& layout = text::fieldLayout(font, value, wrapWidth(inner.GetWidth(), multiline));
    ImGuiInputTextState* state = ImGui::GetActiveID() == id ? ImGui::GetInputTextState(id) : nullptr;

    // A one-line field scrolls its text so the caret stays inside it.
    float& scroll = *ImGui::GetStateStorage()->GetFloatRef(ImHashStr("scroll", 0, id), 0.0f);
    float overflow = std::max(0.0f, layout.lines[0].width * scale - inner.GetWidth());
    if (!state || multiline) scroll = 0;
    auto lineLeft = [&](const text::FieldLine& line) {
        return layout.rtl ? inner.Max.x - line.width * scale + scroll : inner.Min.x - scroll;
    };
    auto lineTop = [&](size_t line) { return inner.Min.y + static_cast<float>(line) * size; };

    if (state && !state->SelectedAllMouseLock && io.MouseDown[0] && (io.MouseClicked[0] ? frame.Contains(io.MousePos) : io.MouseDelta.x != 0 || io.MouseDelta.y != 0)) {
        float row = std::floor((io.MousePos.y - inner.Min.y) / size);
        auto line = static_cast<size_t>(std::clamp(row, 0.0f, static_cast<float>(layout.lines.size() - 1)));
        int at = charIndex(value, text::offsetAt(layout, line, (io.MousePos.x - lineLeft(layout.lines[line])) / scale));
        // A tap puts the caret there; a drag from it selects (ImGui keeps where the drag began).
        state->Stb.cursor = state->Stb.select_end = at;
        if (io.MouseClicked[0]) state->Stb.select_start = at;
        state->CursorAnimReset();
    }

    DrawnField drawn;
    drawn.frame = {frame.Min.x, frame.Min.y, frame.Max.x, frame.Max.y};
    drawn.rtl = layout.rtl;
    drawn.font = font;
    drawn.fontSize = size;
    drawn.frameCount = ImGui::GetFrameCount();
    if (state) {
        text::CaretPlace caret = text::caretPlace(layout, byteOffset(value, state->Stb.cursor));
        float x = lineLeft(layout.lines[caret.line]) + caret.x * scale;
        if (!multiline) {  // keep it inside the field, then place it again
            if (x > inner.Max.x) scroll += layout.rtl ? -(x - inner.Max.x) : x - inner.Max.x;
            if (x < inner.Min.x) scroll += layout.rtl ? inner.Min.x - x : -(inner.Min.x - x);
            scroll = std::clamp(scroll, 0.0f, overflow);
            x = lineLeft(layout.lines[caret.line]) + caret.x * scale;
        }
        drawn.caret = true;
        drawn.caretX = x;
        drawn.caretY = lineTop(caret.line);
    }

    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->PushClipRect(frame.Min, frame.Max, true);
    if (state && state->HasSelection()) {
        uint32_t a = byteOffset(value, std::min(state->Stb.select_start, state->Stb.select_end));
        uint32_t b = byteOffset(value, std::max(state->Stb.select_start, state->Stb.select_end));
        ImU32 colour = ImGui::GetColorU32(ImGuiCol_TextSelectedBg);
        for (size_t l = 0; l < layout.lines.size(); ++l)
            for (const text::ClusterBox& box : layout.lines[l].clusters)
                if (box.start < b && box.end > a) {
                    float left = lineLeft(layout.lines[l]);
                    dl->AddRectFilled(ImVec2(left + box.x0 * scale, lineTop(l)), ImVec2(left + box.x1 * scale, lineTop(l) + size), colour);
                }
    }
    // An empty field shows its hint, aligned to the hint's own direction. An icon that opens it
    // (a magnifier) is drawn by ImGui, which has the icon font, at the hint's start edge.
    bool showHint = value.empty() && !hint.empty();
    std::string_view icon = showHint ? leadingIcon(hint) : std::string_view();
    const text::FieldLayout& shown = showHint ? text::fieldLayout(font, hint.substr(icon.size()), wrapWidth(inner.GetWidth(), multiline)) : layout;
    ImU32 colour = ImGui::GetColorU32(showHint ? ImGuiCol_TextDisabled : ImGuiCol_Text);
    float iconWidth = 0;
    if (!icon.empty()) {
        const char* glyph = icon.data();
        float glyphWidth = font->CalcTextSizeA(size, FLT_MAX, 0, glyph, glyph + 3).x;
        iconWidth = glyphWidth + (icon.size() > 3 ? font->GetCharAdvance(' ') * scale : 0.0f);
        dl->AddText(font, size, ImVec2(shown.rtl ? inner.Max.x - glyphWidth : inner.Min.x, inner.Min.y), colour, glyph, glyph + 3);
    }
    for (size_t l = 0; l < shown.lines.size(); ++l) {
        const text::FieldLine& line = shown.lines[l];
        float left = showHint ? (shown.rtl ? inner.Max.x - iconWidth - line.width * scale : inner.Min.x + iconWidth) : lineLeft(line);
        dl->AddText(font, size, ImVec2(left, lineTop(l)), colour, line.text.c_str(), line.text.c_str() + line.text.size());
        drawn.lines.push_back(line.text);
        drawn.lineBoxes.push_back({left, lineTop(l), left + line.width * scale, lineTop(l) + size});
    }
    drawn.hint = showHint;
    bool blinkOn = !io.ConfigInputTextCursorBlink || state == nullptr || state->CursorAnim <= 0.0f || std::fmod(state->CursorAnim, 1.20f) <= 0.80f;
    if (drawn.caret && blinkOn) {
        float x = IM_FLOOR(drawn.caretX) + 0.5f;
        dl->AddLine(ImVec2(x, drawn.caretY + 0.5f), ImVec2(x, drawn.caretY + size - 1.5f), ImGui::GetColorU32(ImGuiCol_Text),
                    std::max(1.0f, size / 16.0f));
    }
    dl->PopClipRect();
    g_drawn[key] = std::move(drawn);
}
}  // namespace

const std::map<std::string, DrawnField>& drawnFields() { return g_drawn; }

TextEdit textField(const char* id, const char* label, const char* hint, std::string& value, ImGuiInputTextFlags flags) {
    if (label && *label) mutedText(label);
    std::string_view shownHint = fieldHint(hint);
    // Taller padding makes the field a full tap target, like the buttons around it.
    float padY = std::max(ImGui::GetStyle().FramePadding.y, (tapHeight() - ImGui::GetFontSize()) / 2);
    pushFieldStyle();
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ImGui::GetStyle().FramePadding.x, padY));
    float width = ImGui::GetContentRegionAvail().x;
    ImGui::SetNextItemWidth(width);
    placeItem(width);
    ImGuiID itemId = ImGui::GetID(id);
    TextEdit edit;
    pushHiddenText();
    edit.entered = ImGui::InputText(id, &value, flags | ImGuiInputTextFlags_EnterReturnsTrue);
    popHiddenText();
    edit.changed = ImGui::IsItemEdited();
    bool active = ImGui::IsItemActive();
    drawValue(id, itemId, ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()), value, shownHint, false);
    itemPlaced();
    ImGui::PopStyleVar();
    popFieldStyle();
    recordTapTarget(id);
    float inner = ImGui::GetItemRectSize().x - ImGui::GetStyle().FramePadding.x * 2;
    if (!active && textWidth(value) > inner) mutedText(value);
    return edit;
}

void textArea(const char* id, std::string& text, float lines) {
    ImFont* font = ImGui::GetFont();
    float width = ImGui::GetContentRegionAvail().x;
    float innerWidth = width - ImGui::GetStyle().FramePadding.x * 2;
    // Tall enough for every wrapped line: ImGui's own scrolling knows only the lines between breaks.
    auto wrapped = static_cast<float>(text::fieldLayout(font, text, wrapWidth(innerWidth, true)).lines.size());
    float height = std::max(tapHeight(), ImGui::GetTextLineHeight() * std::max(lines, wrapped) + ImGui::GetStyle().FramePadding.y * 2);
    pushFieldStyle();
    placeItem(width);
    ImGuiID itemId = ImGui::GetID(id);
    // The text area is a child window drawn over this one: its background is drawn here instead,
    // under the text.
    ImU32 background = ImGui::GetColorU32(ImGuiCol_FrameBg);
    ImGui::PushStyleColor(ImGuiCol_FrameBg, ImVec4(0, 0, 0, 0));
    pushHiddenText();
    ImGui::InputTextMultiline(id, &text, ImVec2(width, height));
    popHiddenText();
    ImGui::PopStyleColor();
    ImRect frame(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    ImGui::GetWindowDrawList()->AddRectFilled(frame.Min, frame.Max, background, ImGui::GetStyle().FrameRounding);
    drawValue(id, itemId, frame, text, {}, true);
    itemPlaced();
    popFieldStyle();
    recordTapTarget(id);
}

bool checkRow(const char* id, bool checked, const CheckRowText& t, float width, bool interactive) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const Palette& p = palette();
    float padX = style.FramePadding.x, padY = style.FramePadding.y;
    float iconW = em() * 1.6f;
    float trailingW = t.trailing.empty() ? 0.0f : textWidth(t.trailing) + padX;
    float wrap = std::max(em() * 4, width - padX * 2 - iconW - trailingW);
    std::string note = t.note.empty() ? "" : std::string(ICON_EDIT " ") + t.note;
    float textH = textSize(t.text, wrap).y;
    float detailH = t.detail.empty() ? 0.0f : textSize(t.detail, wrap).y;
    float noteH = note.empty() ? 0.0f : textSize(note, wrap).y;
    float gap = style.ItemInnerSpacing.y * 0.5f;
    float contentH = textH + (detailH > 0 ? gap + detailH : 0) + (noteH > 0 ? gap + noteH : 0);
    float rowH = std::max(tapHeight(), contentH + padY * 2);

    ImVec2 pos = placeItem(width);
    bool pressed = false;
    ImU32 bg = ImGui::GetColorU32(p.card);
    if (interactive) {
        pressed = ImGui::InvisibleButton(id, ImVec2(width, rowH));
        itemPlaced();
        recordTapTarget(id);
        if (ImGui::IsItemActive())
            bg = ImGui::GetColorU32(ImGuiCol_ButtonActive);
        else if (ImGui::IsItemHovered())
            bg = ImGui::GetColorU32(ImGuiCol_ButtonHovered);
    } else {
        ImGui::Dummy(ImVec2(width, rowH));
        itemPlaced();
    }
    if (!ImGui::IsItemVisible()) return pressed;

    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImFont* font = ImGui::GetFont();
    float size = ImGui::GetFontSize();
    dl->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + rowH), bg, style.FrameRounding);
    float top = pos.y + (rowH - contentH) / 2;
    auto at = [&](float offset, float w) { return startX(pos.x, pos.x + width, offset, w); };
    // A box to tick where ticking works; where it does not (a finished run), a plain check mark or
    // a dash that does not invite a tap.
    const char* icon = interactive ? (checked ? ICON_CHECKED : ICON_SQUARE) : (checked ? ICON_CHECK : "\xe2\x80\x93");
    ImVec4 iconColour = checked ? p.success : p.muted;
    float iconSize = size * 1.15f;
    drawText(dl, ImVec2(at(padX, textSize(icon, 0, font, iconSize).x), top - size * 0.05f), ImGui::GetColorU32(iconColour), icon, 0, font,
             iconSize);
    float x = at(padX + iconW, wrap);
    drawText(dl, ImVec2(x, top), ImGui::GetColorU32(ImGuiCol_Text), t.text, wrap, font, size);
    float y = top + textH;
    if (detailH > 0) {
        y += gap;
        drawText(dl, ImVec2(x, y), ImGui::GetColorU32(p.muted), t.detail, wrap, font, size);
        y += detailH;
    }
    if (noteH > 0) {
        y += gap;
        drawText(dl, ImVec2(x, y), ImGui::GetColorU32(p.accent), note, wrap, font, size);
    }
    if (!t.trailing.empty())
        drawText(dl, ImVec2(at(width - padX - textWidth(t.trailing), textWidth(t.trailing)), top), ImGui::GetColorU32(p.muted), t.trailing);
    return pressed;
}

}  // namespace ui
