// Settings: notifications where the user must allow them first (a browser), and reminders while
// Steadfast is closed (the desktop's timer that runs `steadfast reminders notify`), with whether it
// is active now.
#include <imgui.h>

#include "i18n/i18n.h"
#include "ui/icons.h"
#include "ui/screens/screens.h"
#include "ui/text_drawing.h"
#include "ui/widgets.h"

namespace ui {

// Where notifications must be allowed first (a browser): whether they are, and a button to ask.
void drawNotificationPermission(app::App& app) {
    const app::NotificationPermission& permission = app.notificationPermission();
    if (!permission.state) return;
    using State = app::NotificationPermission::State;
    heading(i18n::tr("Notifications"));
    switch (permission.state()) {
        case State::Unsupported: mutedText(i18n::tr("This browser cannot show notifications: due reminders show in Steadfast only.")); break;
        case State::Granted: mutedText(i18n::tr("Due reminders are notified while Steadfast is open; a tap on one opens it.")); break;
        case State::Denied:
            mutedText(i18n::tr("Notifications are blocked for Steadfast. To have them, allow them in the browser's settings for this site."));
            break;
        case State::NotAsked:
            mutedText(i18n::tr("Steadfast can notify due reminders while it is open, even in another tab."));
            if (tapButton(labelled(ICON_REMINDER, i18n::tr("Allow notifications"), "##allow-notifications").c_str())) permission.ask();
            break;
    }
}

void drawBackgroundRemindersSetting(ScreenContext& ctx) {
    drawNotificationPermission(ctx.app);
    app::App& app = ctx.app;
    const auto& state = app.backgroundReminderState();
    if (!state) return;  // nothing to switch here (tests, a build without the timer)
    heading(i18n::tr("Reminders when Steadfast is closed"));
    if (!state->installed) {
        mutedText(state->problem.empty()
                      ? std::string(i18n::tr("The reminder timer is not installed. Installing Steadfast (cmake --install, or the package) puts it in place."))
                      : i18n::fillIn(i18n::tr("The reminder timer cannot be reached: {problem}"), "problem", state->problem));
        return;
    }
    const char* subtitle = state->enabled && state->active
                               ? i18n::tr("Active: checks every 15 minutes and at login, and notifies each reminder once; a click on one opens it here")
                           : state->enabled ? i18n::tr("On, but not running now: it starts at the next login")
                                            : i18n::tr("Off: reminders show only while Steadfast is open");
    if (switchRow("##background-reminders", state->enabled, i18n::tr("Notify due reminders"), subtitle))
        app.setBackgroundRemindersOn(!state->enabled);
}

}  // namespace ui
