// Today: the emergency number, what is due, a run in progress, what to practise next.
#include <imgui.h>

#include "ui/icons.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {

void drawToday(ScreenContext& ctx) {
    app::App& app = ctx.app;
    beginCard();
    ImGui::TextWrapped("In an emergency, call");
    ImGui::PushFont(ctx.fonts.huge);
    ImGui::TextColored(palette().emergency, "%s", app.emergencyNumber().c_str());
    ImGui::PopFont();
    if (app.countryName().empty())
        mutedText("Choose your country in Settings so the right number shows here.");
    else
        mutedText(("Emergency number for " + app.countryName() + ".").c_str());
    endCard();

    if (!app.contentProblems().empty()) {
        heading(ICON_WARNING "  Content problems");
        beginCard();
        for (const auto& p : app.contentProblems()) mutedText(p.toString().c_str());
        endCard();
    }

    drawTodayRunInProgress(ctx);
    heading("Practise next");
    if (!app.content().guides.empty()) {
        const core::Guide& g = app.content().guides.front();
        if (listRow("##practise-next", ICON_PRACTICE, g.title.c_str(), g.summary.c_str())) app.openGuide(g.id);
    }
}

}  // namespace ui
