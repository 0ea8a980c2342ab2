#include "ui/fonts.h"

#include <fontconfig/fontconfig.h>
#include <imgui.h>
#include <stdexcept>

#include "ui/icons.h"
#include "ui/text/text.h"

namespace ui {

std::string findFontFile(const std::string& family) {
    FcInit();
    FcPattern* pattern = FcNameParse(reinterpret_cast<const FcChar8*>(family.c_str()));
    FcConfigSubstitute(nullptr, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result;
    FcPattern* match = FcFontMatch(nullptr, pattern, &result);
    std::string file;
    std::string wantedFamily = family.substr(0, family.find(':'));
    FcChar8* matchedFamily = nullptr;
    FcChar8* matchedFile = nullptr;
    // fontconfig always answers with something; only accept the family we asked for.
    if (match && FcPatternGetString(match, FC_FAMILY, 0, &matchedFamily) == FcResultMatch &&
        FcStrCmpIgnoreCase(matchedFamily, reinterpret_cast<const FcChar8*>(wantedFamily.c_str())) == 0 &&
        FcPatternGetString(match, FC_FILE, 0, &matchedFile) == FcResultMatch)
        file = reinterpret_cast<const char*>(matchedFile);
    if (match) FcPatternDestroy(match);
    FcPatternDestroy(pattern);
    return file;
}

namespace {

// Latin with accents (country names), punctuation (– — ’ “ ” • …), arrows, ≤ ≥ − ×.
const ImWchar kTextRanges[] = {0x0020, 0x024F, 0x2010, 0x2026, 0x2190, 0x2193, 0x2212, 0x2212, 0x2264, 0x2265, 0};
const ImWchar kDigitRanges[] = {0x0020, 0x007F, 0};

const ImWchar* iconRanges() {
    static ImVector<ImWchar> ranges;
    if (ranges.empty()) {
        ImFontGlyphRangesBuilder builder;
        for (const char* icon : kAllIcons) builder.AddText(icon);
        builder.BuildRanges(&ranges);
    }
    return ranges.Data;
}

ImFont* addFont(const std::string& textFile, const std::string& iconFile, float size, const ImWchar* ranges) {
    ImGuiIO& io = ImGui::GetIO();
    ImFontConfig cfg;
    cfg.OversampleH = 2;
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

}  // namespace

Fonts buildFonts(float pixelScale) {
    std::string text = findFontFile("DejaVu Sans");
    if (text.empty()) text = findFontFile("Noto Sans");
    if (text.empty()) throw std::runtime_error("No text font found: install fonts-dejavu-core or fonts-noto-core.");
    std::string bold = findFontFile("DejaVu Sans:bold");
    if (bold.empty()) bold = text;
    std::string icons = findFontFile("FontAwesome");  // absent: labels lose their icons, nothing else

    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    Fonts f;
    f.body = addFont(text, icons, 19.0f * pixelScale, kTextRanges);
    f.title = addFont(bold, icons, 23.0f * pixelScale, kTextRanges);
    f.large = addFont(text, icons, 27.0f * pixelScale, kTextRanges);
    f.huge = addFont(bold, icons, 64.0f * pixelScale, kDigitRanges);
    // Other scripts are shaped and added to the atlas when they first appear on screen.
    text::attach(*io.Fonts, {{f.body, text, false}, {f.title, bold, true}, {f.large, text, false}, {f.huge, bold, true}});
    io.Fonts->Build();
    return f;
}

}  // namespace ui
