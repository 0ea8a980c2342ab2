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


}  // namespace ui
