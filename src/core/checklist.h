#pragma once
// A checklist template from content: items grouped in sections.
#include <string>
#include <vector>

namespace core {

struct ChecklistItem {
    std::string text;
    std::string detail;
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

    int itemCount() const;
};

}  // namespace core
