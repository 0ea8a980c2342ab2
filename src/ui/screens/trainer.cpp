// CPR rhythm trainer: tap (click or Space) as if compressing; the rate and its steadiness show
// live and the session is scored against 100–120 per minute.
#include <cmath>
#include <imgui.h>

#include "core/date_format.h"
#include "i18n/i18n.h"
#include "ui/icons.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {
using i18n::fillIn, i18n::tr, i18n::trn;

namespace {
class TrainerScreen final : public ScreenOf<app::route::Trainer> {
public:
    TrainerScreen() : ScreenOf(core::textId("CPR rhythm")) {}

private:
    void show(ScreenContext& ctx, const app::route::Trainer&) override {
        app::App& app = ctx.app;
        app::FirstAid& fa = app.firstAid();

        mutedText(tr("Tap the pad, or press Space, at the pace you would push on a chest: 100 to 120 a minute."));
        core::RhythmScore live = fa.liveRhythm();
        ImVec4 verdictColour = live.verdict == core::RhythmVerdict::InRange ? palette().success
                               : live.verdict == core::RhythmVerdict::TooFew ? palette().muted : palette().warning;
        beginCard();
        ImGui::PushFont(ctx.fonts.huge);
        if (live.verdict == core::RhythmVerdict::TooFew)
            textLine(palette().muted, "---");
        else
            textLine(verdictColour, core::formatNumber(std::lround(live.rate)));
        ImGui::PopFont();
        // TRANSLATORS: under the rate in large digits: 110 "per minute".
        textLine(tr("per minute"));
        textLine(verdictColour, app::rhythmVerdictText(live.verdict));
        if (live.verdict != core::RhythmVerdict::TooFew)
            mutedText(fillIn(tr("Steadiness: {percent}%"), "percent", core::formatNumber(std::lround((1.0 - std::min(1.0, live.variation)) * 100))));
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
        std::string hint = std::string(ICON_HEART "  ") + tr("Tap here");
        ImVec2 size(textWidth(hint), ImGui::GetFontSize());
        drawText(ImGui::GetWindowDrawList(), ImVec2(pos.x + (w - size.x) / 2, pos.y + (padH - size.y) / 2), ImGui::GetColorU32(ImGuiCol_Text), hint);
        mutedText(trn("%d tap", "%d taps", static_cast<long long>(fa.rhythmTaps().size())));

        if (tapButton(labelled(ICON_CHECK, tr("Finish and score"), "##trainer-finish").c_str(), -1, Tone::Accent)) {
            lastResult_ = fa.finishTrainer();
            if (!lastResult_) app.notices().show(tr("Tap at least four times to get a score."));
        }
        if (lastResult_) {
            beginCard();
            ImGui::PushFont(ctx.fonts.large);
            textLine(fillIn(tr("Score: {percent}%"), "percent", core::formatNumber(lastResult_->percent())));
            ImGui::PopFont();
            // TRANSLATORS: {verdict} is the trainer's verdict, such as "Good rhythm".
            std::string result = trn("{rate} per minute over %d tap. {verdict}.", "{rate} per minute over %d taps. {verdict}.", lastResult_->taps);
            paragraph(fillIn(fillIn(result, "rate", core::formatNumber(std::lround(lastResult_->rate))), "verdict",
                             app::rhythmVerdictText(lastResult_->verdict)));
            mutedText(tr("The score is the share of taps whose pace was between 100 and 120 a minute."));
            endCard();
        }
    }

    std::optional<core::RhythmScore> lastResult_;
};
}  // namespace

std::unique_ptr<Screen> makeTrainerScreen() { return std::make_unique<TrainerScreen>(); }

}  // namespace ui
