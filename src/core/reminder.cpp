#include "core/reminder.h"

#include <algorithm>

namespace core {

TimePoint Reminder::effectiveDue() const {
    TimePoint due = dueAt.value_or(TimePoint::max());
    return snoozedUntil && *snoozedUntil > due ? *snoozedUntil : due;
}

const char* eventKindName(ReminderEventKind kind) {
    switch (kind) {
        case ReminderEventKind::Done: return "done";
        case ReminderEventKind::Skipped: return "skipped";
        case ReminderEventKind::Snoozed: return "snoozed";
        case ReminderEventKind::Moved: return "moved";
    }
    return "done";
}

std::optional<ReminderEventKind> eventKindFromName(const std::string& name) {
    for (ReminderEventKind k : {ReminderEventKind::Done, ReminderEventKind::Skipped, ReminderEventKind::Snoozed, ReminderEventKind::Moved})
        if (name == eventKindName(k)) return k;
    return std::nullopt;
}

namespace {
ReminderChange advance(const Reminder& r, TimePoint now, ReminderEventKind kind) {
    ReminderChange c{r, {r.id, kind, r.dueAt, now, std::nullopt}};
    Reminder& next = c.after;
    next.snoozedUntil.reset();
    if (r.finished()) return c;
    TimePoint after = std::max(*r.dueAt, now);
    next.dueAt = r.repeats() ? nextOccurrenceAfter(r.rrule, r.start, r.tzid, after) : std::nullopt;
    return c;
}
}  // namespace

ReminderChange markDone(const Reminder& r, TimePoint now) { return advance(r, now, ReminderEventKind::Done); }

ReminderChange skipOccurrence(const Reminder& r, TimePoint now) { return advance(r, now, ReminderEventKind::Skipped); }

ReminderChange snooze(const Reminder& r, TimePoint now, TimePoint until) {
    ReminderChange c{r, {r.id, ReminderEventKind::Snoozed, r.dueAt, now, until}};
    c.after.snoozedUntil = until;
    return c;
}

ReminderChange moveTo(const Reminder& r, TimePoint now, TimePoint due) {
    ReminderChange c{r, {r.id, ReminderEventKind::Moved, r.dueAt, now, due}};
    c.after.dueAt = due;
    c.after.snoozedUntil.reset();
    return c;
}

DueState classify(const Reminder& r, const DayBounds& today, TimePoint now) {
    if (r.finished()) return DueState::Finished;
    TimePoint due = r.effectiveDue();
    if (due > now && due != *r.dueAt) return DueState::Upcoming;  // snoozed
    due = *r.dueAt;
    if (due < today.startOfToday) return DueState::Overdue;
    if (due < today.startOfTomorrow) return DueState::DueToday;
    return DueState::Upcoming;
}

bool isDue(const Reminder& r, const DayBounds& today) { return !r.finished() && *r.dueAt < today.startOfTomorrow; }

bool snoozeMovesIt(const Reminder& r, TimePoint until) { return !r.finished() && until > *r.dueAt; }

DueIndex sortByDue(const std::vector<Reminder>& reminders, const DayBounds& today, TimePoint now) {
    std::vector<size_t> order(reminders.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return reminders[a].effectiveDue() < reminders[b].effectiveDue();
    });
    DueIndex index;
    for (size_t i : order) {
        switch (classify(reminders[i], today, now)) {
            case DueState::Overdue: index.overdue.push_back(i); break;
            case DueState::DueToday: index.dueToday.push_back(i); break;
            case DueState::Upcoming: index.upcoming.push_back(i); break;
            case DueState::Finished: index.finished.push_back(i); break;
        }
    }
    return index;
}

}  // namespace core
