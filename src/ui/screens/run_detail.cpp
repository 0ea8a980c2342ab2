// What one run recorded: how it ended and how long it took, what was skipped, and every item
// with the time it was ticked and its note.
#include <imgui.h>

#include "core/date_format.h"
#include "i18n/i18n.h"
#include "ui/fields.h"
#include "ui/run_wording.h"
#include "ui/icons.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {
using i18n::fillIn, i18n::tr;

namespace {
// A practice drill's time against its target and the personal best for the checklist.
void drawDrillTime(ScreenContext& ctx, const core::Run& run) {
    if (run.mode != core::RunMode::Practice || run.status != core::RunStatus::Finished || !run.duration()) return;
    long long seconds = run.duration()->count() / 1000;
    if (run.targetSeconds) {
        long long diff = seconds - *run.targetSeconds;
        bool made = diff <= 0;
        std::string line = i18n::fillIn(made ? i18n::tr("Target {target}: made it with {diff} to spare") : i18n::tr("Target {target}: {diff} over"),
                                        "target", core::formatDuration(*run.targetSeconds));
        // Wrapped, not one line: at the largest text size it does not fit the width.
        paragraph(made ? palette().success : palette().warning,
                  std::string(made ? ICON_CHECK " " : ICON_CLOCK " ") + i18n::fillIn(line, "diff", core::formatDuration(made ? -diff : diff)));
    }
    std::optional<core::Millis> best = ctx.app.runs().personalBest(run.checklistKey);
    if (!best) {
        mutedText(i18n::tr("Tick every item to set a personal best."));
    } else if (run.completeDrill() && *best == *run.duration()) {
        paragraph(palette().success, std::string(ICON_FLAG " ") + i18n::tr("Your personal best for this checklist"));
    } else {
        mutedText(i18n::fillIn(i18n::tr("Your personal best: {time}"), "time", core::formatDuration(best->count() / 1000)));
    }
    if (!run.participants.empty()) {
        mutedText(i18n::fillIn(i18n::tr("Taking part: {names}"), "names", joinedNames(run.participants)));
    }
}
}  // namespace

void drawRunRecord(ScreenContext& ctx, long long runId) {
    const core::Run* run = ctx.app.runs().run(runId);
    if (!run) {
        emptyState(ICON_WARNING, tr("This run is not in the database."), tr("Go back and choose another run."));
        return;
    }

    beginCard();
    ImGui::PushFont(ctx.fonts.title);
    switch (run->status) {
        case core::RunStatus::Finished: textLinef(palette().success, ICON_CHECK " %s", runOutcome(run->status, run->duration()).c_str()); break;
        case core::RunStatus::Abandoned: textLinef(palette().warning, ICON_CLOSE " %s", runOutcome(run->status, run->duration()).c_str()); break;
        case core::RunStatus::InProgress: textLinef(palette().accent, ICON_PLAY " %s", runOutcome(run->status, run->duration()).c_str()); break;
    }
    ImGui::PopFont();
    // TRANSLATORS: {mode} is "Practice drill" or "For real".
    paragraph(run->performedBy.empty() ? std::string(runModeLabel(run->mode))
                                       : fillIn(fillIn(tr("{mode}, by {name}"), "mode", runModeLabel(run->mode)), "name", run->performedBy));
    mutedText(fillIn(tr("Started {when}"), "when", core::formatDateTime(run->started)));
    if (run->ended) {
        std::string when = core::formatTimeNear(*run->ended, run->started);
        mutedText(fillIn(run->status == core::RunStatus::Abandoned ? tr("Abandoned {when}") : tr("Finished {when}"), "when", when));
    }
    paragraph(doneOfTotal(run->doneCount(), static_cast<int>(run->items.size())));
    drawDrillTime(ctx, *run);
    if (run->status == core::RunStatus::InProgress && tapButton(labelled(ICON_PLAY, tr("Resume"), "##resume-run").c_str(), -1, Tone::Accent)) {
        ctx.app.runs().openRun(runId);
        endCard();
        return;
    }
    endCard();

    std::vector<const core::RunItem*> skipped = run->skipped();
    if (run->status != core::RunStatus::InProgress && !skipped.empty()) {
        heading(std::string(ICON_WARNING "  ") + fillIn(tr("Skipped ({count})"), "count", core::formatNumber(static_cast<long long>(skipped.size()))));
        beginCard();
        std::vector<std::string> texts;
        for (const core::RunItem* it : skipped) texts.push_back(it->text);
        bulletList(texts);
        endCard();
    }

    std::string section;
    float width = ImGui::GetContentRegionAvail().x;
    for (const core::RunItem& it : run->items) {
        if (it.position == 0 || it.section != section) heading(it.section.c_str());
        section = it.section;
        std::string id = "##detail-item-" + std::to_string(it.position);
        std::string time = it.tickedAt ? core::formatTimeNear(*it.tickedAt, run->started) : "";
        checkRow(id.c_str(), it.ticked(), {it.text, it.detail, it.note, time}, width, false);
    }
}

namespace {
class RunDetailScreen final : public ScreenOf<app::route::RunDetail> {
private:
    std::string titleOf(ScreenContext& ctx, const app::route::RunDetail& route) override { return runTitle(ctx, route.runId); }
    void show(ScreenContext& ctx, const app::route::RunDetail& route) override { drawRunRecord(ctx, route.runId); }
};
}  // namespace

std::unique_ptr<Screen> makeRunDetailScreen() { return std::make_unique<RunDetailScreen>(); }

}  // namespace ui
