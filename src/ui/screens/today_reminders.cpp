// The reminder parts of other screens: what is due on Today, and a banner for a reminder that
// comes due while the app is open.
#include <imgui.h>

#include "i18n/i18n.h"
#include "ui/icons.h"
#include "ui/screens/label.h"
#include "ui/screens/reminder_widgets.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {

using i18n::fillIn, i18n::tr, i18n::trc, i18n::trn;

void drawTodayReminders(ScreenContext& ctx) {
    app::App& app = ctx.app;
    app::Reminders& reminders = app.reminders();
    const app::DueLists& lists = reminders.lists();
    constexpr size_t kShown = 5;  // more go to the Reminders tab

    // TRANSLATORS: a heading over the reminders that are due now.
    heading(tr("Due"));
    if (lists.dueCount() == 0) {
        if (lists.upcoming.empty()) {
            mutedText(tr("Nothing is due today."));
        } else {
            const app::ReminderRow& next = lists.upcoming.front();
            mutedText(fillIn(fillIn(tr("Nothing is due today. Next: {title}, {when}."), "title", next.reminder.title), "when", next.when));
        }
    }
    size_t shown = 0;
    for (const auto* list : {&lists.overdue, &lists.dueToday})
        for (const app::ReminderRow& row : *list)
            if (shown++ < kShown) reminderRow(ctx, row);
    if (shown > kShown) {
        std::string all = labelWithId(trn("All {n} due reminder", "All {n} due reminders", static_cast<long long>(shown)), "##today-all-reminders");
        if (tapButton(all.c_str())) app.nav().selectTab(app::Tab::Reminders);
    }
    // The offer is not something due: it has a heading of its own.
    if (!ctx.app.upkeepOffer().answered()) {
        heading(tr("Get started"));
        if (listRow("##today-upkeep", ICON_SHIELD, tr("Set up upkeep reminders"), tr("Smoke alarms, water and food, drills: keep what you want")))
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
        paragraph(fillIn(tr("Due now: {title}"), "title", alert.title));
        mutedText(alert.when.c_str());
        std::string id = std::to_string(alert.reminderId);
        float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) / 2;
        // TRANSLATORS: a button (half a phone screen wide) that opens the reminder.
        if (tapButton(labelWithId(trc("verb", "Open"), "##alert-open-" + id).c_str(), half, Tone::Accent)) {
            reminders.dismissAlert(alert.reminderId);
            app.nav().push(app::route::ReminderDetail{alert.reminderId});
        }
        ImGui::SameLine();
        if (tapButton(labelWithId(tr("Dismiss"), "##alert-dismiss-" + id).c_str(), half)) reminders.dismissAlert(alert.reminderId);
        endCard();
    }
}

}  // namespace ui
