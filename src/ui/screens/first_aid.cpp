// First aid: every guide, searchable, grouped by category.
#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/date_format.h"
#include "i18n/i18n.h"
#include "ui/icons.h"
#include "ui/screens/screens.h"
#include "ui/fields.h"
#include "ui/widgets.h"

namespace ui {
using i18n::fillIn, i18n::tr, i18n::trn;

// "Practised Thu, 3 Dec, 09:00 · 2 due for review": what the user has practised of a guide.
std::string practisedLine(core::TimePoint lastPractised, int due) {
    std::string line = fillIn(tr("Practised {when}"), "when", core::formatDateTime(lastPractised));
    return due > 0 ? line + " · " + trn("%d due for review", "%d due for review", due) : line;
}

namespace {
class FirstAidScreen final : public ScreenOf<app::route::FirstAid> {
public:
    FirstAidScreen() : ScreenOf(core::textId("First aid")) {}

private:
    void show(ScreenContext& ctx, const app::route::FirstAid&) override {
        app::App& app = ctx.app;
        std::string hint = std::string(ICON_SEARCH " ") + tr("Search guides");
        textField("##guide-search", "", hint.c_str(), query_);
        int shown = 0;
        for (const std::string& category : app.content().categories()) {
            bool headed = false;
            for (const core::Guide& g : app.content().guides) {
                if (g.category != category || !g.matches(query_)) continue;
                if (!headed) heading(category.c_str());
                headed = true;
                // The second line says what the user has practised and what is due; else the summary.
                std::string id = "##guide-" + g.id;
                std::string subtitle = g.summary;
                if (auto it = app.firstAid().practice().find(g.id); it != app.firstAid().practice().end() && it->second.lastPractised) {
                    subtitle = practisedLine(*it->second.lastPractised, it->second.due);
                }
                if (listRowWrapped(id.c_str(), ICON_BOOK, g.title.c_str(), subtitle.c_str())) app.openGuide(g.id);
                ++shown;
            }
        }
        if (query_.empty() && !app.content().alertSignals.empty()) {
            heading(std::string(ICON_WARNING "  ") + tr("Alert signals"));
            if (listRowWrapped("##alert-signals", ICON_WARNING, tr("Learn the warning signals"),
                               tr("Hear each siren and say what it means and what to do")))
                app.openAlertPractice();
        }
        if (query_.empty() && !app.content().scenarios.empty()) {
            heading((std::string(ICON_PRACTICE "  ") + i18n::tr("Practice scenarios")).c_str());
            int due = 0;
            for (const app::ScenarioListEntry& e : app.scenarios().list()) due += e.record.dueDecisions;
            std::string subtitle = due > 0 ? i18n::trn("%d decision due for review", "%d decisions due for review", due)
                                           : i18n::tr("Decide what to do, step by step, with or without a clock");
            if (listRowWrapped("##scenarios", ICON_PRACTICE, i18n::tr("Play an emergency scenario"), subtitle.c_str()))
                app.scenarios().openList();
        }
        if (query_.empty() && !app.firstAid().recentIncidents().empty()) {
            heading(std::string(ICON_HISTORY "  ") + tr("Incident logs"));
            for (const core::Incident& i : app.firstAid().recentIncidents()) {
                std::string id = "##incident-" + std::to_string(i.id);
                std::string when = i.endedAt ? core::formatDateTime(i.startedAt)
                                             : fillIn(tr("{when} · in progress"), "when", core::formatDateTime(i.startedAt));
                if (listRowWrapped(id.c_str(), ICON_LIST, app::incidentTitle(i, app.content()).c_str(), when.c_str())) app.openIncidentLog(i.id);
            }
        }
        if (shown == 0) emptyState(ICON_SEARCH, tr("No guide matches your search."), tr("Try a shorter word, such as \"burn\" or \"CPR\"."));
    }

    std::string query_;  // the search typed
};
}  // namespace

std::unique_ptr<Screen> makeFirstAidScreen() { return std::make_unique<FirstAidScreen>(); }

}  // namespace ui
