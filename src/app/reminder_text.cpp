#include "app/reminder_text.h"

#include "core/date_format.h"

namespace app {
namespace {
std::string linkKind(const std::string& source) { return source.rfind("kit:", 0) == 0 ? "kit" : source; }

bool snoozedPast(const core::Reminder& r, core::TimePoint now) {
    return r.snoozedUntil && r.dueAt && *r.snoozedUntil > *r.dueAt && *r.snoozedUntil > now;
}
}  // namespace

RowClock RowClock::at(core::TimePoint now, const std::string& tzid) {
    core::LocalDateTime local = core::toLocal(now, tzid);
    return {now, core::addDays(local, 1), local.year, tzid};
}

std::string rowWhen(const core::Reminder& r, core::DueState state, const RowClock& clock) {
    bool snoozed = snoozedPast(r, clock.now);
    core::LocalDateTime local = core::toLocal(snoozed ? *r.snoozedUntil : r.dueAt.value_or(clock.now), clock.tzid);
    std::string prefix = snoozed ? "Snoozed until " : "";
    switch (state) {
        case core::DueState::Overdue: return "Overdue · " + core::formatDateTime(local, clock.year);
        case core::DueState::DueToday: return prefix + (snoozed ? "today, " : "Today, ") + core::formatTime(local.hour, local.minute);
        default: {
            const core::LocalDateTime& t = clock.tomorrow;
            bool isTomorrow = local.year == t.year && local.month == t.month && local.day == t.day;
            return prefix + (isTomorrow ? (snoozed ? "tomorrow, " : "Tomorrow, ") + core::formatTime(local.hour, local.minute)
                                        : core::formatDateTime(local, clock.year));
        }
    }
}

std::string rowRepeat(const core::Reminder& r, std::map<std::string, std::string>& known) {
    std::string kind = linkKind(r.source);
    if (kind == "kit") return "Kit expiry";
    if (kind == "certificate") return "Certificate expiry";
    if (kind == "practice") return "Quiz practice";
    auto [it, added] = known.try_emplace(r.rrule);
    if (added) it->second = core::describeRRule(r.rrule);
    return it->second;
}

std::string detailWhen(const core::Reminder& r, const std::string& tzid, core::TimePoint now) {
    if (r.finished()) return "Done. It does not repeat.";
    auto full = [&](core::TimePoint t) { return core::formatDateTime(t, tzid, now); };
    bool snoozed = snoozedPast(r, now);
    core::DueState state = core::classify(r, core::dayBounds(now, tzid), now);
    std::string due = (state == core::DueState::Overdue ? "Overdue since " : "Due ") + full(*r.dueAt);
    return snoozed ? "Snoozed until " + full(*r.snoozedUntil) + " (" + due + ")" : due;
}

std::string linkText(const std::string& source) {
    std::string kind = linkKind(source);
    if (kind == "kit")
        return "Follows a kit item's expiry: due " + std::to_string(kKitDaysBefore) + " days before it. When the item is replaced, this moves.";
    if (kind == "certificate") return "Follows your certificate's expiry: due " + std::to_string(kCertificateDaysBefore) + " days before it.";
    if (kind == "practice") return "Quiz cards are due for review.";
    return "";
}

std::string historyLine(const core::ReminderEvent& e, const std::string& tzid, core::TimePoint now) {
    auto full = [&](core::TimePoint t) { return core::formatDateTime(t, tzid, now); };
    auto then = [&](const char* what, const std::optional<core::TimePoint>& t) { return t ? std::string(what) + full(*t) : ""; };
    switch (e.kind) {
        case core::ReminderEventKind::Done: return "Done " + full(e.at) + then(" · was due ", e.occurrence);
        case core::ReminderEventKind::Skipped: return "Skipped " + full(e.at) + then(" · was due ", e.occurrence);
        case core::ReminderEventKind::Snoozed: return "Snoozed " + full(e.at) + then(" · until ", e.until);
        case core::ReminderEventKind::Moved: return "Moved " + full(e.at) + then(" · now due ", e.until);
    }
    return "";
}

}  // namespace app
