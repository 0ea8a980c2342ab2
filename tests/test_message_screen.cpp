// The message a user sees when the app cannot open their data.
#include <doctest/doctest.h>
#include <imgui.h>

#include "ui/message_screen.h"
#include "ui/widgets.h"

TEST_CASE("the cannot-open message shows the reason and closes on Close") {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    ui::MessageScreen screen("Steadfast cannot open your data", "\"x.db\" is damaged. It was left untouched.", 1.0f);
    auto frame = [&] {
        if (screen.prepareFrame()) {
            unsigned char* pixels;
            int w, h;
            io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        }
        io.DisplaySize = ImVec2(420, 860);
        io.DeltaTime = 1.0f / 60.0f;
        ImGui::NewFrame();
        bool closed = screen.draw();
        ImGui::Render();
        return closed;
    };
    CHECK_FALSE(frame());
    CHECK_FALSE(frame());
    REQUIRE(ui::tapTargets().count("##close") == 1);
    ui::Rect close = ui::tapTargets().at("##close");
    CHECK(close.height() >= 48.0f);
    io.MousePos = ImVec2(close.cx(), close.cy());
    CHECK_FALSE(frame());
    io.MouseDown[0] = true;
    CHECK_FALSE(frame());
    io.MouseDown[0] = false;
    CHECK(frame());
    ImGui::DestroyContext();
}
