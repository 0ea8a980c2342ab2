// The guide in emergency mode: one step per screen in large type, Back and Next, where the user
// is, the step's timer or CPR metronome, and the timers still running from earlier steps. Once the
// metronome runs it stays on screen, compact, on every later step, with its Stop.
#include <imgui.h>

#include "core/date_format.h"
#include "i18n/i18n.h"
#include "core/text.h"
#include "ui/icons.h"
#include "ui/mirror.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {

namespace {
using namespace std::chrono;
using i18n::fillIn;
using i18n::tr;

std::string clockText(milliseconds ms) { return core::formatDuration(duration_cast<seconds>(ms).count()); }

// Two buttons side by side when both labels fit, else one above the other. Returns 1 or 2 for the
// one pressed, 0 for none.
int buttonPair(const char* first, Tone firstTone, const char* second, Tone secondTone) {
    bool sideBySide = labelsFitSideBySide({first, second});
    float w = sideBySide ? (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) / 2 : -1;
    int pressed = tapButton(first, w, firstTone) ? 1 : 0;
    if (sideBySide) ImGui::SameLine();
    if (tapButton(second, w, secondTone)) pressed = 2;
    return pressed;
}

// The CPR time: the step's stopwatch when it runs, else how long the metronome has run.
milliseconds cprTime(ScreenContext& ctx, const core::Step* step) {
    app::FirstAid& fa = ctx.app.firstAid();
    core::TimePoint now = ctx.app.clock().now();
    if (step && step->timer)
        if (const core::RunningTimer* t = fa.timer(step->timer->id); t && t->running()) return t->elapsed(now);
    if (const core::RunningTimer* t = fa.timer("cpr"); t && t->running()) return t->elapsed(now);
    return duration_cast<milliseconds>(now - fa.metronome()->start());
}

void drawTimerCard(ScreenContext& ctx, const core::TimerSpec& spec) {
    app::FirstAid& fa = ctx.app.firstAid();
    core::TimePoint now = ctx.app.clock().now();
    const core::RunningTimer* t = fa.timer(spec.id);
    beginCard();
    textLine(palette().accent, ICON_CLOCK);
    ImGui::SameLine();
    paragraph(spec.label);
    ImGui::PushFont(ctx.fonts.huge);
    if (!t) {
        textLine(palette().muted, spec.kind == core::TimerKind::Countdown ? clockText(seconds{spec.seconds}).c_str() : "0:00");
    } else if (spec.kind == core::TimerKind::Countdown) {
        textLinef(t->finished(now) ? palette().success : ImGui::GetStyle().Colors[ImGuiCol_Text], "%s",
                           clockText(t->remaining(now)).c_str());
    } else {
        textLine(clockText(t->elapsed(now)));
    }
    ImGui::PopFont();
    if (t && t->finished(now) && t->running()) textLinef(palette().success, "%s  %s", ICON_CHECK, tr("Time is up."));
    if (t && t->callDue(now) && t->running()) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette().emergency);
        paragraph(spec.callMessage.empty() ? tr("Call the emergency number now.") : spec.callMessage);
        ImGui::PopStyleColor();
    }
    if (t && t->running())
        mutedText(fillIn(tr("Started {time}"), "time", core::formatTimeWithSeconds(t->startedAt)).c_str());
    else if (t)
        mutedText(fillIn(fillIn(tr("Started {start}, stopped {stop}"), "start", core::formatTimeWithSeconds(t->startedAt)), "stop",
                         core::formatTimeWithSeconds(*t->stoppedAt))
                      .c_str());
    std::string id = spec.id;
    if (!t || !t->running()) {
        std::string label = std::string(ICON_PLAY "  ") + (t ? tr("Start again") : tr("Start timer")) + "##timer-start-" + id;
        if (tapButton(label.c_str(), -1, Tone::Accent)) fa.startTimer(spec);
    } else if (spec.kind == core::TimerKind::Stopwatch) {
        std::string earlier = std::string(tr("Started 1 min earlier")) + "##timer-earlier-" + id;
        std::string stop = std::string(ICON_STOP "  ") + tr("Stop") + "##timer-stop-" + id;
        int pressed = buttonPair(earlier.c_str(), Tone::Normal, stop.c_str(), Tone::Normal);
        if (pressed == 1) fa.moveTimerStartEarlier(id, minutes{1});
        if (pressed == 2) fa.stopTimer(id);
    } else if (tapButton((std::string(ICON_STOP "  ") + tr("Stop") + "##timer-stop-" + id).c_str())) {
        fa.stopTimer(id);
    }
    endCard();
}

