#pragma once
// Lines: a paragraph broken where Unicode allows (libunibreak, UAX #14), measured by its shaped
// advances, and each line put in visual order (bidi rule L2).
#include <cstdint>
#include <string_view>
#include <vector>

#include "ui/text/paragraph.h"

namespace ui::text {

struct LineRange {
    uint32_t start = 0, end = 0;  // bytes; the line's trailing spaces and line break are inside
    uint32_t visibleEnd = 0;      // where those trailing spaces begin
    bool operator==(const LineRange&) const = default;
};

// Breaks `text` into lines no wider than maxWidth (maxWidth <= 0: only at line breaks in the
// text), at break opportunities, so words stay whole; a word wider than a line alone is broken
// between clusters. advance[i] is the width of the cluster starting at byte i, and clusterStart[i]
// says whether one does (both text.size() long). Trailing spaces hang past the width.
std::vector<LineRange> breakLines(std::string_view text, const std::vector<float>& advance, const std::vector<char>& clusterStart,
                                  float maxWidth, std::string_view language);

struct PlacedGlyph {
    Face* face;
    uint32_t id;
    uint32_t cluster;
    float x;        // pen position from the line's left edge, pixels
    float advance;  // pixels
    float dx, dy;   // offset of the glyph from the pen, pixels (dy up)
    bool rtl;       // in a right-to-left run
};

struct Line {
    std::vector<PlacedGlyph> glyphs;  // left to right, trailing spaces left out
    float width = 0;
    LineRange range;
};

// The paragraph's lines at an em size of emPx pixels.
std::vector<Line> layoutLines(const Paragraph& p, float emPx, float maxWidth, std::string_view language);

}  // namespace ui::text
