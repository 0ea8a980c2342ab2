// Reminders: the first-run upkeep offer, Add, then overdue, due today, upcoming and recently done.
// The lists come ready from the app (refreshed on change and once a minute); the upcoming list
// draws only the rows on screen, so thousands of reminders cost only those.
#include <imgui.h>

#include "core/date_format.h"
#include "core/text.h"
#include "i18n/i18n.h"
#include "ui/icons.h"
#include "ui/screens/label.h"
#include "ui/screens/reminder_widgets.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {

namespace {
using i18n::fillIn, i18n::tr;

// "Overdue (3)": a section's heading with how many rows it has.
std::string headingWithCount(const char* title, size_t count) {
    // TRANSLATORS: a list's heading and how many rows it has, as in "Overdue (3)".
    return fillIn(fillIn(tr("{title} ({count})"), "title", title), "count", core::formatNumber(static_cast<long long>(count)));
}

void section(ScreenContext& ctx, const char* title, const std::vector<app::ReminderRow>& rows) {
    if (rows.empty()) return;
    heading(headingWithCount(title, rows.size()));
    for (const app::ReminderRow& row : rows) reminderRow(ctx, row);
}

void upcoming(ScreenContext& ctx, LazyList& list, const std::vector<app::ReminderRow>& rows) {
    if (rows.empty()) return;
    heading(headingWithCount(tr("Upcoming"), rows.size()));
    // Only the rows on screen are drawn; a row is as tall as its wrapped title and date.
    float estimate = std::max(tapHeight(), ImGui::GetTextLineHeight() * 2.0f + ImGui::GetStyle().FramePadding.y * 2.4f);
    list.draw(static_cast<int>(rows.size()), estimate, [&](int i) { reminderRow(ctx, rows[static_cast<size_t>(i)]); });
}


class RemindersScreen final : public ScreenOf<app::route::Reminders> {
public:
    RemindersScreen() : ScreenOf(core::textId("Reminders")) {}

private:
    void show(ScreenContext& ctx, const app::route::Reminders&) override {
        app::App& app = ctx.app;
        app::Reminders& reminders = app.reminders();
        const app::DueLists& lists = reminders.lists();

        if (!ctx.app.upkeepOffer().answered()) {
            beginCard();
            textLine(palette().accent, ICON_SHIELD);
            ImGui::SameLine();
            paragraph(tr("Start with upkeep reminders"));
            mutedText(tr("Test the smoke alarms, replace their batteries, rotate water and food, review the plan, practise a drill, "
                         "renew a first-aid certificate: keep the ones you want."));
            if (tapButton(labelWithId(tr("Choose upkeep reminders"), "##reminder-defaults").c_str(), -1, Tone::Accent))
                app.nav().push(app::route::ReminderDefaults{});
            if (tapButton(labelWithId(tr("Not now"), "##reminder-defaults-dismiss").c_str())) ctx.app.upkeepOffer().dismiss();
            endCard();
        }

        if (tapButton(labelWithId(ICON_PLUS, tr("Add a reminder"), "##reminder-add").c_str(), -1, ctx.app.upkeepOffer().answered() ? Tone::Accent : Tone::Normal))
            app.nav().push(app::route::ReminderEdit{});

        if (lists.empty()) {
            emptyState(ICON_REMINDER, tr("No reminders yet."),
                       tr("Reminders to test the smoke alarm, rotate water and renew certificates will appear here."));
        }
        section(ctx, tr("Overdue"), lists.overdue);
        section(ctx, tr("Due today"), lists.dueToday);
        upcoming(ctx, upcomingList_, lists.upcoming);

        if (!lists.recentlyDone.empty()) {
            heading(tr("Done recently"));
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
            if (tapButton(labelWithId(ICON_SHIELD, tr("Upkeep reminders"), "##reminder-defaults-again").c_str())) app.nav().push(app::route::ReminderDefaults{});
        }
    }

    LazyList upcomingList_;
};
}  // namespace

std::unique_ptr<Screen> makeRemindersScreen() { return std::make_unique<RemindersScreen>(); }

}  // namespace ui