// The beat: a disc that flashes for the first fifth of each compression.
void beatDisc(const core::Metronome::State& s, core::TimePoint now, float r) {
    ImVec2 pos = placeItem(r * 2);
    float lineH = ImGui::GetFrameHeight();
    ImVec2 centre(pos.x + r, pos.y + std::max(r, lineH / 2));
    bool flash = s.phase == core::Metronome::Phase::Compress && now - s.beatAt < (s.nextBeatAt - s.beatAt) / 5;
    ImU32 col = ImGui::GetColorU32(s.phase == core::Metronome::Phase::Breathe ? palette().accent
                                   : flash                                   ? palette().emergency
                                                                             : palette().muted);
    ImGui::GetWindowDrawList()->AddCircleFilled(centre, flash ? r : r * 0.8f, col, 48);
    ImGui::Dummy(ImVec2(r * 2, std::max(r * 2, lineH)));
    itemPlaced();
}

std::string beatText(const core::Metronome::State& s, const core::MetronomeSpec& spec) {
    if (s.phase == core::Metronome::Phase::Breathe) return i18n::trn("Give %d breath", "Give %d breaths", spec.breaths);
    if (spec.breaths == 0) return fillIn(tr("Push {count}"), "count", core::formatNumber(s.totalCompressions));
    return fillIn(fillIn(tr("Push {count} of {total}"), "count", core::formatNumber(s.compressionInCycle)), "total",
                  core::formatNumber(spec.compressions));
}

}  // namespace

// How this rescuer gives CPR, as one choice of rhythm: the child cycle (15:2), the adult cycle
// for a rescuer who only learnt adult CPR (30:2), or compressions only. Kept in the settings; a
// running beat follows at once.
void drawCprChoices(ScreenContext& ctx, const core::MetronomeSpec& stepSpec) {
    app::App& app = ctx.app;
    core::CprPreferences cpr = app.firstAid().cprPreferences();
    struct Choice {
        std::string label;
        core::CprPreferences prefs;
    };
    auto ratio = [&](int compressions) { return std::to_string(compressions) + ":" + std::to_string(stepSpec.breaths); };
    std::vector<Choice> choices;
    if (stepSpec.breaths > 0) {
        choices.push_back({ratio(stepSpec.compressions) + "##cpr-ratio", {true, false}});
        if (stepSpec.compressionsIfAdultTrained > 0)
            choices.push_back({i18n::fillIn(i18n::tr("{ratio} adult"), "ratio", ratio(stepSpec.compressionsIfAdultTrained)) + "##cpr-adult-ratio",
                               {true, true}});
        choices.push_back({std::string(i18n::tr("No breaths")) + "##cpr-no-breaths", {false, cpr.adultTrainedOnly}});
    }
    if (choices.empty()) return;
    core::MetronomeSpec now = stepSpec.forRescuer(cpr);
    // Laid out like words: as many buttons on a row as fit, each widened to fill the row, so the
    // choice takes as few rows as the text size allows and no label is cut off.
    float avail = ImGui::GetContentRegionAvail().x, spacing = ImGui::GetStyle().ItemSpacing.x;
    size_t first = 0;
    while (first < choices.size()) {
        size_t last = first;
        float used = buttonWidthFor(choices[first].label.c_str());
        while (last + 1 < choices.size() && used + spacing + buttonWidthFor(choices[last + 1].label.c_str()) <= avail)
            used += spacing + buttonWidthFor(choices[++last].label.c_str());
        float extra = (avail - used) / static_cast<float>(last - first + 1);
        for (size_t i = first; i <= last; ++i) {
            const Choice& c = choices[i];
            bool selected = stepSpec.forRescuer(c.prefs) == now;
            if (i > first) ImGui::SameLine();
            float w = std::max(buttonWidthFor(c.label.c_str()) + extra, 0.0f);
            if (tapButton(c.label.c_str(), last == first ? -1 : w, selected ? Tone::Accent : Tone::Normal) && !selected)
                app.setCprPreferences(c.prefs);
        }
        first = last + 1;
    }
}

