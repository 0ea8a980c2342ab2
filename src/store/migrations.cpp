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
        };
        std::sort(list.begin(), list.end(), [](const Migration& a, const Migration& b) { return a.version < b.version; });
        return list;
    }();
    return all;
}

}  // namespace store
