// Emergency: the number first, then yes/no questions that lead to the right guide in
// emergency mode. An incident in progress is offered first. A question for a person who does not
// respond opens with "Call now", before anything it asks.
#include <imgui.h>

#include "core/text.h"
#include "i18n/i18n.h"
#include "ui/icons.h"
#include "ui/screens/label.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {

using i18n::fillIn, i18n::tr;

// The number in large type with its Copy button beside it when both fit, and where it applies
// underneath, so the questions below stay in view at the largest text size.
void drawEmergencyNumberCard(ScreenContext& ctx) {
    app::App& app = ctx.app;
    std::string number = app.emergencyNumber();
    beginCard();
    ImGui::PushFont(ctx.fonts.huge);
    float numberW = textWidth(number);
    textLine(palette().emergency, number);
    float numberH = ImGui::GetItemRectSize().y;
    ImGui::PopFont();
    // Beside the number with its icon if there is room, else without, else under it.
    float gap = ImGui::GetStyle().ItemSpacing.x * 2, avail = ImGui::GetContentRegionAvail().x;
    // TRANSLATORS: a button beside the emergency number that copies it: keep it short.
    std::string copy = labelWithId(ICON_COPY, tr("Copy"), "##copy-number");
    if (numberW + gap + buttonWidthFor(copy.c_str()) > avail) copy = labelWithId(tr("Copy"), "##copy-number");
    float copyW = buttonWidthFor(copy.c_str());
    bool beside = numberW + gap + copyW <= avail;
    if (beside) {
        ImGui::SameLine(0, gap);
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (numberH - tapHeight()) / 2);
    }
    if (tapButton(copy.c_str(), beside ? copyW : -1)) {
        ImGui::SetClipboardText(number.c_str());
        app.firstAid().logNote(fillIn(tr("Emergency number copied: {number}"), "number", number));
    }
    // The fallback number comes from the content, never from here.
    std::string where = app.countryName().empty()
                            ? std::string(tr("Country not set, so this is the international fallback number. Choose your country in Settings."))
                            : fillIn(tr("The emergency number in {country}"), "country", app.countryName());
    mutedText(where);
    endCard();
}

namespace {
class EmergencyScreen final : public ScreenOf<app::route::Emergency> {
public:
    EmergencyScreen() : ScreenOf(core::textId("Emergency")) {}

private:
    void show(ScreenContext& ctx, const app::route::Emergency&) override {
        app::App& app = ctx.app;
        app::FirstAid& fa = app.firstAid();
        drawEmergencyNumberCard(ctx);

        if (fa.active()) {
            std::string label = labelWithId(ICON_PLAY, fillIn(tr("Back to: {guide}"), "guide", app::incidentTitle(*fa.incident(), app.content())), "##resume-incident");
            if (wrappedButton(label.c_str(), Tone::Accent)) app.openPlayer();
        }

        const core::TriageNode* node = fa.triageNode();
        if (!node) {
            fa.startTriage();
            node = fa.triageNode();
            if (!node) return;
        }
        ImGui::Spacing();
        if (node->call) {
            // Resuscitation Council UK 2025: call as soon as the person does not respond, then check
            // breathing while the call connects.
            ImGui::PushFont(ctx.fonts.large);
            ImGui::PushStyleColor(ImGuiCol_Text, palette().emergency);
            paragraph(std::string(ICON_PHONE "  ") + fillIn(tr("Call {number} now and put the phone on speaker."), "number", app.emergencyNumber()));
            ImGui::PopStyleColor();
            ImGui::PopFont();
            recordTapTarget("##triage-call");
        }
        ImGui::PushFont(ctx.fonts.large);
        paragraph(node->question);
        ImGui::PopFont();
        if (!node->detail.empty()) paragraph(node->detail);
        std::vector<std::string> labels;
        for (size_t i = 0; i < node->answers.size(); ++i) labels.push_back(node->answers[i].label + "##answer-" + std::to_string(i));
        // Two short answers (Yes / No) share a row, so both are in view at any text size.
        bool pair = labels.size() == 2 && labelsFitSideBySide({labels[0].c_str(), labels[1].c_str()});
        float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) / 2;
        for (size_t i = 0; i < labels.size(); ++i) {
            if (pair && i == 1) ImGui::SameLine();
            bool pressed = pair ? tapButton(labels[i].c_str(), half) : wrappedButton(labels[i].c_str());
            if (pressed && fa.answerTriage(i)) {
                app.openPlayer();
                return;
            }
        }
        if (fa.triageAnswers() > 0 && tapButton(labelWithId(ICON_BACK, tr("Previous question"), "##triage-back").c_str())) fa.triageBack();
        heading(tr("Or choose a guide"));
        if (listRow("##all-guides", ICON_FIRST_AID, tr("All first-aid guides"), tr("Search and open any guide"))) app.nav().selectTab(app::Tab::FirstAid);
    }
};
}  // namespace

std::unique_ptr<Screen> makeEmergencyScreen() { return std::make_unique<EmergencyScreen>(); }

}  // namespace ui
