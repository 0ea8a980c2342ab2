// Reminders: the first-run upkeep offer, Add, then overdue, due today, upcoming and recently done.
// The lists come ready from the app (refreshed on change and once a minute); the upcoming list
// draws only the rows on screen, so thousands of reminders cost only those.
#include <imgui.h>

#include "ui/icons.h"
#include "ui/screens/reminder_widgets.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {

namespace {

void section(ScreenContext& ctx, const char* title, const std::vector<app::ReminderRow>& rows) {
    if (rows.empty()) return;
    std::string text = std::string(title) + " (" + std::to_string(rows.size()) + ")";
    heading(text.c_str());
    for (const app::ReminderRow& row : rows) reminderRow(ctx, row);
}

void upcoming(ScreenContext& ctx, LazyList& list, const std::vector<app::ReminderRow>& rows) {
    if (rows.empty()) return;
    std::string text = "Upcoming (" + std::to_string(rows.size()) + ")";
    heading(text.c_str());
    // Only the rows on screen are drawn; a row is as tall as its wrapped title and date.
    float estimate = std::max(tapHeight(), ImGui::GetTextLineHeight() * 2.0f + ImGui::GetStyle().FramePadding.y * 2.4f);
    list.draw(static_cast<int>(rows.size()), estimate, [&](int i) { reminderRow(ctx, rows[static_cast<size_t>(i)]); });
}


class RemindersScreen final : public ScreenOf<app::route::Reminders> {
public:
    RemindersScreen() : ScreenOf("Reminders") {}

private:
    void show(ScreenContext& ctx, const app::route::Reminders&) override {
        app::App& app = ctx.app;
        app::Reminders& reminders = app.reminders();
        const app::DueLists& lists = reminders.lists();

        if (!ctx.app.upkeepOffer().answered()) {
            beginCard();
            textLine(palette().accent, ICON_SHIELD);
            ImGui::SameLine();
            paragraph("Start with upkeep reminders");
            mutedText("Test the smoke alarms, replace their batteries, rotate water and food, review the plan, practise a drill, "
                      "renew a first-aid certificate: keep the ones you want.");
            if (tapButton("Choose upkeep reminders##reminder-defaults", -1, Tone::Accent)) app.nav().push(app::route::ReminderDefaults{});
            if (tapButton("Not now##reminder-defaults-dismiss")) ctx.app.upkeepOffer().dismiss();
            endCard();
        }

        if (tapButton(ICON_PLUS "  Add a reminder##reminder-add", -1, ctx.app.upkeepOffer().answered() ? Tone::Accent : Tone::Normal))
            app.nav().push(app::route::ReminderEdit{});

        if (lists.empty()) {
            emptyState(ICON_REMINDER, "No reminders yet.",
                       "Reminders to test the smoke alarm, rotate water and renew certificates will appear here.");
        }
        section(ctx, "Overdue", lists.overdue);
        section(ctx, "Due today", lists.dueToday);
        upcoming(ctx, upcomingList_, lists.upcoming);

        if (!lists.recentlyDone.empty()) {
            heading("Done recently");
            beginCard();
            for (const app::DoneRow& done : lists.recentlyDone) {
                textLine(palette().success, ICON_CHECK);
                ImGui::SameLine();
                paragraph(done.title);
                ImGui::Indent(em() * 1.4f);
                mutedText(done.when.c_str());
                ImGui::Unindent(em() * 1.4f);
            }
            endCard();
        }

        if (ctx.app.upkeepOffer().answered()) {
            ImGui::Spacing();
            if (tapButton(ICON_SHIELD "  Upkeep reminders##reminder-defaults-again")) app.nav().push(app::route::ReminderDefaults{});
        }
    }

    LazyList upcomingList_;
};
}  // namespace

std::unique_ptr<Screen> makeRemindersScreen() { return std::make_unique<RemindersScreen>(); }

}  // namespace ui
