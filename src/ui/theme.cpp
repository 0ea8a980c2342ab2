#include "ui/theme.h"

namespace ui {
namespace {
Palette g_palette;

ImVec4 rgb(int r, int g, int b, float a = 1.0f) { return ImVec4(r / 255.0f, g / 255.0f, b / 255.0f, a); }
}  // namespace

ImVec4 shadeOf(ImVec4 c, float factor) { return ImVec4(c.x * factor, c.y * factor, c.z * factor, c.w); }

Palette paletteFor(core::Theme theme) {
    Palette p;
    if (theme == core::Theme::Dark) {
        p.text = rgb(236, 238, 242);
        p.muted = rgb(184, 188, 198);
        p.accent = rgb(130, 182, 255);
        p.emergency = rgb(255, 150, 150);
        p.success = rgb(100, 210, 140);
        p.warning = rgb(240, 180, 60);
        p.accentFill = rgb(30, 100, 200);
        p.emergencyFill = rgb(196, 40, 40);
        p.successFill = rgb(18, 120, 55);
        p.window = rgb(22, 24, 29);
        p.card = rgb(38, 42, 50);
        p.button = rgb(50, 56, 68);
        p.buttonHovered = rgb(56, 62, 76);
        p.buttonActive = rgb(62, 69, 84);
        p.field = rgb(44, 49, 59);
    } else {
        p.text = rgb(20, 22, 28);
        p.muted = rgb(80, 86, 98);
        p.accent = rgb(20, 90, 190);
        p.emergency = rgb(180, 28, 28);
        p.success = rgb(14, 108, 48);
        p.warning = rgb(138, 80, 0);
        p.accentFill = rgb(22, 98, 200);
        p.emergencyFill = rgb(196, 30, 30);
        p.successFill = rgb(16, 115, 52);
        p.window = rgb(255, 255, 255);
        p.card = rgb(241, 243, 247);
        p.button = rgb(226, 231, 240);
        p.buttonHovered = rgb(220, 226, 237);
        p.buttonActive = rgb(214, 220, 233);
        p.field = rgb(233, 236, 242);
    }
    p.onColour = rgb(255, 255, 255);
    p.focus = p.accent;
    return p;
}

std::vector<ColourPair> colourPairs(const Palette& p) {
    std::vector<ColourPair> pairs;
    struct Named {
        const char* name;
        ImVec4 colour;
    };
    // Words and icons in every text colour appear on the page, on cards, on buttons and check rows
    // (also while pressed), and in fields (the hint is muted).
    const Named texts[] = {{"text", p.text},       {"muted", p.muted},         {"accent", p.accent},
                           {"emergency", p.emergency}, {"success", p.success}, {"warning", p.warning}};
    const Named backgrounds[] = {{"page", p.window},          {"card", p.card},
                                 {"button", p.button},        {"hovered button", p.buttonHovered},
                                 {"pressed button", p.buttonActive}, {"field", p.field}};
    for (const Named& t : texts)
        for (const Named& b : backgrounds) pairs.push_back({std::string(t.name) + " on " + b.name, t.colour, b.colour, 4.5});
    // White words on the filled buttons, and on their hovered and pressed shades.
    const Named fills[] = {{"accent fill", p.accentFill}, {"emergency fill", p.emergencyFill}, {"success fill", p.successFill}};
    for (const Named& f : fills)
        for (float factor : {1.0f, kHoveredShade, kPressedShade})
            pairs.push_back({std::string("white on ") + f.name + " (shade " + std::to_string(factor).substr(0, 3) + ")", p.onColour,
                             shadeOf(f.colour, factor), 4.5});
    // The focus ring around a control, on the page and on cards.
    for (const Named& b : {Named{"page", p.window}, Named{"card", p.card}})
        pairs.push_back({std::string("focus ring on ") + b.name, p.focus, b.colour, 3.0});
    return pairs;
}

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

    g_palette = paletteFor(theme);
    const Palette& p = g_palette;
    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = p.window;
    c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_PopupBg] = p.window;
    c[ImGuiCol_Text] = p.text;
    c[ImGuiCol_TextDisabled] = p.muted;
    // Buttons stand out from the page and from cards alike.
    c[ImGuiCol_Button] = p.button;
    c[ImGuiCol_ButtonHovered] = p.buttonHovered;
    c[ImGuiCol_ButtonActive] = p.buttonActive;
    c[ImGuiCol_FrameBg] = p.field;
    c[ImGuiCol_FrameBgHovered] = p.buttonHovered;
    c[ImGuiCol_FrameBgActive] = p.buttonActive;
    c[ImGuiCol_PlotHistogram] = p.accent;
    c[ImGuiCol_Header] = p.buttonHovered;
    c[ImGuiCol_HeaderHovered] = p.buttonHovered;
    c[ImGuiCol_HeaderActive] = p.buttonActive;
    c[ImGuiCol_CheckMark] = p.accent;
    c[ImGuiCol_SliderGrab] = p.accent;
    c[ImGuiCol_SliderGrabActive] = p.accent;
    c[ImGuiCol_Separator] = dark ? rgb(52, 56, 66) : rgb(220, 224, 232);
    c[ImGuiCol_NavHighlight] = p.focus;
    c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);  // only the bar shows, and only when there is more to see
    c[ImGuiCol_ModalWindowDimBg] = rgb(0, 0, 0, 0.45f);
    c[ImGuiCol_TextSelectedBg] = dark ? rgb(30, 100, 200, 0.6f) : rgb(22, 98, 200, 0.3f);

    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

}  // namespace ui
