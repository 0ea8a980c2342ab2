// Today: the emergency number, an incident in progress, what is due, what to practise next.
#include <imgui.h>

#include "core/date_format.h"
#include "core/text.h"
#include "i18n/i18n.h"
#include "ui/icons.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {

namespace {
using i18n::fillIn, i18n::tr, i18n::trn;

// The guide to practise next: one with reviews due, else one never practised, else the one
// practised longest ago.
const core::Guide* guideToPractise(app::App& app) {
    const auto& practice = app.firstAid().practice();
    const core::Guide* best = nullptr;
    int bestRank = -1;
    core::TimePoint oldest = core::TimePoint::max();
    for (const auto& g : app.content().guides) {
        auto it = practice.find(g.id);
        int rank = it == practice.end() ? 1 : it->second.due > 0 ? 2 : 0;
        core::TimePoint last = it == practice.end() || !it->second.lastPractised ? core::TimePoint::min() : *it->second.lastPractised;
        if (rank > bestRank || (rank == bestRank && rank == 0 && last < oldest)) {
            best = &g;
            bestRank = rank;
            oldest = last;
        }
    }
    return best;
}

// A problem in a content file in the user's language; the file name stays as it is written.
std::string problemText(const content::Problem& p) {
    std::string what = *p.words.key ? i18n::wording(p.words) : p.message;
    // TRANSLATORS: a problem found in a content file: the file, the line in it, and what is wrong.
    std::string text = p.line > 0 ? fillIn(tr("{file}, line {line}: {problem}"), "line", core::formatNumber(p.line))
                                  // TRANSLATORS: a problem with a whole content file (or folder), and what is wrong.
                                  : std::string(tr("{file}: {problem}"));
    return fillIn(fillIn(text, "file", p.file), "problem", what);
}

class TodayScreen final : public ScreenOf<app::route::Today> {
public:
    TodayScreen() : ScreenOf(core::textId("Today")) {}

private:
    void show(ScreenContext& ctx, const app::route::Today&) override {
        app::App& app = ctx.app;
        app::FirstAid& fa = app.firstAid();
        if (fa.active()) {
            // TRANSLATORS: a heading over a first-aid incident being followed now.
            heading(std::string(ICON_WARNING "  ") + tr("In progress"));
            std::string subtitle = fillIn(tr("Started {time}"), "time", core::formatTimeNear(fa.incident()->startedAt, app.clock().now()));
            if (listRow("##resume-incident", ICON_PLAY, app::incidentTitle(*fa.incident(), app.content()).c_str(), subtitle.c_str())) app.openPlayer();
        }

        beginCard();
        paragraph(tr("In an emergency, call"));
        ImGui::PushFont(ctx.fonts.huge);
        textLine(palette().emergency, app.emergencyNumber());
        ImGui::PopFont();
        if (app.countryName().empty())
            mutedText(tr("Choose your country in Settings so the right number shows here."));
        else
            mutedText(fillIn(tr("Emergency number for {country}."), "country", app.countryName()));
        endCard();
        if (app.updateReady()) {
            beginCard();
            paragraph(tr("A new version of Steadfast is ready."));
            if (tapButton(labelled(ICON_FORWARD, tr("Update"), "##update").c_str(), -1, Tone::Accent)) app.applyUpdate();
            mutedText(tr("Steadfast starts again in the new version. Nothing you entered is lost."));
            endCard();
        }
        drawTodayReminders(ctx);

        if (!app.contentProblems().empty()) {
            heading(std::string(ICON_WARNING "  ") + tr("Content problems"));
            beginCard();
            for (const auto& p : app.contentProblems()) mutedText(problemText(p));
            endCard();
        }

        drawTodayRunInProgress(ctx);
        heading(tr("Practise next"));
        if (fa.dueReviews() > 0)
            mutedText(trn("{n} practice question is due for review.", "{n} practice questions are due for review.", fa.dueReviews()));
        if (const core::Guide* g = guideToPractise(app)) {
            auto it = fa.practice().find(g->id);
            std::string subtitle = it == fa.practice().end() ? tr("Not practised yet")
                                   : it->second.due > 0     ? trn("{n} question due", "{n} questions due", it->second.due)
                                                            : fillIn(tr("Practised {when}"), "when",
                                                                     core::formatTimeNear(*it->second.lastPractised, app.clock().now()));
            if (listRow("##practise-next", ICON_PRACTICE, g->title.c_str(), subtitle.c_str())) app.openQuiz(g->id);
        }
        const core::Streak& streak = app.progress().streak();
        std::string progressNote = streak.weeks > 0 ? i18n::trn("Practised %d week in a row", "Practised %d weeks in a row", streak.weeks)
                                                    : std::string(i18n::tr("Charts of your practice, your weekly goal and certificates"));
        if (listRow("##progress", ICON_HISTORY, i18n::tr("Your progress"), progressNote.c_str())) app.openProgress();
    }
};
}  // namespace

std::unique_ptr<Screen> makeTodayScreen() { return std::make_unique<TodayScreen>(); }

}  // namespace ui
