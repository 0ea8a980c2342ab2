#pragma once
// The same UI with no window, for tests: ImGui runs without a renderer, input is injected, and
// taps land on the widgets the UI recorded as tap targets.
#include <string>

#include "app/app.h"
#include "platform/key_latch.h"
#include "ui/ui.h"

namespace platform {

class Headless {
public:
    explicit Headless(app::App& app, float width = 420, float height = 860);
    ~Headless();
    Headless(const Headless&) = delete;
    Headless& operator=(const Headless&) = delete;

    void frame(int count = 1);
    // Presses and releases the mouse on the target with this label. False when it is not on screen.
    bool tap(const std::string& label);
    bool visible(const std::string& label) const;
    void type(const std::string& text);
    // Keys by GLFW key code, as the real platform reports them. pressKey: down for a frame, then up
    // for a frame. keyDown and keyUp: the events alone, with no frame between (frame() shows them).
    void pressKey(int key);
    void keyDown(int key);
    void keyUp(int key);
    // Presses at a point, moves it by (dx, dy) over `steps` frames and lets go: a drag on a touch
    // screen or a touchpad.
    void drag(float x, float y, float dx, float dy, int steps = 10);
    ui::Ui& ui() { return ui_; }

private:
    app::App& app_;
    ui::Ui ui_;
    float width_, height_;
    KeyLatch keyLatch_;
};

// GLFW's key codes, so tests speak the same language as the real backend.
namespace keys {
constexpr int Space = 32, Escape = 256, Enter = 257, Tab = 258, Backspace = 259, Left = 263, Right = 262, Up = 265, Down = 264,
              LeftShift = 340, LeftControl = 341;
}

}  // namespace platform
