// Emergency: the number first, then yes/no questions that lead to the right guide in
// emergency mode. An incident in progress is offered first.
#include <imgui.h>

#include "ui/icons.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {

void drawEmergencyNumberCard(ScreenContext& ctx) {
    app::App& app = ctx.app;
    std::string number = app.emergencyNumber();
    beginCard();
    ImGui::TextWrapped("Call the emergency number");
    ImGui::PushFont(ctx.fonts.huge);
    ImGui::TextColored(palette().emergency, "%s", number.c_str());
    ImGui::PopFont();
    std::string where = app.countryName().empty() ? "Country not set: 112 works in most of the world." : app.countryName();
    mutedText(where.c_str());
    if (tapButton(ICON_COPY "  Copy number##copy-number")) {
        ImGui::SetClipboardText(number.c_str());
        app.firstAid().logNote("Emergency number copied: " + number);
    }
    endCard();
}

void drawEmergency(ScreenContext& ctx) {
    app::App& app = ctx.app;
    app::FirstAid& fa = app.firstAid();
    drawEmergencyNumberCard(ctx);

    if (fa.active()) {
        std::string label = std::string(ICON_PLAY "  Back to: ") + fa.incident()->guideTitle + "##resume-incident";
        if (tapButton(label.c_str(), -1, Tone::Accent)) app.openPlayer();
    }

    const core::TriageNode* node = fa.triageNode();
    if (!node) {
        fa.startTriage();
        node = fa.triageNode();
        if (!node) return;
    }
    ImGui::Spacing();
    ImGui::PushFont(ctx.fonts.large);
    ImGui::TextWrapped("%s", node->question.c_str());
    ImGui::PopFont();
    for (size_t i = 0; i < node->answers.size(); ++i) {
        std::string label = node->answers[i].label + "##answer-" + std::to_string(i);
        if (tapButton(label.c_str(), -1, node->answers.size() == 2 && i == 1 ? Tone::Normal : Tone::Normal)) {
            if (fa.answerTriage(i)) {
                app.openPlayer();
                return;
            }
        }
    }
    if (fa.triageAnswers() > 0 && tapButton(ICON_BACK "  Previous question##triage-back")) fa.triageBack();
    heading("Or choose a guide");
    if (listRow("##all-guides", ICON_FIRST_AID, "All first-aid guides", "Search and open any guide")) app.nav().selectTab(app::Tab::FirstAid);
}

}  // namespace ui
