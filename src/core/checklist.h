#pragma once
// A checklist template from content: items grouped in sections.
#include <cstddef>
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
