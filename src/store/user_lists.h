#pragma once
// The user's own checklists in the database. Each edit is one transaction; positions within a list
// or a section stay 0, 1, 2, … after every edit.
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/user_list.h"
#include "store/database.h"

namespace store {

// An edit that names a list, section or item that is not there (deleted meanwhile).
class ListError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class UserLists {
public:
    explicit UserLists(Database& db);

    std::vector<core::UserListSummary> all();  // by title
    std::optional<core::UserList> load(long long listId);

    // A list with these sections (none for an empty list). Returns its id.
    long long create(const std::string& title, const std::string& fromTemplate, const std::vector<core::ChecklistSection>& sections,
                     core::TimePoint at);
    void rename(long long listId, const std::string& title);
    void remove(long long listId);  // with its sections and items; runs of it stay

    long long addSection(long long listId, const std::string& title);  // at the end
    void renameSection(long long sectionId, const std::string& title);
    void removeSection(long long sectionId);  // with its items
    // Moves by delta places (-1 up, +1 down); at either end it stays.
    void moveSection(long long sectionId, int delta);

    long long addItem(long long sectionId, const std::string& text, const std::string& detail);  // at the end
    void editItem(long long itemId, const std::string& text, const std::string& detail);
    void removeItem(long long itemId);
    // Moves by one place (-1 up, +1 down). Past the top or bottom of its section it goes to the end
    // of the section above or the start of the section below.
    void moveItem(long long itemId, int delta);

private:
    Database& db_;
};

}  // namespace store
