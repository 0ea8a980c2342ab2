#pragma once
// How runs read, on the checklist screens.
#include <string>
#include <vector>

#include "core/checklist_run.h"

namespace ui {

// "Practice drill", "For real".
const char* runModeLabel(core::RunMode mode);
// "Finished in 12:34", "Abandoned after 3:00", "In progress".
std::string runOutcome(core::RunStatus status, std::optional<core::Millis> duration);
// "Tue 3 Mar 2026 · Practice · 27/30 in 12:34": one line of the history.
std::string runSummaryLine(const core::RunSummary& run);
// "27 of 30 done".
std::string doneOfTotal(int done, int total);
// "Sam, Lea": names in a sentence, with the language's comma.
std::string joinedNames(const std::vector<std::string>& names);

}  // namespace ui
