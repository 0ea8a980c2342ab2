#pragma once
// Due reminders as the browser's notifications while the page is open.
#include <functional>

#include "app/app.h"

namespace web {

// Notifies `app`'s reminders as they come due, once the user allowed it from Settings; a click
// on one brings the page forward and opens that reminder, then calls `wake`.
void notifyReminders(app::App& app, std::function<void()> wake);

}  // namespace web
