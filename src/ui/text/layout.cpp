#include "ui/text/layout.h"

#include <algorithm>
#include <linebreak.h>
#include <mutex>
#include <string>

#include "ui/text/utf8.h"

namespace ui::text {

namespace {

constexpr float kSlack = 0.001f;  // a line exactly as wide as the space fits

// Spaces a line may end with; they hang past the width and are not drawn. No-break spaces are not
// among them: nothing breaks after one.
bool isBreakingSpace(char32_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0x85 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A && c != 0x2007) || c == 0x2028 || c == 0x2029 || c == 0x205F || c == 0x3000;
}

struct Segment {  // from one break opportunity to the next
    uint32_t start, end, visibleEnd;
    float width, visibleWidth;
    bool mandatory;  // a line break in the text (or its end) follows
};

std::vector<Segment> segments(std::string_view text, const std::vector<float>& advance, const std::vector<char>& clusterStart,
                              std::string_view language) {
    static std::once_flag initialised;
    std::call_once(initialised, init_linebreak);
    std::vector<char> breaks(text.size());
    std::string lang(language);
    set_linebreaks_utf8(reinterpret_cast<const utf8_t*>(text.data()), text.size(), lang.empty() ? nullptr : lang.c_str(), breaks.data());
    if (!breaks.empty()) breaks.back() = LINEBREAK_MUSTBREAK;  // the text's end (libunibreak 6 leaves it undecided)
    DecodedText decoded = decodeUtf8(text);
    const std::vector<uint32_t>& at = decoded.offsets;
    std::vector<Segment> out;
    size_t first = 0;  // the segment's first code point
    for (size_t c = 0; c < decoded.codepoints.size(); ++c) {
        uint32_t end = at[c + 1];
        char kind = breaks[end - 1];
        if (kind != LINEBREAK_MUSTBREAK && kind != LINEBREAK_ALLOWBREAK) continue;
        if (end < text.size() && !clusterStart[end]) continue;  // never inside a ligature or a letter with its marks
        size_t visible = c + 1;
        while (visible > first && isBreakingSpace(decoded.codepoints[visible - 1])) --visible;
        Segment s{at[first], end, at[visible], 0, 0, kind == LINEBREAK_MUSTBREAK};
        for (uint32_t b = s.start; b < s.end; ++b) {
            s.width += advance[b];
            if (b < s.visibleEnd) s.visibleWidth += advance[b];
        }
        out.push_back(s);
        first = c + 1;
    }
    return out;
}

}  // namespace

std::vector<LineRange> breakLines(std::string_view text, const std::vector<float>& advance, const std::vector<char>& clusterStart,
                                  float maxWidth, std::string_view language) {
    std::vector<LineRange> lines;
    LineRange line;
    float width = 0;  // of the line so far, its trailing spaces included
    bool empty = true;
    auto finish = [&](uint32_t next) {
        lines.push_back(line);
        line = {next, next, next};
        width = 0;
        empty = true;
    };
    for (const Segment& s : segments(text, advance, clusterStart, language)) {
        if (maxWidth > 0 && !empty && width + s.visibleWidth > maxWidth + kSlack) finish(s.start);
        if (maxWidth > 0 && empty && s.visibleWidth > maxWidth + kSlack) {
            // A word wider than the line: as many clusters as fit on each line, the rest on the next.
            float w = 0;
            for (uint32_t b = s.start; b < s.visibleEnd; ++b) {
                if (!clusterStart[b]) continue;
                if (b > line.start && w + advance[b] > maxWidth + kSlack) {
                    line.end = line.visibleEnd = b;
                    finish(b);
                    w = 0;
                }
                w += advance[b];
            }
            width = w + (s.width - s.visibleWidth);
        } else {
            width += s.width;
        }
        line.end = s.end;
        line.visibleEnd = s.visibleEnd;
        empty = false;
        if (s.mandatory) finish(s.end);
    }
    if (lines.empty()) lines.push_back(line);  // no text: one empty line
    return lines;
}

std::vector<Line> layoutLines(const Paragraph& p, float emPx, float maxWidth, std::string_view language) {
    std::vector<float> advance(p.text.size(), 0.0f);
    std::vector<char> clusterStart(p.text.size(), 0);
    for (const Run& run : p.runs) {
        float scale = static_cast<float>(run.face->pixelEm(emPx)) / static_cast<float>(run.face->unitsPerEm());
        for (const ShapedGlyph& g : run.glyphs) {
            advance[g.cluster] += static_cast<float>(g.advance) * scale;
            clusterStart[g.cluster] = 1;
        }
    }
    std::vector<Line> lines;
    for (const LineRange& range : breakLines(p.text, advance, clusterStart, maxWidth, language)) {
        // The line's part of each run, in logical order.
        struct Piece {
            const Run* run;
            std::vector<const ShapedGlyph*> glyphs;
        };
        std::vector<Piece> pieces;
        for (const Run& run : p.runs) {
            if (run.end <= range.start || run.start >= range.visibleEnd) continue;
            Piece piece{&run, {}};
            for (const ShapedGlyph& g : run.glyphs)
                if (g.cluster >= range.start && g.cluster < range.visibleEnd) piece.glyphs.push_back(&g);
            if (!piece.glyphs.empty()) pieces.push_back(std::move(piece));
        }
        // Rule L2: from the highest level down to the lowest odd one, reverse every stretch of
        // pieces at that level or higher. Each right-to-left run is already in visual order.
        uint8_t highest = 0, lowestOdd = 255;
        for (const Piece& piece : pieces) {
            highest = std::max(highest, piece.run->level);
            if (piece.run->level & 1) lowestOdd = std::min(lowestOdd, piece.run->level);
        }
        for (int level = highest; level >= lowestOdd && level > 0; --level)
            for (auto it = pieces.begin(); it != pieces.end();) {
                if (it->run->level < level) {
                    ++it;
                    continue;
                }
                auto stretchEnd = std::find_if(it, pieces.end(), [&](const Piece& x) { return x.run->level < level; });
                std::reverse(it, stretchEnd);
                it = stretchEnd;
            }
        Line line;
        line.range = range;
        float pen = 0;
        for (const Piece& piece : pieces) {
            float scale = static_cast<float>(piece.run->face->pixelEm(emPx)) / static_cast<float>(piece.run->face->unitsPerEm());
            for (const ShapedGlyph* g : piece.glyphs) {
                float adv = static_cast<float>(g->advance) * scale;
                line.glyphs.push_back({piece.run->face, g->id, g->cluster, pen, adv, static_cast<float>(g->xOffset) * scale,
                                       static_cast<float>(g->yOffset) * scale, piece.run->rtl()});
                pen += adv;
            }
        }
        line.width = pen;
        lines.push_back(std::move(line));
    }
    return lines;
}

}  // namespace ui::text