namespace {

void drawMetronomeCard(ScreenContext& ctx, const core::Step& step) {
    app::FirstAid& fa = ctx.app.firstAid();
    core::TimePoint now = ctx.app.clock().now();
    beginCard();
    const auto& m = fa.metronome();
    if (!m) {
        core::MetronomeSpec spec = step.metronome->forRescuer(fa.cprPreferences());
        paragraph(fillIn(fillIn(tr("Metronome: {rate} a minute, {cycle}."), "rate", std::to_string(spec.rate)), "cycle", app::cprCycleText(spec)));
        if (tapButton((std::string(ICON_HEART "  ") + tr("Start metronome") + "##metronome-start").c_str(), -1, Tone::Emergency)) {
            fa.startMetronome(*step.metronome);
            // The step's "time since CPR started" starts with it, unless already running.
            if (step.timer && (!fa.timer(step.timer->id) || !fa.timer(step.timer->id)->running())) fa.startTimer(*step.timer);
        }
        drawCprChoices(ctx, *step.metronome);
        drawMetronomeSoundControls(ctx);
        endCard();
        return;
    }
    core::Metronome::State s = m->at(now);
    std::string stopLabel = std::string(ICON_STOP "  ") + tr("Stop") + "##metronome-stop";
    const char* stop = stopLabel.c_str();
    float r = em() * 1.2f;
    ImGui::PushFont(ctx.fonts.large);
    std::string beat = beatText(s, m->spec());
    float beatW = textWidth(beat);
    ImGui::PopFont();
    // The Stop button sits at the end of the beat row when it fits there.
    float spacing = ImGui::GetStyle().ItemSpacing.x;
    bool stopBeside = r * 2 + beatW + buttonWidthFor(stop) + spacing * 3 <= ImGui::GetContentRegionAvail().x;
    float rowRight = ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x;
    beatDisc(s, now, r);
    ImGui::SameLine();
    ImGui::BeginGroup();
    ImGui::PushFont(ctx.fonts.large);
    textLinef(s.phase == core::Metronome::Phase::Breathe ? palette().accent : ImGui::GetStyle().Colors[ImGuiCol_Text], "%s",
                       beat.c_str());
    ImGui::PopFont();
    paragraph(fillIn(fillIn(tr("CPR {time} · cycle {cycle}"), "time", clockText(cprTime(ctx, &step))), "cycle", std::to_string(s.cycle + 1)));
    ImGui::EndGroup();
    if (stopBeside) {
        ImGui::SameLine();
        ImGui::SetCursorPosX(rowRight - buttonWidthFor(stop));
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + std::max(0.0f, r - tapHeight() / 2));
    }
    if (tapButton(stop, stopBeside ? buttonWidthFor(stop) : -1)) fa.stopMetronome();
    drawCprChoices(ctx, *step.metronome);
    drawMetronomeSoundControls(ctx);
    endCard();
}

// On the steps after CPR started: the beat, the count and the time on one row, with Stop.
void drawCompactMetronome(ScreenContext& ctx) {
    app::FirstAid& fa = ctx.app.firstAid();
    core::TimePoint now = ctx.app.clock().now();
    const core::Metronome& m = *fa.metronome();
    core::Metronome::State s = m.at(now);
    std::string stopLabel = std::string(ICON_STOP "  ") + tr("Stop") + "##metronome-stop";
    const char* stop = stopLabel.c_str();
    beginCard();
    beatDisc(s, now, em() * 0.7f);
    ImGui::SameLine();
    std::string line = beatText(s, m.spec()) + " · " + fillIn(tr("CPR {time}"), "time", clockText(cprTime(ctx, nullptr)));
    float stopW = buttonWidthFor(stop);
    float textW = ImGui::GetContentRegionAvail().x - stopW - ImGui::GetStyle().ItemSpacing.x;
    bool oneRow = textWidth(line) <= textW;
    float rowRight = ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x;
    ImGui::AlignTextToFramePadding();
    textLine(line);
    if (oneRow) {
        ImGui::SameLine();
        ImGui::SetCursorPosX(rowRight - stopW);
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() - (tapHeight() - ImGui::GetFrameHeight()) / 2);
    }
    if (tapButton(stop, oneRow ? stopW : -1)) fa.stopMetronome();
    endCard();
}

void drawOtherTimers(ScreenContext& ctx, const core::Step* step) {
    app::FirstAid& fa = ctx.app.firstAid();
    core::TimePoint now = ctx.app.clock().now();
    for (const auto& [id, t] : fa.timers()) {
        if (!t.running() || (step->timer && step->timer->id == id)) continue;
        if (fa.metronome() && id == "cpr") continue;  // shown with the metronome
        std::string value = t.spec.kind == core::TimerKind::Countdown ? fillIn(tr("{time} left"), "time", clockText(t.remaining(now)))
                                                                      : clockText(t.elapsed(now));
        textLine(t.callDue(now) ? palette().emergency : palette().accent, ICON_CLOCK);
        ImGui::SameLine();
        paragraph(fillIn(fillIn(tr("{timer}: {time}"), "timer", t.spec.label), "time", value));
    }
}

