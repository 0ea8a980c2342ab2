// The guide in emergency mode: one step per screen in large type, Back and Next, where the user
// is, the step's timer or CPR metronome, and the timers still running from earlier steps.
#include <imgui.h>

#include "core/text.h"
#include "ui/icons.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {

const char* playerTitle(ScreenContext& ctx) {
    const core::Guide* g = ctx.app.firstAid().guide();
    return g ? g->title.c_str() : "Guide";
}

namespace {
using namespace std::chrono;

std::string clockText(milliseconds ms) { return core::formatDuration(duration_cast<seconds>(ms).count()); }

void drawTimerCard(ScreenContext& ctx, const core::TimerSpec& spec) {
    app::FirstAid& fa = ctx.app.firstAid();
    core::TimePoint now = ctx.app.clock().now();
    const core::RunningTimer* t = fa.timer(spec.id);
    beginCard();
    ImGui::TextColored(palette().accent, ICON_CLOCK);
    ImGui::SameLine();
    ImGui::TextWrapped("%s", spec.label.c_str());
    ImGui::PushFont(ctx.fonts.huge);
    if (!t) {
        ImGui::TextColored(palette().muted, "%s", spec.kind == core::TimerKind::Countdown ? clockText(seconds{spec.seconds}).c_str() : "0:00");
    } else if (spec.kind == core::TimerKind::Countdown) {
        ImGui::TextColored(t->finished(now) ? palette().success : ImGui::GetStyle().Colors[ImGuiCol_Text], "%s",
                           clockText(t->remaining(now)).c_str());
    } else {
        ImGui::TextUnformatted(clockText(t->elapsed(now)).c_str());
    }
    ImGui::PopFont();
    if (t && t->finished(now) && t->running()) ImGui::TextColored(palette().success, ICON_CHECK "  Time is up.");
    if (t && t->callDue(now) && t->running())
        ImGui::TextColored(palette().emergency, "%s", spec.callMessage.empty() ? "Call the emergency number now." : spec.callMessage.c_str());
    if (t)
        mutedText(("Started " + core::localClockTime(t->startedAt) + (t->running() ? "" : ", stopped " + core::localClockTime(*t->stoppedAt))).c_str());
    std::string id = spec.id;
    if (!t || !t->running()) {
        std::string label = std::string(ICON_PLAY "  ") + (t ? "Start again" : "Start timer") + "##timer-start-" + id;
        if (tapButton(label.c_str(), -1, Tone::Accent)) fa.startTimer(spec);
    } else {
        float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) / 2;
        if (spec.kind == core::TimerKind::Stopwatch) {
            std::string earlier = "Began 1 min earlier##timer-earlier-" + id;
            if (tapButton(earlier.c_str(), half)) fa.moveTimerStartEarlier(id, minutes{1});
            ImGui::SameLine();
        }
        std::string stop = std::string(ICON_STOP "  Stop##timer-stop-") + id;
        if (tapButton(stop.c_str(), spec.kind == core::TimerKind::Stopwatch ? half : -1)) fa.stopTimer(id);
    }
    endCard();
}

void drawMetronomeCard(ScreenContext& ctx, const core::Step& step) {
    const core::MetronomeSpec& spec = *step.metronome;
    app::FirstAid& fa = ctx.app.firstAid();
    core::TimePoint now = ctx.app.clock().now();
    beginCard();
    const auto& m = fa.metronome();
    if (!m) {
        ImGui::TextWrapped("Metronome: %d compressions a minute, %d:%d.", spec.rate, spec.compressions, spec.breaths);
        if (tapButton(ICON_HEART "  Start CPR metronome##metronome-start", -1, Tone::Emergency)) {
            fa.startMetronome(spec);
            // The step's "time since CPR started" starts with it, unless already running.
            if (step.timer && (!fa.timer(step.timer->id) || !fa.timer(step.timer->id)->running())) fa.startTimer(*step.timer);
        }
        endCard();
        return;
    }
    core::Metronome::State s = m->at(now);
    // The beat: a disc that flashes for the first fifth of each compression.
    float r = em() * 2.2f;
    ImVec2 pos = ImGui::GetCursorScreenPos();
    ImVec2 centre(pos.x + r, pos.y + r);
    bool flash = s.phase == core::Metronome::Phase::Compress && now - s.beatAt < (s.nextBeatAt - s.beatAt) / 5;
    ImU32 col = ImGui::GetColorU32(s.phase == core::Metronome::Phase::Breathe ? palette().accent
                                   : flash ? palette().emergency : palette().muted);
    ImGui::GetWindowDrawList()->AddCircleFilled(centre, flash ? r : r * 0.8f, col, 48);
    ImGui::Dummy(ImVec2(r * 2, r * 2));
    ImGui::SameLine();
    ImGui::BeginGroup();
    ImGui::PushFont(ctx.fonts.large);
    if (s.phase == core::Metronome::Phase::Compress)
        ImGui::Text("Push %d / %d", s.compressionInCycle, spec.compressions);
    else
        ImGui::TextColored(palette().accent, "Give %d breaths", spec.breaths);
    ImGui::PopFont();
    ImGui::Text("Cycles: %lld", s.cycle);
    ImGui::Text("CPR for %s", clockText(duration_cast<milliseconds>(now - m->start())).c_str());
    ImGui::EndGroup();
    if (tapButton(ICON_STOP "  Stop metronome##metronome-stop")) fa.stopMetronome();
    endCard();
}

