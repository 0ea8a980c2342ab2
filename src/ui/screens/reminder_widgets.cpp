#include "ui/screens/reminder_widgets.h"

#include <algorithm>
#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/date_format.h"
#include "core/recurrence.h"
#include "ui/fields.h"
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
        ctx.app.nav().push(app::route::ReminderDetail{r.id});
}

namespace {
// What was understood, or what is wrong, under a date or time field.
void checkLine(bool ok, const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ok ? palette().muted : palette().warning);
    paragraphf("%s %s", ok ? ICON_CHECK : ICON_WARNING, text.c_str());
    ImGui::PopStyleColor();
}
}  // namespace

bool dateField(const char* label, const char* id, std::string& value) {
    bool changed = textField(id, label, "YYYY-MM-DD", value, ImGuiInputTextFlags_AutoSelectAll | ImGuiInputTextFlags_CharsDecimal).changed;
    if (std::optional<core::LocalDateTime> day = core::parseIsoDate(value))
        checkLine(true, core::formatDate(*day));
    else
        checkLine(false, value.empty() ? "Write the date as YYYY-MM-DD, for example 2026-12-24."
                                       : "\"" + value + "\" is not a date: write it as YYYY-MM-DD, for example 2026-12-24.");
    return changed;
}

bool timeField(const char* label, const char* id, std::string& value) {
    bool changed = textField(id, label, "HH:MM", value, ImGuiInputTextFlags_AutoSelectAll).changed;
    if (!core::parseHourMinute(value))
        checkLine(false, value.empty() ? "Write the time as HH:MM, for example 09:00."
                                       : "\"" + value + "\" is not a time: write it as HH:MM, for example 18:30.");
    return changed;
}

}  // namespace ui
