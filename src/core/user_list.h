#pragma once
// The user's own checklists: made from scratch or duplicated from a template, then edited freely.
// Ids are the store's row ids, so an edit names exactly the item or section it changes.
#include <string>
#include <vector>

#include "core/checklist.h"

namespace core {

struct UserListItem {
    long long id = 0;
    std::string text;
    std::string detail;
};

struct UserListSection {
    long long id = 0;
    std::string title;
    std::vector<UserListItem> items;
};

struct UserList {
    long long id = 0;
    std::string title;
    std::string fromTemplate;  // the template id it was duplicated from; empty when made from scratch
    std::vector<UserListSection> sections;

    int itemCount() const;
    // The list as a run copies it.
    std::vector<ChecklistSection> asSections() const;
};

struct UserListSummary {
    long long id = 0;
    std::string title;
    int itemCount = 0;
};

// Each returns what is wrong with the text, or nothing when it is fine. Callers trim first.
std::optional<LengthProblem> checkListTitle(const std::string& title);
std::optional<LengthProblem> checkSectionTitle(const std::string& title);
std::optional<LengthProblem> checkItemText(const std::string& text);
std::optional<LengthProblem> checkItemDetail(const std::string& detail);

}  // namespace core
