#pragma once
// A logical paragraph, itemised and shaped: split into runs of one bidi level (FriBidi), one
// script (HarfBuzz's Unicode functions) and one font (the first that covers each character), and
// each run shaped by HarfBuzz in its direction. Positions stay in font units, so one shaping
// serves every text size.
#include <cstdint>
#include <hb.h>
#include <string>
#include <string_view>
#include <vector>

#include "ui/text/font_set.h"

namespace ui::text {

// The paragraph's direction: fixed, or that of its first strong character (Unicode rule P2),
// falling back to the direction named when it has none ("112").
enum class BaseDirection { Ltr, Rtl, AutoLtr, AutoRtl };

struct ShapedGlyph {
    uint32_t id;         // glyph index in the run's face
    uint32_t cluster;    // byte offset in the paragraph of the first character the glyph draws
    int32_t advance;     // font units
    int32_t xOffset;
    int32_t yOffset;     // up
};

struct Run {
    Face* face = nullptr;
    hb_script_t script = HB_SCRIPT_COMMON;
    uint8_t level = 0;                // bidi embedding level: odd levels run right to left
    uint32_t start = 0, end = 0;      // bytes in the paragraph
    std::vector<ShapedGlyph> glyphs;  // in visual order: HarfBuzz reverses a right-to-left run
    bool rtl() const { return level & 1; }
};

struct Paragraph {
    std::string text;       // the input, malformed UTF-8 replaced by U+FFFD
    bool rtl = false;       // the paragraph's resolved direction
    std::vector<Run> runs;  // logical order
};

// `language` is a BCP 47 tag ("ar", "en"): fonts may draw some letters differently by language.
Paragraph shapeParagraph(std::string_view text, FontSet& fonts, BaseDirection base, std::string_view language);

// The paragraph direction the first strong character gives, without shaping anything.
bool resolvesRtl(std::string_view text, BaseDirection base);

}  // namespace ui::text
