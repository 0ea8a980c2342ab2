#pragma once
// The fonts one piece of text is drawn with: a primary font (DejaVu Sans: Latin, Greek, Cyrillic)
// and, opened the first time they are needed, a font for each other script and fallbacks for
// characters no script font covers.
#include <hb.h>
#include <map>
#include <memory>
#include <unordered_set>
#include <vector>

#include "ui/text/font_source.h"

namespace ui::text {

// One opened font. HarfBuzz shapes with it in font units, so one shaping serves every size.
class Face {
public:
    explicit Face(FontFile file);  // a file that cannot be read gives a face that covers nothing
    ~Face();
    Face(const Face&) = delete;
    Face& operator=(const Face&) = delete;

    const FontFile& file() const { return file_; }
    hb_font_t* hbFont() const { return font_; }
    unsigned unitsPerEm() const { return upem_; }
    // The em in whole pixels this face is drawn at beside a primary font drawn at emPx.
    int pixelEm(float emPx) const;
    // Ascender minus descender (hhea), in font units: the "pixel height" ImGui sizes fonts by.
    int lineHeightUnits() const { return lineHeight_; }
    bool covers(char32_t codepoint) const;

private:
    FontFile file_;
    hb_face_t* face_ = nullptr;
    hb_font_t* font_ = nullptr;
    unsigned upem_ = 1000;
    int lineHeight_ = 1000;
};

class FontSet {
public:
    FontSet(FontSource& source, const FontFile& primary, bool bold);

    Face& primary() { return *faces_.front(); }
    bool bold() const { return bold_; }
    // The face to draw `codepoint` with in text of `script`: the script's own font when it has the
    // character, else the primary font, else any font that has it (the primary when none has).
    Face& faceFor(hb_script_t script, char32_t codepoint);

private:
    Face& open(const FontFile& file);
    const std::vector<Face*>& scriptFaces(hb_script_t script);

    FontSource& source_;
    bool bold_;
    std::vector<std::unique_ptr<Face>> faces_;  // the primary first
    std::map<hb_script_t, std::vector<Face*>> scriptFaces_;
    std::vector<Face*> fallbacks_;
    std::unordered_set<char32_t> uncovered_;  // characters no font has (asked once)
};

}  // namespace ui::text
