// Settings: reminders while Steadfast is closed (the desktop's timer that runs `steadfast
// reminders notify`), with whether it is active now.
#include <imgui.h>

#include "ui/screens/screens.h"
#include "ui/text_drawing.h"
#include "ui/widgets.h"

namespace ui {

void drawBackgroundRemindersSetting(ScreenContext& ctx) {
    app::App& app = ctx.app;
    const auto& state = app.backgroundReminderState();
    if (!state) return;  // nothing to switch here (tests, a build without the timer)
    heading("Reminders when Steadfast is closed");
    if (!state->installed) {
        mutedText(state->problem.empty()
                      ? "The reminder timer is not installed. Installing Steadfast (cmake --install, or the package) puts it in place."
                      : "The reminder timer cannot be reached: " + state->problem);
        return;
    }
    const char* subtitle = state->enabled && state->active ? "Active: checks every 15 minutes and at login, and notifies each reminder once"
                           : state->enabled             ? "On, but not running now: it starts at the next login"
                                                         : "Off: reminders show only while Steadfast is open";
    if (switchRow("##background-reminders", state->enabled, "Notify due reminders", subtitle))
        app.setBackgroundRemindersOn(!state->enabled);
}

}  // namespace ui
