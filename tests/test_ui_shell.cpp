// The shell, driven headlessly: tabs, Back, Emergency, Settings saved to the database.
#include <doctest/doctest.h>

#include <imgui.h>

#include "platform/headless.h"
#include "ui/widgets.h"
#include "store/settings_store.h"
#include "support.h"

using namespace test;
using app::Screen;

TEST_CASE("tapping each tab shows its screen, and Back returns") {
    AppFixture f;
    platform::Headless screen(*f.app);
    struct { const char* target; Screen screen; } tabs[] = {
        {"##tab-First aid", Screen::FirstAid}, {"##tab-Checklists", Screen::Checklists}, {"##tab-Plan", Screen::Plan},
        {"##tab-Reminders", Screen::Reminders}, {"##tab-Today", Screen::Today}};
    for (const auto& t : tabs) {
        INFO(t.target);
        REQUIRE(screen.tap(t.target));
        CHECK(f.app->nav().current().screen() == t.screen);
    }
    REQUIRE(screen.tap("##tab-First aid"));
    const auto& first = f.app->content().guides.front();
    REQUIRE(screen.tap("##guide-" + first.id));
    CHECK(f.app->nav().current() == app::Route{app::route::Guide{first.id}});
    REQUIRE(screen.tap("##back"));
    CHECK(f.app->nav().current().screen() == Screen::FirstAid);
}

TEST_CASE("every tap target is at least 48 points tall") {
    AppFixture f;
    platform::Headless screen(*f.app, 420, 3000);
    for (const char* tab : {"##tab-Today", "##tab-First aid", "##tab-Checklists", "##tab-Plan", "##tab-Reminders"}) {
        REQUIRE(screen.tap(tab));
        for (const auto& [label, rect] : ui::tapTargets()) {
            INFO(label);
            if (label.rfind("##country-filter", 0) == 0 || label == "##guide-search") continue;  // text fields
            CHECK(rect.height() >= 48.0f);
        }
    }
}

TEST_CASE("the Emergency button shows the country's number") {
    AppFixture f;
    f.app->setCountry("GB");
    platform::Headless screen(*f.app);
    REQUIRE(screen.tap("##emergency"));
    CHECK(f.app->nav().current().screen() == Screen::Emergency);
    CHECK(f.app->emergencyNumber() == "999");
    REQUIRE(screen.tap("##copy-number"));
    CHECK(std::string(ImGui::GetClipboardText()) == "999");
}

TEST_CASE("changing the theme in Settings is saved in the database") {
    AppFixture f;
    {
        platform::Headless screen(*f.app);
        REQUIRE(screen.tap("##settings"));
        CHECK(f.app->nav().current().screen() == Screen::Settings);
        REQUIRE(screen.tap("##theme-dark"));
        CHECK(f.app->settings().theme == core::Theme::Dark);
        REQUIRE(screen.tap("##text-Larger"));
    }
    f.restart();
    CHECK(store::loadSettings(*f.db).theme == core::Theme::Dark);
    CHECK(f.app->settings().theme == core::Theme::Dark);
    CHECK(f.app->settings().textScale == doctest::Approx(1.3f));
}
