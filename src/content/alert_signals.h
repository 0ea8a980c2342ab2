#pragma once
// Loads content/alert_signals.toml: each country's public warning signals, checked line by line.
#include <filesystem>

#include "content/loader.h"

namespace content {

// Reads dir/alert_signals.toml into result.content.alertSignals and reports every problem with its
// file and line. A country with a problem is left out, so no signal is taught from a half-read
// description. A tree without the file is not a problem. Call it once the emergency numbers are
// loaded: a country must be one of theirs. loadContent sorts the countries by name in the
// language shown. Returns whether the file exists, for a translation to mirror it.
bool loadAlertSignals(const std::filesystem::path& dir, LoadResult& result);

}  // namespace content
