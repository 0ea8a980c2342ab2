// CPR rhythm trainer: tap (click or Space) as if compressing; the rate and its steadiness show
// live and the session is scored against 100–120 per minute.
#include <imgui.h>

#include "ui/icons.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {

void drawTrainer(ScreenContext& ctx) {
    app::App& app = ctx.app;
    app::FirstAid& fa = app.firstAid();
    static std::optional<core::RhythmScore> lastResult;

    mutedText("Tap the pad, or press Space, at the pace you would push on a chest: 100 to 120 a minute.");
    core::RhythmScore live = fa.liveRhythm();
    ImVec4 verdictColour = live.verdict == core::RhythmVerdict::InRange ? palette().success
                           : live.verdict == core::RhythmVerdict::TooFew ? palette().muted : palette().warning;
    beginCard();
    ImGui::PushFont(ctx.fonts.huge);
    if (live.verdict == core::RhythmVerdict::TooFew)
        ImGui::TextColored(palette().muted, "---");
    else
        ImGui::TextColored(verdictColour, "%.0f", live.rate);
    ImGui::PopFont();
    ImGui::TextUnformatted("per minute");
    ImGui::TextColored(verdictColour, "%s", core::verdictText(live.verdict));
    if (live.verdict != core::RhythmVerdict::TooFew)
        mutedText(("Steadiness: " + std::to_string(static_cast<int>((1.0 - std::min(1.0, live.variation)) * 100)) + "%").c_str());
    endCard();

    // Taps count on press, not release: the rhythm is in the press.
    float padH = std::max(tapHeight() * 3, em() * 9);
    ImVec2 pos = ImGui::GetCursorScreenPos();
    float w = ImGui::GetContentRegionAvail().x;
    ImGui::InvisibleButton("##tap-pad", ImVec2(w, padH));
    recordTapTarget("##tap-pad");
    bool tapped = ImGui::IsItemActivated() || (!ImGui::GetIO().WantTextInput && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Space), false));
    if (tapped) {
        fa.tapRhythm();
        lastResult.reset();
    }
    ImGui::GetWindowDrawList()->AddRectFilled(pos, ImVec2(pos.x + w, pos.y + padH),
                                              ImGui::GetColorU32(ImGui::IsItemActive() ? palette().emergency : palette().card),
                                              ImGui::GetStyle().FrameRounding);
    const char* hint = ICON_HEART "  Tap here";
    ImVec2 size = ImGui::CalcTextSize(hint);
    ImGui::GetWindowDrawList()->AddText(ImVec2(pos.x + (w - size.x) / 2, pos.y + (padH - size.y) / 2), ImGui::GetColorU32(ImGuiCol_Text), hint);
    mutedText((std::to_string(fa.rhythmTaps().size()) + " taps").c_str());

    if (tapButton(ICON_CHECK "  Finish and score##trainer-finish", -1, Tone::Accent)) {
        lastResult = fa.finishTrainer();
        if (!lastResult) app.notices().show("Tap at least four times to get a score.");
    }
    if (lastResult) {
        beginCard();
        ImGui::PushFont(ctx.fonts.large);
        ImGui::Text("Score: %d%%", lastResult->percent());
        ImGui::PopFont();
        ImGui::TextWrapped("%.0f per minute over %d taps. %s.", lastResult->rate, lastResult->taps, core::verdictText(lastResult->verdict));
        mutedText("The score is the share of taps whose pace was between 100 and 120 a minute.");
        endCard();
    }
}

}  // namespace ui
