// The metronome's sound, on the metronome card: on or off, and quieter or louder in tenths. Buttons
// rather than a slider: a gloved or shaking hand hits a button.
#include <imgui.h>

#include <cmath>
#include <string>

#include "core/date_format.h"
#include "i18n/i18n.h"
#include "ui/icons.h"
#include "ui/screens/screens.h"
#include "ui/text_drawing.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {
using i18n::fillIn, i18n::tr;

void drawMetronomeSoundControls(ScreenContext& ctx) {
    app::App& app = ctx.app;
    const core::Settings& s = app.settings();
    std::string toggleLabel = s.metronomeSound ? labelled(ICON_VOLUME_UP, tr("Sound on"), "##metronome-sound")
                                               : labelled(ICON_VOLUME_OFF, tr("Sound off"), "##metronome-sound");
    const char* toggle = toggleLabel.c_str();
    const char* quieter = "-##metronome-quieter";
    const char* louder = ICON_PLUS "##metronome-louder";
    int percent = static_cast<int>(std::lround(s.metronomeVolume * 100));
    // TRANSLATORS: the metronome's volume: "70%".
    std::string level = fillIn(tr("{percent}%"), "percent", core::formatNumber(percent));
    float spacing = ImGui::GetStyle().ItemSpacing.x;
    float stepW = buttonWidthFor(louder);
    float levelW = textWidth(fillIn(tr("{percent}%"), "percent", core::formatNumber(100)));
    bool oneRow = buttonWidthFor(toggle) + spacing * 3 + stepW * 2 + levelW <= ImGui::GetContentRegionAvail().x;
    float toggleW = oneRow ? ImGui::GetContentRegionAvail().x - spacing * 3 - stepW * 2 - levelW : -1;
    if (tapButton(toggle, toggleW, s.metronomeSound ? Tone::Normal : Tone::Accent)) app.setMetronomeSound(!s.metronomeSound);
    if (oneRow) ImGui::SameLine();
    ImGui::BeginDisabled(!s.metronomeSound || percent <= 10);
    if (tapButton(quieter, stepW)) app.setMetronomeVolume((percent - 10) / 100.0f);
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (tapHeight() - ImGui::GetTextLineHeight()) / 2);
    textLine(s.metronomeSound ? ImGui::GetStyle().Colors[ImGuiCol_Text] : palette().muted, level);
    ImGui::SameLine(0, spacing + levelW - textWidth(level));
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() - (tapHeight() - ImGui::GetTextLineHeight()) / 2);
    ImGui::BeginDisabled(!s.metronomeSound || percent >= 100);
    if (tapButton(louder, stepW)) app.setMetronomeVolume((percent + 10) / 100.0f);
    ImGui::EndDisabled();
    if (std::string problem = app.soundProblem(); !problem.empty() && s.metronomeSound) mutedText(problem);
}

}  // namespace ui
