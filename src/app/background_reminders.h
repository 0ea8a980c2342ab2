#pragma once
// Reminders while the app is closed: a timer of the desktop's service manager runs
// `steadfast reminders notify`. The platform reads and switches it; Settings shows it.
#include <functional>
#include <string>

namespace app {

struct BackgroundReminderState {
    bool installed = false;  // the timer unit is where the service manager finds it
    bool enabled = false;    // started at each login
    bool active = false;     // running now
    std::string problem;     // why the state could not be read ("" when it was)
};

struct BackgroundReminders {
    std::function<BackgroundReminderState()> state;
    std::function<std::string(bool on)> set;  // "" when done, else why not
};

// Notifications while the app is open, where the platform must ask the user first (a browser's
// Notification permission). The desktop's need no asking and it sets none.
struct NotificationPermission {
    enum class State { Unsupported, NotAsked, Granted, Denied };
    std::function<State()> state;
    std::function<void()> ask;  // only from a user's tap: browsers ignore it otherwise
};

}  // namespace app
