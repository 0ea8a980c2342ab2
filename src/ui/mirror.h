#pragma once
// Right-to-left layout, done once for every screen. Widgets lay themselves out from the start edge
// as ImGui does, left to right (its cursor, SameLine, Indent and groups only run that way); in a
// right-to-left language (Arabic) each item is then put at its mirror image in the window's
// content column, and what a widget draws inside itself is mirrored in its own rectangle. So the
// whole screen mirrors, Back on the right, a row's icon on the right and its chevron on the left,
// bars filling from the right, while the order of what is drawn (and so the keyboard's Tab order)
// stays the reading order. Words and numbers keep their own direction: only their place moves.
#include <imgui.h>
#include <string>
#include <string_view>

namespace ui {

// The layout runs right to left (the UI language does).
bool mirrored();

// The left edge on screen of a span `width` wide that starts `offset` from the start edge of the
// box [left, right]: left + offset from left to right, right - offset - width from right to left.
float startX(float left, float right, float offset, float width);

// For an ImGui item: where the next item, `width` wide, goes on screen. ImGui's cursor is left
// where the item begins, mirrored in a right-to-left layout; call itemPlaced() right after the
// item, so SameLine, groups and the next line carry on from its place in the left-to-right layout.
ImVec2 placeItem(float width);
void itemPlaced();

// A span of the content column ([x0, x1] from left to right) where it is on screen.
struct Span {
    float x0, x1;
};
Span mirroredSpan(float x0, float x1);

// The text as drawn: in a right-to-left layout, icons that point (chevrons, "next", "skip") point
// the other way, as brackets do in right-to-left text. s itself, or s with those icons swapped in
// `scratch`.
std::string_view withIconsMirrored(std::string_view s, std::string& scratch);

}  // namespace ui
