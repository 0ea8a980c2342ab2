#pragma once
// The steadfast-reminders.timer user unit (installed by `cmake --install`), through
// `systemctl --user`: whether it is there and running, and turning it on or off.
#include <string>

#include "app/background_reminders.h"

namespace platform {

app::BackgroundReminderState reminderTimerState();
// "" when done, else why not (systemctl's own words).
std::string setReminderTimer(bool on);

}  // namespace platform
