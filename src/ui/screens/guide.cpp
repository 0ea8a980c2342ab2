// A guide to read: what it is for, when to call, the steps, what not to do, and its sources;
// from here the user follows it now, practises it, or trains the compression rhythm.
#include <imgui.h>

#include "core/date_format.h"
#include "i18n/i18n.h"
#include "ui/icons.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {
using i18n::fillIn, i18n::tr;

namespace {
const core::MetronomeSpec* firstMetronome(const core::Guide& g) {
    for (const auto& s : g.steps)
        if (s.metronome) return &*s.metronome;
    return nullptr;
}

class GuideScreen final : public ScreenOf<app::route::Guide> {
private:
    std::string titleOf(ScreenContext& ctx, const app::route::Guide& route) override {
        const core::Guide* g = ctx.app.content().guide(route.guideId);
        return g ? g->title : std::string(tr("Guide"));
    }
    void show(ScreenContext& ctx, const app::route::Guide& route) override {
        app::App& app = ctx.app;
        const core::Guide* g = app.content().guide(route.guideId);
        if (!g) {
            emptyState(ICON_WARNING, tr("This guide is not in the content."), tr("Go back and choose another guide."));
            return;
        }
        if (g->translation.needsReview()) mutedText(tr("This translation has not yet been reviewed by a qualified first-aid trainer."));
        paragraph(g->summary);
        if (tapButton(labelled(ICON_PLAY, tr("Use now, step by step"), "##use-now").c_str(), -1, Tone::Emergency)) {
            app.useGuideNow(g->id);
            return;
        }
        float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) / 2;
        const core::MetronomeSpec* metronome = firstMetronome(*g);
        bool trainer = metronome != nullptr;
        // TRANSLATORS: a half-width button that opens the guide's quiz.
        if (tapButton(labelled(ICON_PRACTICE, tr("Practise"), "##practise").c_str(), trainer ? half : -1, Tone::Accent)) {
            app.openQuiz(g->id);
            return;
        }
        if (trainer) {
            ImGui::SameLine();
            // TRANSLATORS: a half-width button that opens the CPR rhythm trainer.
            if (tapButton(labelled(ICON_HEART, tr("Rhythm"), "##rhythm").c_str(), half)) {
                app.openTrainer();
                return;
            }
        }
        auto practice = app.firstAid().practice().find(g->id);
        if (practice != app.firstAid().practice().end() && practice->second.lastPractised) {
            mutedText(practisedLine(*practice->second.lastPractised, practice->second.due));
        }

        if (!g->callWhen.empty()) {
            heading(std::string(ICON_PHONE "  ") + tr("Call the emergency number when"));
            beginCard();
            bulletList(g->callWhen);
            endCard();
        }

        heading(tr("Steps"));
        // Steps that name the CPR cycle say the one this user follows, which they can change here.
        auto text = [&](const std::string& t) {
            return metronome ? app::withCprCycle(t, metronome->forRescuer(app.settings().cpr)) : t;
        };
        if (metronome) {
            mutedText(tr("Your CPR rhythm, kept for every CPR guide and the metronome:"));
            drawCprChoices(ctx, *metronome);
        }
        int n = 1;
        std::string lastVariant;
        for (const core::Step& s : g->steps) {
            if (s.onlyVariant != lastVariant && !s.onlyVariant.empty()) {
                for (const auto& v : g->variants)
                    if (v.id == s.onlyVariant) textLine(palette().accent, v.label);
            }
            lastVariant = s.onlyVariant;
            // The step a scenario cited is marked, and scrolled to when the guide opens.
            bool cited = !route.step.empty() && s.id == route.step;
            // TRANSLATORS: a step's number in a list: "3."
            std::string number = fillIn(tr("{number}."), "number", core::formatNumber(n++));
            textLine(cited ? palette().accent : palette().muted, cited ? std::string(ICON_NEXT " ") + number : number);
            if (cited && scrolledTo_ != route) {
                ImGui::SetScrollHereY(0.2f);
                scrolledTo_ = route;
            }
            ImGui::SameLine();
            paragraph(cited ? palette().accent : ImGui::GetStyle().Colors[ImGuiCol_Text], text(s.text));
            if (!s.detail.empty()) {
                ImGui::Indent(em() * 1.6f);
                mutedText(text(s.detail).c_str());
                ImGui::Unindent(em() * 1.6f);
            }
        }

        if (!g->doNot.empty()) {
            heading(std::string(ICON_WARNING "  ") + tr("Do not"));
            beginCard();
            bulletList(g->doNot);
            endCard();
        }

        // At the end, what the text follows and when it was last checked against it.
        heading(tr("Guideline, edition and sources"));
        beginCard();
        const core::Guideline& gl = g->guideline;
        paragraph(gl.name);
        paragraph(fillIn(fillIn(tr("Edition {edition}: {section}"), "edition", gl.edition), "section", gl.section));
        paragraph(fillIn(tr("Text checked on {date}"), "date", core::formatLongDate(gl.checked)));
        recordTapTarget("##guide-checked");
        if (!gl.note.empty()) mutedText(gl.note.c_str());
        bulletList(g->sources);
        endCard();
    }

    app::route::Guide scrolledTo_;  // the cited step scrolled to once, so the user can then scroll away
};
}  // namespace

std::unique_ptr<Screen> makeGuideScreen() { return std::make_unique<GuideScreen>(); }

}  // namespace ui
