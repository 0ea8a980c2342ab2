// History: every run, newest first, filtered by checklist and by practice or real. Years of daily
// drills make thousands of rows, so only the rows on screen are drawn (ImGuiListClipper) and the
// app loads them a page at a time, once.
#include <imgui.h>

#include "i18n/i18n.h"
#include "ui/run_wording.h"
#include "ui/icons.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace ui {
using i18n::tr, i18n::trn;

namespace {

const char* statusIcon(core::RunStatus status) {
    switch (status) {
        case core::RunStatus::Finished: return ICON_CHECK;
        case core::RunStatus::Abandoned: return ICON_CLOSE;
        case core::RunStatus::InProgress: return ICON_PLAY;
    }
    return ICON_CHECKLIST;
}

void drawFilters(app::App& app) {
    core::HistoryFilter filter = app.history().filter();
    std::string all = labelled(i18n::trc("runs", "All"), "##filter-all");
    std::string practice = labelled(i18n::trc("run mode, short", "Practice"), "##filter-practice");
    std::string real = labelled(i18n::trc("run mode, short", "Real"), "##filter-real");
    const char* modes[] = {all.c_str(), practice.c_str(), real.c_str()};
    const std::optional<core::RunMode> modeOf[] = {std::nullopt, core::RunMode::Practice, core::RunMode::Real};
    int chosenMode = !filter.mode ? 0 : *filter.mode == core::RunMode::Practice ? 1 : 2;
    if (int t = choiceRow(modes, 3, chosenMode); t >= 0) app.history().setFilter({filter.checklistKey, modeOf[t]});

    std::string chosen = tr("All checklists");
    for (const auto& [key, title] : app.history().checklistsWithRuns())
        if (key == filter.checklistKey) chosen = app::runTitle(key, title, app.content());
    bool& open = app.history().pickerOpen();
    std::string label = chosen + "  " + (open ? ICON_UP : ICON_DOWN) + "##filter-checklist";
    if (tapButton(label.c_str())) open = !open;
    if (!open) return;
    // On the card, the choices not taken are drawn in the window's colour to stand out from it.
    auto pickButton = [](const char* label, bool chosen) { return chosen ? tapButton(label, -1, Tone::Accent) : cardButton(label); };
    beginCard();
    if (pickButton(labelled(tr("All checklists"), "##pick-all").c_str(), filter.checklistKey.empty())) app.history().setFilter({"", filter.mode});
    for (const auto& [key, title] : app.history().checklistsWithRuns()) {
        std::string pick = app::runTitle(key, title, app.content()) + "##pick-" + key;
        if (pickButton(pick.c_str(), key == filter.checklistKey)) {
            app.history().setFilter({key, filter.mode});
            break;  // the list this loop reads may be refreshed
        }
    }
    endCard();
}


class ChecklistHistoryScreen final : public ScreenOf<app::route::ChecklistHistory> {
public:
    ChecklistHistoryScreen() : ScreenOf(core::textId("History")) {}

private:
    void show(ScreenContext& ctx, const app::route::ChecklistHistory&) override {
        drawFilters(ctx.app);

        int count = ctx.app.history().count();
        if (count == 0) {
            emptyState(ICON_HISTORY, tr("No runs yet."), ctx.app.history().filter() == core::HistoryFilter{}
                                                           ? tr("Start a checklist as a practice drill; every run shows up here.")
                                                           : tr("No run matches these filters. Choose All to see every run."));
            return;
        }
        mutedText(trn("%d run", "%d runs", count));

        // Only the rows on screen are drawn (and read from the database); each is as tall as its
        // wrapped text.
        const ImGuiStyle& style = ImGui::GetStyle();
        float estimate = std::max(tapHeight(), ImGui::GetTextLineHeight() * 2 + style.FramePadding.y * 2.4f);
        std::optional<long long> opened;
        list_.draw(count, estimate, [&](int i) {
            const core::RunSummary* run = ctx.app.history().row(i);
            if (!run) {
                ImGui::Dummy(ImVec2(ImGui::GetContentRegionAvail().x, estimate));
                return;
            }
            std::string id = "##run-" + std::to_string(run->id);
            std::string title = app::runTitle(run->checklistKey, run->title, ctx.app.content());
            if (!run->performedBy.empty()) title += " \xc2\xb7 " + run->performedBy;
            if (listRow(id.c_str(), statusIcon(run->status), title.c_str(), runSummaryLine(*run).c_str())) opened = run->id;
        });
        if (opened) ctx.app.runs().openRun(*opened);
    }

    LazyList list_;
};
}  // namespace

std::unique_ptr<Screen> makeChecklistHistoryScreen() { return std::make_unique<ChecklistHistoryScreen>(); }

}  // namespace ui
