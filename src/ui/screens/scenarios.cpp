// Practice scenarios: every scenario, those with decisions due for review first, each with its
// last and best score.
#include <imgui.h>

#include "i18n/i18n.h"
#include "ui/icons.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace ui {

namespace {
using i18n::fillIn;
using i18n::tr;
using i18n::trn;

std::string recordLine(const store::ScenarioRecord& r) {
    if (r.plays == 0) return r.dueDecisions > 0 ? trn("%d decision due for review", "%d decisions due for review", r.dueDecisions)
                                                : tr("Not played yet");
    std::string line = fillIn(fillIn(tr("Last {last}% · best {best}%"), "last", std::to_string(r.lastPercent.value_or(0))), "best",
                              std::to_string(r.bestPercent.value_or(0)));
    if (r.dueDecisions > 0) line += " · " + trn("%d due", "%d due", r.dueDecisions);
    return line;
}

class ScenariosScreen final : public ScreenOf<app::route::Scenarios> {
public:
    ScenariosScreen() : ScreenOf("Scenarios") {}

private:
    std::string titleOf(ScreenContext&, const app::route::Scenarios&) override { return tr("Scenarios"); }
    void show(ScreenContext& ctx, const app::route::Scenarios&) override {
        const auto& list = ctx.app.scenarios().list();
        if (list.empty()) {
            emptyState(ICON_PRACTICE, tr("No scenarios here."), tr("The content folder has none."));
            return;
        }
        mutedText(tr("Short emergencies told one decision at a time. Decisions you get wrong come back sooner."));
        bool dueHeading = false, restHeading = false;
        for (const app::ScenarioListEntry& e : list) {
            if (e.record.dueDecisions > 0 && !dueHeading) {
                heading(tr("Due for review"));
                dueHeading = true;
            } else if (e.record.dueDecisions == 0 && !restHeading) {
                heading(dueHeading ? tr("Other scenarios") : tr("All scenarios"));
                restHeading = true;
            }
            std::string id = "##scenario-" + e.scenario->id;
            if (listRowWrapped(id.c_str(), ICON_PRACTICE, e.scenario->title.c_str(), recordLine(e.record).c_str()))
                ctx.app.scenarios().open(e.scenario->id);
        }
    }
};
}  // namespace

std::unique_ptr<Screen> makeScenariosScreen() { return std::make_unique<ScenariosScreen>(); }

}  // namespace ui
