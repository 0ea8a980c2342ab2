#include "platform/headless.h"

#include <imgui.h>

#include "ui/text/text.h"
#include "ui/widgets.h"

namespace platform {
Headless::Headless(app::App& app, float width, float height)
    : app_(app), ui_(app, 1.0f), width_(width), height_(height) {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
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

void Headless::pressKey(int key) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeysDown[key] = true;
    frame();
    io.KeysDown[key] = false;
    frame();
}

}  // namespace platform
