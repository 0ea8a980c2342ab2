#include "ui/screenshots.h"

namespace ui {

std::vector<ScreenshotScenario> screenshotScenarios(const app::App& app) {
    using app::Tab;
    std::vector<ScreenshotScenario> all;
    int n = 1;
    auto add = [&](const std::string& name, std::function<void(app::App&)> go) {
        char prefix[8];
        std::snprintf(prefix, sizeof prefix, "%02d-", n++);
        all.push_back({prefix + name, std::move(go)});
    };
    for (Tab tab : app::kTabs)
        add(app::screenName(app::tabRoot(tab)), [tab](app::App& a) { a.nav().selectTab(tab); });
    add("emergency", [](app::App& a) {
        a.nav().selectTab(Tab::Today);
        a.openEmergency();
    });
    add("settings", [](app::App& a) {
        a.nav().selectTab(Tab::Today);
        a.openSettings();
    });
    if (!app.content().guides.empty()) {
        std::string id = app.content().guides.front().id;
        add("guide", [id](app::App& a) {
            a.nav().selectTab(Tab::FirstAid);
            a.openGuide(id);
        });
    }
    auto firstWithMetronome = [&]() -> std::string {
        for (const auto& g : app.content().guides)
            for (const auto& st : g.steps)
                if (st.metronome && g.variants.empty()) return g.id;
        return {};
    }();
    if (!firstWithMetronome.empty()) {
        add("player-cpr", [id = firstWithMetronome](app::App& a) {
            a.nav().selectTab(Tab::FirstAid);
            a.useGuideNow(id);
            auto& fa = a.firstAid();
            while (fa.currentStep() && !fa.currentStep()->metronome && fa.stepIndex() + 1 < static_cast<int>(fa.steps().size()))
                fa.nextStep();
            if (fa.currentStep() && fa.currentStep()->metronome) fa.startMetronome(*fa.currentStep()->metronome);
        });
        add("incident-log", [](app::App& a) {
            if (a.firstAid().incident()) a.openIncidentLog(a.firstAid().incident()->id);
        });
        add("quiz", [id = firstWithMetronome](app::App& a) {
            a.nav().selectTab(Tab::FirstAid);
            a.openQuiz(id);
            a.firstAid().answer(0);
        });
        add("trainer", [](app::App& a) {
            a.nav().selectTab(Tab::FirstAid);
            a.openTrainer();
        });
    }
    add("emergency-triage", [](app::App& a) {
        a.nav().selectTab(Tab::Today);
        a.openEmergency();
        a.firstAid().answerTriage(0);  // responsive: what happened?
    });
    return all;
}

}  // namespace ui
