// The incident log: every step and timer with its time, to copy as plain text for paramedics.
#include <cstdlib>
#include <imgui.h>

#include "core/date_format.h"
#include "i18n/i18n.h"
#include "ui/icons.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {
using i18n::fillIn, i18n::tr;

namespace {
class IncidentLogScreen final : public ScreenOf<app::route::IncidentLog> {
public:
    IncidentLogScreen() : ScreenOf(core::textId("Incident log")) {}

private:
    void show(ScreenContext& ctx, const app::route::IncidentLog& route) override {
        app::App& app = ctx.app;
        long long id = route.incidentId;
        // The open incident is already in memory; a finished one is read once and kept.
        const core::Incident* incident = nullptr;
        if (app.firstAid().active() && app.firstAid().incident()->id == id) {
            incident = app.firstAid().incident();
        } else {
            if (!finished_ || finished_->id != id) finished_ = app.firstAid().loadIncident(id);
            incident = finished_ ? &*finished_ : nullptr;
        }
        if (!incident) {
            emptyState(ICON_WARNING, tr("This incident is not in the database."), tr("Go back."));
            return;
        }
        ImGui::PushFont(ctx.fonts.title);
        paragraph(app::incidentTitle(*incident, app.content()));
        ImGui::PopFont();
        mutedText(fillIn(tr("Started {when}"), "when", core::formatDateTime(incident->startedAt)));
        if (tapButton(labelled(ICON_COPY, tr("Copy as text"), "##copy-log").c_str(), -1, Tone::Accent))
            ImGui::SetClipboardText(app::incidentAsText(*incident, app.content()).c_str());
        beginCard();
        for (const auto& e : incident->events) {
            textLine(palette().muted, core::formatTimeWithSeconds(e.at));
            ImGui::SameLine();
            paragraph(e.text);
        }
        if (incident->endedAt) {
            textLine(palette().muted, core::formatTimeWithSeconds(*incident->endedAt));
            ImGui::SameLine();
            textLine(i18n::trc("incident", "Ended"));
        }
        endCard();
    }

    std::optional<core::Incident> finished_;  // a finished incident, read once
};
}  // namespace

std::unique_ptr<Screen> makeIncidentLogScreen() { return std::make_unique<IncidentLogScreen>(); }

}  // namespace ui
