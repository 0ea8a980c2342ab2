#include "ui/run_wording.h"

#include "core/date_format.h"
#include "i18n/i18n.h"

namespace ui {
using i18n::fillIn, i18n::tr, i18n::trc;

const char* runModeLabel(core::RunMode mode) { return mode == core::RunMode::Real ? tr("For real") : tr("Practice drill"); }

std::string runOutcome(core::RunStatus status, std::optional<core::Millis> duration) {
    std::string took = duration ? core::formatDuration(duration->count() / 1000) : "";
    switch (status) {
        case core::RunStatus::Finished: return fillIn(tr("Finished in {duration}"), "duration", took);
        case core::RunStatus::Abandoned: return fillIn(tr("Abandoned after {duration}"), "duration", took);
        case core::RunStatus::InProgress: return tr("In progress");
    }
    return "";
}

std::string runSummaryLine(const core::RunSummary& run) {
    // TRANSLATORS: in a history row: "Tue, 3 Mar 2026 · Practice · 27/30 in 12:34".
    const char* mode = run.mode == core::RunMode::Real ? trc("run mode, short", "Real") : trc("run mode, short", "Practice");
    std::string done = core::formatNumber(run.doneCount) + "/" + core::formatNumber(run.itemCount);
    std::string line;
    if (run.status == core::RunStatus::Finished && run.ended) {
        std::string took = core::formatDuration(std::chrono::duration_cast<std::chrono::seconds>(*run.ended - run.started).count());
        line = fillIn(tr("{done} in {duration}"), "duration", took);
    } else if (run.status == core::RunStatus::Abandoned) {
        line = tr("{done} · abandoned");
    } else {
        line = tr("{done} · in progress");
    }
    return core::formatDate(run.started) + " \xc2\xb7 " + mode + " \xc2\xb7 " + fillIn(line, "done", done);
}

std::string doneOfTotal(int done, int total) {
    // TRANSLATORS: {n} of {total} items ticked in a checklist run.
    return fillIn(i18n::trn("{n} of {total} done", "{n} of {total} done", done), "total", core::formatNumber(total));
}

std::string joinedNames(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : i18n::tr(", ")) + n;
    return out;
}

}  // namespace ui
