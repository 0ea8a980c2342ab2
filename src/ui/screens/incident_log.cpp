// The incident log: every step and timer with its time, to copy as plain text for paramedics.
#include <cstdlib>
#include <imgui.h>

#include "core/date_format.h"
#include "ui/icons.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {

void drawIncidentLog(ScreenContext& ctx) {
    app::App& app = ctx.app;
    long long id = routeId(ctx);
    // The open incident is already in memory; a finished one is read once and kept.
    static std::optional<core::Incident> cached;
    const core::Incident* incident = nullptr;
    if (app.firstAid().active() && app.firstAid().incident()->id == id) {
        incident = app.firstAid().incident();
    } else {
        if (!cached || cached->id != id) cached = app.firstAid().loadIncident(id);
        incident = cached ? &*cached : nullptr;
    }
    if (!incident) {
        emptyState(ICON_WARNING, "This incident is not in the database.", "Go back.");
        return;
    }
    ImGui::PushFont(ctx.fonts.title);
    ImGui::TextWrapped("%s", incident->guideTitle.c_str());
    ImGui::PopFont();
    mutedText(("Started " + core::formatDateTime(incident->startedAt)).c_str());
    if (tapButton(ICON_COPY "  Copy as text##copy-log", -1, Tone::Accent)) ImGui::SetClipboardText(core::incidentAsText(*incident).c_str());
    beginCard();
    for (const auto& e : incident->events) {
        ImGui::TextColored(palette().muted, "%s", core::formatTimeWithSeconds(e.at).c_str());
        ImGui::SameLine();
        ImGui::TextWrapped("%s", e.text.c_str());
    }
    if (incident->endedAt) {
        ImGui::TextColored(palette().muted, "%s", core::formatTimeWithSeconds(*incident->endedAt).c_str());
        ImGui::SameLine();
        ImGui::TextUnformatted("Ended");
    }
    endCard();
}

}  // namespace ui
