#include "ui/run_wording.h"


#include "core/date_format.h"

namespace ui {

std::string runOutcome(core::RunStatus status, std::optional<core::Millis> duration) {
    std::string took = duration ? core::formatDuration(duration->count() / 1000) : "";
    switch (status) {
        case core::RunStatus::Finished: return "Finished in " + took;
        case core::RunStatus::Abandoned: return "Abandoned after " + took;
        case core::RunStatus::InProgress: return "In progress";
    }
    return "";
}

std::string runSummaryLine(const core::RunSummary& run) {
    std::string line = core::formatDate(run.started) + " \xc2\xb7 " + (run.mode == core::RunMode::Real ? "Real" : "Practice") + " \xc2\xb7 " +
                       std::to_string(run.doneCount) + "/" + std::to_string(run.itemCount);
    if (run.status == core::RunStatus::Finished && run.ended)
        line += " in " + core::formatDuration(std::chrono::duration_cast<std::chrono::seconds>(*run.ended - run.started).count());
    else if (run.status == core::RunStatus::Abandoned)
        line += " \xc2\xb7 abandoned";
    else
        line += " \xc2\xb7 in progress";
    return line;
}

}  // namespace ui
