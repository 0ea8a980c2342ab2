#pragma once
// A text field's value laid out for editing: its lines in visual order, and where each cluster
// (a letter with its marks, a ligature such as lam-alef) is on its line, so that a logical
// position in the text (where the next letter goes) maps to an x on screen and back.
#include <cstdint>
#include <string>
#include <vector>

namespace ui::text {

struct ClusterBox {
    uint32_t start, end;  // bytes of the logical text the cluster draws
    float x0, x1;         // from the line's left edge, pixels at the font's size
    bool rtl;             // in a right-to-left run: its first letter is on its right
};

struct FieldLine {
    std::string text;  // visual order, for any ImGui call
    float width = 0;
    uint32_t start = 0, visibleEnd = 0, end = 0;  // bytes; trailing spaces and the line break are past visibleEnd
    std::vector<ClusterBox> clusters;             // left to right
};

struct FieldLayout {
    std::vector<FieldLine> lines;  // at least one
    bool rtl = false;              // the paragraph's direction: each line aligned to the right
    float spaceAdvance = 0;        // a trailing space moves the caret this far
    uint32_t size = 0;             // of the logical text, bytes
};

struct CaretPlace {
    size_t line;
    float x;  // from the line's left edge (may be past it, by trailing spaces)
};

// Where the caret before byte `offset` is drawn: after the letter before it, on the side that
// letter's direction ends (left of an Arabic letter, right of a Latin one or a digit); at the
// paragraph's start edge at the start of a line; past the text by trailing spaces.
CaretPlace caretPlace(const FieldLayout& layout, uint32_t offset);

// The cluster boundary on `line` whose caret is nearest to x: where a tap puts the caret.
uint32_t offsetAt(const FieldLayout& layout, size_t line, float x);

}  // namespace ui::text
