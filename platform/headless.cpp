#include "platform/headless.h"

#include <cfloat>
#include <imgui.h>

#include "ui/text/text.h"
#include "ui/widgets.h"

namespace platform {
Headless::Headless(app::App& app, float width, float height)
    : app_(app), ui_(app, 1.0f), width_(width), height_(height) {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.KeyMap[ImGuiKey_Tab] = keys::Tab;
    io.KeyMap[ImGuiKey_LeftArrow] = keys::Left;
    io.KeyMap[ImGuiKey_RightArrow] = keys::Right;
    io.KeyMap[ImGuiKey_UpArrow] = keys::Up;
    io.KeyMap[ImGuiKey_DownArrow] = keys::Down;
    io.KeyMap[ImGuiKey_Backspace] = keys::Backspace;
    io.KeyMap[ImGuiKey_Space] = keys::Space;
    io.KeyMap[ImGuiKey_Enter] = keys::Enter;
    io.KeyMap[ImGuiKey_Escape] = keys::Escape;
    frame(2);  // auto-sized layout needs two frames before targets are where they stay
}

Headless::~Headless() {
    ui::text::detach();
    ImGui::DestroyContext();
}

void Headless::frame(int count) {
    ImGuiIO& io = ImGui::GetIO();
    for (int i = 0; i < count; ++i)
        for (int pass = 0; pass < 2; ++pass) {  // drawn again when it asked for new glyphs, as on screen
            bool fontsChanged = ui_.prepareFrame();
            if (ui::text::updateAtlas() || fontsChanged) {
                unsigned char* pixels;
                int w, h;
                io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);  // no GPU: marks the atlas as uploaded
            }
            io.DisplaySize = ImVec2(width_, height_);
            io.DeltaTime = 1.0f / 60.0f;
            if (pass == 0) keyLatch_.applyTo(io);  // a tap is shown once, not again in the redraw
            ImGui::NewFrame();
            ui_.draw();
            ImGui::Render();
            if (!ui::text::glyphsPending()) break;
        }
}

bool Headless::visible(const std::string& label) const { return ui::tapTargets().count(label) > 0; }

bool Headless::tap(const std::string& label) {
    auto it = ui::tapTargets().find(label);
    if (it == ui::tapTargets().end() || it->second.height() <= 0) return false;
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(it->second.cx(), it->second.cy());
    frame();  // hover
    io.MouseDown[0] = true;
    frame();
    io.MouseDown[0] = false;
    frame();  // Button() returns true on the release frame
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    frame(2);  // settle the new screen, as the real loop does after input (scrolls apply a frame late)
    return true;
}

void Headless::type(const std::string& text) {
    ImGui::GetIO().AddInputCharactersUTF8(text.c_str());
    frame();
}

void Headless::keyDown(int key) {
    ImGuiIO& io = ImGui::GetIO();
    keyLatch_.press(key);
    io.KeysDown[key] = true;  // as ImGui's GLFW backend does on the event
    io.KeyShift = io.KeysDown[keys::LeftShift];
    io.KeyCtrl = io.KeysDown[keys::LeftControl];
}

void Headless::keyUp(int key) {
    ImGuiIO& io = ImGui::GetIO();
    keyLatch_.release(key);
    io.KeysDown[key] = false;
    io.KeyShift = io.KeysDown[keys::LeftShift];
    io.KeyCtrl = io.KeysDown[keys::LeftControl];
}

void Headless::pressKey(int key) {
    keyDown(key);
    frame();
    keyUp(key);
    frame();
}

void Headless::drag(float x, float y, float dx, float dy, int steps) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(x, y);
    frame();
    io.MouseDown[0] = true;
    frame();
    for (int i = 1; i <= steps; ++i) {
        io.MousePos = ImVec2(x + dx * i / steps, y + dy * i / steps);
        frame();
    }
    io.MouseDown[0] = false;
    frame();
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
}

}  // namespace platform