void drawCallCard(ScreenContext& ctx) {
    app::App& app = ctx.app;
    beginCard();
    paragraph(tr("Call, phone on speaker:"));
    ImGui::PushFont(ctx.fonts.huge);
    textLine(palette().emergency, app.emergencyNumber());
    ImGui::PopFont();
    if (tapButton((std::string(ICON_COPY "  ") + tr("Copy number") + "##step-copy-number").c_str())) {
        ImGui::SetClipboardText(app.emergencyNumber().c_str());
        app.firstAid().logNote(fillIn(tr("Emergency number copied: {number}"), "number", app.emergencyNumber()));
    }
    endCard();
}
}  // namespace

// Back and Next stay at the bottom of the screen, however long the step.

namespace {
class PlayerScreen final : public ScreenOf<app::route::Player> {
private:
    std::string titleOf(ScreenContext& ctx, const app::route::Player&) override {
        const core::Guide* g = ctx.app.firstAid().guide();
        return g ? g->title : tr("Guide");
    }
    void show(ScreenContext& ctx, const app::route::Player&) override {
        app::App& app = ctx.app;
        app::FirstAid& fa = app.firstAid();
        if (!fa.active()) {
            emptyState(ICON_FIRST_AID, tr("No guide is being followed."), tr("Open a guide from First aid and tap \"Use now\", or use Emergency."));
            return;
        }
        const core::Guide* g = fa.guide();
        if (fa.needsVariant()) {
            ImGui::PushFont(ctx.fonts.large);
            paragraph(tr("Who needs help?"));
            ImGui::PopFont();
            for (const auto& v : g->variants)
                if (tapButton((v.label + "##variant-" + v.id).c_str(), -1, Tone::Accent)) fa.chooseVariant(v.id);
            return;
        }
        const core::Step* step = fa.currentStep();
        if (!step) return;
        int index = fa.stepIndex(), count = static_cast<int>(fa.steps().size());

        // Where the user is: "Step 3 of 9" and a bar.
        mutedText(fillIn(fillIn(tr("Step {step} of {count}"), "step", core::formatNumber(index + 1)), "count", core::formatNumber(count)).c_str());
        progressBar(static_cast<float>(index + 1) / count, em() * 0.4f, palette().accent, ImGui::GetStyle().Colors[ImGuiCol_FrameBg]);

        // The beat comes first, so it stays in view at any text size.
        if (step->metronome)
            drawMetronomeCard(ctx, *step);
        else if (fa.metronome())
            drawCompactMetronome(ctx);

        ImGui::PushFont(ctx.fonts.large);
        paragraph(fa.stepText(step->text));
        ImGui::PopFont();
        if (step->call) drawCallCard(ctx);
        // The timer before the detail, so it is in view at any text size. A CPR step's own stopwatch is
        // shown in the metronome card once the beat runs.
        if (step->timer && !(step->metronome && fa.metronome())) drawTimerCard(ctx, *step->timer);
        if (!step->detail.empty()) paragraph(fa.stepText(step->detail));
        drawOtherTimers(ctx, step);

        if (index + 1 == count) {
            const core::Guideline& gl = g->guideline;
            mutedText(fillIn(fillIn(fillIn(tr("{guideline}, edition {edition}. Text checked {date}."), "guideline", gl.name), "edition", gl.edition),
                             "date", core::formatLongDate(gl.checked))
                          .c_str());
        }
        ImGui::Spacing();
        drawReadAloudSwitch(ctx);
        if (tapButton((std::string(ICON_LIST "  ") + tr("Incident log") + "##open-log").c_str())) app.openIncidentLog(fa.incident()->id);
    }
    bool hasFooter() const override { return true; }
    void showFooter(ScreenContext& ctx, const app::route::Player&) override {
        app::App& app = ctx.app;
        app::FirstAid& fa = app.firstAid();
        if (!fa.active() || !fa.currentStep()) return;
        int index = fa.stepIndex(), count = static_cast<int>(fa.steps().size());
        float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) / 2;
        ImGui::BeginDisabled(index == 0);
        if (tapButton((std::string(ICON_BACK "  ") + tr("Back") + "##step-back").c_str(), half)) fa.previousStep();
        ImGui::EndDisabled();
        ImGui::SameLine();
        if (index + 1 < count) {
            if (tapButton((std::string(tr("Next")) + "  " ICON_NEXT "##step-next").c_str(), half, Tone::Accent)) fa.nextStep();
        } else if (tapButton((std::string(ICON_CHECK "  ") + tr("Finish") + "##step-finish").c_str(), half, Tone::Success)) {
            long long id = fa.incident()->id;
            fa.finish();
            app.nav().back();
            app.openIncidentLog(id);
        }
    }
};
}  // namespace

std::unique_ptr<Screen> makePlayerScreen() { return std::make_unique<PlayerScreen>(); }

}  // namespace ui
