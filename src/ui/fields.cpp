#include "ui/fields.h"

#include <algorithm>
#include <imgui_stdlib.h>

#include "ui/icons.h"
#include "ui/mirror.h"
#include "ui/text/text.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {

namespace {
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
}  // namespace

TextEdit textField(const char* id, const char* label, const char* hint, std::string& value, ImGuiInputTextFlags flags) {
    if (label && *label) mutedText(label);
    hint = fieldHint(hint);
    // Taller padding makes the field a full tap target, like the buttons around it.
    float padY = std::max(ImGui::GetStyle().FramePadding.y, (tapHeight() - ImGui::GetFontSize()) / 2);
    pushFieldStyle();
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ImGui::GetStyle().FramePadding.x, padY));
    float width = ImGui::GetContentRegionAvail().x;
    ImGui::SetNextItemWidth(width);
    placeItem(width);
    text::coverTypedText(ImGui::GetFont(), value);  // every letter typed has a glyph (not joined: ImGui cannot)
    TextEdit edit;
    edit.entered = ImGui::InputTextWithHint(id, hint, &value, flags | ImGuiInputTextFlags_EnterReturnsTrue);
    edit.changed = ImGui::IsItemEdited();
    itemPlaced();
    ImGui::PopStyleVar();
    popFieldStyle();
    recordTapTarget(id);
    float inner = ImGui::GetItemRectSize().x - ImGui::GetStyle().FramePadding.x * 2;
    if (!ImGui::IsItemActive() && textWidth(value) > inner) mutedText(value);
    return edit;
}

void textArea(const char* id, std::string& text, float lines) {
    float height = std::max(tapHeight(), ImGui::GetTextLineHeight() * lines + ImGui::GetStyle().FramePadding.y * 2);
    float width = ImGui::GetContentRegionAvail().x;
    pushFieldStyle();
    placeItem(width);
    ui::text::coverTypedText(ImGui::GetFont(), text);
    ImGui::InputTextMultiline(id, &text, ImVec2(width, height));
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