void drawOtherTimers(ScreenContext& ctx, const core::Step* step) {
    app::FirstAid& fa = ctx.app.firstAid();
    core::TimePoint now = ctx.app.clock().now();
    for (const auto& [id, t] : fa.timers()) {
        if (!t.running() || (step->timer && step->timer->id == id)) continue;
        std::string value = t.spec.kind == core::TimerKind::Countdown ? clockText(t.remaining(now)) + " left" : clockText(t.elapsed(now));
        ImGui::TextColored(t.callDue(now) ? palette().emergency : palette().accent, ICON_CLOCK);
        ImGui::SameLine();
        ImGui::TextWrapped("%s: %s", t.spec.label.c_str(), value.c_str());
    }
}
}  // namespace

void drawPlayer(ScreenContext& ctx) {
    app::App& app = ctx.app;
    app::FirstAid& fa = app.firstAid();
    if (!fa.active()) {
        emptyState(ICON_FIRST_AID, "No guide is being followed.", "Open a guide from First aid and tap \"Use now\", or use Emergency.");
        return;
    }
    const core::Guide* g = fa.guide();
    if (fa.needsVariant()) {
        ImGui::PushFont(ctx.fonts.large);
        ImGui::TextWrapped("Who needs help?");
        ImGui::PopFont();
        for (const auto& v : g->variants)
            if (tapButton((v.label + "##variant-" + v.id).c_str(), -1, Tone::Accent)) fa.chooseVariant(v.id);
        return;
    }
    const core::Step* step = fa.currentStep();
    if (!step) return;
    int index = fa.stepIndex(), count = static_cast<int>(fa.steps().size());

    // Where the user is: "Step 3 of 9" and a bar.
    mutedText(("Step " + std::to_string(index + 1) + " of " + std::to_string(count)).c_str());
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, palette().accent);
    ImGui::ProgressBar(static_cast<float>(index + 1) / count, ImVec2(-1, em() * 0.4f), "");
    ImGui::PopStyleColor();

    ImGui::PushFont(ctx.fonts.large);
    ImGui::TextWrapped("%s", step->text.c_str());
    ImGui::PopFont();
    if (!step->detail.empty()) ImGui::TextWrapped("%s", step->detail.c_str());

    if (step->call) {
        beginCard();
        ImGui::TextWrapped("Call");
        ImGui::PushFont(ctx.fonts.huge);
        ImGui::TextColored(palette().emergency, "%s", app.emergencyNumber().c_str());
        ImGui::PopFont();
        if (tapButton(ICON_COPY "  Copy number##step-copy-number")) {
            ImGui::SetClipboardText(app.emergencyNumber().c_str());
            fa.logNote("Emergency number copied: " + app.emergencyNumber());
        }
        endCard();
    }
    if (step->timer) drawTimerCard(ctx, *step->timer);
    if (step->metronome) drawMetronomeCard(ctx, *step);
    drawOtherTimers(ctx, step);

    ImGui::Spacing();
    if (tapButton(ICON_LIST "  Incident log##open-log")) app.openIncidentLog(fa.incident()->id);
}

// Back and Next stay at the bottom of the screen, however long the step.
void drawPlayerFooter(ScreenContext& ctx) {
    app::App& app = ctx.app;
    app::FirstAid& fa = app.firstAid();
    if (!fa.active() || !fa.currentStep()) return;
    int index = fa.stepIndex(), count = static_cast<int>(fa.steps().size());
    float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) / 2;
    ImGui::BeginDisabled(index == 0);
    if (tapButton(ICON_BACK "  Back##step-back", half)) fa.previousStep();
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (index + 1 < count) {
        if (tapButton("Next  " ICON_NEXT "##step-next", half, Tone::Accent)) fa.nextStep();
    } else if (tapButton(ICON_CHECK "  Finish##step-finish", half, Tone::Success)) {
        long long id = fa.incident()->id;
        fa.finish();
        app.nav().back();
        app.openIncidentLog(id);
    }
}

}  // namespace ui
