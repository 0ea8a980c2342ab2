// The reminder parts of other screens: what is due on Today, and a banner for a reminder that
// comes due while the app is open.
#include <imgui.h>

#include "ui/icons.h"
#include "ui/screens/reminder_widgets.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {

void drawTodayReminders(ScreenContext& ctx) {
    app::App& app = ctx.app;
    app::Reminders& reminders = app.reminders();
    const app::DueLists& lists = reminders.lists();
    constexpr size_t kShown = 5;  // more go to the Reminders tab

    heading("Due");
    if (lists.dueCount() == 0) {
        std::string text = "Nothing is due today.";
        if (!lists.upcoming.empty())
            text += " Next: " + lists.upcoming.front().reminder.title + ", " + lists.upcoming.front().when + ".";
        mutedText(text.c_str());
    }
    size_t shown = 0;
    for (const auto* list : {&lists.overdue, &lists.dueToday})
        for (const app::ReminderRow& row : *list)
            if (shown++ < kShown) reminderRow(ctx, row);
    if (shown > kShown) {
        std::string all = "All " + std::to_string(shown) + " due reminders##today-all-reminders";
        if (tapButton(all.c_str())) app.nav().selectTab(app::Tab::Reminders);
    }
    // The offer is not something due: it has a heading of its own.
    if (!ctx.app.upkeepOffer().answered()) {
        heading("Get started");
        if (listRow("##today-upkeep", ICON_SHIELD, "Set up upkeep reminders", "Smoke alarms, water and food, drills: keep what you want"))
            app.nav().push(app::route::ReminderDefaults{});
    }
}

void drawReminderAlerts(ScreenContext& ctx) {
    app::App& app = ctx.app;
    app::Reminders& reminders = app.reminders();
    if (reminders.alerts().empty()) return;
    // A copy: Open and Dismiss change the list.
    std::vector<app::ReminderAlert> alerts = reminders.alerts();
    for (const app::ReminderAlert& alert : alerts) {
        beginCard();
        textLine(palette().accent, ICON_CLOCK);
        ImGui::SameLine();
        paragraphf("Due now: %s", alert.title.c_str());
        mutedText(alert.when.c_str());
        std::string id = std::to_string(alert.reminderId);
        float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) / 2;
        if (tapButton(("Open##alert-open-" + id).c_str(), half, Tone::Accent)) {
            reminders.dismissAlert(alert.reminderId);
            app.nav().push(app::route::ReminderDetail{alert.reminderId});
        }
        ImGui::SameLine();
        if (tapButton(("Dismiss##alert-dismiss-" + id).c_str(), half)) reminders.dismissAlert(alert.reminderId);
        endCard();
    }
}

}  // namespace ui
