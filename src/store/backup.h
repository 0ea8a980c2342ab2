#pragma once
// Whole-database backup and restore, through SQLite's online backup, so the copy is consistent
// even while the app is writing.
#include <filesystem>

#include "store/database.h"

namespace store {

// Writes a copy of the open database to `file` (mode 0600). It goes to a temporary file first and
// is renamed into place, so a failed backup never leaves half a file. Throws std::runtime_error.
void backupTo(Database& db, const std::filesystem::path& file);

// Replaces everything in the open database with the contents of `file`, which must be a Steadfast
// database this version can read (the same refusals as opening one; `file` itself is never
// changed). The current contents are first backed up to `safetyCopy`. Throws OpenError or
// std::runtime_error, and then nothing has changed.
void restoreFrom(Database& db, const std::filesystem::path& file, const std::filesystem::path& safetyCopy);

}  // namespace store
