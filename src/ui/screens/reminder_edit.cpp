// Add or edit a reminder: title, notes, the first (or next) due date and time, and a repeat built
// from simple choices (once; every N days, weeks, months or years; the Nth weekday of the month),
// which the app turns into an RRULE. What is typed stays in the app's draft until saved.
#include <cstdlib>
#include <imgui.h>
#include <imgui_stdlib.h>
#include <vector>

#include "app/reminder_text.h"
#include "core/date_format.h"
#include "core/recurrence.h"
#include "i18n/i18n.h"
#include "ui/fields.h"
#include "ui/icons.h"
#include "ui/screens/label.h"
#include "ui/mirror.h"
#include "ui/screens/reminder_widgets.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {

namespace {
using i18n::fillIn, i18n::tr, i18n::trc, i18n::trn;

// The unit after the number in "Every [3] days".
std::string unitName(core::Repeat repeat, int n) {
    // TRANSLATORS: the unit after a number the user sets, as in "Every [3] days"; the number is
    // shown in its own field before it, so these forms hold no number.
    switch (repeat) {
        case core::Repeat::Days: return trn("day", "days", n);
        case core::Repeat::Weeks: return trn("week", "weeks", n);
        default: return trn("month", "months", n);
        case core::Repeat::Years: return trn("year", "years", n);
    }
}

// Labels with their ids, and the pointers a row of choices takes.
struct Labels {
    std::vector<std::string> text;
    std::vector<const char*> pointers;
    explicit Labels(std::vector<std::string> labels) : text(std::move(labels)) {
        for (const std::string& l : text) pointers.push_back(l.c_str());
    }
    int count() const { return static_cast<int>(pointers.size()); }
};

void repeatChooser(app::ReminderDraft& d) {
    using core::Repeat;
    heading(tr("Repeat"));
    const Repeat order[] = {Repeat::Never, Repeat::Days, Repeat::Weeks, Repeat::Months, Repeat::Years, Repeat::WeekdayOfMonth};
    int chosen = -1;
    for (int i = 0; i < 6; ++i)
        if (d.keptRRule.empty() && d.recurrence.repeat == order[i]) chosen = i;
    // TRANSLATORS: six buttons, three to a row on a phone: keep each short.
    Labels labels({labelWithId(trc("repeat", "Once"), "##repeat-once"), labelWithId(tr("Daily"), "##repeat-days"),
                   labelWithId(tr("Weekly"), "##repeat-weeks"), labelWithId(tr("Monthly"), "##repeat-months"),
                   labelWithId(tr("Yearly"), "##repeat-years"),
                   // TRANSLATORS: a repeat on a weekday of the month, as in "the 2nd Tuesday of every month".
                   labelWithId(tr("Nth weekday"), "##repeat-weekday")});
    int tapped = choiceRow(labels.pointers.data(), labels.count(), chosen, 3);
    if (tapped >= 0) {
        d.recurrence.repeat = order[tapped];
        d.keptRRule.clear();  // a choice replaces a custom rule
    }
    if (!d.keptRRule.empty()) {
        mutedText(fillIn(tr("Repeats by its own rule ({rule}). Choose a repeat above to replace it."), "rule", d.keptRRule));
        return;
    }
    if (d.recurrence.repeat == Repeat::Never) return;

    // Every [-] N [+] units
    float h = tapHeight();
    int& n = d.recurrence.interval;
    // Words centred on the tall buttons beside them.
    float rowY = ImGui::GetCursorPosY(), textY = rowY + (h - ImGui::GetTextLineHeight()) / 2;
    ImGui::SetCursorPosY(textY);
    // TRANSLATORS: before a number and its unit, as in "Every [3] days".
    textLine(tr("Every"));
    ImGui::SameLine();
    ImGui::SetCursorPosY(rowY);
    if (tapButton("-##interval-minus", h) && n > 1) --n;
    ImGui::SameLine();
    float pad = std::max(ImGui::GetStyle().FramePadding.y, (h - ImGui::GetFontSize()) / 2);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ImGui::GetStyle().FramePadding.x, pad));
    ImGui::SetNextItemWidth(em() * 3.5f);
    placeItem(em() * 3.5f);
    ImGui::InputInt("##interval", &n, 0, 0);
    itemPlaced();
    ImGui::PopStyleVar();
    recordTapTarget("##interval");
    n = std::clamp(n, 1, core::Recurrence::kMaxInterval);
    ImGui::SameLine();
    if (tapButton("+##interval-plus", h) && n < core::Recurrence::kMaxInterval) ++n;
    ImGui::SameLine();  // the tall field above set this line's text offset: the unit is centred already
    textLine(unitName(d.recurrence.repeat, n));
    ImGui::SetCursorPosY(rowY + h + ImGui::GetStyle().ItemSpacing.y);

    if (d.recurrence.repeat == Repeat::WeekdayOfMonth) {
        mutedText(tr("Which week of the month"));
        // TRANSLATORS: which week of the month, five buttons in a row on a phone: keep each short.
        Labels weeks({labelWithId(tr("1st"), "##ordinal-1"), labelWithId(tr("2nd"), "##ordinal-2"), labelWithId(tr("3rd"), "##ordinal-3"),
                      labelWithId(tr("4th"), "##ordinal-4"), labelWithId(trc("week of the month", "Last"), "##ordinal-last")});
        int week = d.recurrence.weekOfMonth == -1 ? 4 : d.recurrence.weekOfMonth - 1;
        if (int t = choiceRow(weeks.pointers.data(), weeks.count(), week); t >= 0) d.recurrence.weekOfMonth = t == 4 ? -1 : t + 1;
        mutedText(tr("Which day"));
        // Monday first; the ids carry the day's number (0 = Sunday).
        // TRANSLATORS: the days of the week, shortened: as many to a row as fit on a phone.
        Labels days({labelWithId(tr("Mo"), "##weekday-1"), labelWithId(tr("Tu"), "##weekday-2"), labelWithId(tr("We"), "##weekday-3"),
                     labelWithId(tr("Th"), "##weekday-4"), labelWithId(tr("Fr"), "##weekday-5"), labelWithId(tr("Sa"), "##weekday-6"),
                     labelWithId(tr("Su"), "##weekday-0")});
        int day = (d.recurrence.weekday + 6) % 7;
        if (int t = choiceRow(days.pointers.data(), days.count(), day); t >= 0) d.recurrence.weekday = (t + 1) % 7;
    }
}


