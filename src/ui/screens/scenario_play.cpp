// One practice scenario: the setting, then each decision with its choices; after a choice, right
// or wrong, why, and the guide step it comes from (with a way to open it there); in timed mode a
// countdown per decision; the score at the end.
#include <cmath>
#include <imgui.h>

#include "core/date_format.h"
#include "i18n/i18n.h"
#include "ui/icons.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {

namespace {
using i18n::fillIn;
using i18n::tr;
using i18n::trn;

// Where a decision's right answer comes from: the step's own words and a way to open it.
void drawCitation(ScreenContext& ctx, const core::ContentRef& cites) {
    const std::string* text = core::citedText(ctx.app.content(), cites);
    if (!text) return;
    bool guide = cites.kind == core::ContentRef::Kind::Guide;
    const std::string* source = nullptr;
    if (guide) {
        if (const core::Guide* g = ctx.app.content().guide(cites.id)) source = &g->title;
    } else if (const core::ChecklistTemplate* c = ctx.app.content().checklist(cites.id)) {
        source = &c->title;
    }
    mutedText(guide ? tr("From the guide") : tr("From the checklist"));
    if (source) paragraph(palette().accent, *source);
    paragraph(*text);
    if (tapButton((std::string(ICON_BOOK "  ") + (guide ? tr("Open the guide at this step") : tr("Open the checklist")) + "##open-cited").c_str())) {
        if (guide)
            ctx.app.nav().push(app::route::Guide{cites.id, cites.step});
        else
            ctx.app.runs().openChecklist(core::templateKey(cites.id));
    }
}

class ScenarioPlayScreen final : public ScreenOf<app::route::ScenarioPlay> {
private:
    std::string titleOf(ScreenContext& ctx, const app::route::ScenarioPlay& route) override {
        const core::Scenario* s = ctx.app.content().scenario(route.scenarioId);
        return s ? s->title : tr("Scenario");
    }

    void show(ScreenContext& ctx, const app::route::ScenarioPlay& route) override {
        app::ScenarioPractice& sp = ctx.app.scenarios();
        const core::Scenario* s = ctx.app.content().scenario(route.scenarioId);
        if (!s) {
            emptyState(ICON_WARNING, tr("This scenario is no longer here."), tr("Go back and choose another."));
            return;
        }
        const app::ScenarioPractice::Play* play = sp.play();
        if (!play || play->scenarioId != s->id)
            showIntro(ctx, *s);
        else if (play->finished)
            showScore(ctx, *s, *play);
        else
            showDecision(ctx, *s, *play);
    }

    void showIntro(ScreenContext& ctx, const core::Scenario& s) {
        beginCard();
        paragraph(s.setting);
        endCard();
        mutedText(trn("%d decision", "%d decisions", static_cast<long long>(s.decisions.size())));
        heading(tr("How to play"));
        std::string practice = std::string(i18n::trc("scenario mode", "Practice")) + "##mode-practice", timed = std::string(tr("Timed")) + "##mode-timed";
        const char* modes[] = {practice.c_str(), timed.c_str()};
        if (int t = choiceRow(modes, 2, mode_ == core::PlayMode::Practice ? 0 : 1); t >= 0)
            mode_ = t == 0 ? core::PlayMode::Practice : core::PlayMode::Timed;
        mutedText(mode_ == core::PlayMode::Timed ? tr("Each decision has a time limit. Running out of time counts as a wrong answer.")
                                                 : tr("Take the time you need for each decision."));
        if (tapButton((std::string(ICON_PLAY "  ") + tr("Start") + "##scenario-start").c_str(), -1, Tone::Accent))
            ctx.app.scenarios().start(s.id, mode_);
    }

