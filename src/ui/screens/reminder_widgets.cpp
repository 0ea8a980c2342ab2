#include "ui/screens/reminder_widgets.h"

#include <algorithm>
#include <imgui.h>
#include <imgui_stdlib.h>

#include "ui/icons.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {

void reminderRow(ScreenContext& ctx, const app::ReminderRow& row) {
    const core::Reminder& r = row.reminder;
    const char* icon = row.state == core::DueState::Overdue    ? ICON_WARNING
                       : row.state == core::DueState::DueToday ? ICON_CLOCK
                       : r.source.rfind("kit:", 0) == 0        ? ICON_MEDKIT
                       : r.source == "practice"                ? ICON_PRACTICE
                                                               : ICON_CALENDAR;
    std::string id = "##reminder-" + std::to_string(r.id);
    std::string subtitle = row.when + " · " + row.repeat;
    if (listRow(id.c_str(), icon, r.title.c_str(), subtitle.c_str()))
        ctx.app.nav().push({app::Screen::ReminderDetail, std::to_string(r.id)});
}

bool textField(const char* label, const char* id, const char* hint, std::string& value) {
    if (label && *label) mutedText(label);
    float pad = std::max(ImGui::GetStyle().FramePadding.y, (tapHeight() - ImGui::GetFontSize()) / 2);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ImGui::GetStyle().FramePadding.x, pad));
    ImGui::SetNextItemWidth(-1);
    bool changed = ImGui::InputTextWithHint(id, hint, &value);
    ImGui::PopStyleVar();
    recordTapTarget(id);
    return changed;
}

int choiceRow(const char* const* labels, int count, int chosen) {
    float spacing = ImGui::GetStyle().ItemSpacing.x * 0.6f;
    float w = (ImGui::GetContentRegionAvail().x - spacing * (count - 1)) / count;
    int tapped = -1;
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(spacing, ImGui::GetStyle().ItemSpacing.y));
    for (int i = 0; i < count; ++i) {
        if (i) ImGui::SameLine();
        if (tapButton(labels[i], w, i == chosen ? Tone::Accent : Tone::Normal)) tapped = i;
    }
    ImGui::PopStyleVar();
    return tapped;
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
    dl->AddText(ImVec2(pos.x + style.FramePadding.x, top), ImGui::GetColorU32(on ? palette().accent : palette().muted),
                on ? ICON_CHECKED : ICON_SQUARE);
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(pos.x + textX, top), ImGui::GetColorU32(ImGuiCol_Text), title, nullptr, wrap);
    if (subSize.y > 0)
        dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(pos.x + textX, top + titleSize.y), ImGui::GetColorU32(palette().muted),
                    subtitle, nullptr, wrap);
    return pressed;
}

}  // namespace ui
