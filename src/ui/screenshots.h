#pragma once
// The screens the --screenshot mode renders: each tab, Emergency, Settings, and the deeper
// screens a feature adds. Each scenario puts the app where the screen shows.
#include <functional>
#include <string>
#include <vector>

#include "app/app.h"

namespace ui {

struct ScreenshotScenario {
    std::string name;                   // file name without .png
    std::function<void(app::App&)> go;  // navigate (and set up) so the screen shows
    int tabPresses = 0;                 // then press Tab this many times (the keyboard focus ring)
};

std::vector<ScreenshotScenario> screenshotScenarios(const app::App& app);

}  // namespace ui
