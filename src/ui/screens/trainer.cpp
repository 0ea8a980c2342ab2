// CPR rhythm trainer: tap (click or Space) as if compressing; the rate and its steadiness show
// live and the session is scored against 100–120 per minute.
#include <imgui.h>

#include "ui/icons.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {

namespace {
class TrainerScreen final : public ScreenOf<app::route::Trainer> {
public:
    TrainerScreen() : ScreenOf("CPR rhythm") {}

private:
    void show(ScreenContext& ctx, const app::route::Trainer&) override {
        app::App& app = ctx.app;
        app::FirstAid& fa = app.firstAid();

        mutedText("Tap the pad, or press Space, at the pace you would push on a chest: 100 to 120 a minute.");
        core::RhythmScore live = fa.liveRhythm();
        ImVec4 verdictColour = live.verdict == core::RhythmVerdict::InRange ? palette().success
                               : live.verdict == core::RhythmVerdict::TooFew ? palette().muted : palette().warning;
        beginCard();
        ImGui::PushFont(ctx.fonts.huge);
        if (live.verdict == core::RhythmVerdict::TooFew)
            textLine(palette().muted, "---");
        else
            textLinef(verdictColour, "%.0f", live.rate);
        ImGui::PopFont();
        textLine("per minute");
        textLine(verdictColour, core::verdictText(live.verdict));
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
            lastResult_.reset();
        }
        ImGui::GetWindowDrawList()->AddRectFilled(pos, ImVec2(pos.x + w, pos.y + padH),
                                                  ImGui::GetColorU32(ImGui::IsItemActive() ? palette().emergency : palette().card),
                                                  ImGui::GetStyle().FrameRounding);
        const char* hint = ICON_HEART "  Tap here";
        ImVec2 size(textWidth(hint), ImGui::GetFontSize());
        drawText(ImGui::GetWindowDrawList(), ImVec2(pos.x + (w - size.x) / 2, pos.y + (padH - size.y) / 2), ImGui::GetColorU32(ImGuiCol_Text), hint);
        mutedText((std::to_string(fa.rhythmTaps().size()) + " taps").c_str());

        if (tapButton(ICON_CHECK "  Finish and score##trainer-finish", -1, Tone::Accent)) {
            lastResult_ = fa.finishTrainer();
            if (!lastResult_) app.notices().show("Tap at least four times to get a score.");
        }
        if (lastResult_) {
            beginCard();
            ImGui::PushFont(ctx.fonts.large);
            textLine("Score: " + std::to_string(lastResult_->percent()) + "%");
            ImGui::PopFont();
            paragraphf("%.0f per minute over %d taps. %s.", lastResult_->rate, lastResult_->taps, core::verdictText(lastResult_->verdict));
            mutedText("The score is the share of taps whose pace was between 100 and 120 a minute.");
            endCard();
        }
    }

    std::optional<core::RhythmScore> lastResult_;
};
}  // namespace

std::unique_ptr<Screen> makeTrainerScreen() { return std::make_unique<TrainerScreen>(); }

}  // namespace ui
