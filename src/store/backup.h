#pragma once
// Whole-database backup and restore, through SQLite's online backup, so the copy is consistent
// even while the app is writing.
#include <filesystem>

#include "store/database.h"

namespace store {

// Writes a copy of the open database to `file` (mode 0600). It goes to a temporary file first and
// is renamed into place, so a failed backup never leaves half a file. Throws std::runtime_error
// (saying so when the disk is full).
void backupTo(Database& db, const std::filesystem::path& file);

// Replaces everything in the open database with the contents of `file`, and returns where the data
// it replaced was kept: a new steadfast-before-restore-<date>-<time>[-n].db beside the database
// (never one written before). `file` itself is never changed. It is refused, and nothing changes
// (throws OpenError or std::runtime_error), when
//  - another Steadfast has the database open (it would go on writing over the restored data);
//  - `file` is empty, not SQLite, another program's, or from a newer Steadfast;
//  - its schema is not exactly one a Steadfast migration wrote (an added trigger or view, a
//    dropped table or column), or integrity_check or foreign_key_check finds a problem.
std::filesystem::path restoreFrom(Database& db, const std::filesystem::path& file);

}  // namespace store
