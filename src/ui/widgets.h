#pragma once
// The app's own widgets on top of ImGui: large tap targets, list rows, cards, empty states.
// Sizes are in em (multiples of the font size) with a 48-point floor for anything tappable.
// Every tap target records where it was drawn, so headless tests can tap it by its label.
// In a right-to-left language every widget mirrors itself (ui/mirror.h).
#include <cstdint>
#include <functional>
#include <imgui.h>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "ui/text_drawing.h"

namespace ui {

struct Rect {
    float x0, y0, x1, y1;
    float cx() const { return (x0 + x1) / 2; }
    float cy() const { return (y0 + y1) / 2; }
    float height() const { return y1 - y0; }
};

// Set once per frame by the shell: points per logical pixel (DPI).
void setDpiScale(float scale);
float dpiScale();
float em();
float tapHeight();  // at least 48 logical points, and taller with larger text

// Where each tap target was last drawn, by its id: the label from "##" on ("##back"), or the
// whole label when it has no "##". Recording also puts the control in the keyboard's Tab order
// (keyboard_focus.h), so every control must be recorded.
void clearTapTargets();
const std::map<std::string, Rect>& tapTargets();
void recordTapTarget(const char* label);

enum class Tone { Normal, Accent, Emergency, Success };

// Buttons take "Label##id": the label is shown, and the id alone ("##id") names the button to
// ImGui, to the keyboard order and to the tests, so translating the label changes none of them.
// A full-width (width < 0) or fixed-width button at least tapHeight() tall. A label too long for
// the width wraps onto more lines and the button grows; nothing is cut off.
// height > 0: at least that tall (beside a taller row).
bool tapButton(const char* label, float width = -1.0f, Tone tone = Tone::Normal, float height = 0.0f);
// A "Label##id" from translated words: labelled(tr("Save"), "##save"), or with an icon before
// them: labelled(ICON_PLUS, tr("New list"), "##new-list") → "  New list##new-list" after the icon.
inline std::string labelled(const char* words, const char* id) { return std::string(words) + id; }
inline std::string labelled(const char* icon, const char* words, const char* id) { return std::string(icon) + "  " + words + id; }
// A plain button drawn in the window's colour, so it still reads as a button on a card.
bool cardButton(const char* label, float width = -1.0f);
// The width of each of `count` buttons side by side in the space available.
float splitWidth(int count);
// A confirmation's two answers side by side, each half the width: the one that acts, in its tone,
// and the one that keeps things as they are, plain on the card. Returns which was tapped.
enum class Answer { None, Act, Keep };
Answer answerButtons(const char* actLabel, Tone actTone, const char* keepLabel);
// A bar, full width and `height` tall, filled `fraction` (0 to 1) of the way from the start edge.
void progressBar(float fraction, float height, const ImVec4& fill, const ImVec4& track);
// The same as a full-width tapButton: a label too long wraps.
bool wrappedButton(const char* label, Tone tone = Tone::Normal);
// The answers of a practice question (the quiz, the alert signals) as full-width buttons: once
// answered, the right one shows green and a wrong pick red. Returns the index tapped while
// unanswered, else -1. Ids are "##<idPrefix>-<index>".
int answerChoices(const std::vector<std::string>& choices, int right, std::optional<int> chosen, const char* idPrefix);

// Whether these button labels fit side by side in the width left on this line, each in an equal
// share; callers stack the buttons full-width when they do not, so no label is ever cut off.
bool labelsFitSideBySide(const std::vector<const char*>& labels);
// The width a button needs for its label (the part before "##"), with the frame padding.
float buttonWidthFor(const char* label);

// A row in a list: icon, title and an optional muted second line, both wrapping; the whole row
// is the target.
bool listRow(const char* id, const char* icon, const char* title, const char* subtitle = nullptr);
// A row that is switched on or off by tapping it: a check box, a title and an optional muted
// second line, both wrapping.
bool toggleRow(const char* id, bool on, const char* title, const char* subtitle = nullptr);
// A setting that is on or off: its title and an optional muted second line at the start, wrapping,
// and a switch at the end; the whole row is the target.
bool switchRow(const char* id, bool on, const char* title, const char* subtitle = nullptr);
// A link to where something is done: accent-coloured, underlined words and an arrow, the whole
// row a tap target. It does not look like a check box or a button.
bool linkRow(const char* id, const char* text);

// How tall tapButton makes a button with this label and width.
float tapButtonHeight(const char* label, float width);
// Choices side by side, as many to a row as fit (at most maxColumns; 0: all), the chosen one
// highlighted. Returns the index tapped, or -1.
int choiceRow(const char* const* labels, int count, int chosen, int maxColumns = 0);

// A long list that draws only the rows on screen (and one either side, so the keyboard can move
// on to them). Rows may differ in height: each is measured as it is drawn; rows never drawn yet
// count as `estimate` tall. Keep one per list, across frames.
class LazyList {
public:
    // drawRow(i) draws row i with the usual widgets.
    void draw(int count, float estimate, const std::function<void(int)>& drawRow);

private:
    std::vector<float> heights_;  // per row, with the spacing after it; < 0: not measured yet
    float width_ = 0, fontSize_ = 0;
};

// A list row whose title wraps onto as many lines as it needs (never cut off), with the subtitle
// on one line that ends at a whole word and "…" when it is too long.
bool listRowWrapped(const char* id, const char* icon, const char* title, const char* subtitle = nullptr);
void emptyState(const char* icon, const char* title, const char* text);
void bulletList(const std::vector<std::string>& items);

// A rounded background around what is drawn between beginCard and endCard (not nestable).
void beginCard();
void endCard();

}  // namespace ui
