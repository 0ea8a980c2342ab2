#pragma once
// Pieces the reminder screens share: a reminder's row in a list, and date and time fields.
#include <string>

#include "app/reminders.h"
#include "ui/screens/screens.h"

namespace ui {

// A reminder in a list: tapping it opens the reminder. Its id is "##reminder-<id>".
void reminderRow(ScreenContext& ctx, const app::ReminderRow& row);
// A date ("YYYY-MM-DD") or time ("HH:MM") field: tapping it selects what is there, so typing
// replaces it, and a line under it says at once what was understood or what is wrong.
bool dateField(const char* label, const char* id, std::string& value);
bool timeField(const char* label, const char* id, std::string& value);

}  // namespace ui
