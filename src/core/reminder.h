#pragma once
// Reminders: a title, a first due time in a zone, an optional RRULE, and the next time it is due.
// The rules for done, skip and snooze, and for sorting reminders into overdue, due today and
// upcoming, live here once; the store keeps the rows and the app keeps the lists.
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/recurrence.h"

namespace core {

struct Reminder {
    long long id = 0;
    std::string title;
    std::string notes;
    // The first occurrence on the wall clock, and its zone. The RRULE is expanded from here.
    LocalDateTime start;
    std::string tzid = "UTC";
    std::string rrule;                     // RFC 5545 RRULE value; "" = once
    std::optional<TimePoint> dueAt;        // the occurrence now waiting (UTC); none = finished
    std::optional<TimePoint> snoozedUntil; // shown again from then; cleared by done and skip
    // Reminders that follow other data name it here ("kit:42", "certificate", "practice"), and
    // linkedAt is the due time that data last asked for; "" for the user's own reminders.
    std::string source;
    std::optional<TimePoint> linkedAt;
    TimePoint createdAt{};

    bool operator==(const Reminder&) const = default;
    bool finished() const { return !dueAt.has_value(); }
    bool repeats() const { return !rrule.empty(); }
    // When it shows as due: the occurrence, or later when snoozed past it.
    TimePoint effectiveDue() const;
};

enum class ReminderEventKind { Done, Skipped, Snoozed, Moved };
const char* eventKindName(ReminderEventKind kind);  // "done", "skipped", "snoozed", "moved": stored
std::optional<ReminderEventKind> eventKindFromName(const std::string& name);

// One line of a reminder's history.
struct ReminderEvent {
    long long reminderId = 0;
    ReminderEventKind kind = ReminderEventKind::Done;
    std::optional<TimePoint> occurrence;  // the due time it acted on
    TimePoint at{};                       // when the user (or the linked data) acted
    std::optional<TimePoint> until;       // Snoozed: until when. Moved: the new due time
};

// What an action does to a reminder, and the history line it leaves.
struct ReminderChange {
    Reminder after;
    ReminderEvent event;
};

// Done: the next occurrence after both the one done and now, so a late "done" on a monthly
// reminder does not leave last month's occurrence overdue. A one-off is finished.
ReminderChange markDone(const Reminder& r, TimePoint now);
// Skip: like done, but recorded as skipped (nothing was done).
ReminderChange skipOccurrence(const Reminder& r, TimePoint now);
// Snooze: the occurrence stays; it shows again at `until`.
ReminderChange snooze(const Reminder& r, TimePoint now, TimePoint until);
// A linked reminder's data asked for a new due time: the reminder is due then, active again.
ReminderChange moveTo(const Reminder& r, TimePoint now, TimePoint due);

enum class DueState { Overdue, DueToday, Upcoming, Finished };
// Overdue: the occurrence's day has passed. Due today: due before midnight tonight (even later
// today). While a snooze runs the reminder waits with the upcoming ones and is not counted as
// due; once it ends, the reminder is overdue or due today by its occurrence again.
DueState classify(const Reminder& r, const DayBounds& today, TimePoint now);
// The occurrence waiting is today's or an earlier day's (snoozed or not): Done is the plain
// action then, and snoozing makes sense. A reminder not due yet can only be done early.
bool isDue(const Reminder& r, const DayBounds& today);
// A snooze until `until` shows the reminder later than its occurrence; one that ends before the
// occurrence would change nothing.
bool snoozeMovesIt(const Reminder& r, TimePoint until);

// Reminders sorted by when they are due, as indices into the list given.
struct DueIndex {
    std::vector<size_t> overdue, dueToday, upcoming, finished;
};
DueIndex sortByDue(const std::vector<Reminder>& reminders, const DayBounds& today, TimePoint now);

}  // namespace core
