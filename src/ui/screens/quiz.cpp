// A quiz on one guide: due questions first; the explanation after each answer.
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
class QuizScreen final : public ScreenOf<app::route::Quiz> {
public:
    QuizScreen() : ScreenOf(core::textId("Practise")) {}

private:
    void show(ScreenContext& ctx, const app::route::Quiz&) override {
        app::App& app = ctx.app;
        app::FirstAid& fa = app.firstAid();
        const app::FirstAid::Quiz* quiz = fa.quiz();
        if (!quiz) {
            emptyState(ICON_PRACTICE, tr("No quiz started."), tr("Open a guide and tap Practise."));
            return;
        }
        if (quiz->finished()) {
            beginCard();
            ImGui::PushFont(ctx.fonts.large);
            // TRANSLATORS: the result of a practice: "7 of 8 right" ({n} answers right of {total} questions).
            paragraph(fillIn(i18n::trn("{n} of {total} right", "{n} of {total} right", quiz->correct), "total",
                             core::formatNumber(static_cast<long long>(quiz->order.size()))));
            ImGui::PopFont();
            mutedText(tr("Questions you missed come back soon; the ones you knew come back later."));
            endCard();
            if (tapButton(labelled(ICON_CHECK, tr("Done"), "##quiz-done").c_str(), -1, Tone::Accent)) app.nav().back();
            return;
        }
        const core::Question* q = fa.currentQuestion();
        mutedText(fillIn(fillIn(tr("Question {number} of {total}"), "number", core::formatNumber(quiz->position + 1)), "total",
                         core::formatNumber(static_cast<long long>(quiz->order.size()))));
        ImGui::PushFont(ctx.fonts.large);
        paragraph(q->prompt);
        ImGui::PopFont();
        if (int tapped = answerChoices(q->choices, q->answer, quiz->chosen, "choice"); tapped >= 0) fa.answer(tapped);
        if (quiz->chosen) {
            beginCard();
            bool right = *quiz->chosen == q->answer;
            // TRANSLATORS: said of an answer in the quiz.
            textLine(right ? palette().success : palette().emergency,
                     right ? std::string(ICON_CHECK "  ") + i18n::trc("answer", "Right") : std::string(ICON_CLOSE "  ") + tr("Not quite"));
            paragraph(q->explanation);
            endCard();
            if (tapButton((std::string(tr("Next question")) + "  " ICON_NEXT "##quiz-next").c_str(), -1, Tone::Accent)) fa.nextQuestion();
        }
    }
};
}  // namespace

std::unique_ptr<Screen> makeQuizScreen() { return std::make_unique<QuizScreen>(); }

}  // namespace ui
