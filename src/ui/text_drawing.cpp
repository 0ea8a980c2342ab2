#include "ui/text_drawing.h"

#include <algorithm>
#include <cfloat>
#include <cstdarg>
#include <cstdio>
#include <imgui_internal.h>
#include <vector>

#include "ui/mirror.h"
#include "ui/text/text.h"
#include "ui/theme.h"

namespace ui {

namespace {
// A paragraph's direction. In a left-to-right UI, that of its first strong letter, so a name typed
// in Arabic runs right to left. In a right-to-left UI, right to left as soon as it holds a letter of
// a right-to-left script: an Arabic sentence that opens with "FEMA" or "AED" is still Arabic, while
// text with none (an English name, words not translated yet) keeps its own direction.
text::Direction directionOf(std::string_view s) {
    if (!mirrored()) return text::Direction::Auto;
    // Hebrew, Arabic, Syriac, Thaana and N'Ko (U+0590-U+07FF) start with these bytes in UTF-8.
    auto rtlLead = [](char c) { return static_cast<unsigned char>(c) >= 0xD6 && static_cast<unsigned char>(c) <= 0xDF; };
    return std::any_of(s.begin(), s.end(), rtlLead) ? text::Direction::Rtl : text::Direction::Auto;
}

struct Face {
    ImFont* font;
    float size;
};
Face faceOf(ImFont* font, float size) {
    if (!font) return {ImGui::GetFont(), size > 0 ? size : ImGui::GetFontSize()};
    return {font, size > 0 ? size : font->FontSize};
}
const char* endOf(std::string_view s) { return s.data() + s.size(); }

// Text that needs neither shaping nor reordering goes to ImGui as it is, measured and broken into
// lines by ImGui itself; the rest is laid out by the text engine (ui/text/text.h).
bool asIs(ImFont* font, std::string_view s) { return text::drawnAsIs(font, s, directionOf(s)); }

// ImGui measures, breaks and draws it itself: text it draws as it is, on one line or in a
// left-to-right layout. Right-to-left, every wrapped line is placed by the text engine, so that it
// can be aligned to the right.
bool imguiLaysOut(ImFont* font, std::string_view s, float wrapWidth) { return asIs(font, s) && (wrapWidth <= 0 || !mirrored()); }

// The engine's lines at a size other than the font's: laid out at the font's size, scaled.
const text::Wrapped& wrapAt(const Face& f, std::string_view s, float wrapWidth) {
    return text::wrap(f.font, s, wrapWidth * f.font->FontSize / f.size, directionOf(s));
}

enum class Align { Start, Centre };

// The engine's lines of s, each at the start of [x, x + wrapWidth] (the right in a right-to-left
// paragraph or layout) or centred, underlined or not.
void drawLines(ImDrawList* dl, const Face& f, ImVec2 topLeft, float wrapWidth, std::string_view s, ImU32 colour, Align align,
               bool underline) {
    const text::Wrapped& w = wrapAt(f, s, wrapWidth);
    float scale = f.size / f.font->FontSize, y = topLeft.y, thickness = std::max(1.0f, f.size / 16);
    bool right = w.rtl || mirrored();
    for (const auto& line : w.lines) {
        float lineW = line.width * scale;
        float x = align == Align::Centre ? topLeft.x + (wrapWidth - lineW) / 2 : right ? topLeft.x + wrapWidth - lineW : topLeft.x;
        dl->AddText(f.font, f.size, ImVec2(x, y), colour, line.text.c_str(), line.text.c_str() + line.text.size());
        if (underline) dl->AddLine(ImVec2(x, y + f.size * 1.02f), ImVec2(x + lineW, y + f.size * 1.02f), colour, thickness);
        y += f.size;
    }
}

// ImGui's lines of text it draws as it is: each line's visible part and its width.
template <typename DrawLine>
void forEachImGuiLine(const Face& f, std::string_view s, float wrapWidth, DrawLine drawLine) {
    float scale = f.size / f.font->FontSize;
    const char* end = endOf(s);
    for (const char* line = s.data(); line < end;) {
        const char* lineEnd = f.font->CalcWordWrapPositionA(scale, line, end, wrapWidth);
        if (lineEnd == line) lineEnd = line + 1;  // a glyph wider than the line: take it anyway
        const char* visibleEnd = lineEnd;
        while (visibleEnd > line && (visibleEnd[-1] == ' ' || visibleEnd[-1] == '\n')) --visibleEnd;
        drawLine(line, visibleEnd, f.font->CalcTextSizeA(f.size, FLT_MAX, 0, line, visibleEnd).x);
        line = lineEnd;
        while (line < end && (*line == ' ' || *line == '\n')) ++line;
    }
}
}  // namespace

ImVec2 textSize(std::string_view s, float wrapWidth, ImFont* font, float size) {
    Face f = faceOf(font, size);
    if (imguiLaysOut(f.font, s, wrapWidth)) return f.font->CalcTextSizeA(f.size, FLT_MAX, wrapWidth, s.data(), endOf(s));
    float scale = f.size / f.font->FontSize;
    if (wrapWidth <= 0) return ImVec2(text::width(f.font, s, directionOf(s)) * scale, f.size);
    const text::Wrapped& w = wrapAt(f, s, wrapWidth);
    float widest = 0;
    for (const auto& line : w.lines) widest = std::max(widest, line.width * scale);
    return ImVec2(widest, f.size * static_cast<float>(std::max<size_t>(1, w.lines.size())));
}

float textWidth(std::string_view s) { return IM_FLOOR(textSize(s).x + 0.99999f); }

void drawText(ImDrawList* dl, ImVec2 topLeft, ImU32 colour, std::string_view s, float wrapWidth, ImFont* font, float size) {
    Face f = faceOf(font, size);
    std::string scratch;
    s = withIconsMirrored(s, scratch);
    if (imguiLaysOut(f.font, s, wrapWidth))
        dl->AddText(f.font, f.size, topLeft, colour, s.data(), endOf(s), wrapWidth);
    else if (wrapWidth <= 0)
        dl->AddText(f.font, f.size, topLeft, colour, text::label(f.font, std::string(s), directionOf(s)));
    else
        drawLines(dl, f, topLeft, wrapWidth, s, colour, Align::Start, false);
}

void drawCentredText(ImDrawList* dl, ImVec2 topLeft, float wrapWidth, std::string_view s, ImU32 colour, float size) {
    Face f = faceOf(nullptr, size);
    std::string scratch;
    s = withIconsMirrored(s, scratch);
    if (!imguiLaysOut(f.font, s, wrapWidth)) return drawLines(dl, f, topLeft, wrapWidth, s, colour, Align::Centre, false);
    float y = topLeft.y;
    forEachImGuiLine(f, s, wrapWidth, [&](const char* begin, const char* end, float w) {
        dl->AddText(f.font, f.size, ImVec2(topLeft.x + (wrapWidth - w) / 2, y), colour, begin, end);
        y += f.size;
    });
}

void drawUnderlinedText(ImDrawList* dl, ImVec2 topLeft, float wrapWidth, std::string_view s, ImU32 colour) {
    Face f = faceOf(nullptr, 0);
    if (!imguiLaysOut(f.font, s, wrapWidth)) return drawLines(dl, f, topLeft, wrapWidth, s, colour, Align::Start, true);
    float thickness = std::max(1.0f, f.size / 16), y = topLeft.y;
    forEachImGuiLine(f, s, wrapWidth, [&](const char* begin, const char* end, float w) {
        dl->AddText(f.font, f.size, ImVec2(topLeft.x, y), colour, begin, end);
        dl->AddLine(ImVec2(topLeft.x, y + f.size * 1.02f), ImVec2(topLeft.x + w, y + f.size * 1.02f), colour, thickness);
        y += f.size;
    });
}

float widestWord(std::string_view s) {
    float widest = 0;
    for (size_t word = 0; word < s.size();) {
        size_t end = s.find_first_of(" \n", word);
        if (end == std::string_view::npos) end = s.size();
        widest = std::max(widest, textWidth(s.substr(word, end - word)));
        word = end + 1;
    }
    return widest;
}

std::string fitToWidth(std::string_view s, float width) {
    std::string whole(s);
    if (textWidth(whole) <= width) return whole;
    const std::string ellipsis = "\xe2\x80\xa6";
    std::vector<size_t> spaces;
    for (size_t i = 1; i < whole.size(); ++i)
        if (whole[i] == ' ') spaces.push_back(i);
    auto cutAt = [&](size_t end) {
        std::string cut = whole.substr(0, end);
        while (!cut.empty() && (cut.back() == ',' || cut.back() == ':' || cut.back() == ';' || cut.back() == '.')) cut.pop_back();
        return cut + ellipsis;
    };
    // The last word boundary that still fits, found by halving: a few measurements per row.
    size_t lo = 0, hi = spaces.size();
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (textWidth(cutAt(spaces[mid])) <= width)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo == 0 ? ellipsis : cutAt(spaces[lo - 1]);
}

namespace {
// Text as an ImGui item, placed by the engine: its lines wrapped at the wrap position (ImGui's
// TextWrapPos, else the content's edge; none: one line a "\n"), each aligned to the start of the
// paragraph or of the layout, the whole item mirrored in a right-to-left layout.
void textItem(std::string_view s, bool wrapped) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    if (window->SkipItems) return;
    Face f = faceOf(nullptr, 0);
    float wrapWidth = 0;
    if (wrapped) wrapWidth = ImGui::CalcWrapWidthForPos(window->DC.CursorPos, window->DC.TextWrapPos < 0 ? 0.0f : window->DC.TextWrapPos);
    const text::Wrapped& w = text::wrap(f.font, s, wrapWidth * f.font->FontSize / f.size, directionOf(s));
    float scale = f.size / f.font->FontSize, widest = 0;
    for (const auto& line : w.lines) widest = std::max(widest, line.width * scale);
    // A right-to-left paragraph in a left-to-right layout keeps to the right of the whole width.
    bool right = w.rtl || mirrored();
    ImVec2 size(right && !mirrored() ? wrapWidth : widest, f.size * static_cast<float>(std::max<size_t>(1, w.lines.size())));
    ImVec2 pos = placeItem(size.x);
    pos.y += window->DC.CurrLineTextBaseOffset;
    ImRect box(pos, ImVec2(pos.x + size.x, pos.y + size.y));
    ImGui::ItemSize(size, 0.0f);
    bool shown = ImGui::ItemAdd(box, 0);
    itemPlaced();
    if (!shown) return;
    ImU32 colour = ImGui::GetColorU32(ImGuiCol_Text);
    float y = pos.y;
    for (const auto& line : w.lines) {
        float x = right ? box.Max.x - line.width * scale : box.Min.x;
        window->DrawList->AddText(f.font, f.size, ImVec2(x, y), colour, line.text.c_str(), line.text.c_str() + line.text.size());
        // Into ImGui's text log too, as its own text items go: what the screen says can be read back.
        ImVec2 at(x, y);
        if (ImGui::GetCurrentContext()->LogEnabled) ImGui::LogRenderedText(&at, line.text.c_str(), line.text.c_str() + line.text.size());
        y += f.size;
    }
}
}  // namespace

