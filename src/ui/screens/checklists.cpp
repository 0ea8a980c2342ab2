// Checklists: runs in progress to resume, the history, the user's own lists, and the templates.
#include <imgui.h>

#include "core/date_format.h"
#include "ui/fields.h"
#include "ui/run_wording.h"
#include "ui/icons.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace ui {

namespace {
// Each unfinished run as a row that resumes it: on Today and on the Checklists tab.
void drawRunsInProgress(ScreenContext& ctx, const char* title) {
    const std::vector<core::RunSummary>& runs = ctx.app.runs().unfinishedRuns();
    if (runs.empty()) return;
    heading(title);
    for (const core::RunSummary& r : runs) {
        std::string id = "##resume-" + std::to_string(r.id);
        std::string subtitle = std::string(core::runModeLabel(r.mode)) + " \xc2\xb7 " + std::to_string(r.doneCount) + " of " +
                               std::to_string(r.itemCount) + " done \xc2\xb7 started " + core::formatTimeNear(r.started, ctx.app.clock().now());
        // Copy the id: opening the run refreshes the list this row came from.
        long long runId = r.id;
        if (listRow(id.c_str(), ICON_PLAY, r.title.c_str(), subtitle.c_str())) {
            ctx.app.runs().openRun(runId);
            break;
        }
    }
}
}  // namespace

void drawTodayRunInProgress(ScreenContext& ctx) { drawRunsInProgress(ctx, "Checklist in progress"); }

namespace {
class ChecklistsScreen final : public ScreenOf<app::route::Checklists> {
public:
    ChecklistsScreen() : ScreenOf("Checklists") {}

private:
    void show(ScreenContext& ctx, const app::route::Checklists&) override {
        drawRunsInProgress(ctx, "In progress");

        heading("History");
        if (listRow("##history", ICON_HISTORY, "Past runs", "Every practice drill and real run, newest first")) ctx.app.history().open({});

        heading("Your lists");
        for (const core::UserListSummary& l : ctx.app.lists().all()) {
            std::string id = "##list-" + std::to_string(l.id);
            std::string subtitle = std::to_string(l.itemCount) + (l.itemCount == 1 ? " item" : " items");
            long long listId = l.id;
            if (listRow(id.c_str(), ICON_LIST, l.title.c_str(), subtitle.c_str())) {
                ctx.app.runs().openChecklist(core::listKey(listId));
                break;
            }
        }
        if (ctx.app.lists().newListOpen()) {
            beginCard();
            textLine("Name of the new list");
            bool enter = textField("##new-list-title", "", "For example: Camping trip", ctx.app.lists().newListTitle()).entered;
            Answer answer = answerButtons("Create##create-list", Tone::Accent, "Cancel##cancel-new-list");
            if (answer == Answer::Act || enter) ctx.app.lists().createList(ctx.app.lists().newListTitle());
            if (answer == Answer::Keep) ctx.app.lists().newListOpen() = false;
            endCard();
        } else {
            if (tapButton(ICON_PLUS "  New list##new-list")) ctx.app.lists().newListOpen() = true;
            mutedText("Or open a template below and make your own copy of it.");
        }

        heading("Templates");
        for (const core::ChecklistTemplate& c : ctx.app.content().checklists) {
            std::string id = "##checklist-" + c.id;
            std::string subtitle = std::to_string(c.itemCount()) + " items \xc2\xb7 " + c.summary;
            if (listRow(id.c_str(), ICON_CHECKLIST, c.title.c_str(), subtitle.c_str())) ctx.app.runs().openChecklist(core::templateKey(c.id));
        }
    }
};
}  // namespace

std::unique_ptr<Screen> makeChecklistsScreen() { return std::make_unique<ChecklistsScreen>(); }

}  // namespace ui
