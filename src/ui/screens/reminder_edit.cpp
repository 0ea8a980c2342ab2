// Add or edit a reminder: title, notes, the first (or next) due date and time, and a repeat built
// from simple choices (once; every N days, weeks, months or years; the Nth weekday of the month),
// which the app turns into an RRULE. What is typed stays in the app's draft until saved.
#include <cstdlib>
#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/date_format.h"
#include "app/reminder_text.h"
#include "core/recurrence.h"
#include "ui/fields.h"
#include "ui/icons.h"
#include "ui/screens/reminder_widgets.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {

namespace {

const char* unitName(core::Repeat repeat, int n) {
    switch (repeat) {
        case core::Repeat::Days: return n == 1 ? "day" : "days";
        case core::Repeat::Weeks: return n == 1 ? "week" : "weeks";
        default: return n == 1 ? "month" : "months";
        case core::Repeat::Years: return n == 1 ? "year" : "years";
    }
}

void repeatChooser(app::ReminderDraft& d) {
    using core::Repeat;
    heading("Repeat");
    const Repeat order[] = {Repeat::Never, Repeat::Days, Repeat::Weeks, Repeat::Months, Repeat::Years, Repeat::WeekdayOfMonth};
    int chosen = -1;
    for (int i = 0; i < 6; ++i)
        if (d.keptRRule.empty() && d.recurrence.repeat == order[i]) chosen = i;
    const char* labels[] = {"Once##repeat-once",       "Daily##repeat-days",   "Weekly##repeat-weeks",
                            "Monthly##repeat-months", "Yearly##repeat-years", "Nth weekday##repeat-weekday"};
    int tapped = choiceRow(labels, 6, chosen, 3);
    if (tapped >= 0) {
        d.recurrence.repeat = order[tapped];
        d.keptRRule.clear();  // a choice replaces a custom rule
    }
    if (!d.keptRRule.empty()) {
        mutedText(("Repeats by its own rule (" + d.keptRRule + "). Choose a repeat above to replace it.").c_str());
        return;
    }
    if (d.recurrence.repeat == Repeat::Never) return;

    // Every [-] N [+] units
    float h = tapHeight();
    int& n = d.recurrence.interval;
    // Words centred on the tall buttons beside them.
    float rowY = ImGui::GetCursorPosY(), textY = rowY + (h - ImGui::GetTextLineHeight()) / 2;
    ImGui::SetCursorPosY(textY);
    textLine("Every");
    ImGui::SameLine();
    ImGui::SetCursorPosY(rowY);
    if (tapButton("-##interval-minus", h) && n > 1) --n;
    ImGui::SameLine();
    float pad = std::max(ImGui::GetStyle().FramePadding.y, (h - ImGui::GetFontSize()) / 2);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ImGui::GetStyle().FramePadding.x, pad));
    ImGui::SetNextItemWidth(em() * 3.5f);
    ImGui::InputInt("##interval", &n, 0, 0);
    ImGui::PopStyleVar();
    recordTapTarget("##interval");
    n = std::clamp(n, 1, core::Recurrence::kMaxInterval);
    ImGui::SameLine();
    if (tapButton("+##interval-plus", h) && n < core::Recurrence::kMaxInterval) ++n;
    ImGui::SameLine();  // the tall field above set this line's text offset: the unit is centred already
    textLine(unitName(d.recurrence.repeat, n));
    ImGui::SetCursorPosY(rowY + h + ImGui::GetStyle().ItemSpacing.y);

    if (d.recurrence.repeat == Repeat::WeekdayOfMonth) {
        mutedText("Which week of the month");
        const char* weeks[] = {"1st##ordinal-1", "2nd##ordinal-2", "3rd##ordinal-3", "4th##ordinal-4", "Last##ordinal-last"};
        int week = d.recurrence.weekOfMonth == -1 ? 4 : d.recurrence.weekOfMonth - 1;
        if (int t = choiceRow(weeks, 5, week); t >= 0) d.recurrence.weekOfMonth = t == 4 ? -1 : t + 1;
        mutedText("Which day");
        // Monday first; the ids carry the day's number (0 = Sunday).
        const char* days[] = {"Mo##weekday-1", "Tu##weekday-2", "We##weekday-3", "Th##weekday-4", "Fr##weekday-5", "Sa##weekday-6", "Su##weekday-0"};
        int day = (d.recurrence.weekday + 6) % 7;
        if (int t = choiceRow(days, 7, day); t >= 0) d.recurrence.weekday = (t + 1) % 7;
    }
}


class ReminderEditScreen final : public ScreenOf<app::route::ReminderEdit> {
private:
    std::string titleOf(ScreenContext&, const app::route::ReminderEdit& route) override {
        return route.reminderId == 0 ? "New reminder" : "Edit reminder";
    }
    void show(ScreenContext& ctx, const app::route::ReminderEdit& route) override {
        app::App& app = ctx.app;
        long long id = route.reminderId;
        app::ReminderDraft& d = ctx.app.reminderEditor().draft(id);

        textField("##reminder-title", "Title", "What to do, e.g. check the torch batteries", d.title);
        mutedText("Notes");
        ImGui::InputTextMultiline("##reminder-notes", &d.notes, ImVec2(-1, std::max(tapHeight(), ImGui::GetTextLineHeight() * 3.5f)));
        recordTapTarget("##reminder-notes");

        if (d.source == "certificate") {
            dateField("Certificate expires on", "##reminder-certificate", d.certificateExpiry);
            mutedText("The reminder comes 60 days before, so there is time to book a course.");
        } else {
            dateField(id == 0 ? "First due on" : "Next due on", "##reminder-date", d.date);
            timeField("At", "##reminder-time", d.time);
            if (d.source.rfind("kit:", 0) == 0)
                mutedText("This follows a kit item: when its expiry date changes, the reminder moves with it.");
            repeatChooser(d);
            // What the choice means, with the first date it falls on (a weekday rule may move it).
            if (std::optional<core::LocalDateTime> start = core::parseDateAndTime(d.date, d.time)) {
                std::string rule = d.keptRRule.empty() ? core::toRRule(d.recurrence, *start) : d.keptRRule;
                core::LocalDateTime first = core::firstOccurrence(rule, *start);
                std::string on = core::formatDate(first) + " at " + core::formatTime(first.hour, first.minute);
                std::string preview = rule.empty() ? "Once, on " + on : app::describeRRule(rule) + ", first on " + on;
                ImGui::Spacing();
                textLine(palette().accent, ICON_CALENDAR);
                ImGui::SameLine();
                paragraph(preview);
            }
        }

        ImGui::Spacing();
        if (!d.error.empty()) {  // why the last Save did not save; gone once it saves
            ImGui::PushStyleColor(ImGuiCol_Text, palette().warning);
            paragraphf("%s %s", ICON_WARNING, d.error.c_str());
            ImGui::PopStyleColor();
        }
        if (tapButton(ICON_CHECK "  Save##reminder-save", -1, Tone::Accent)) {
            if (std::optional<long long> saved = ctx.app.reminderEditor().save(d)) {
                app.nav().back();
                if (id == 0) app.nav().push(app::route::ReminderDetail{*saved});
                return;
            }
        }
        if (tapButton(id == 0 ? "Discard##reminder-discard" : "Cancel##reminder-discard")) {
            ctx.app.reminderEditor().discardDraft(id);
            app.nav().back();
        }
    }
};
}  // namespace

std::unique_ptr<Screen> makeReminderEditScreen() { return std::make_unique<ReminderEditScreen>(); }

}  // namespace ui
