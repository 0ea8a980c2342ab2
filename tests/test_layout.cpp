// Nothing is cut off at any text size: no screen reaches past its right edge, and every control
// is inside the window. Checked for every screen the screenshot mode visits.
#include <doctest/doctest.h>

#include "platform/headless.h"
#include "support.h"
#include "ui/screenshots.h"
#include "ui/widgets.h"

using namespace test;

TEST_CASE("no screen reaches past the window's edge at any text size") {
    AppFixture f;
    platform::Headless screen(*f.app, 420, 860);
    std::vector<ui::ScreenshotScenario> scenarios = ui::screenshotScenarios(*f.app);
    for (float scale : core::Settings::kTextScales) {
        f.app->setTextScale(scale);
        for (const auto& scenario : scenarios) {
            INFO(scenario.name << " at text scale " << scale);
            scenario.go(*f.app);
            screen.frame(3);
            CHECK(screen.ui().contentOverflow() < 1.0f);  // under a pixel: rounding
            for (const auto& [label, rect] : ui::tapTargets()) {
                INFO(label);
                CHECK(rect.x0 >= 0);
                CHECK(rect.x1 <= 420.5f);
            }
        }
    }
}
