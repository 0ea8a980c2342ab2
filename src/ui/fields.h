#pragma once
// The widget kit's fields and rows that show a record: one text field, one text area, one check
// row. Every screen uses these; the ImGui id ("##…") is separate from the label shown, so a
// translated label leaves the id, the keyboard order and the tests' taps as they are.
#include <imgui.h>
#include <string>

namespace ui {

struct TextEdit {
    bool changed = false;  // the value changed this frame
    bool entered = false;  // Enter was pressed in the field
};
// A one-line field at least one tap target tall, full width: its label above (muted; "" for
// none), the hint inside when it fits (else above it, so no hint is cut off), and a thin border so
// it shows on a card as well as off one. ImGui 1.86 fields do not wrap, so text longer than the
// field is also shown in full beneath it while it is not being edited.
TextEdit textField(const char* id, const char* label, const char* hint, std::string& value, ImGuiInputTextFlags flags = 0);
// A multi-line text field, `lines` lines tall.
void textArea(const char* id, std::string& text, float lines);

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
