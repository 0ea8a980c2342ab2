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
    return all;
}

}  // namespace ui
