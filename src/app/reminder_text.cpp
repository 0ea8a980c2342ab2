#include "app/reminder_text.h"

#include <algorithm>

#include "core/date_format.h"
#include "i18n/i18n.h"

namespace app {
namespace {
// "kit:42" → "kit", "certificate:3" → "certificate" (a course recorded on the Progress screen).
std::string linkKind(const std::string& source) {
    if (source.rfind("kit:", 0) == 0) return "kit";
    if (source.rfind("certificate:", 0) == 0) return "certificate";
    return source;
}

bool snoozedPast(const core::Reminder& r, core::TimePoint now) {
    return r.snoozedUntil && r.dueAt && *r.snoozedUntil > *r.dueAt && *r.snoozedUntil > now;
}
}  // namespace

RowClock RowClock::at(core::TimePoint now, const std::string& tzid) {
    core::LocalDateTime local = core::toLocal(now, tzid);
    return {now, core::addDays(local, 1), local.year, tzid};
}

std::string rowWhen(const core::Reminder& r, core::DueState state, const RowClock& clock) {
    using i18n::fillIn, i18n::tr;
    bool snoozed = snoozedPast(r, clock.now);
    core::LocalDateTime local = core::toLocal(snoozed ? *r.snoozedUntil : r.dueAt.value_or(clock.now), clock.tzid);
    std::string time = core::formatTime(local.hour, local.minute);
    const core::LocalDateTime& t = clock.tomorrow;
    bool isTomorrow = local.year == t.year && local.month == t.month && local.day == t.day;
    if (state == core::DueState::Overdue) return fillIn(tr("Overdue · {when}"), "when", core::formatDateTime(local, clock.year));
    if (state == core::DueState::DueToday) return fillIn(snoozed ? tr("Snoozed until today, {time}") : tr("Today, {time}"), "time", time);
    if (isTomorrow) return fillIn(snoozed ? tr("Snoozed until tomorrow, {time}") : tr("Tomorrow, {time}"), "time", time);
    std::string when = core::formatDateTime(local, clock.year);
    return snoozed ? fillIn(tr("Snoozed until {when}"), "when", when) : when;
}

std::string repeatText(const std::string& rrule) {
    using i18n::fillIn, i18n::tr, i18n::trc, i18n::trn;
    std::optional<core::Recurrence> r = core::recurrenceFromRRule(rrule);
    if (!r) return tr("Custom repeat");
    int n = r->interval;
    switch (r->repeat) {
        case core::Repeat::Never: return trc("repeat", "Once");
        case core::Repeat::Days: return trn("Every day", "Every {n} days", n);
        case core::Repeat::Weeks: return trn("Every week", "Every {n} weeks", n);
        case core::Repeat::Months: return trn("Every month", "Every {n} months", n);
        case core::Repeat::Years: return trn("Every year", "Every {n} years", n);
        case core::Repeat::WeekdayOfMonth: break;
    }
    const char* weekdays[] = {tr("Sunday"), tr("Monday"), tr("Tuesday"), tr("Wednesday"), tr("Thursday"), tr("Friday"), tr("Saturday")};
    // TRANSLATORS: {week} is one of First, Second, Third, Fourth or Last, as in "Second Saturday of every month".
    const char* weeks[] = {tr("First"), tr("Second"), tr("Third"), tr("Fourth"), trc("week of the month", "Last")};
    const char* week = weeks[r->weekOfMonth >= 1 && r->weekOfMonth <= 4 ? r->weekOfMonth - 1 : 4];
    std::string text = trn("{week} {weekday} of every month", "{week} {weekday} of every {n} months", n);
    return fillIn(fillIn(text, "week", week), "weekday", weekdays[std::clamp(r->weekday, 0, 6)]);
}

std::string rowRepeat(const core::Reminder& r, std::map<std::string, std::string>& known) {
    std::string kind = linkKind(r.source);
    if (kind == "kit") return i18n::tr("Kit expiry");
    if (kind == "certificate") return i18n::tr("Certificate expiry");
    if (kind == "practice") return i18n::tr("Quiz practice");
    if (kind == "weekly-goal") return i18n::tr("Weekly goal");
    auto [it, added] = known.try_emplace(r.rrule);
    if (added) it->second = repeatText(r.rrule);
    return it->second;
}

std::string detailWhen(const core::Reminder& r, const std::string& tzid, core::TimePoint now) {
    using i18n::fillIn, i18n::tr;
    if (r.finished()) return tr("Done. It does not repeat.");
    auto full = [&](core::TimePoint t) { return core::formatDateTime(t, tzid, now); };
    bool snoozed = snoozedPast(r, now);
    core::DueState state = core::classify(r, core::dayBounds(now, tzid), now);
    std::string due = fillIn(state == core::DueState::Overdue ? tr("Overdue since {when}") : tr("Due {when}"), "when", full(*r.dueAt));
    return snoozed ? fillIn(fillIn(tr("Snoozed until {when} ({due})"), "when", full(*r.snoozedUntil)), "due", due) : due;
}

std::string linkText(const std::string& source) {
    std::string kind = linkKind(source);
    if (kind == "kit")
        return i18n::trn("Follows a kit item's expiry: due %d day before it. When the item is replaced, this moves.",
                         "Follows a kit item's expiry: due %d days before it. When the item is replaced, this moves.", kKitDaysBefore);
    if (kind == "certificate")
        return i18n::trn("Follows your certificate's expiry: due %d day before it.", "Follows your certificate's expiry: due %d days before it.",
                         kCertificateDaysBefore);
    if (kind == "practice") return i18n::tr("Quiz cards are due for review.");
    if (kind == "weekly-goal") return i18n::tr("Follows your weekly practice goal: it goes once the week's goal is met.");
    return "";
}

std::string historyLine(const core::ReminderEvent& e, const std::string& tzid, core::TimePoint now) {
    using i18n::fillIn, i18n::tr;
    auto full = [&](core::TimePoint t) { return core::formatDateTime(t, tzid, now); };
    // The sentence with its second time, or the one without when the event has none.
    auto line = [&](const char* withThen, const char* alone, const std::optional<core::TimePoint>& then) {
        std::string text = fillIn(then ? withThen : alone, "when", full(e.at));
        return then ? fillIn(text, "then", full(*then)) : text;
    };
    switch (e.kind) {
        case core::ReminderEventKind::Done: return line(tr("Done {when} · was due {then}"), tr("Done {when}"), e.occurrence);
        case core::ReminderEventKind::Skipped: return line(tr("Skipped {when} · was due {then}"), tr("Skipped {when}"), e.occurrence);
        case core::ReminderEventKind::Snoozed: return line(tr("Snoozed {when} · until {then}"), tr("Snoozed {when}"), e.until);
        case core::ReminderEventKind::Moved: return line(tr("Moved {when} · now due {then}"), tr("Moved {when}"), e.until);
    }
    return "";
}

}  // namespace app
