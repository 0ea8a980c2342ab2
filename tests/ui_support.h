#pragma once
// Helpers for tests that drive the UI headlessly.
#include <imgui.h>
#include <string>

#include "platform/headless.h"

namespace test {

// Scrolls the content with the mouse wheel until the target shows (or gives up).
inline bool scrollTo(platform::Headless& screen, const std::string& target) {
    ImGuiIO& io = ImGui::GetIO();
    for (int i = 0; i < 60 && !screen.visible(target); ++i) {
        io.MousePos = ImVec2(200, 400);
        io.MouseWheel = -2.0f;
        screen.frame(2);
    }
    io.MouseWheel = 0;
    screen.frame();
    return screen.visible(target);
}

// Scrolls to the target and taps it.
inline bool tapScrolled(platform::Headless& screen, const std::string& target) { return scrollTo(screen, target) && screen.tap(target); }

}  // namespace test
