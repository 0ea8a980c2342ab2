#include "ui/checklist_widgets.h"

#include <algorithm>
#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/date_format.h"
#include "core/text.h"
#include "ui/icons.h"
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

bool textField(const char* id, const char* hint, std::string& text) {
    hint = fieldHint(hint);
    // Taller padding makes the field a full tap target, like the buttons around it.
    float padY = std::max(ImGui::GetStyle().FramePadding.y, (tapHeight() - ImGui::GetFontSize()) / 2);
    pushFieldStyle();
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ImGui::GetStyle().FramePadding.x, padY));
    ImGui::SetNextItemWidth(-1);
    bool enter = ImGui::InputTextWithHint(id, hint, &text, ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::PopStyleVar();
    popFieldStyle();
    recordTapTarget(id);
    return enter;
}

void textArea(const char* id, std::string& text, float lines) {
    float height = std::max(tapHeight(), ImGui::GetTextLineHeight() * lines + ImGui::GetStyle().FramePadding.y * 2);
    pushFieldStyle();
    ImGui::InputTextMultiline(id, &text, ImVec2(-1, height));
    popFieldStyle();
    recordTapTarget(id);
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

bool checkRow(const char* id, bool checked, const CheckRowText& t, float width, bool interactive) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const Palette& p = palette();
    float padX = style.FramePadding.x, padY = style.FramePadding.y;
    float iconW = em() * 1.6f;
    float trailingW = t.trailing.empty() ? 0.0f : ImGui::CalcTextSize(t.trailing.c_str()).x + padX;
    float wrap = std::max(em() * 4, width - padX * 2 - iconW - trailingW);
    std::string note = t.note.empty() ? "" : std::string(ICON_EDIT " ") + t.note;
    float textH = ImGui::CalcTextSize(t.text.c_str(), nullptr, false, wrap).y;
    float detailH = t.detail.empty() ? 0.0f : ImGui::CalcTextSize(t.detail.c_str(), nullptr, false, wrap).y;
    float noteH = note.empty() ? 0.0f : ImGui::CalcTextSize(note.c_str(), nullptr, false, wrap).y;
    float gap = style.ItemInnerSpacing.y * 0.5f;
    float contentH = textH + (detailH > 0 ? gap + detailH : 0) + (noteH > 0 ? gap + noteH : 0);
    float rowH = std::max(tapHeight(), contentH + padY * 2);

    ImVec2 pos = ImGui::GetCursorScreenPos();
    bool pressed = false;
    ImU32 bg = ImGui::GetColorU32(p.card);
    if (interactive) {
        pressed = ImGui::InvisibleButton(id, ImVec2(width, rowH));
        recordTapTarget(id);
        if (ImGui::IsItemActive())
            bg = ImGui::GetColorU32(ImGuiCol_ButtonActive);
        else if (ImGui::IsItemHovered())
            bg = ImGui::GetColorU32(ImGuiCol_ButtonHovered);
    } else {
        ImGui::Dummy(ImVec2(width, rowH));
    }
    if (!ImGui::IsItemVisible()) return pressed;

    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImFont* font = ImGui::GetFont();
    float size = ImGui::GetFontSize();
    dl->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + rowH), bg, style.FrameRounding);
    float top = pos.y + (rowH - contentH) / 2;
    float x = pos.x + padX;
    // A box to tick where ticking works; where it does not (a finished run), a plain check mark or
    // a dash that does not invite a tap.
    const char* icon = interactive ? (checked ? ICON_CHECKED : ICON_SQUARE) : (checked ? ICON_CHECK : "\xe2\x80\x93");
    ImVec4 iconColour = checked ? p.success : p.muted;
    dl->AddText(font, size * 1.15f, ImVec2(x, top - size * 0.05f), ImGui::GetColorU32(iconColour), icon);
    x += iconW;
    dl->AddText(font, size, ImVec2(x, top), ImGui::GetColorU32(ImGuiCol_Text), t.text.c_str(), nullptr, wrap);
    float y = top + textH;
    if (detailH > 0) {
        y += gap;
        dl->AddText(font, size, ImVec2(x, y), ImGui::GetColorU32(p.muted), t.detail.c_str(), nullptr, wrap);
        y += detailH;
    }
    if (noteH > 0) {
        y += gap;
        dl->AddText(font, size, ImVec2(x, y), ImGui::GetColorU32(p.accent), note.c_str(), nullptr, wrap);
    }
    if (!t.trailing.empty())
        dl->AddText(ImVec2(pos.x + width - padX - ImGui::CalcTextSize(t.trailing.c_str()).x, top), ImGui::GetColorU32(p.muted),
                    t.trailing.c_str());
    return pressed;
}

std::string runOutcome(core::RunStatus status, std::optional<core::Millis> duration) {
    std::string took = duration ? core::formatDuration(duration->count() / 1000) : "";
    switch (status) {
        case core::RunStatus::Finished: return "Finished in " + took;
        case core::RunStatus::Abandoned: return "Abandoned after " + took;
        case core::RunStatus::InProgress: return "In progress";
    }
    return "";
}

std::string runSummaryLine(const core::RunSummary& run) {
    std::string line = core::formatDate(run.started) + " \xc2\xb7 " + (run.mode == core::RunMode::Real ? "Real" : "Practice") + " \xc2\xb7 " +
                       std::to_string(run.doneCount) + "/" + std::to_string(run.itemCount);
    if (run.status == core::RunStatus::Finished && run.ended)
        line += " in " + core::formatDuration(std::chrono::duration_cast<std::chrono::seconds>(*run.ended - run.started).count());
    else if (run.status == core::RunStatus::Abandoned)
        line += " \xc2\xb7 abandoned";
    else
        line += " \xc2\xb7 in progress";
    return line;
}

}  // namespace ui
