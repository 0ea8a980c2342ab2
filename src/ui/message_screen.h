#pragma once
// A screen for a problem that stops the app before it can start (a database it must not open),
// so a user who started it from the desktop sees why instead of nothing.
#include <string>

#include "ui/fonts.h"

namespace ui {

class MessageScreen {
public:
    MessageScreen(std::string title, std::string message, float dpiScale);
    // Call before ImGui::NewFrame; true when the font atlas was (re)built and must be uploaded.
    bool prepareFrame();
    // Call between NewFrame and Render. Returns true once the user asked to close.
    bool draw();

private:
    std::string title_, message_;
    float dpiScale_;
    Fonts fonts_;
};

}  // namespace ui
