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
        // The household plan and the emergency kit. Text columns are NOT NULL DEFAULT '' so an
        // editor can write one field at a time; column names are the keys in core/plan.cpp.
        {4, R"sql(
            CREATE TABLE plan_members (
                id                          INTEGER PRIMARY KEY,
                name                        TEXT NOT NULL DEFAULT '',
                age_group                   TEXT NOT NULL DEFAULT '',
                phone                       TEXT NOT NULL DEFAULT '',
                email                       TEXT NOT NULL DEFAULT '',
                medical_conditions          TEXT NOT NULL DEFAULT '',
                medications                 TEXT NOT NULL DEFAULT '',
                allergies                   TEXT NOT NULL DEFAULT '',
                needs                       TEXT NOT NULL DEFAULT '',
                school_or_work              TEXT NOT NULL DEFAULT '',
                school_or_work_address      TEXT NOT NULL DEFAULT '',
                school_or_work_arrangements TEXT NOT NULL DEFAULT ''
            );
            CREATE TABLE plan_contacts (
                id            INTEGER PRIMARY KEY,
                kind          TEXT NOT NULL,
                name          TEXT NOT NULL DEFAULT '',
                phone         TEXT NOT NULL DEFAULT '',
                policy_number TEXT NOT NULL DEFAULT '',
                notes         TEXT NOT NULL DEFAULT ''
            );
            CREATE TABLE plan_meeting_places (
                kind         TEXT PRIMARY KEY,
                address      TEXT NOT NULL DEFAULT '',
                instructions TEXT NOT NULL DEFAULT ''
            ) WITHOUT ROWID;
            CREATE TABLE plan_pets (
                id        INTEGER PRIMARY KEY,
                name      TEXT NOT NULL DEFAULT '',
                species   TEXT NOT NULL DEFAULT '',
                needs     TEXT NOT NULL DEFAULT '',
                vet       TEXT NOT NULL DEFAULT '',
                microchip TEXT NOT NULL DEFAULT ''
            );
            -- One row: where things are in the home, and the days of supply (NULL: the content's default).
            CREATE TABLE plan_home (
                id                    INTEGER PRIMARY KEY CHECK (id = 1),
                water_shutoff         TEXT NOT NULL DEFAULT '',
                gas_shutoff           TEXT NOT NULL DEFAULT '',
                electricity_shutoff   TEXT NOT NULL DEFAULT '',
                kit_location          TEXT NOT NULL DEFAULT '',
                extinguisher_location TEXT NOT NULL DEFAULT '',
                first_aid_location    TEXT NOT NULL DEFAULT '',
                kit_days              INTEGER CHECK (kit_days IS NULL OR kit_days BETWEEN 1 AND 365)
            );
            INSERT INTO plan_home(id) VALUES (1);
            CREATE TABLE plan_documents (
                key      TEXT PRIMARY KEY,
                have     INTEGER NOT NULL DEFAULT 0 CHECK (have IN (0, 1)),
                location TEXT NOT NULL DEFAULT ''
            ) WITHOUT ROWID;
            -- template_id: the content kit item it comes from; NULL for items the user added.
            CREATE TABLE kit_items (
                id          INTEGER PRIMARY KEY,
                template_id TEXT UNIQUE,
                name        TEXT NOT NULL,
                category    TEXT NOT NULL DEFAULT '',
                unit        TEXT NOT NULL DEFAULT '',
                have        REAL NOT NULL DEFAULT 0 CHECK (have >= 0),
                need        REAL CHECK (need IS NULL OR need >= 0),
                location    TEXT NOT NULL DEFAULT '',
                expires_on  TEXT CHECK (expires_on IS NULL OR expires_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')
            );
            CREATE INDEX kit_items_by_expiry ON kit_items(expires_on) WHERE expires_on IS NOT NULL;
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
        // Checklists: the user's own lists, and runs of any checklist with every tick, untick and note.
        {3, R"sql(
            CREATE TABLE user_lists (
                id            INTEGER PRIMARY KEY,
                title         TEXT NOT NULL,
                from_template TEXT NOT NULL DEFAULT '',  -- the template it was duplicated from
                created_ms    INTEGER NOT NULL
            );
            CREATE TABLE user_list_sections (
                id       INTEGER PRIMARY KEY,
                list_id  INTEGER NOT NULL REFERENCES user_lists(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                title    TEXT NOT NULL
            );
            CREATE INDEX user_list_sections_by_list ON user_list_sections(list_id, position);
            CREATE TABLE user_list_items (
                id         INTEGER PRIMARY KEY,
                section_id INTEGER NOT NULL REFERENCES user_list_sections(id) ON DELETE CASCADE,
                position   INTEGER NOT NULL,
                text       TEXT NOT NULL,
                detail     TEXT NOT NULL DEFAULT ''
            );
            CREATE INDEX user_list_items_by_section ON user_list_items(section_id, position);

            -- A run is not tied to its list by a foreign key: deleting a list keeps its runs.
            CREATE TABLE checklist_runs (
                id            INTEGER PRIMARY KEY,
                checklist_key TEXT NOT NULL,  -- 'template:<id>' or 'list:<id>'
                title         TEXT NOT NULL,  -- the checklist's title when the run started
                mode          TEXT NOT NULL CHECK (mode IN ('practice', 'real')),
                performed_by  TEXT NOT NULL DEFAULT '',
                status        TEXT NOT NULL DEFAULT 'in_progress'
                              CHECK (status IN ('in_progress', 'finished', 'abandoned')),
                started_ms    INTEGER NOT NULL,
                ended_ms      INTEGER,        -- set when finished or abandoned
                CHECK ((status = 'in_progress') = (ended_ms IS NULL))
            );
            CREATE INDEX checklist_runs_by_start ON checklist_runs(started_ms DESC, id DESC);
            CREATE INDEX checklist_runs_by_checklist ON checklist_runs(checklist_key, started_ms DESC, id DESC);
            CREATE INDEX checklist_runs_by_mode ON checklist_runs(mode, started_ms DESC, id DESC);
            CREATE INDEX checklist_runs_unfinished ON checklist_runs(started_ms) WHERE status = 'in_progress';

            -- The run's own copy of its items, and each item's current state.
            CREATE TABLE checklist_run_items (
                run_id    INTEGER NOT NULL REFERENCES checklist_runs(id) ON DELETE CASCADE,
                position  INTEGER NOT NULL,
                section   TEXT NOT NULL,
                text      TEXT NOT NULL,
                detail    TEXT NOT NULL DEFAULT '',
                ticked_ms INTEGER,            -- NULL while not ticked
                note      TEXT NOT NULL DEFAULT '',
                PRIMARY KEY (run_id, position)
            ) WITHOUT ROWID;

            -- What happened, in order: written in the same transaction as the state it changed.
            CREATE TABLE checklist_run_events (
                id       INTEGER PRIMARY KEY,
                run_id   INTEGER NOT NULL,
                position INTEGER NOT NULL,
                at_ms    INTEGER NOT NULL,
                kind     TEXT NOT NULL CHECK (kind IN ('tick', 'untick', 'note')),
                note     TEXT NOT NULL DEFAULT '',
                FOREIGN KEY (run_id, position) REFERENCES checklist_run_items(run_id, position) ON DELETE CASCADE
            );
            CREATE INDEX checklist_run_events_by_run ON checklist_run_events(run_id, id);
        )sql"},
        // The kit: what it is for (staying at home or leaving) and a hot climate (more water).
        // NULL purpose: not chosen, staying at home.
        {6, R"sql(
            ALTER TABLE plan_home ADD COLUMN kit_purpose TEXT CHECK (kit_purpose IS NULL OR kit_purpose IN ('home', 'leave'));
            ALTER TABLE plan_home ADD COLUMN kit_hot_climate INTEGER NOT NULL DEFAULT 0 CHECK (kit_hot_climate IN (0, 1));
        )sql"},
        // Desktop notifications sent for reminders, one row per occurrence, so `steadfast
        // reminders notify` (run by a timer while the app is closed) and the running app tell
        // the user about each occurrence once.
        {7, R"sql(
            CREATE TABLE reminder_notifications (
                reminder_id   INTEGER NOT NULL REFERENCES reminders(id) ON DELETE CASCADE,
                occurrence_at INTEGER NOT NULL,   -- the due (or snoozed-until) time it told about
                notified_at   INTEGER NOT NULL,
                PRIMARY KEY (reminder_id, occurrence_at)
            ) WITHOUT ROWID;
        )sql"},
        // Scenarios: each play, each decision in it (times in epoch ms, as elsewhere), and the
        // spaced-review state of each decision, keyed by the ids in the content files.
        {8, R"sql(
            CREATE TABLE scenario_plays (
                id          INTEGER PRIMARY KEY,
                scenario_id TEXT NOT NULL,
                mode        TEXT NOT NULL CHECK (mode IN ('practice', 'timed')),
                started_at  INTEGER NOT NULL,
                finished_at INTEGER,          -- NULL while being played or when left early
                decisions   INTEGER NOT NULL, -- in the scenario when it was played
                right_count INTEGER NOT NULL DEFAULT 0
            );
            CREATE INDEX scenario_plays_by_start ON scenario_plays(started_at);
            CREATE TABLE scenario_decisions (
                id          INTEGER PRIMARY KEY,
                play_id     INTEGER NOT NULL REFERENCES scenario_plays(id) ON DELETE CASCADE,
                decision_id TEXT NOT NULL,
                choice      INTEGER,          -- the index chosen; NULL: time ran out
                correct     INTEGER NOT NULL CHECK (correct IN (0, 1)),
                elapsed_ms  INTEGER NOT NULL,
                answered_at INTEGER NOT NULL
            );
            CREATE INDEX scenario_decisions_by_play ON scenario_decisions(play_id, id);
            CREATE INDEX scenario_decisions_by_time ON scenario_decisions(answered_at);
            CREATE TABLE scenario_reviews (
                scenario_id TEXT NOT NULL,
                decision_id TEXT NOT NULL,
                box         INTEGER NOT NULL,
                due_at      INTEGER NOT NULL,
                PRIMARY KEY (scenario_id, decision_id)
            ) WITHOUT ROWID;
        )sql"},
        // Timed drills: a practice run's target time (NULL: not timed) and who took part.
        {9, R"sql(
            ALTER TABLE checklist_runs ADD COLUMN target_seconds INTEGER CHECK (target_seconds IS NULL OR target_seconds > 0);
            CREATE TABLE checklist_run_participants (
                run_id INTEGER NOT NULL REFERENCES checklist_runs(id) ON DELETE CASCADE,
                name   TEXT NOT NULL,   -- as the household plan named them when the run started
                PRIMARY KEY (run_id, name)
            ) WITHOUT ROWID;
        )sql"},
        // Progress: the readiness score once a day, the weekly practice goal (one row), and the
        // user's first-aid certificates and courses.
        {10, R"sql(
            CREATE TABLE readiness_history (
                day         TEXT PRIMARY KEY CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),  -- local date
                recorded_at INTEGER NOT NULL,
                percent     INTEGER NOT NULL CHECK (percent BETWEEN 0 AND 100)
            ) WITHOUT ROWID;
            CREATE TABLE weekly_goal (
                id               INTEGER PRIMARY KEY CHECK (id = 1),
                quiz_answers     INTEGER NOT NULL DEFAULT 0 CHECK (quiz_answers BETWEEN 0 AND 999),
                scenarios        INTEGER NOT NULL DEFAULT 0 CHECK (scenarios BETWEEN 0 AND 99),
                rhythm_sessions  INTEGER NOT NULL DEFAULT 0 CHECK (rhythm_sessions BETWEEN 0 AND 99),
                drills           INTEGER NOT NULL DEFAULT 0 CHECK (drills BETWEEN 0 AND 99),
                reminder_weekday INTEGER NOT NULL DEFAULT 5 CHECK (reminder_weekday BETWEEN 0 AND 6),  -- 0 = Sunday
                reminder_hour    INTEGER NOT NULL DEFAULT 18 CHECK (reminder_hour BETWEEN 0 AND 23)
            );
            CREATE TABLE certificates (
                id         INTEGER PRIMARY KEY,
                name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
                provider   TEXT NOT NULL DEFAULT '',
                taken_on   TEXT CHECK (taken_on IS NULL OR taken_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
                expires_on TEXT CHECK (expires_on IS NULL OR expires_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')
            );
        )sql"},
        };
        std::sort(list.begin(), list.end(), [](const Migration& a, const Migration& b) { return a.version < b.version; });
        return list;
    }();
    return all;
}

}  // namespace store
