#pragma once
// Light and dark themes. Colours that carry meaning (emergency red, done green) live here once.
#include <imgui.h>

#include "core/settings.h"

namespace ui {

struct Palette {
    ImVec4 accent;      // primary actions, the selected tab
    ImVec4 emergency;   // the Emergency button and calls to call
    ImVec4 onColour;    // text on accent/emergency
    ImVec4 success;
    ImVec4 warning;
    ImVec4 card;        // background of grouped content
    ImVec4 muted;       // secondary text
};

// Resets the ImGui style to the theme at the given scale (DPI × text size).
void applyTheme(core::Theme theme, float scale);
const Palette& palette();

}  // namespace ui
