#pragma once
// Loads the practice scenarios (content/scenarios/*.toml) and checks them against the guides and
// checklists already loaded: every right answer cites a step or item that exists, and a scenario's
// sources are those of what it cites.
#include <filesystem>
#include <string>
#include <vector>

#include "content/loader.h"

namespace content {

// Reads dir/scenarios/ into result.content.scenarios and reports every problem with its file and
// line in result.problems. A scenario with a problem is left out. Call it once the guides and
// checklists are in result.content; loadContent sorts the scenarios by title in the language
// shown. A tree without scenarios is not a problem.
// Returns the files it found, loaded or not, relative to dir: a translation mirrors each.
std::vector<std::string> loadScenarios(const std::filesystem::path& dir, LoadResult& result);

}  // namespace content
