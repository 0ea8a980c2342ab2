#include "ui/text/caret.h"

#include <cmath>

namespace ui::text {

namespace {

size_t lineOf(const FieldLayout& layout, uint32_t offset) {
    for (size_t i = 0; i < layout.lines.size(); ++i)
        if (offset >= layout.lines[i].start && offset < layout.lines[i].end) return i;
    return layout.lines.size() - 1;
}

// The visual end of the line's text: where letters typed in the paragraph's direction go on.
float visualEnd(const FieldLayout& layout, const FieldLine& line) { return layout.rtl ? 0.0f : line.width; }

}  // namespace

CaretPlace caretPlace(const FieldLayout& layout, uint32_t offset) {
    size_t index = lineOf(layout, offset);
    const FieldLine& line = layout.lines[index];
    if (offset <= line.start) return {index, layout.rtl ? line.width : 0.0f};
    if (offset > line.visibleEnd) {  // after trailing spaces: past the text in the paragraph's direction
        float spaces = static_cast<float>(offset - line.visibleEnd) * layout.spaceAdvance;
        return {index, layout.rtl ? -spaces : line.width + spaces};
    }
    for (const ClusterBox& box : line.clusters) {
        if (offset - 1 < box.start || offset - 1 >= box.end) continue;
        // The part of the cluster before the offset (a ligature's letters share its width).
        float done = static_cast<float>(offset - box.start) / static_cast<float>(box.end - box.start);
        float w = box.x1 - box.x0;
        return {index, box.rtl ? box.x1 - w * done : box.x0 + w * done};
    }
    return {index, visualEnd(layout, line)};
}

uint32_t offsetAt(const FieldLayout& layout, size_t index, float x) {
    const FieldLine& line = layout.lines[index];
    bool last = index + 1 == layout.lines.size();
    uint32_t limit = last ? layout.size : line.end - 1;  // the line's end belongs to the next one
    uint32_t best = line.start;
    float bestDistance = INFINITY;
    auto consider = [&](uint32_t offset) {
        if (offset < line.start || offset > limit) return;
        float d = std::fabs(caretPlace(layout, offset).x - x);
        if (d < bestDistance) {
            bestDistance = d;
            best = offset;
        }
    };
    consider(line.start);
    for (const ClusterBox& box : line.clusters) {
        consider(box.start);
        consider(box.end);
    }
    for (uint32_t offset = line.visibleEnd + 1; offset <= limit; ++offset) consider(offset);  // trailing spaces (one byte each)
    return best;
}

}  // namespace ui::text
