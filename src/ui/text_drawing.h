#pragma once
// Every string the UI shows is measured and drawn through these few functions: the widgets in
// widgets.h and fields.h and the screens use nothing else (no ImGui::Text*, no AddText elsewhere). They are the one place where shaping,
// bidirectional text and right-to-left mirroring of the layout hook in.
//
// Two kinds: items, laid out by ImGui like any widget (text, paragraph, mutedText, heading), and
// drawing at a point inside a widget's own rectangle (drawText, drawCentredText), measured first
// with textSize.
#include <imgui.h>
#include <string>
#include <string_view>

namespace ui {

// --- Measuring and drawing inside a widget. font nullptr: the current font; size 0: its size.
// wrapWidth > 0 wraps between words at that width.
ImVec2 textSize(std::string_view text, float wrapWidth = 0, ImFont* font = nullptr, float size = 0);
// One line's width in whole pixels at the current font, as ImGui::CalcTextSize gives it: for
// layout decisions (does it fit?).
float textWidth(std::string_view text);
void drawText(ImDrawList* dl, ImVec2 topLeft, ImU32 colour, std::string_view text, float wrapWidth = 0, ImFont* font = nullptr,
              float size = 0);
// Wrapped to wrapWidth, each line centred between x and x + wrapWidth, from y down.
void drawCentredText(ImDrawList* dl, ImVec2 topLeft, float wrapWidth, std::string_view text, ImU32 colour, float size = 0);
// Wrapped like drawText, each line underlined: a link.
void drawUnderlinedText(ImDrawList* dl, ImVec2 topLeft, float wrapWidth, std::string_view text, ImU32 colour);
// The width of the widest word of a text, at the current font size.
float widestWord(std::string_view text);
// The longest start of text that fits in width, ending at a whole word, with "…" when cut.
std::string fitToWidth(std::string_view text, float width);

// --- Items: laid out where the cursor is, like any widget.
void textLine(std::string_view text);                            // one line as it is
void textLine(const ImVec4& colour, std::string_view text);
void paragraph(std::string_view text);                       // wrapped at the edge of the content
void paragraph(const ImVec4& colour, std::string_view text);
void mutedText(std::string_view text);                       // wrapped, secondary
void heading(std::string_view text);                         // a muted line that opens a group
void paragraph(ImFont* font, std::string_view text);         // wrapped, in another font
// printf-style: "%d of %d done".
void textLinef(const ImVec4& colour, const char* format, ...) IM_FMTARGS(2);
void paragraphf(const char* format, ...) IM_FMTARGS(1);
// An icon in its colour, then words wrapped beside it: "⚠ The tick was not saved".
void iconParagraph(const char* icon, const ImVec4& iconColour, std::string_view text);

}  // namespace ui
