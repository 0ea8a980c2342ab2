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
        // First aid: incidents followed in emergency mode, their timers, quiz reviews, rhythm practice.
        {2, R"sql(
            CREATE TABLE incidents (
                id          INTEGER PRIMARY KEY,
                guide_id    TEXT NOT NULL,
                guide_title TEXT NOT NULL,
                variant     TEXT NOT NULL DEFAULT '',
                started_at  INTEGER NOT NULL,
                ended_at    INTEGER,
                step_index  INTEGER NOT NULL DEFAULT 0
            );
            CREATE TABLE incident_events (
                id          INTEGER PRIMARY KEY,
                incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
                at          INTEGER NOT NULL,
                text        TEXT NOT NULL
            );
            CREATE INDEX incident_events_by_incident ON incident_events(incident_id, at);
            CREATE TABLE incident_timers (
                incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
                timer_id    TEXT NOT NULL,
                started_at  INTEGER NOT NULL,
                stopped_at  INTEGER,
                PRIMARY KEY (incident_id, timer_id)
            );
            CREATE TABLE quiz_reviews (
                guide_id       TEXT NOT NULL,
                question_index INTEGER NOT NULL,
                box            INTEGER NOT NULL,
                due_at         INTEGER NOT NULL,
                PRIMARY KEY (guide_id, question_index)
            ) WITHOUT ROWID;
            CREATE TABLE quiz_answers (
                id             INTEGER PRIMARY KEY,
                guide_id       TEXT NOT NULL,
                question_index INTEGER NOT NULL,
                answered_at    INTEGER NOT NULL,
                correct        INTEGER NOT NULL
            );
            CREATE INDEX quiz_answers_by_guide ON quiz_answers(guide_id, answered_at);
            CREATE TABLE rhythm_sessions (
                id                 INTEGER PRIMARY KEY,
                finished_at        INTEGER NOT NULL,
                taps               INTEGER NOT NULL,
                rate               REAL NOT NULL,
                variation          REAL NOT NULL,
                in_range_fraction  REAL NOT NULL,
                verdict            INTEGER NOT NULL
            );
        )sql"},
        };
        std::sort(list.begin(), list.end(), [](const Migration& a, const Migration& b) { return a.version < b.version; });
        return list;
    }();
    return all;
}

}  // namespace store
