// Alert signals: the app plays a warning signal of the user's country and asks what it means and
// what to do first; then the whole list to read, each with its sound in words and its sources.
#include <imgui.h>

#include "core/date_format.h"
#include "i18n/i18n.h"
#include "ui/icons.h"
#include "ui/screens/screens.h"
#include "ui/text_drawing.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {
namespace {
using i18n::fillIn;
using i18n::tr;

// Play or Stop, and what of the sound is not published (so a stand-in is heard).
void playCard(ScreenContext& ctx, const core::AlertSignal& s, const std::string& id) {
    app::App& app = ctx.app;
    beginCard();
    paragraph(app::signalSoundWords(s.sound));
    if (app.signalPlaying()) {
        if (tapButton((std::string(ICON_STOP "  ") + tr("Stop") + "##signal-stop-" + id).c_str())) app.stopSignal();
    } else if (tapButton((std::string(ICON_PLAY "  ") + tr("Play the signal") + "##signal-play-" + id).c_str(), -1, Tone::Accent)) {
        app.playSignal(s);
    }
    mutedText(fillIn(tr("Not published: {parts}. Those parts are a stand-in; the pattern is what to learn."), "parts",
                     app::unpublishedWords(s.sound)));
    if (std::string problem = app.soundProblem(); !problem.empty()) mutedText(problem);
    endCard();
}

void chooseCountry(ScreenContext& ctx) {
    app::App& app = ctx.app;
    paragraph(tr("Steadfast describes the public warning signals of these countries. Which do you want to learn?"));
    for (const core::CountrySignals& c : app.content().alertSignals) {
        std::string id = "##signals-" + c.code;
        std::string count = i18n::trn("%d signal", "%d signals", static_cast<long long>(c.signals.size()));
        if (listRow(id.c_str(), ICON_WARNING, c.name.c_str(), count.c_str())) app.alertPractice().start(c.code);
    }
}

// Every signal of the country to read, with the sources.
void reference(ScreenContext& ctx, const core::CountrySignals& c) {
    heading(fillIn(tr("All signals in {country}"), "country", c.name));
    for (const core::AlertSignal& s : c.signals) {
        paragraph(ctx.fonts.large, s.name);
        paragraph(s.meaning);
        bulletList(s.actions);
        playCard(ctx, s, s.id);
    }
    if (!c.note.empty()) mutedText(c.note);
    mutedText(fillIn(tr("Checked {date}. Sources:"), "date", core::formatLongDate(c.checked)));
    for (const std::string& source : c.sources) mutedText(source);
}

class AlertSignalsScreen final : public ScreenOf<app::route::AlertSignals> {
private:
    std::string titleOf(ScreenContext&, const app::route::AlertSignals&) override { return tr("Alert signals"); }
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
            paragraph(fillIn(i18n::trn("{n} of {total} right", "{n} of {total} right", practice.rightSoFar()), "total",
                             core::formatNumber(practice.total())));
            ImGui::PopFont();
            mutedText(tr("Signals you missed come back soon; the ones you knew come back later."));
            endCard();
            if (tapButton((std::string(ICON_PRACTICE "  ") + tr("Practise again") + "##signals-again").c_str(), -1, Tone::Accent))
                practice.start(c->code);
            reference(ctx, *c);
            ImGui::Spacing();
            if (tapButton((std::string(tr("Another country")) + "##signals-country").c_str())) practice.start("");
            return;
        }
        mutedText(fillIn(fillIn(tr("Signal {number} of {total}"), "number", core::formatNumber(practice.position() + 1)), "total",
                         core::formatNumber(practice.total())) +
                  " · " + c->name);
        playCard(ctx, *s, "practice");
        bool meaning = practice.ask() == app::AlertPractice::Ask::Meaning;
        paragraph(ctx.fonts.large, meaning ? tr("What does this signal mean?") : tr("What do you do first?"));
        const app::AlertPractice::Question& q = practice.question();
        if (int tapped = answerChoices(q.choices, q.right, q.chosen, meaning ? "signal-meaning" : "signal-action"); tapped >= 0)
            practice.choose(tapped);
        if (!q.chosen) return;
        beginCard();
        bool right = q.answeredRight();
        textLine(right ? palette().success : palette().emergency,
                 right ? std::string(ICON_CHECK "  ") + tr("Right") : std::string(ICON_CLOSE "  ") + tr("Not quite"));
        paragraph(s->name + ": " + s->meaning);
        if (!meaning) bulletList(s->actions);
        endCard();
        std::string next = std::string(meaning ? tr("What to do first") : tr("Next signal")) + "  " ICON_NEXT "##signals-next";
        if (tapButton(next.c_str(), -1, Tone::Accent)) {
            app.stopSignal();
            practice.advance();
        }
    }
};

}  // namespace

std::unique_ptr<Screen> makeAlertSignalsScreen() { return std::make_unique<AlertSignalsScreen>(); }

}  // namespace ui
