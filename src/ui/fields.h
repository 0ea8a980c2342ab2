#pragma once
// The widget kit's fields and rows that show a record: one text field, one text area, one check
// row. Every screen uses these; the ImGui id ("##…") is separate from the label shown, so a
// translated label leaves the id, the keyboard order and the tests' taps as they are.
#include <imgui.h>
#include <map>
#include <string>
#include <vector>

#include "ui/widgets.h"

namespace ui {

struct TextEdit {
    bool changed = false;  // the value changed this frame
    bool entered = false;  // Enter was pressed in the field
};
// A one-line field at least one tap target tall, full width: its label above (muted; "" for
// none), the hint inside when it fits (else above it, so no hint is cut off), and a thin border so
// it shows on a card as well as off one. The text is drawn by the text engine, shaped and in its own
// direction (Arabic right-aligned); text longer than the field scrolls while it is edited and is
// also shown in full beneath it while it is not.
TextEdit textField(const char* id, const char* label, const char* hint, std::string& value, ImGuiInputTextFlags flags = 0);
// A multi-line text field, `lines` lines tall or as tall as its wrapped text.
void textArea(const char* id, std::string& text, float lines);

// What the last frame drew in each field, by its id: for tests, which cannot read the screen.
struct DrawnField {
    Rect frame;                      // the field on screen
    std::vector<std::string> lines;  // the value (or the hint) as drawn, in visual order
    std::vector<Rect> lineBoxes;     // where each line was drawn
    bool hint = false;               // the hint is shown: the field is empty
    bool rtl = false;                // the value runs right to left, aligned right
    bool caret = false;              // the field is being edited: the caret is at caretX, caretY
    float caretX = 0, caretY = 0;
    ImFont* font = nullptr;          // the lines are codes of this font, drawn at fontSize
    float fontSize = 0;
    int frameCount = 0;              // ImGui's frame it was drawn in
};
const std::map<std::string, DrawnField>& drawnFields();

struct CheckRowText {
    const std::string& text;
    const std::string& detail;    // muted, under the text
    const std::string& note;      // the user's note, under the detail
    const std::string& trailing;  // right-aligned on the first line (when it was ticked, in a finished run)
};
// A checklist item: checkbox, text, detail, note. When interactive, the whole row is one tap target
// that returns true when tapped; otherwise it only shows.
bool checkRow(const char* id, bool checked, const CheckRowText& text, float width, bool interactive = true);

}  // namespace ui
