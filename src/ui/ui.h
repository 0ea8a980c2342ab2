#pragma once
// The shell: top bar (title, Emergency, Settings), the current screen, the bottom tab bar.
// Platform-independent: the GLFW platform and the headless test platform both drive it.
#include <string>
#include <utility>
#include <vector>

#include "app/app.h"
#include "ui/fonts.h"
#include "ui/screens/screen.h"

namespace ui {

class Ui {
public:
    // dpiScale: device pixels per logical point (1 on a normal screen, 2 on a HiDPI one).
    Ui(app::App& app, float dpiScale);

    // Call before ImGui::NewFrame. Rebuilds fonts and style when the theme or text size changed;
    // returns true when the font atlas was rebuilt, so the renderer must upload it again.
    bool prepareFrame();
    // Call between ImGui::NewFrame and ImGui::Render.
    void draw();
    // Seconds until something on screen changes by itself (a running timer); < 0: only on input.
    double secondsUntilNextChange() const;

    float dpiScale() const { return dpiScale_; }
    // How far the screen's content is scrolled (points from its top), as of the last frame.
    float contentScroll() const { return contentScroll_; }
    // How far the widest thing on the screen reaches past the screen's right edge (0: nothing does).
    float contentOverflow() const { return contentOverflow_; }

private:
    float drawTopBar();
    void drawTabBar(float height);
    void drawNotice();
    void rememberScroll(const app::Route& leaving, const app::Route& showing, bool wentBack);

    app::App& app_;
    float dpiScale_;
    Fonts fonts_;
    ScreenRegistry screens_;  // each screen keeps its own state for as long as this shell lives
    core::Theme builtTheme_{};
    float builtTextScale_ = 0;
    std::string shownLanguage_;  // the language the text engine was last told
    app::Route shownRoute_{};
    size_t shownDepth_ = 0;
    unsigned editingField_ = 0;  // the ImGuiID of the text field that held the keyboard last frame (0: none)
    std::vector<std::pair<app::Route, float>> scrollMemory_;  // how far each route was scrolled
    float contentScroll_ = 0;
    bool contentScrolls_ = true;
    float contentOverflow_ = 0;  // last frame's content was taller than its area
    float scrollToRestore_ = 0;
    int restoreFrames_ = 0;
};

}  // namespace ui
