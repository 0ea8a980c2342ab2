#pragma once
// Light and dark themes. Colours that carry meaning (emergency red, done green) live here once.
// Each meaning has a text colour (for words and icons on the page, cards and buttons) and a fill
// colour (behind white words on a button), because one shade cannot do both in a dark theme.
#include <imgui.h>
#include <string>
#include <vector>

#include "core/settings.h"

namespace ui {

struct Palette {
    // Text and icons.
    ImVec4 text;        // body text
    ImVec4 muted;       // secondary text
    ImVec4 accent;      // links, the selected tab, accent icons
    ImVec4 emergency;   // the emergency number, real (not practice) runs
    ImVec4 success;     // done
    ImVec4 warning;     // overdue, expiring
    ImVec4 onColour;    // words on the fills below
    ImVec4 focus;       // the keyboard focus ring
    // Fills behind onColour: primary buttons, the Emergency button, Done.
    ImVec4 accentFill;
    ImVec4 emergencyFill;
    ImVec4 successFill;
    // Backgrounds.
    ImVec4 window;      // the page
    ImVec4 card;        // grouped content, list rows, the bars
    ImVec4 button;      // ordinary buttons and check rows
    ImVec4 buttonHovered;
    ImVec4 buttonActive;
    ImVec4 field;       // text fields
};

// The colours of a theme; applyTheme makes them current.
Palette paletteFor(core::Theme theme);

// A text colour drawn on a background somewhere in the app, and the contrast it must reach:
// 4.5:1 for text (WCAG 2.1 AA, 1.4.3), 3:1 for the focus ring (1.4.11).
struct ColourPair {
    std::string what;
    ImVec4 foreground, background;
    double minimumContrast;
};
std::vector<ColourPair> colourPairs(const Palette& p);

// A filled button's colour while hovered and while pressed: darker by these factors.
constexpr float kHoveredShade = 0.9f, kPressedShade = 0.8f;
ImVec4 shadeOf(ImVec4 colour, float factor);

// Resets the ImGui style to the theme at the given scale (DPI × text size).
void applyTheme(core::Theme theme, float scale);
const Palette& palette();

}  // namespace ui
