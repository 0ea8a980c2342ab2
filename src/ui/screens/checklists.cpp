// Checklists: runs in progress to resume, the history, the user's own lists, and the templates.
#include <imgui.h>

#include "core/date_format.h"
#include "i18n/i18n.h"
#include "ui/fields.h"
#include "ui/run_wording.h"
#include "ui/icons.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace ui {
using i18n::fillIn, i18n::tr, i18n::trn;

namespace {
// Each unfinished run as a row that resumes it: on Today and on the Checklists tab.
void drawRunsInProgress(ScreenContext& ctx, const char* title) {
    const std::vector<core::RunSummary>& runs = ctx.app.runs().unfinishedRuns();
    if (runs.empty()) return;
    heading(title);
    for (const core::RunSummary& r : runs) {
        std::string id = "##resume-" + std::to_string(r.id);
        std::string started = fillIn(tr("started {when}"), "when", core::formatTimeNear(r.started, ctx.app.clock().now()));
        std::string subtitle = std::string(runModeLabel(r.mode)) + " \xc2\xb7 " + doneOfTotal(r.doneCount, r.itemCount) + " \xc2\xb7 " + started;
        // Copy the id: opening the run refreshes the list this row came from.
        long long runId = r.id;
        std::string title = app::runTitle(r.checklistKey, r.title, ctx.app.content());
        if (listRow(id.c_str(), ICON_PLAY, title.c_str(), subtitle.c_str())) {
            ctx.app.runs().openRun(runId);
            break;
        }
    }
}
}  // namespace

void drawTodayRunInProgress(ScreenContext& ctx) { drawRunsInProgress(ctx, tr("Checklist in progress")); }

namespace {
class ChecklistsScreen final : public ScreenOf<app::route::Checklists> {
public:
    ChecklistsScreen() : ScreenOf(core::textId("Checklists")) {}

private:
    void show(ScreenContext& ctx, const app::route::Checklists&) override {
        drawRunsInProgress(ctx, tr("In progress"));

        heading(tr("History"));
        if (listRow("##history", ICON_HISTORY, tr("Past runs"), tr("Every practice drill and real run, newest first"))) ctx.app.history().open({});

        heading(tr("Your lists"));
        for (const core::UserListSummary& l : ctx.app.lists().all()) {
            std::string id = "##list-" + std::to_string(l.id);
            std::string subtitle = trn("%d item", "%d items", l.itemCount);
            long long listId = l.id;
            if (listRow(id.c_str(), ICON_LIST, l.title.c_str(), subtitle.c_str())) {
                ctx.app.runs().openChecklist(core::listKey(listId));
                break;
            }
        }
        if (ctx.app.lists().newListOpen()) {
            beginCard();
            textLine(tr("Name of the new list"));
            bool enter = textField("##new-list-title", "", tr("For example: Camping trip"), ctx.app.lists().newListTitle()).entered;
            Answer answer = answerButtons(labelled(tr("Create"), "##create-list").c_str(), Tone::Accent, labelled(tr("Cancel"), "##cancel-new-list").c_str());
            if (answer == Answer::Act || enter) ctx.app.lists().createList(ctx.app.lists().newListTitle());
            if (answer == Answer::Keep) ctx.app.lists().newListOpen() = false;
            endCard();
        } else {
            if (tapButton(labelled(ICON_PLUS, tr("New list"), "##new-list").c_str())) ctx.app.lists().newListOpen() = true;
            mutedText(tr("Or open a template below and make your own copy of it."));
        }

        heading(tr("Templates"));
        for (const core::ChecklistTemplate& c : ctx.app.content().checklists) {
            std::string id = "##checklist-" + c.id;
            std::string subtitle = trn("%d item", "%d items", c.itemCount()) + " \xc2\xb7 " + c.summary;
            if (listRow(id.c_str(), ICON_CHECKLIST, c.title.c_str(), subtitle.c_str())) ctx.app.runs().openChecklist(core::templateKey(c.id));
        }
    }
};
}  // namespace

std::unique_ptr<Screen> makeChecklistsScreen() { return std::make_unique<ChecklistsScreen>(); }

}  // namespace ui
