#pragma once
// Widgets and wording the checklist screens share: the item row that ticks, text fields tall
// enough to tap, and how runs read.
#include <string>

#include "core/checklist_run.h"

namespace ui {

// A single-line text field at least one tap target tall, recorded as a tap target by its id.
// Returns true when Enter was pressed in it.
bool textField(const char* id, const char* hint, std::string& text);
// A multi-line text field, `lines` lines tall.
void textArea(const char* id, std::string& text, float lines);
// A plain button drawn in the window's colour, so it still reads as a button on a card.
bool cardButton(const char* label, float width = -1.0f);
// The width of each of `count` buttons side by side in the space available.
float splitWidth(int count);

struct CheckRowText {
    const std::string& text;
    const std::string& detail;  // muted, under the text
    const std::string& note;    // the user's note, under the detail
    const std::string& trailing;  // right-aligned on the first line (when it was ticked, in a finished run)
};
// A checklist item: checkbox, text, detail, note. When interactive, the whole row is one tap target
// that returns true when tapped; otherwise it only shows.
bool checkRow(const char* id, bool checked, const CheckRowText& text, float width, bool interactive = true);

// "Finished in 12:34", "Abandoned after 3:00", "In progress".
std::string runOutcome(core::RunStatus status, std::optional<core::Millis> duration);
// "Tue, 3 Mar 2026 · Practice · 27/30 in 12:34": one line of the history.
std::string runSummaryLine(const core::RunSummary& run);

}  // namespace ui
