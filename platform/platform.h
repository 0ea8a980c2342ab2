#pragma once
// The window and its event loop (GLFW + OpenGL 3), and the screenshot mode.
#include <filesystem>
#include <string>

#include "app/app.h"

namespace platform {

struct WindowOptions {
    int width = 420;   // logical points: a phone in portrait
    int height = 860;
    bool quitAfterFirstFrame = false;  // for the start-up benchmark
};

// Opens the window and runs until it is closed. Returns the process exit code.
int runWindow(app::App& app, const WindowOptions& options);

// Renders every screen to DIR/<nn-name>.png at phone size, in an offscreen window.
int renderScreenshots(app::App& app, const std::filesystem::path& dir, const WindowOptions& options);

// Shows a problem that stops the app from starting (with a Close button), for a user who started
// it from the desktop and would otherwise see nothing.
int showMessageWindow(const std::string& title, const std::string& message, const WindowOptions& options);

// True when a window can be opened (an X11 or Wayland display is set).
bool displayAvailable();

}  // namespace platform
