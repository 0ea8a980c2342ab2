#include "ui/text_drawing.h"

#include <algorithm>
#include <cfloat>
#include <cstdarg>
#include <cstdio>
#include <imgui_internal.h>
#include <vector>

#include "ui/text/text.h"
#include "ui/theme.h"

namespace ui {

namespace {
// Everything shown so far is English UI text, content and what a user typed: each paragraph takes
// the direction of its first strong letter. Translated UI text will ask for Direction::Ui here.
constexpr text::Direction kDirection = text::Direction::Auto;

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
bool asIs(ImFont* font, std::string_view s) { return text::drawnAsIs(font, s, kDirection); }

// The engine's lines at a size other than the font's: laid out at the font's size, scaled.
const text::Wrapped& wrapAt(const Face& f, std::string_view s, float wrapWidth) {
    return text::wrap(f.font, s, wrapWidth * f.font->FontSize / f.size, kDirection);
}
}  // namespace

ImVec2 textSize(std::string_view s, float wrapWidth, ImFont* font, float size) {
    Face f = faceOf(font, size);
    if (asIs(f.font, s)) return f.font->CalcTextSizeA(f.size, FLT_MAX, wrapWidth, s.data(), endOf(s));
    float scale = f.size / f.font->FontSize;
    if (wrapWidth <= 0) return ImVec2(text::width(f.font, s, kDirection) * scale, f.size);
    const text::Wrapped& w = wrapAt(f, s, wrapWidth);
    float widest = 0;
    for (const auto& line : w.lines) widest = std::max(widest, line.width * scale);
    return ImVec2(widest, f.size * static_cast<float>(std::max<size_t>(1, w.lines.size())));
}

float textWidth(std::string_view s) { return IM_FLOOR(textSize(s).x + 0.99999f); }

void drawText(ImDrawList* dl, ImVec2 topLeft, ImU32 colour, std::string_view s, float wrapWidth, ImFont* font, float size) {
    Face f = faceOf(font, size);
    if (asIs(f.font, s)) {
        dl->AddText(f.font, f.size, topLeft, colour, s.data(), endOf(s), wrapWidth);
        return;
    }
    if (wrapWidth <= 0) {
        dl->AddText(f.font, f.size, topLeft, colour, text::label(f.font, std::string(s), kDirection));
        return;
    }
    const text::Wrapped& w = wrapAt(f, s, wrapWidth);
    float scale = f.size / f.font->FontSize, y = topLeft.y;
    for (const auto& line : w.lines) {
        float x = w.rtl ? topLeft.x + wrapWidth - line.width * scale : topLeft.x;
        dl->AddText(f.font, f.size, ImVec2(x, y), colour, line.text.c_str(), line.text.c_str() + line.text.size());
        y += f.size;
    }
}

void drawCentredText(ImDrawList* dl, ImVec2 topLeft, float wrapWidth, std::string_view s, ImU32 colour, float size) {
    Face f = faceOf(nullptr, size);
    float y = topLeft.y;
    if (!asIs(f.font, s)) {
        const text::Wrapped& w = wrapAt(f, s, wrapWidth);
        float scale = f.size / f.font->FontSize;
        for (const auto& line : w.lines) {
            dl->AddText(f.font, f.size, ImVec2(topLeft.x + (wrapWidth - line.width * scale) / 2, y), colour, line.text.c_str(),
                        line.text.c_str() + line.text.size());
            y += f.size;
        }
        return;
    }
    float scale = f.size / f.font->FontSize;
    const char* end = endOf(s);
    for (const char* line = s.data(); line < end;) {
        const char* lineEnd = f.font->CalcWordWrapPositionA(scale, line, end, wrapWidth);
        if (lineEnd == line) lineEnd = line + 1;  // a glyph wider than the line: take it anyway
        const char* visibleEnd = lineEnd;
        while (visibleEnd > line && (visibleEnd[-1] == ' ' || visibleEnd[-1] == '\n')) --visibleEnd;
        float w = f.font->CalcTextSizeA(f.size, FLT_MAX, 0, line, visibleEnd).x;
        dl->AddText(f.font, f.size, ImVec2(topLeft.x + (wrapWidth - w) / 2, y), colour, line, visibleEnd);
        y += f.size;
        line = lineEnd;
        while (line < end && (*line == ' ' || *line == '\n')) ++line;
    }
}

void drawUnderlinedText(ImDrawList* dl, ImVec2 topLeft, float wrapWidth, std::string_view s, ImU32 colour) {
    Face f = faceOf(nullptr, 0);
    float thickness = std::max(1.0f, f.size / 16), y = topLeft.y;
    auto underlined = [&](float x, const char* begin, const char* end, float w) {
        dl->AddText(f.font, f.size, ImVec2(x, y), colour, begin, end);
        dl->AddLine(ImVec2(x, y + f.size * 1.02f), ImVec2(x + w, y + f.size * 1.02f), colour, thickness);
        y += f.size;
    };
    if (!asIs(f.font, s)) {
        const text::Wrapped& w = wrapAt(f, s, wrapWidth);
        float scale = f.size / f.font->FontSize;
        for (const auto& line : w.lines) {
            float lineW = line.width * scale;
            underlined(w.rtl ? topLeft.x + wrapWidth - lineW : topLeft.x, line.text.c_str(), line.text.c_str() + line.text.size(), lineW);
        }
        return;
    }
    float scale = f.size / f.font->FontSize;
    const char* end = endOf(s);
    for (const char* line = s.data(); line < end;) {
        const char* lineEnd = f.font->CalcWordWrapPositionA(scale, line, end, wrapWidth);
        if (lineEnd == line) lineEnd = line + 1;
        const char* visibleEnd = lineEnd;
        while (visibleEnd > line && visibleEnd[-1] == ' ') --visibleEnd;
        underlined(topLeft.x, line, visibleEnd, f.font->CalcTextSizeA(f.size, FLT_MAX, 0, line, visibleEnd).x);
        line = lineEnd;
        while (line < end && *line == ' ') ++line;
    }
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

void textLine(std::string_view s) {
    ImFont* font = ImGui::GetFont();
    if (asIs(font, s))
        ImGui::TextUnformatted(s.data(), endOf(s));
    else
        ImGui::TextUnformatted(text::label(font, std::string(s), kDirection));
}

void textLine(const ImVec4& colour, std::string_view s) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    textLine(s);
    ImGui::PopStyleColor();
}

void paragraph(std::string_view s) {
    if (!asIs(ImGui::GetFont(), s)) {
        text::textWrapped(s, kDirection);
        return;
    }
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