void textLine(std::string_view s) {
    ImFont* font = ImGui::GetFont();
    std::string scratch;
    s = withIconsMirrored(s, scratch);
    if (mirrored())
        textItem(s, false);
    else if (asIs(font, s))
        ImGui::TextUnformatted(s.data(), endOf(s));
    else
        ImGui::TextUnformatted(text::label(font, std::string(s), directionOf(s)));
}

void textLine(const ImVec4& colour, std::string_view s) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    textLine(s);
    ImGui::PopStyleColor();
}

void paragraph(std::string_view s) {
    std::string scratch;
    s = withIconsMirrored(s, scratch);
    if (mirrored() || !asIs(ImGui::GetFont(), s)) return textItem(s, true);
    // As ImGui::TextWrapped does: wrap at the content's edge unless a wrap position is set.
    bool wrapHere = ImGui::GetCurrentWindow()->DC.TextWrapPos < 0.0f;
    if (wrapHere) ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(s.data(), endOf(s));
    if (wrapHere) ImGui::PopTextWrapPos();
}

void paragraph(const ImVec4& colour, std::string_view s) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    paragraph(s);
    ImGui::PopStyleColor();
}

void paragraph(ImFont* font, std::string_view s) {
    ImGui::PushFont(font);
    paragraph(s);
    ImGui::PopFont();
}

namespace {
std::string formatted(const char* format, va_list args) {
    va_list again;
    va_copy(again, args);
    int n = std::vsnprintf(nullptr, 0, format, again);
    va_end(again);
    std::string out(static_cast<size_t>(std::max(n, 0)), '\0');
    std::vsnprintf(out.data(), out.size() + 1, format, args);
    return out;
}
}  // namespace

void textLinef(const ImVec4& colour, const char* format, ...) {
    va_list args;
    va_start(args, format);
    textLine(colour, formatted(format, args));
    va_end(args);
}

void paragraphf(const char* format, ...) {
    va_list args;
    va_start(args, format);
    paragraph(formatted(format, args));
    va_end(args);
}

void mutedText(std::string_view s) { paragraph(palette().muted, s); }

void heading(std::string_view s) {
    ImGui::Spacing();
    mutedText(s);
}

void iconParagraph(const char* icon, const ImVec4& iconColour, std::string_view s) {
    textLine(iconColour, icon);
    ImGui::SameLine();
    paragraph(s);
}

}  // namespace ui
