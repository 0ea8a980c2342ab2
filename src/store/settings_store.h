#pragma once
// Settings as key/value rows, so adding a setting needs no migration.
#include "core/settings.h"
#include "store/database.h"

namespace store {

core::Settings loadSettings(Database& db);
void saveSettings(Database& db, const core::Settings& settings);

}  // namespace store
