#pragma once
// Fonts are found where Debian's packages put them, else through fontconfig (DejaVu Sans or Noto
// Sans), with Font Awesome merged in, and rebuilt at the size the user chose, so text stays sharp
// at every size.
#include <string>

struct ImFont;

namespace ui {

struct Fonts {
    ImFont* body = nullptr;   // everything by default
    ImFont* title = nullptr;  // screen titles and headings
    ImFont* large = nullptr;  // one step per screen in the guide player
    ImFont* huge = nullptr;   // the emergency number and big timers
};

// Clears the ImGui font atlas and fills it at pixelScale (DPI × text size). Throws
// std::runtime_error naming the font when none is installed.
Fonts buildFonts(float pixelScale);

// The file fontconfig picks for a family, or "" when the family is not installed.
std::string findFontFile(const std::string& family);

}  // namespace ui
