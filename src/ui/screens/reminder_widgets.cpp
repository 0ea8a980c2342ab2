#include "ui/screens/reminder_widgets.h"

#include <algorithm>
#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/date_format.h"
#include "core/recurrence.h"
#include "i18n/i18n.h"
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
    // TRANSLATORS: the hint in a date field: how to write a date (the digits stay as they are).
    bool changed = textField(id, label, i18n::tr("YYYY-MM-DD"), value, ImGuiInputTextFlags_AutoSelectAll | ImGuiInputTextFlags_CharsDecimal).changed;
    if (std::optional<core::LocalDateTime> day = core::parseIsoDate(value))
        checkLine(true, core::formatDate(*day));
    else
        checkLine(false, value.empty() ? std::string(i18n::tr("Write the date as YYYY-MM-DD, for example 2026-12-24."))
                                       : i18n::fillIn(i18n::tr("\"{typed}\" is not a date: write it as YYYY-MM-DD, for example 2026-12-24."),
                                                      "typed", value));
    return changed;
}

bool timeField(const char* label, const char* id, std::string& value) {
    // TRANSLATORS: the hint in a time field: how to write a time of day on a 24-hour clock.
    bool changed = textField(id, label, i18n::tr("HH:MM"), value, ImGuiInputTextFlags_AutoSelectAll).changed;
    if (!core::parseHourMinute(value))
        checkLine(false, value.empty() ? std::string(i18n::tr("Write the time as HH:MM, for example 09:00."))
                                       : i18n::fillIn(i18n::tr("\"{typed}\" is not a time: write it as HH:MM, for example 18:30."),
                                                      "typed", value));
    return changed;
}

}  // namespace ui
