#pragma once
// The app's own widgets on top of ImGui: large tap targets, list rows, cards, empty states.
// Sizes are in em (multiples of the font size) with a 48-point floor for anything tappable.
// Every tap target records where it was drawn, so headless tests can tap it by its label.
#include <imgui.h>
#include <map>
#include <string>
#include <vector>

namespace ui {

struct Rect {
    float x0, y0, x1, y1;
    float cx() const { return (x0 + x1) / 2; }
    float cy() const { return (y0 + y1) / 2; }
    float height() const { return y1 - y0; }
};

// Set once per frame by the shell: points per logical pixel (DPI).
void setDpiScale(float scale);
float em();
float tapHeight();  // at least 48 logical points, and taller with larger text

// Where each tap target was last drawn, by its id: the label from "##" on ("##back"), or the
// whole label when it has no "##".
void clearTapTargets();
const std::map<std::string, Rect>& tapTargets();
void recordTapTarget(const char* label);

enum class Tone { Normal, Accent, Emergency, Success };

// A full-width (width < 0) or fixed-width button at least tapHeight() tall.
bool tapButton(const char* label, float width = -1.0f, Tone tone = Tone::Normal);
// A full-width button whose label wraps onto as many lines as it needs, never cut off.
bool wrappedButton(const char* label, Tone tone = Tone::Normal);

// Whether these button labels fit side by side in the width left on this line, each in an equal
// share; callers stack the buttons full-width when they do not, so no label is ever cut off.
bool labelsFitSideBySide(const std::vector<const char*>& labels);
// The width a button needs for its label (the part before "##"), with the frame padding.
float buttonWidthFor(const char* label);

// A row in a list: icon, title and an optional muted second line; the whole row is the target.
bool listRow(const char* id, const char* icon, const char* title, const char* subtitle = nullptr);

// A list row whose title wraps onto as many lines as it needs (never cut off), with the subtitle
// on one line that ends at a whole word and "…" when it is too long.
bool listRowWrapped(const char* id, const char* icon, const char* title, const char* subtitle = nullptr);
// The longest start of text that fits in width, ending at a whole word, with "…" when cut.
std::string fitToWidth(const std::string& text, float width);

void heading(const char* text);
void mutedText(const char* text);  // wrapped, secondary
void emptyState(const char* icon, const char* title, const char* text);
void bulletList(const std::vector<std::string>& items);

// A rounded background around what is drawn between beginCard and endCard (not nestable).
void beginCard();
void endCard();

}  // namespace ui
