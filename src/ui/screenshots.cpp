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
    // Reminders: the upkeep offer, a new reminder, and the first one due (when there is one).
    add("reminder-defaults", [](app::App& a) {
        a.nav().selectTab(Tab::Reminders);
        a.nav().push({app::Screen::ReminderDefaults, {}});
    });
    add("reminder-new", [](app::App& a) {
        a.nav().selectTab(Tab::Reminders);
        a.nav().push({app::Screen::ReminderEdit, {}});
    });
    const app::DueLists& due = app.reminders().lists();
    for (const auto* list : {&due.overdue, &due.dueToday, &due.upcoming})
        if (!list->empty()) {
            std::string id = std::to_string(list->front().reminder.id);
            add("reminder", [id](app::App& a) {
                a.nav().selectTab(Tab::Reminders);
                a.nav().push({app::Screen::ReminderDetail, id});
            });
            add("reminder-edit", [id](app::App& a) {
                a.nav().selectTab(Tab::Reminders);
                a.nav().push({app::Screen::ReminderDetail, id});
                a.nav().push({app::Screen::ReminderEdit, id});
            });
            break;
        }
    return all;
}

}  // namespace ui
