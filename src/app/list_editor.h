#pragma once
// The user's own checklists: made from scratch or copied from a template, then edited. The lists
// are cached and read again only after a change; what the user is typing stays in the drafts here
// until it is saved or cancelled. Failures reach the user through Notices.
#include <optional>
#include <string>
#include <vector>

#include "app/navigation.h"
#include "app/notices.h"
#include "core/clock.h"
#include "core/content.h"
#include "core/user_list.h"
#include "store/user_lists.h"

namespace app {

// What the list editor has open. One thing is edited at a time.
struct ListEditorDraft {
    enum class Target { None, Item, NewItem, Section, NewSection };
    long long listId = 0;
    std::string title;           // the list's name as typed
    Target target = Target::None;
    long long targetId = 0;      // Item: the item; NewItem and Section: the section
    std::string text;            // the item's text, or the section's name
    std::string detail;          // the item's detail
    bool confirmDeleteList = false;
    bool confirmDeleteSection = false;
};

// What the user reads when a typed text does not fit: "The note is 520 characters long; at most
// 500 fit."
std::string lengthProblemText(const core::LengthProblem& problem);
// The name of the section a new list starts with, in the UI language ("Items").
std::string firstSectionTitle();

class ListEditor {
public:
    ListEditor(store::Database& db, const core::Content& content, const core::Clock& clock, Navigation& nav, Notices& notices);

    const std::vector<core::UserListSummary>& all();  // by title
    const core::UserList* list(long long listId);    // cached; nullptr when deleted

    std::optional<long long> createList(const std::string& title);
    std::optional<long long> duplicateTemplate(const std::string& templateId);
    bool renameList(long long listId, const std::string& title);
    bool deleteList(long long listId);
    std::optional<long long> addSection(long long listId, const std::string& title);
    bool renameSection(long long sectionId, const std::string& title);
    bool deleteSection(long long sectionId);
    bool moveSection(long long sectionId, int delta);
    std::optional<long long> addItem(long long sectionId, const std::string& text, const std::string& detail = "");
    bool editItem(long long itemId, const std::string& text, const std::string& detail = "");
    bool deleteItem(long long itemId);
    bool moveItem(long long itemId, int delta);

    // The name typed for a new list, kept while the user decides, and whether its field is open.
    std::string& newListTitle() { return newListTitle_; }
    bool& newListOpen() { return newListOpen_; }
    // Opens the editor on a list; its draft starts from the list as stored.
    void openListEditor(long long listId);
    ListEditorDraft& editor(long long listId);
    void editItemDraft(long long itemId);
    void newItemDraft(long long sectionId);
    void editSectionDraft(long long sectionId);
    void newSectionDraft();
    void closeEditorDraft();
    bool saveEditorDraft();  // whatever the draft edits
    bool saveEditorTitle();

    // How many times this has read the database: tests check that frames read nothing.
    long long readCount() const { return reads_; }

private:
    template <class Fn>
    bool attempt(const char* what, Fn&& fn);
    bool acceptable(std::string& text, std::optional<core::LengthProblem> (*check)(const std::string&));
    void changed();

    store::UserLists store_;
    const core::Content& content_;
    const core::Clock& clock_;
    Navigation& nav_;
    Notices& notices_;
    long long reads_ = 0;

    // Caches: emptied by changed(), filled again on the next read.
    std::optional<std::vector<core::UserListSummary>> all_;
    long long listId_ = 0;  // the list cached in list_ (0: none); list_ is empty when it does not exist
    std::optional<core::UserList> list_;

    std::string newListTitle_;
    bool newListOpen_ = false;
    ListEditorDraft editor_;
};

}  // namespace app
