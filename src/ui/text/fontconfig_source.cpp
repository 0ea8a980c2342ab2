// The desktop's fonts, found through fontconfig. The web build has no fontconfig: it ships its font
// files and lists them instead (platform/web/web_fonts.cpp).
#include <fontconfig/fontconfig.h>
#include <hb.h>

#include "ui/fonts.h"
#include "ui/text/font_source.h"

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

}  // namespace ui

namespace ui::text {

namespace {

// Families for the scripts DejaVu Sans does not cover, best first, and how much larger than
// DejaVu's em they are drawn so that their letters look as large as Latin ones beside them. Naskh
// is the style Arabic readers learn from and read in books; Noto Sans Arabic is its plainer sibling.
struct Family {
    const char* name;
    float sizeScale;
};
struct ScriptFamilies {
    std::string_view script;
    std::vector<Family> families;
};
const std::vector<ScriptFamilies>& scriptFamilies() {
    static const std::vector<ScriptFamilies> table = {
        {"Arab", {{"Noto Naskh Arabic", 1.2f}, {"Noto Sans Arabic", 1.15f}}},
        {"Hebr", {{"Noto Sans Hebrew", 1.1f}}},
        {"Deva", {{"Noto Sans Devanagari", 1.1f}}},
        {"Hani", {{"Noto Sans CJK SC", 1.0f}}},
        {"Bopo", {{"Noto Sans CJK TC", 1.0f}}},
        {"Hira", {{"Noto Sans CJK JP", 1.0f}}},
        {"Kana", {{"Noto Sans CJK JP", 1.0f}}},
        {"Hang", {{"Noto Sans CJK KR", 1.0f}}},
    };
    return table;
}

bool hasFamily(FcPattern* font, const char* family) {
    FcChar8* name = nullptr;
    for (int i = 0; FcPatternGetString(font, FC_FAMILY, i, &name) == FcResultMatch; ++i)
        if (FcStrCmpIgnoreCase(name, reinterpret_cast<const FcChar8*>(family)) == 0) return true;
    return false;
}

std::optional<FontFile> fileOf(FcPattern* font) {
    FcChar8* file = nullptr;
    int index = 0;
    if (FcPatternGetString(font, FC_FILE, 0, &file) != FcResultMatch) return std::nullopt;
    FcPatternGetInteger(font, FC_INDEX, 0, &index);
    return FontFile{reinterpret_cast<const char*>(file), index};
}

FcPattern* patternFor(const char* family, bool bold) {
    FcPattern* pattern = FcPatternCreate();
    FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>(family));
    FcPatternAddInteger(pattern, FC_WEIGHT, bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR);
    FcPatternAddBool(pattern, FC_SCALABLE, FcTrue);
    return pattern;
}

class FontconfigSource final : public FontSource {
public:
    FontconfigSource() { FcInit(); }

    std::vector<FontFile> forScript(std::string_view script, bool bold) override {
        std::vector<FontFile> files;
        for (const ScriptFamilies& entry : scriptFamilies()) {
            if (entry.script != script) continue;
            for (const Family& family : entry.families)
                if (auto file = match(family.name, bold)) {
                    file->sizeScale = family.sizeScale;
                    files.push_back(*file);
                }
        }
        return files;
    }

    // Any font with the character, preferring the Noto Sans families: fontconfig sorts every font
    // by closeness to "Noto Sans", and the first that has the character wins.
    std::optional<FontFile> forCodepoint(char32_t codepoint, bool bold) override {
        FcPattern* pattern = patternFor("Noto Sans", bold);
        FcCharSet* wanted = FcCharSetCreate();
        FcCharSetAddChar(wanted, codepoint);
        FcPatternAddCharSet(pattern, FC_CHARSET, wanted);
        FcConfigSubstitute(nullptr, pattern, FcMatchPattern);
        FcDefaultSubstitute(pattern);
        FcResult result;
        FcFontSet* sorted = FcFontSort(nullptr, pattern, FcFalse, nullptr, &result);
        std::optional<FontFile> best, noto;
        for (int i = 0; sorted && i < sorted->nfont && !noto; ++i) {
            FcCharSet* charset = nullptr;
            FcPattern* font = sorted->fonts[i];
            FcBool colour = FcFalse;  // colour bitmap fonts (emoji) do not fit an alpha-only atlas
            if (FcPatternGetCharSet(font, FC_CHARSET, 0, &charset) != FcResultMatch || !FcCharSetHasChar(charset, codepoint) ||
                (FcPatternGetBool(font, FC_COLOR, 0, &colour) == FcResultMatch && colour))
                continue;
            FcChar8* family = nullptr;
            bool isNotoSans = FcPatternGetString(font, FC_FAMILY, 0, &family) == FcResultMatch &&
                              std::string_view(reinterpret_cast<const char*>(family)).starts_with("Noto Sans");
            if (isNotoSans) noto = fileOf(font);
            if (!best) best = fileOf(font);
        }
        if (sorted) FcFontSetDestroy(sorted);
        FcCharSetDestroy(wanted);
        FcPatternDestroy(pattern);
        return noto ? noto : best;
    }

private:
    // fontconfig always answers with something; only the family asked for is accepted.
    static std::optional<FontFile> match(const char* family, bool bold) {
        FcPattern* pattern = patternFor(family, bold);
        FcConfigSubstitute(nullptr, pattern, FcMatchPattern);
        FcDefaultSubstitute(pattern);
        FcResult result;
        FcPattern* font = FcFontMatch(nullptr, pattern, &result);
        std::optional<FontFile> file;
        if (font && hasFamily(font, family)) file = fileOf(font);
        if (font) FcPatternDestroy(font);
        FcPatternDestroy(pattern);
        return file;
    }
};

}  // namespace

std::unique_ptr<FontSource> fontconfigSource() { return std::make_unique<FontconfigSource>(); }

std::unique_ptr<FontSource> systemFontSource() { return fontconfigSource(); }

}  // namespace ui::text
