// Alert signals: the app plays a warning signal of the user's country and asks what it means and
// what to do first; then the whole list to read, each with its sound in words and its sources.
#include <imgui.h>

#include "ui/icons.h"
#include "ui/screens/screens.h"
#include "ui/text_drawing.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {
namespace {

// Play or Stop, and what of the sound is not published (so a stand-in is heard).
void playCard(ScreenContext& ctx, const core::AlertSignal& s, const std::string& id) {
    app::App& app = ctx.app;
    beginCard();
    paragraph(s.sound.describe());
    if (app.signalPlaying()) {
        if (tapButton((std::string(ICON_STOP "  Stop##signal-stop-") + id).c_str())) app.stopSignal();
    } else if (tapButton((std::string(ICON_PLAY "  Play the signal##signal-play-") + id).c_str(), -1, Tone::Accent)) {
        app.playSignal(s);
    }
    std::string unpublished;
    for (const std::string& part : s.sound.unpublished()) unpublished += (unpublished.empty() ? "" : ", ") + part;
    mutedText("Not published: " + unpublished + ". Those parts are a stand-in; the pattern is what to learn.");
    if (std::string problem = app.soundProblem(); !problem.empty()) mutedText(problem);
    endCard();
}

void chooseCountry(ScreenContext& ctx) {
    app::App& app = ctx.app;
    paragraph("Steadfast describes the public warning signals of these countries. Which do you want to learn?");
    for (const core::CountrySignals& c : app.content().alertSignals) {
        std::string id = "##signals-" + c.code;
        std::string count = std::to_string(c.signals.size()) + (c.signals.size() == 1 ? " signal" : " signals");
        if (listRow(id.c_str(), ICON_WARNING, c.name.c_str(), count.c_str())) app.alertPractice().start(c.code);
    }
}

// Every signal of the country to read, with the sources.
void reference(ScreenContext& ctx, const core::CountrySignals& c) {
    heading("All signals in " + c.name);
    for (const core::AlertSignal& s : c.signals) {
        paragraph(ctx.fonts.large, s.name);
        paragraph(s.meaning);
        bulletList(s.actions);
        playCard(ctx, s, s.id);
    }
    if (!c.note.empty()) mutedText(c.note);
    mutedText("Checked " + c.checked.iso() + ". Sources:");
    for (const std::string& source : c.sources) mutedText(source);
}

class AlertSignalsScreen final : public ScreenOf<app::route::AlertSignals> {
public:
    AlertSignalsScreen() : ScreenOf("Alert signals") {}

private:
    void show(ScreenContext& ctx, const app::route::AlertSignals&) override {
        app::App& app = ctx.app;
        app::AlertPractice& practice = app.alertPractice();
        const core::CountrySignals* c = practice.country();
        if (!c) {
            chooseCountry(ctx);
            return;
        }
        const core::AlertSignal* s = practice.signal();
        if (!s) {
            beginCard();
            ImGui::PushFont(ctx.fonts.large);
            paragraphf("%d of %d right", practice.rightSoFar(), practice.total());
            ImGui::PopFont();
            mutedText("Signals you missed come back soon; the ones you knew come back later.");
            endCard();
            if (tapButton(ICON_PRACTICE "  Practise again##signals-again", -1, Tone::Accent)) practice.start(c->code);
            reference(ctx, *c);
            ImGui::Spacing();
            if (tapButton("Another country##signals-country")) practice.start("");
            return;
        }
        mutedText("Signal " + std::to_string(practice.position() + 1) + " of " + std::to_string(practice.total()) + " · " + c->name);
        playCard(ctx, *s, "practice");
        bool meaning = practice.ask() == app::AlertPractice::Ask::Meaning;
        paragraph(ctx.fonts.large, meaning ? "What does this signal mean?" : "What do you do first?");
        const app::AlertPractice::Question& q = practice.question();
        if (int tapped = answerChoices(q.choices, q.right, q.chosen, meaning ? "signal-meaning" : "signal-action"); tapped >= 0)
            practice.choose(tapped);
        if (!q.chosen) return;
        beginCard();
        bool right = q.answeredRight();
        textLine(right ? palette().success : palette().emergency, right ? ICON_CHECK "  Right" : ICON_CLOSE "  Not quite");
        paragraph(s->name + ": " + s->meaning);
        if (!meaning) bulletList(s->actions);
        endCard();
        const char* next = meaning ? "What to do first  " ICON_NEXT "##signals-next" : "Next signal  " ICON_NEXT "##signals-next";
        if (tapButton(next, -1, Tone::Accent)) {
            app.stopSignal();
            practice.advance();
        }
    }
};

}  // namespace

std::unique_ptr<Screen> makeAlertSignalsScreen() { return std::make_unique<AlertSignalsScreen>(); }

}  // namespace ui
