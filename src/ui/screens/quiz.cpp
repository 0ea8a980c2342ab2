// A quiz on one guide: due questions first; the explanation after each answer.
#include <imgui.h>

#include "ui/icons.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {

namespace {
class QuizScreen final : public ScreenOf<app::route::Quiz> {
public:
    QuizScreen() : ScreenOf("Practise") {}

private:
    void show(ScreenContext& ctx, const app::route::Quiz&) override {
        app::App& app = ctx.app;
        app::FirstAid& fa = app.firstAid();
        const app::FirstAid::Quiz* quiz = fa.quiz();
        if (!quiz) {
            emptyState(ICON_PRACTICE, "No quiz started.", "Open a guide and tap Practise.");
            return;
        }
        if (quiz->finished()) {
            beginCard();
            ImGui::PushFont(ctx.fonts.large);
            paragraphf("%d of %zu right", quiz->correct, quiz->order.size());
            ImGui::PopFont();
            mutedText("Questions you missed come back soon; the ones you knew come back later.");
            endCard();
            if (tapButton(ICON_CHECK "  Done##quiz-done", -1, Tone::Accent)) app.nav().back();
            return;
        }
        const core::Question* q = fa.currentQuestion();
        mutedText(("Question " + std::to_string(quiz->position + 1) + " of " + std::to_string(quiz->order.size())).c_str());
        ImGui::PushFont(ctx.fonts.large);
        paragraph(q->prompt);
        ImGui::PopFont();
        if (int tapped = answerChoices(q->choices, q->answer, quiz->chosen, "choice"); tapped >= 0) fa.answer(tapped);
        if (quiz->chosen) {
            beginCard();
            bool right = *quiz->chosen == q->answer;
            textLinef(right ? palette().success : palette().emergency, right ? ICON_CHECK "  Right" : ICON_CLOSE "  Not quite");
            paragraph(q->explanation);
            endCard();
            if (tapButton("Next question  " ICON_NEXT "##quiz-next", -1, Tone::Accent)) fa.nextQuestion();
        }
    }
};
}  // namespace

std::unique_ptr<Screen> makeQuizScreen() { return std::make_unique<QuizScreen>(); }

}  // namespace ui
