// The browser has no fontconfig: the build ships its font files (web.cmake preloads them at the paths
// Debian's packages use, so ui/fonts.cpp finds them as on the desktop), and this lists them for the
// scripts beyond Latin. Latin and Arabic, the languages Steadfast speaks.
#include <filesystem>

#include "ui/fonts.h"
#include "ui/text/font_source.h"

namespace ui {

std::string findFontFile(const std::string&) { return {}; }  // nothing beyond the shipped files

}  // namespace ui

namespace ui::text {

std::unique_ptr<FontSource> systemFontSource() {
    const std::string noto = "/usr/share/fonts/truetype/noto/";
    return bundledSource({
        {{noto + "NotoNaskhArabic-Regular.ttf", 0, 1.2f}, {"Arab"}, false},
        {{noto + "NotoNaskhArabic-Bold.ttf", 0, 1.2f}, {"Arab"}, true},
        {{"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 0, 1.0f}, {"Zyyy"}, false},
        {{"/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 0, 1.0f}, {"Zyyy"}, true},
        // The icons (private-use characters no script font has): fontconfig finds this file on the desktop.
        {{"/usr/share/fonts/truetype/font-awesome/fontawesome-webfont.ttf", 0, 1.0f}, {}, false},
    });
}

}  // namespace ui::text
