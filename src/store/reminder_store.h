#pragma once
// Reminders and their history (done, skipped, snoozed, moved) in SQLite. Every change to a
// reminder and the history line it leaves are written in one transaction.
#include <optional>
#include <string>
#include <vector>

#include "core/reminder.h"
#include "store/database.h"

namespace store {

// A "done" from the history with the title of its reminder, for the recently-done list.
struct DoneEntry {
    long long reminderId = 0;
    std::string title;
    core::TimePoint at{};
};

class ReminderStore {
public:
    explicit ReminderStore(Database& db) : db_(db) {}

    // Active reminders (not finished), soonest first.
    std::vector<core::Reminder> loadActive();
    // Every reminder, finished ones too, by id (for export).
    std::vector<core::Reminder> loadAll();
    std::optional<core::Reminder> find(long long id);
    std::optional<core::Reminder> findBySource(const std::string& source);

    // Inserts and returns the new id (r.id is ignored).
    long long insert(const core::Reminder& r, core::TimePoint now);
    // Inserts all or none (one transaction).
    std::vector<long long> insertAll(const std::vector<core::Reminder>& reminders, core::TimePoint now);
    // Writes every field of r (by r.id); with an event, records it in the same transaction and
    // returns the history line's id (0 without an event).
    long long update(const core::Reminder& r, core::TimePoint now, const std::optional<core::ReminderEvent>& event = std::nullopt);
    long long apply(const core::ReminderChange& change, core::TimePoint now) { return update(change.after, now, change.event); }
    // Takes an action back: the reminder as it was before, and its history line removed, in one
    // transaction.
    void undo(const core::Reminder& before, long long eventId, core::TimePoint now);
    // Removes the reminder and its history.
    void remove(long long id);

    std::vector<core::ReminderEvent> history(long long id, int limit = 200);
    int eventCount(long long id);
    std::vector<DoneEntry> recentlyDone(int limit);

    // Occurrences already told about in a desktop notification: each one is told once.
    bool notified(long long reminderId, core::TimePoint occurrence);
    void recordNotified(long long reminderId, core::TimePoint occurrence, core::TimePoint at);

    // Whether the first-run offer of upkeep reminders was answered (kept in the settings table).
    bool defaultsOffered();
    void setDefaultsOffered(bool offered);

private:
    Database& db_;
};

}  // namespace store
