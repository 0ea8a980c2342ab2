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

// "First" … "Fourth", "Last": the week of a weekday-of-month rule, as an ordinal placed beside
// the weekday's name.
const char* weekOfMonthName(int week) {
    switch (week) {
        // TRANSLATORS: in "{ordinal} {weekday} of every month": the first Saturday of the month.
        case 1: return i18n::trc("week of the month", "First");
        case 2: return i18n::trc("week of the month", "Second");
        case 3: return i18n::trc("week of the month", "Third");
        case 4: return i18n::trc("week of the month", "Fourth");
        default: return i18n::trc("week of the month", "Last");
    }
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

std::string describeRecurrence(const core::Recurrence& r) {
    using i18n::tr, i18n::trn;
    int n = r.interval;
    switch (r.repeat) {
        case core::Repeat::Never: return tr("Once");
        case core::Repeat::Days: return n <= 1 ? tr("Every day") : trn("Every %d day", "Every %d days", n);
        case core::Repeat::Weeks: return n <= 1 ? tr("Every week") : trn("Every %d week", "Every %d weeks", n);
        case core::Repeat::Months: return n <= 1 ? tr("Every month") : trn("Every %d month", "Every %d months", n);
        case core::Repeat::Years: return n <= 1 ? tr("Every year") : trn("Every %d year", "Every %d years", n);
        case core::Repeat::WeekdayOfMonth: {
            // TRANSLATORS: {ordinal} is First … Fourth or Last, {weekday} a day's name: "Second Saturday of every month".
            std::string text = n <= 1 ? tr("{ordinal} {weekday} of every month")
                                      : trn("{ordinal} {weekday} of every %d month", "{ordinal} {weekday} of every %d months", n);
            return i18n::fillIn(i18n::fillIn(text, "ordinal", weekOfMonthName(r.weekOfMonth)), "weekday", core::weekdayName(r.weekday));
        }
    }
    return "";
}

std::string describeRRule(const std::string& rrule) {
    std::optional<core::Recurrence> r = core::recurrenceFromRRule(rrule);
    return r ? describeRecurrence(*r) : i18n::tr("Custom repeat");
}

std::string rowRepeat(const core::Reminder& r, std::map<std::string, std::string>& known) {
    std::string kind = linkKind(r.source);
    if (kind == "kit") return i18n::tr("Kit expiry");
    if (kind == "certificate") return i18n::tr("Certificate expiry");
    if (kind == "practice") return i18n::tr("Quiz practice");
    if (kind == "weekly-goal") return i18n::tr("Weekly goal");
    auto [it, added] = known.try_emplace(r.rrule);
    if (added) it->second = describeRRule(r.rrule);
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
