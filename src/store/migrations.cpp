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
        };
        std::sort(list.begin(), list.end(), [](const Migration& a, const Migration& b) { return a.version < b.version; });
        return list;
    }();
    return all;
}

}  // namespace store
