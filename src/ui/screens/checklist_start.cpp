// One checklist before a run: resume the run in progress or start one (practice or real, and
// who), what the checklist covers, its history, and copying or editing it.
#include <imgui.h>

#include "core/date_format.h"
#include "core/text.h"
#include "i18n/i18n.h"
#include "ui/fields.h"
#include "ui/run_wording.h"
#include "ui/icons.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {
using i18n::fillIn, i18n::tr, i18n::trn;

namespace {
const char* checklistTitle(ScreenContext& ctx, const std::string& key) {
    if (auto templateId = core::templateIdOf(key))
        if (const core::ChecklistTemplate* t = ctx.app.content().checklist(*templateId)) return t->title.c_str();
    if (auto listId = core::listIdOf(key))
        if (const core::UserList* l = ctx.app.lists().list(*listId)) return l->title.c_str();
    return tr("Checklist");
}

// A practice drill's target time (the checklist's own, where its sources give one, or the user's
// choice) and who from the household takes part. A real run has neither: no clock in an emergency.
void drawDrillOptions(ScreenContext& ctx, const app::ChecklistSource& src, app::StartDraft& draft) {
    heading(i18n::tr("Target time"));
    std::vector<int> targets;
    int own = src.fromContent ? src.fromContent->targetSeconds : 0;
    if (own > 0) targets.push_back(own);
    for (int t : core::kDrillTargets)
        if (t != own) targets.push_back(t);
    std::vector<std::string> labels{std::string(i18n::tr("No target")) + "##target-none"};
    for (int t : targets) labels.push_back(core::formatDuration(t) + "##target-" + std::to_string(t));
    std::vector<const char*> pointers;
    for (const auto& l : labels) pointers.push_back(l.c_str());
    int chosen = 0;
    for (size_t i = 0; i < targets.size(); ++i)
        if (draft.targetSeconds == targets[i]) chosen = static_cast<int>(i) + 1;
    if (int t = choiceRow(pointers.data(), static_cast<int>(pointers.size()), chosen, 3); t >= 0)
        draft.targetSeconds = t == 0 ? std::nullopt : std::optional(targets[static_cast<size_t>(t) - 1]);
    if (own > 0) mutedText(i18n::fillIn(i18n::tr("The checklist's sources aim for {time}."), "time", core::formatDuration(own)));
    if (draft.targetSeconds) mutedText(i18n::tr("The run counts down, and the time you take is kept with your best."));

    const std::vector<core::Member>& members = ctx.app.plan().plan().members;
    if (members.empty()) return;
    heading(i18n::tr("Who takes part"));
    for (const core::Member& m : members) {
        if (core::trim(m.name).empty()) continue;
        std::string id = "##participant-" + std::to_string(m.id);
        bool on = draft.participants.count(m.name) > 0;
        if (toggleRow(id.c_str(), on, m.name.c_str())) {
            if (on)
                draft.participants.erase(m.name);
            else
                draft.participants.insert(m.name);
        }
    }
}

class ChecklistStartScreen final : public ScreenOf<app::route::ChecklistStart> {
private:
    std::string titleOf(ScreenContext& ctx, const app::route::ChecklistStart& route) override { return checklistTitle(ctx, route.checklistKey); }
    void show(ScreenContext& ctx, const app::route::ChecklistStart& route) override {
        const std::string key = route.checklistKey;  // a copy: starting a run changes the route
        std::optional<app::ChecklistSource> src = ctx.app.runs().source(key);
        if (!src) {
            emptyState(ICON_WARNING, tr("This checklist is no longer here."), tr("It may have been deleted. Its past runs are still in the history."));
            return;
        }
        if (!src->summary.empty()) paragraph(src->summary);

        std::optional<core::RunSummary> unfinished = ctx.app.runs().unfinishedRunOf(key);
        if (unfinished) {
            heading(tr("In progress"));
            beginCard();
            // TRANSLATORS: {mode} is "Practice drill" or "For real": "Practice drill, started 09:12. 3 of 20 done."
            std::string text = fillIn(tr("{mode}, started {when}. {done}."), "mode", runModeLabel(unfinished->mode));
            text = fillIn(fillIn(text, "when", core::formatTimeNear(unfinished->started, ctx.app.clock().now())), "done",
                          doneOfTotal(unfinished->doneCount, unfinished->itemCount));
            paragraph(text);
            if (tapButton(labelled(ICON_PLAY, tr("Resume"), "##resume-run").c_str(), -1, Tone::Accent)) ctx.app.runs().openRun(unfinished->id);
            endCard();
        }

        heading(unfinished ? tr("Or start a new run") : tr("Start a run"));
        app::StartDraft& draft = ctx.app.runs().startDraft();
        std::string practice = labelled(runModeLabel(core::RunMode::Practice), "##mode-practice");
        std::string real = labelled(runModeLabel(core::RunMode::Real), "##mode-real");
        const char* modes[] = {practice.c_str(), real.c_str()};
        if (int t = choiceRow(modes, 2, draft.mode == core::RunMode::Practice ? 0 : 1); t >= 0)
            draft.mode = t == 0 ? core::RunMode::Practice : core::RunMode::Real;
        textField("##performed-by", "", tr("Who is doing it (optional)"), draft.performedBy);
        if (draft.mode == core::RunMode::Practice) drawDrillOptions(ctx, *src, draft);
        if (src->itemCount() == 0) {
            mutedText(tr("This list has no items yet. Edit it to add some."));
        } else if (unfinished) {
            mutedText(tr("Starting over ends the run in progress; it stays in the history as abandoned."));
            if (tapButton(labelled(ICON_PLAY, tr("Start over"), "##start-over").c_str())) ctx.app.runs().startOver(key);
        } else {
            // TRANSLATORS: starts a run of the checklist.
            if (tapButton(labelled(ICON_PLAY, i18n::trc("a checklist run", "Start"), "##start-run").c_str(), -1, Tone::Accent)) ctx.app.runs().start(key);
        }

        heading(tr("History"));
        std::optional<core::TimePoint> lastPractice = ctx.app.runs().lastFinishedPracticeRun(key);
        std::string subtitle = lastPractice ? fillIn(tr("Last practice drill: {date}"), "date", core::formatDate(*lastPractice))
                                            : std::string(tr("No practice drill finished yet"));
        if (listRow("##checklist-history", ICON_HISTORY, tr("Past runs of this checklist"), subtitle.c_str()))
            ctx.app.history().open({key, std::nullopt});
        if (src->fromContent) {
            if (tapButton(labelled(ICON_COPY, tr("Make my own copy to edit"), "##duplicate-template").c_str()))
                ctx.app.lists().duplicateTemplate(src->fromContent->id);
        } else {
            if (tapButton(labelled(ICON_EDIT, tr("Edit this list"), "##edit-list").c_str())) ctx.app.lists().openListEditor(src->listId);
        }

        heading(trn("%d item", "%d items", src->itemCount()));
        beginCard();
        for (const core::ChecklistSection& s : src->sections) {
            textLine(palette().accent, s.title);
            std::vector<std::string> texts;
            for (const core::ChecklistItem& it : s.items) texts.push_back(it.text);
            bulletList(texts);
        }
        endCard();

        if (src->fromContent && !src->fromContent->sources.empty()) {
            heading(tr("Sources"));
            beginCard();
            bulletList(src->fromContent->sources);
            endCard();
        }
    }
};
}  // namespace

std::unique_ptr<Screen> makeChecklistStartScreen() { return std::make_unique<ChecklistStartScreen>(); }

}  // namespace ui
