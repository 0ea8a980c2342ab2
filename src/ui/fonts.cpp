#include "i18n/i18n.h"
#include "ui/fonts.h"

#include <filesystem>
#include <imgui.h>
#include <stdexcept>

#include "ui/icons.h"
#include "ui/text/text.h"

namespace ui {

namespace {

// Latin with accents (Latin-1 and Extended-A: the letters of European names; Romanian ș ț from
// Extended-B), punctuation (– — ’ “ ” • …), arrows, ≤ ≥ − ×. Every glyph costs start-up time and
// atlas memory, so scripts come in with the fonts that draw them, not as ranges here.
const ImWchar kTextRanges[] = {0x0020, 0x017F, 0x0218, 0x021B, 0x2010, 0x2026, 0x2190, 0x2193, 0x2212, 0x2212, 0x2264, 0x2265, 0};
// The huge font shows numbers only (emergency numbers, timers, a rate): 64 px glyphs are costly.
const ImWchar kDigitRanges[] = {0x0020, 0x0020, 0x002B, 0x003A, 0};  // space + , - . / 0-9 :

ImVector<ImWchar> buildIconRanges() {
    ImVector<ImWchar> ranges;
    ImFontGlyphRangesBuilder builder;
    for (const char* icon : kAllIcons) builder.AddText(icon);
    builder.BuildRanges(&ranges);
    return ranges;
}
// The atlas reads the ranges again whenever it is rebuilt, so they live as long as the program.
const ImVector<ImWchar> kIconRanges = buildIconRanges();
const ImWchar* iconRanges() { return kIconRanges.Data; }

ImFont* addFont(const std::string& textFile, const std::string& iconFile, float size, const ImWchar* ranges) {
    ImGuiIO& io = ImGui::GetIO();
    ImFontConfig cfg;
    cfg.OversampleH = 1;  // at 19 px and up, horizontal oversampling is not visible; it doubled the atlas
    ImFont* font = io.Fonts->AddFontFromFileTTF(textFile.c_str(), size, &cfg, ranges);
    if (!iconFile.empty()) {
        ImFontConfig icons;
        icons.MergeMode = true;
        icons.PixelSnapH = true;
        icons.GlyphMinAdvanceX = size;  // icons line up in columns
        icons.GlyphOffset.y = size * 0.05f;
        io.Fonts->AddFontFromFileTTF(iconFile.c_str(), size * 0.9f, &icons, iconRanges());
    }
    return font;
}

// The file where Debian's package puts the font (the Steadfast package depends on it), else the
// one fontconfig finds: starting fontconfig costs more than a third of the time to the first frame.
std::string fontFile(const char* debianPath, const std::string& family) {
    std::error_code ec;
    return std::filesystem::is_regular_file(debianPath, ec) ? debianPath : findFontFile(family);
}

}  // namespace

Fonts buildFonts(float pixelScale) {
    std::string text = fontFile("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "DejaVu Sans");
    if (text.empty()) text = findFontFile("Noto Sans");
    if (text.empty()) throw std::runtime_error(i18n::tr("No text font found: install fonts-dejavu-core or fonts-noto-core."));
    std::string bold = fontFile("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "DejaVu Sans:bold");
    if (bold.empty()) bold = text;
    // Absent: labels lose their icons, nothing else.
    std::string icons = fontFile("/usr/share/fonts/truetype/font-awesome/fontawesome-webfont.ttf", "FontAwesome");

    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    Fonts f;
    f.body = addFont(text, icons, 19.0f * pixelScale, kTextRanges);
    f.title = addFont(bold, icons, 23.0f * pixelScale, kTextRanges);
    f.large = addFont(text, icons, 27.0f * pixelScale, kTextRanges);
    f.huge = addFont(bold, "", 64.0f * pixelScale, kDigitRanges);
    // Other scripts are shaped and added to the atlas when they first appear on screen.
    text::attach(*io.Fonts, {{f.body, text, false}, {f.title, bold, true}, {f.large, text, false}, {f.huge, bold, true}});
    io.Fonts->Build();
    return f;
}

}  // namespace ui
