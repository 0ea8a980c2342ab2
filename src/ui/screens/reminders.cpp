// Reminders: upcoming, overdue and done.
#include <imgui.h>

#include "ui/icons.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace ui {

void drawReminders(ScreenContext&) {
    emptyState(ICON_REMINDER, "No reminders yet.", "Reminders to test the smoke alarm, rotate water and renew certificates will appear here.");
}

}  // namespace ui
