#include "ui/theme.h"

namespace ui {
namespace {
Palette g_palette;

ImVec4 rgb(int r, int g, int b, float a = 1.0f) { return ImVec4(r / 255.0f, g / 255.0f, b / 255.0f, a); }
}  // namespace

const Palette& palette() { return g_palette; }

void applyTheme(core::Theme theme, float scale) {
    ImGuiStyle style;
    bool dark = theme == core::Theme::Dark;
    if (dark)
        ImGui::StyleColorsDark(&style);
    else
        ImGui::StyleColorsLight(&style);

    style.WindowRounding = 0;
    style.ChildRounding = 10;
    style.FrameRounding = 10;
    style.GrabRounding = 10;
    style.PopupRounding = 10;
    style.ScrollbarRounding = 6;
    style.WindowPadding = ImVec2(14, 12);
    style.FramePadding = ImVec2(12, 10);
    style.ItemSpacing = ImVec2(10, 10);
    style.ItemInnerSpacing = ImVec2(8, 6);
    style.ScrollbarSize = 10;
    style.WindowBorderSize = 0;
    style.ChildBorderSize = 0;
    style.FrameBorderSize = 0;

    g_palette.accent = dark ? rgb(88, 156, 255) : rgb(22, 98, 200);
    g_palette.emergency = dark ? rgb(220, 53, 53) : rgb(200, 30, 30);
    g_palette.onColour = rgb(255, 255, 255);
    g_palette.success = dark ? rgb(80, 200, 120) : rgb(20, 130, 60);
    g_palette.warning = dark ? rgb(240, 180, 60) : rgb(170, 100, 0);
    g_palette.card = dark ? rgb(38, 42, 50) : rgb(241, 243, 247);
    g_palette.muted = dark ? rgb(160, 166, 178) : rgb(92, 98, 110);

    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = dark ? rgb(22, 24, 29) : rgb(255, 255, 255);
    c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_PopupBg] = dark ? rgb(34, 37, 44) : rgb(255, 255, 255);
    c[ImGuiCol_Text] = dark ? rgb(236, 238, 242) : rgb(20, 22, 28);
    c[ImGuiCol_TextDisabled] = g_palette.muted;
    // Buttons stand out from the page and from cards alike.
    c[ImGuiCol_Button] = dark ? rgb(50, 56, 68) : rgb(226, 231, 240);
    c[ImGuiCol_ButtonHovered] = dark ? rgb(60, 67, 82) : rgb(214, 221, 234);
    c[ImGuiCol_ButtonActive] = dark ? rgb(72, 80, 98) : rgb(200, 209, 226);
    c[ImGuiCol_FrameBg] = dark ? rgb(44, 49, 59) : rgb(233, 236, 242);
    c[ImGuiCol_FrameBgHovered] = c[ImGuiCol_ButtonHovered];
    c[ImGuiCol_FrameBgActive] = c[ImGuiCol_ButtonActive];
    c[ImGuiCol_PlotHistogram] = g_palette.accent;
    c[ImGuiCol_Header] = c[ImGuiCol_ButtonHovered];
    c[ImGuiCol_HeaderHovered] = c[ImGuiCol_ButtonHovered];
    c[ImGuiCol_HeaderActive] = c[ImGuiCol_ButtonActive];
    c[ImGuiCol_CheckMark] = g_palette.accent;
    c[ImGuiCol_SliderGrab] = g_palette.accent;
    c[ImGuiCol_SliderGrabActive] = g_palette.accent;
    c[ImGuiCol_Separator] = dark ? rgb(52, 56, 66) : rgb(220, 224, 232);
    c[ImGuiCol_NavHighlight] = g_palette.accent;
    c[ImGuiCol_ModalWindowDimBg] = rgb(0, 0, 0, 0.45f);

    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

}  // namespace ui
