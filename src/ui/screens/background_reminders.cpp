// Settings: reminders while Steadfast is closed (the desktop's timer that runs `steadfast
// reminders notify`), with whether it is active now.
#include <imgui.h>

#include "i18n/i18n.h"
#include "ui/screens/screens.h"
#include "ui/text_drawing.h"
#include "ui/widgets.h"

namespace ui {

void drawBackgroundRemindersSetting(ScreenContext& ctx) {
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
