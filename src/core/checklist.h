#pragma once
// A checklist template from content: items grouped in sections.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/translation.h"

namespace core {

// Lengths in characters that still read well on a phone; content and the user's own lists share them.
constexpr size_t kMaxChecklistTitle = 60;
constexpr size_t kMaxSectionTitle = 60;
constexpr size_t kMaxItemText = 120;
constexpr size_t kMaxItemDetail = 300;
// A practice drill's target time: at most an hour.
constexpr int kMaxDrillTargetSeconds = 3600;

// A text the user typed for a checklist that does not fit: which text, how long it is and how
// long it may be. Core gives the values; app/list_editor.h puts them in words.
enum class TypedText { ListTitle, SectionTitle, ItemText, ItemDetail, Note, Performer };
struct LengthProblem {
    TypedText text = TypedText::ListTitle;
    size_t length = 0;  // in characters; 0: a text that is needed was left empty
    size_t max = 0;
    bool operator==(const LengthProblem&) const = default;
};

struct ChecklistItem {
    std::string text;
    std::string detail;
    std::string id = {};  // optional: names the item, so a scenario can cite it
};

struct ChecklistSection {
    std::string title;
    std::vector<ChecklistItem> items;
};

struct ChecklistTemplate {
    std::string id;
    std::string title;
    std::string summary;
    std::vector<std::string> sources;
    std::vector<ChecklistSection> sections;
    int targetSeconds = 0;  // a drill's target time its sources give ("out within 2 minutes"); 0: none
    Translation translation;  // the language the words are in, when not the English original

    int itemCount() const;
};

}  // namespace core
