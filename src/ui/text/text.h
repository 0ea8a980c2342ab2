#pragma once
// The text engine: every script drawn correctly by Dear ImGui 1.86.
//
// Why shaped glyphs at Private Use Area code points. ImGui 1.86 draws one glyph per code point,
// left to right, from an atlas keyed by 16-bit code points. It cannot shape (Arabic letters change
// form with their neighbours, lam-alef is one ligature, harakat sit over their letter, Devanagari
// reorders vowel signs) and cannot lay out right-to-left text. So that happens here: FriBidi
// resolves the bidi levels, HarfBuzz shapes each run into glyph ids of a real font (Noto Naskh
// Arabic, Noto Sans Hebrew, ... found through fontconfig), libunibreak finds where lines may break,
// and runs are put in visual order (rule L2). Each distinct glyph as placed on the pixel grid (font,
// glyph id, offsets, advance, quarter-pixel phase) gets a code point of U+E000–U+EFFF in the ImFont
// it is drawn with, and FreeType rasterises it into the atlas. The result is a UTF-8 string of those
// codes in visual order, which any ImGui widget takes as it takes any label: Button, Text,
// Selectable, CalcTextSize, ImDrawList::AddText.
//
// The frame: label() and wrap() answer at once; a glyph not yet in the atlas gets its code and is
// queued. After the frame, glyphsPending() is true: the platform calls updateAtlas(), which
// rasterises the queue into the atlas, uploads the texture and draws the same frame again before
// showing it. No frame with missing glyphs reaches the screen, and nothing is rasterised at
// start-up: text the atlas already covers (English) passes through unchanged, and fonts for other
// scripts are opened the first time one of their letters appears.
//
// The glyphs live in one region of the atlas texture reserved for them (a custom rect packed into
// the texture's free space when the fonts are built, so English start-up pays nothing), mapped to
// their codes with ImFont::AddGlyph. New glyphs go into its free part in well under a millisecond;
// only when it is full is the atlas rebuilt (ImGui 1.86 cannot grow a built atlas), with room for
// as many glyphs again. bench_text measures both.
//
// Limits.
// - 4096 placed glyphs per ImFont (U+E000–U+EFFF; Font Awesome's icons are at U+F000 and up). A
//   glyph takes one code per phase and advance it is drawn at (at most 8, usually 4); a screen of
//   Arabic needs a few hundred. When a font runs out, its codes are freed and the frame asks again
//   for what it shows.
// - A rebuild re-rasterises ImGui's own fonts too (tens of milliseconds, like start-up): each time
//   the region fills up, and the region then doubles.
// - ImGui's own wrapping (TextWrapped, wrap_width) finds no spaces in a shaped string: wrap here.
// - A shaped string belongs to the ImFont it was made for (drawn at its size or scaled).
// - No colour glyphs (emoji); a character no installed font has shows its font's missing box.
// - Editing: InputText edits the logical string (its buffer, keys, clipboard, undo) but would draw
//   it code point by code point, left to right, unshaped. So the field widget (ui/fields.cpp) hides
//   ImGui's own drawing of the value and draws fieldLayout() over it: shaped lines in visual
//   order, with the caret and the selection placed through the clusters (ui/text/caret.h).
#include <imgui.h>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ui/text/caret.h"
#include "ui/text/font_source.h"

namespace ui::text {

enum class Direction {
    Ui,    // the UI language's: for translated text
    Auto,  // the first strong letter's, else the UI's: for what a user typed (names, notes)
    Ltr,
    Rtl,
};

// The UI language (BCP 47: "en", "ar"): Direction::Ui follows it (Arabic, Hebrew, Persian, Urdu,
// ... run right to left), and HarfBuzz and the line breaker are told it.
void setLanguage(std::string_view language);
bool uiIsRtl();

// ---- For the font builder and the platform

// An ImFont built in the atlas, and the font file its glyphs come from (the primary font: Latin,
// Greek, Cyrillic). Other scripts get fonts of the same weight.
struct FontSpec {
    ImFont* font;
    std::string file;
    bool bold = false;
};
// After the fonts were added to a cleared atlas, before it is built: reserves the atlas region
// for shaped glyphs and forgets every glyph of the previous atlas.
void attach(ImFontAtlas& atlas, const std::vector<FontSpec>& fonts);
// Before the ImGui context goes away.
void detach();
// Where fonts come from (fontconfig by default); a build that ships its fonts sets its own.
void setFontSource(std::unique_ptr<FontSource> source);
// Between frames, before NewFrame (the platform does it): adds the glyphs the last frame asked
// for. True when the atlas texture changed, so the renderer must upload it again.
bool updateAtlas();
// After a frame: it used glyphs the atlas does not have yet; update and draw it again.
bool glyphsPending();

// ---- For widgets. `logical` is UTF-8 in reading order. A "##id" suffix is kept as it is.

// One line (a line per "\n") in visual order, for any ImGui call taking a label, drawn with `font`.
// When the text needs nothing (the atlas covers it and it runs left to right) it is returned
// itself; otherwise the string lives until the next frame.
const char* label(ImFont* font, const char* logical, Direction direction = Direction::Ui);
const char* label(ImFont* font, const std::string& logical, Direction direction = Direction::Ui);
// What label() takes on screen, in pixels at the font's size (the widest line).
float width(ImFont* font, std::string_view logical, Direction direction = Direction::Ui);
// Whether the paragraph runs right to left: align it to the right.
bool isRtl(std::string_view logical, Direction direction = Direction::Ui);
// Whether ImGui draws the text right by itself (label() returns it unchanged): every character is
// in the atlas, none needs shaping, and it all runs left to right.
bool drawnAsIs(ImFont* font, std::string_view logical, Direction direction = Direction::Ui);

struct WrappedLine {
    std::string text;  // visual order, for any ImGui call
    float width;       // pixels at the font's size
};
struct Wrapped {
    std::vector<WrappedLine> lines;
    bool rtl = false;  // right-align each line
};
// Lines no wider than maxWidth, broken between words (a word longer than a line between letters).
// The result lives until the next frame.
const Wrapped& wrap(ImFont* font, std::string_view logical, float maxWidth, Direction direction = Direction::Ui);
// Draws the paragraph wrapped to the available width with the current font, each line aligned to
// the paragraph's start (the right for right-to-left text).
void textWrapped(std::string_view logical, Direction direction = Direction::Ui);
// What a user typed into a text field, laid out to draw and edit in its own direction (that of its
// first strong letter; the UI's when it has none): lines no wider than maxWidth (0: broken only at
// its line breaks) in visual order, with where each cluster is. Lives until the next frame.
const FieldLayout& fieldLayout(ImFont* font, std::string_view logical, float maxWidth);

// The glyph ids a string made by label(), wrap() or fieldLayout() draws, left to right; 0 for a
// character ImGui draws from its own atlas. For tests, to compare what is drawn with HarfBuzz.
std::vector<uint32_t> glyphIds(ImFont* font, std::string_view drawn);

struct Stats {
    size_t labels = 0, wraps = 0, paragraphs = 0;  // cached entries
    size_t labelCapacity = 0;
    size_t glyphs = 0;                             // in the atlas or queued, over every font
    int textureUpdates = 0;                        // since attach(): glyphs added between frames
    int rebuilds = 0;                              // of which the whole atlas was rebuilt
};
Stats stats();

}  // namespace ui::text
