#pragma once
// Where the font files for each script come from. The desktop asks fontconfig; a build without
// it (the web) lists the files it ships. Nothing here opens a font: FontSet does, lazily.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ui::text {

struct FontFile {
    std::string path;
    int index = 0;           // the face inside a collection (.ttc); 0 for a plain font file
    float sizeScale = 1.0f;  // drawn this much larger than the primary font's em, so its letters look
                             // as large as the Latin beside them (Arabic is small at the same em)
    bool operator==(const FontFile&) const = default;
};

class FontSource {
public:
    virtual ~FontSource() = default;
    // The fonts made for `script` (an ISO 15924 tag: "Arab", "Hebr", "Deva", "Hani", ...), best
    // first; empty when the source has none for it.
    virtual std::vector<FontFile> forScript(std::string_view script, bool bold) = 0;
    // Some font with a glyph for `codepoint`, for characters no script font covers.
    virtual std::optional<FontFile> forCodepoint(char32_t codepoint, bool bold) = 0;
};

// The system's fonts through fontconfig: Noto from Debian's fonts-noto-core and fonts-noto-cjk
// for the scripts DejaVu Sans lacks, and whatever covers a character for the rest.
std::unique_ptr<FontSource> fontconfigSource();

// The fonts this build has: fontconfig's on the desktop, the files it ships on the web.
std::unique_ptr<FontSource> systemFontSource();

// Font files a build ships, each with the scripts it is for ("Zyyy" for the rest), in order of
// preference. A character no listed script font covers is looked up in every file.
struct BundledFont {
    FontFile file;
    std::vector<std::string> scripts;
    bool bold = false;
};
std::unique_ptr<FontSource> bundledSource(std::vector<BundledFont> fonts);

}  // namespace ui::text