    void showDecision(ScreenContext& ctx, const core::Scenario& s, const app::ScenarioPractice::Play& play) {
        app::ScenarioPractice& sp = ctx.app.scenarios();
        const core::ScenarioDecision& d = s.decisions[play.position];
        if (play.position == 0) {
            beginCard();
            paragraph(s.setting);
            endCard();
        }
        mutedText(fillIn(fillIn(tr("Decision {n} of {total}"), "n", core::formatNumber(play.position + 1)), "total",
                         core::formatNumber(static_cast<long long>(s.decisions.size()))));
        if (std::optional<double> left = sp.secondsLeft()) {
            long long whole = static_cast<long long>(std::ceil(*left));
            ImVec4 colour = whole <= 5 ? palette().emergency : palette().accent;
            paragraph(colour, ICON_CLOCK "  " + fillIn(tr("{time} left"), "time", core::formatDuration(whole)));
            progressBar(static_cast<float>(*left / d.secondsAllowed()), em() * 0.45f, colour, ImGui::GetStyle().Colors[ImGuiCol_FrameBg]);
        }
        ImGui::PushFont(ctx.fonts.large);
        paragraph(d.situation);
        ImGui::PopFont();

        std::vector<std::string> choices;
        for (const auto& c : d.choices) choices.push_back(c.text);
        std::optional<int> shownChoice;
        if (play.answered()) shownChoice = play.answers[play.position].choice.value_or(-1);  // -1: none, the right one still shows
        core::ScenarioScore score = sp.score();
        bool timedOut = play.answered() && score.results[play.position].timedOut;
        if (timedOut) shownChoice = -1;
        if (int tapped = answerChoices(choices, d.rightChoice(), shownChoice, "choice"); tapped >= 0) {
            sp.choose(tapped);
            score = sp.score();  // the choice just made is in it now
            timedOut = play.answered() && score.results[play.position].timedOut;
        }
        if (!play.answered() || score.results.size() <= play.position) return;

        beginCard();
        bool right = score.results[play.position].right;
        if (timedOut)
            paragraph(palette().emergency, std::string(ICON_CLOCK "  ") + tr("Time ran out"));
        else if (right)
            paragraph(palette().success, std::string(ICON_CHECK "  ") + tr("Right"));
        else
            paragraph(palette().emergency, std::string(ICON_CLOSE "  ") + tr("Not the best choice"));
        if (std::optional<int> chosen = play.answers[play.position].choice; chosen && !timedOut) paragraph(d.choices[*chosen].feedback);
        if (!right && d.rightChoice() >= 0) {
            mutedText(tr("The right choice"));
            paragraph(d.choices[d.rightChoice()].text);
            paragraph(d.choices[d.rightChoice()].feedback);
        }
        endCard();
        beginCard();
        drawCitation(ctx, d.cites);
        endCard();
        bool last = play.position + 1 == s.decisions.size();
        std::string next = last ? std::string(tr("See your score")) + "  " ICON_FLAG "##scenario-next"
                                : std::string(tr("Next decision")) + "  " ICON_NEXT "##scenario-next";
        if (tapButton(next.c_str(), -1, Tone::Accent)) sp.next();
    }

    void showScore(ScreenContext& ctx, const core::Scenario& s, const app::ScenarioPractice::Play& play) {
        core::ScenarioScore score = ctx.app.scenarios().score();
        beginCard();
        ImGui::PushFont(ctx.fonts.large);
        paragraph(fillIn(fillIn(i18n::trn("{n} of {total} right ({percent}%)", "{n} of {total} right ({percent}%)", score.right), "total",
                                core::formatNumber(score.decisions)),
                         "percent", core::formatNumber(score.percent())));
        ImGui::PopFont();
        long long meanSeconds = (score.meanDecisionTime().count() + 500) / 1000;
        mutedText(fillIn(tr("On average {time} a decision"), "time", core::formatDuration(meanSeconds)));
        if (play.mode == core::PlayMode::Timed) mutedText(tr("Played against the clock."));
        endCard();
        std::vector<std::string> wrong;
        for (const core::DecisionResult& r : score.results)
            if (!r.right)
                for (const auto& d : s.decisions)
                    if (d.id == r.decisionId) wrong.push_back(d.situation);
        if (!wrong.empty()) {
            heading(tr("To practise again"));
            mutedText(tr("These decisions come back for review sooner; the ones you got right come back later."));
            beginCard();
            bulletList(wrong);
            endCard();
        }
        if (tapButton((std::string(ICON_PLAY "  ") + tr("Play again") + "##scenario-again").c_str())) ctx.app.scenarios().start(s.id, play.mode);
        if (tapButton((std::string(ICON_CHECK "  ") + tr("Done") + "##scenario-done").c_str(), -1, Tone::Accent)) ctx.app.nav().back();
    }

    core::PlayMode mode_ = core::PlayMode::Practice;
};
}  // namespace

std::unique_ptr<Screen> makeScenarioPlayScreen() { return std::make_unique<ScenarioPlayScreen>(); }

}  // namespace ui
