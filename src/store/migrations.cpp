// The schema, one migration per step. Versions are fixed per feature; a released migration
// never changes. Listed by feature, applied in version order.
#include <algorithm>

#include "store/database.h"

namespace store {

const std::vector<Migration>& migrations() {
    static const std::vector<Migration> all = [] {
        std::vector<Migration> list{
        {1, R"sql(
            CREATE TABLE settings (
                key   TEXT PRIMARY KEY,
                value TEXT NOT NULL
            ) WITHOUT ROWID;
        )sql"},
        // Reminders. Times are UTC epoch milliseconds, so "what is due" is one indexed comparison;
        // the rule's first occurrence is kept as local wall time with its TZID, because a rule
        // repeats on the wall clock ("09:00 every month" stays 09:00 across DST changes).
        {5, R"sql(
            CREATE TABLE reminders (
                id            INTEGER PRIMARY KEY,
                title         TEXT NOT NULL CHECK (length(trim(title)) > 0),
                notes         TEXT NOT NULL DEFAULT '',
                dtstart       TEXT NOT NULL,              -- local wall time, 'YYYYMMDDTHHMMSS'
                tzid          TEXT NOT NULL,              -- zone of dtstart, e.g. 'Europe/Berlin'
                rrule         TEXT NOT NULL DEFAULT '',   -- RFC 5545 RRULE value; '' = once
                due_at        INTEGER NULL,               -- next occurrence; NULL = finished
                snoozed_until INTEGER NULL,
                source        TEXT NULL UNIQUE,           -- linked data: 'kit:42', 'certificate', 'practice'
                linked_at     INTEGER NULL,               -- the due time the linked data last asked for
                created_at    INTEGER NOT NULL,
                updated_at    INTEGER NOT NULL
            );
            CREATE INDEX reminders_by_due ON reminders(due_at) WHERE due_at IS NOT NULL;
            -- Done, skipped, snoozed and moved, one row each, kept for the history.
            CREATE TABLE reminder_events (
                id            INTEGER PRIMARY KEY,
                reminder_id   INTEGER NOT NULL REFERENCES reminders(id) ON DELETE CASCADE,
                kind          TEXT NOT NULL CHECK (kind IN ('done', 'skipped', 'snoozed', 'moved')),
                occurrence_at INTEGER NULL,               -- the due time it acted on
                at            INTEGER NOT NULL,           -- when
                until_at      INTEGER NULL                -- snoozed: until; moved: the new due time
            );
            CREATE INDEX reminder_events_by_reminder ON reminder_events(reminder_id, at);
            CREATE INDEX reminder_events_by_time ON reminder_events(at);
        )sql"},
        };
        std::sort(list.begin(), list.end(), [](const Migration& a, const Migration& b) { return a.version < b.version; });
        return list;
    }();
    return all;
}

}  // namespace store