class ReminderEditScreen final : public ScreenOf<app::route::ReminderEdit> {
private:
    std::string titleOf(ScreenContext&, const app::route::ReminderEdit& route) override {
        return route.reminderId == 0 ? tr("New reminder") : tr("Edit reminder");
    }
    void show(ScreenContext& ctx, const app::route::ReminderEdit& route) override {
        app::App& app = ctx.app;
        long long id = route.reminderId;
        app::ReminderDraft& d = ctx.app.reminderEditor().draft(id);

        textField("##reminder-title", tr("Title"), tr("What to do, e.g. check the torch batteries"), d.title);
        mutedText(tr("Notes"));
        textArea("##reminder-notes", d.notes, 3.5f);

        if (d.source == "certificate") {
            dateField(tr("Certificate expires on"), "##reminder-certificate", d.certificateExpiry);
            mutedText(trn("The reminder comes {n} day before, so there is time to book a course.",
                          "The reminder comes {n} days before, so there is time to book a course.", app::kCertificateDaysBefore));
        } else {
            dateField(id == 0 ? tr("First due on") : tr("Next due on"), "##reminder-date", d.date);
            // TRANSLATORS: the label of the time field under the date ("At 09:00").
            timeField(trc("time of day", "At"), "##reminder-time", d.time);
            if (d.source.rfind("kit:", 0) == 0)
                mutedText(tr("This follows a kit item: when its expiry date changes, the reminder moves with it."));
            repeatChooser(d);
            // What the choice means, with the first date it falls on (a weekday rule may move it).
            if (std::optional<core::LocalDateTime> start = core::parseDateAndTime(d.date, d.time)) {
                std::string rule = d.keptRRule.empty() ? core::toRRule(d.recurrence, *start) : d.keptRRule;
                core::LocalDateTime first = core::firstOccurrence(rule, *start);
                std::string preview = rule.empty() ? tr("Once, on {date} at {time}")
                                                   : fillIn(tr("{repeat}, first on {date} at {time}"), "repeat", app::describeRRule(rule));
                preview = fillIn(fillIn(preview, "date", core::formatDate(first)), "time", core::formatTime(first.hour, first.minute));
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
        if (tapButton(labelWithId(ICON_CHECK, tr("Save"), "##reminder-save").c_str(), -1, Tone::Accent)) {
            if (std::optional<long long> saved = ctx.app.reminderEditor().save(d)) {
                app.nav().back();
                if (id == 0) app.nav().push(app::route::ReminderDetail{*saved});
                return;
            }
        }
        if (tapButton(labelWithId(id == 0 ? tr("Discard") : tr("Cancel"), "##reminder-discard").c_str())) {
            ctx.app.reminderEditor().discardDraft(id);
            app.nav().back();
        }
    }
};
}  // namespace

std::unique_ptr<Screen> makeReminderEditScreen() { return std::make_unique<ReminderEditScreen>(); }

}  // namespace ui
