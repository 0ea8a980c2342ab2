#include "app/list_editor.h"

#include <exception>

#include "core/checklist_run.h"
#include "core/date_format.h"
#include "core/text.h"
#include "i18n/i18n.h"

namespace app {

std::string lengthProblemText(const core::LengthProblem& p) {
    using core::TypedText, i18n::tr, i18n::trn;
    long long n = static_cast<long long>(p.length);
    std::string text;
    if (p.length == 0) {
        switch (p.text) {
            case TypedText::ListTitle: return tr("The list's name cannot be empty.");
            case TypedText::SectionTitle: return tr("The section's name cannot be empty.");
            default: return tr("The item's text cannot be empty.");
        }
    }
    // One sentence per text, so a language can make the words agree with each.
    switch (p.text) {
        case TypedText::ListTitle:
            text = trn("The list's name is %d character long; at most {max} fit.", "The list's name is %d characters long; at most {max} fit.", n);
            break;
        case TypedText::SectionTitle:
            text = trn("The section's name is %d character long; at most {max} fit.", "The section's name is %d characters long; at most {max} fit.", n);
            break;
        case TypedText::ItemText:
            text = trn("The item's text is %d character long; at most {max} fit.", "The item's text is %d characters long; at most {max} fit.", n);
            break;
        case TypedText::ItemDetail:
            text = trn("The item's detail is %d character long; at most {max} fit.", "The item's detail is %d characters long; at most {max} fit.", n);
            break;
        case TypedText::Note: text = trn("The note is %d character long; at most {max} fit.", "The note is %d characters long; at most {max} fit.", n); break;
        case TypedText::Performer: text = trn("The name is %d character long; at most {max} fit.", "The name is %d characters long; at most {max} fit.", n); break;
    }
    return i18n::fillIn(text, "max", core::formatNumber(static_cast<long long>(p.max)));
}

ListEditor::ListEditor(store::Database& db, const core::Content& content, const core::Clock& clock, Navigation& nav, Notices& notices)
    : store_(db), content_(content), clock_(clock), nav_(nav), notices_(notices) {}

// Runs a store call; a failure becomes a notice that says what did not happen and why.
template <class Fn>
bool ListEditor::attempt(const char* what, Fn&& fn) {
    try {
        fn();
        return true;
    } catch (const std::exception& e) {
        return notices_.failed(what, e);
    }
}

// Trims the text and checks it; a problem becomes the notice.
bool ListEditor::acceptable(std::string& text, std::optional<core::LengthProblem> (*check)(const std::string&)) {
    text = core::trim(text);
    std::optional<core::LengthProblem> problem = check(text);
    if (!problem) return true;
    notices_.show(lengthProblemText(*problem));
    return false;
}

void ListEditor::changed() {
    all_.reset();
    listId_ = 0;
    list_.reset();
}

const std::vector<core::UserListSummary>& ListEditor::all() {
    if (!all_) {
        ++reads_;
        all_.emplace();
        attempt(i18n::tr("Your lists could not be read"), [&] { *all_ = store_.all(); });
    }
    return *all_;
}

const core::UserList* ListEditor::list(long long listId) {
    if (listId_ != listId) {
        ++reads_;
        listId_ = listId;
        list_.reset();
        attempt(i18n::tr("The list could not be read"), [&] { list_ = store_.load(listId); });
    }
    return list_ ? &*list_ : nullptr;
}

// A new list starts with one section to add items to. Its name is written in the language of the
// moment and is the user's from then on, like the list's own name: it can be renamed, and it stays
// as it is when the language changes (a list made in English keeps "Items").
std::string firstSectionTitle() {
    // TRANSLATORS: the name of the one section a new list of the user's starts with.
    return i18n::tr("Items");
}

std::optional<long long> ListEditor::createList(const std::string& title) {
    std::string t = title;
    if (!acceptable(t, core::checkListTitle)) return std::nullopt;
    long long id = 0;
    core::TimePoint now = clock_.now();
    if (!attempt(i18n::tr("The list was not created"), [&] { id = store_.create(t, "", {{firstSectionTitle(), {}}}, now); })) return std::nullopt;
    changed();
    newListTitle_.clear();
    newListOpen_ = false;
    openListEditor(id);
    return id;
}

std::optional<long long> ListEditor::duplicateTemplate(const std::string& templateId) {
    const core::ChecklistTemplate* t = content_.checklist(templateId);
    if (!t) {
        notices_.show(i18n::tr("This checklist is no longer available."));
        return std::nullopt;
    }
    // TRANSLATORS: the name of the user's own copy of a checklist.
    std::string title = i18n::fillIn(i18n::tr("{title} (my copy)"), "title", t->title);
    if (core::checkListTitle(title)) title = t->title;
    long long id = 0;
    core::TimePoint now = clock_.now();
    if (!attempt(i18n::tr("The copy was not made"), [&] { id = store_.create(title, t->id, t->sections, now); })) return std::nullopt;
    changed();
    openListEditor(id);
    return id;
}

bool ListEditor::renameList(long long listId, const std::string& title) {
    std::string t = title;
    if (!acceptable(t, core::checkListTitle)) return false;
    if (!attempt(i18n::tr("The list was not renamed"), [&] { store_.rename(listId, t); })) return false;
    changed();
    if (editor_.listId == listId) editor_.title = t;
    return true;
}

bool ListEditor::deleteList(long long listId) {
    if (!attempt(i18n::tr("The list was not deleted"), [&] { store_.remove(listId); })) return false;
    changed();
    if (editor_.listId == listId) editor_ = {};
    // Leave the screens that showed the list; its runs stay in the history.
    Route editorRoute{route::ListEditor{listId}}, startRoute{route::ChecklistStart{core::listKey(listId)}};
    while (nav_.canGoBack() && (nav_.current() == editorRoute || nav_.current() == startRoute)) nav_.back();
    return true;
}

std::optional<long long> ListEditor::addSection(long long listId, const std::string& title) {
    std::string t = title;
    if (!acceptable(t, core::checkSectionTitle)) return std::nullopt;
    long long id = 0;
    if (!attempt(i18n::tr("The section was not added"), [&] { id = store_.addSection(listId, t); })) return std::nullopt;
    changed();
    return id;
}

bool ListEditor::renameSection(long long sectionId, const std::string& title) {
    std::string t = title;
    if (!acceptable(t, core::checkSectionTitle)) return false;
    if (!attempt(i18n::tr("The section was not renamed"), [&] { store_.renameSection(sectionId, t); })) return false;
    changed();
    return true;
}

bool ListEditor::deleteSection(long long sectionId) {
    if (!attempt(i18n::tr("The section was not deleted"), [&] { store_.removeSection(sectionId); })) return false;
    changed();
    return true;
}

bool ListEditor::moveSection(long long sectionId, int delta) {
    if (!attempt(i18n::tr("The section was not moved"), [&] { store_.moveSection(sectionId, delta); })) return false;
    changed();
    return true;
}

std::optional<long long> ListEditor::addItem(long long sectionId, const std::string& text, const std::string& detail) {
    std::string t = text, d = detail;
    if (!acceptable(t, core::checkItemText) || !acceptable(d, core::checkItemDetail)) return std::nullopt;
    long long id = 0;
    if (!attempt(i18n::tr("The item was not added"), [&] { id = store_.addItem(sectionId, t, d); })) return std::nullopt;
    changed();
    return id;
}

bool ListEditor::editItem(long long itemId, const std::string& text, const std::string& detail) {
    std::string t = text, d = detail;
    if (!acceptable(t, core::checkItemText) || !acceptable(d, core::checkItemDetail)) return false;
    if (!attempt(i18n::tr("The item was not saved"), [&] { store_.editItem(itemId, t, d); })) return false;
    changed();
    return true;
}

bool ListEditor::deleteItem(long long itemId) {
    if (!attempt(i18n::tr("The item was not deleted"), [&] { store_.removeItem(itemId); })) return false;
    changed();
    return true;
}

bool ListEditor::moveItem(long long itemId, int delta) {
    if (!attempt(i18n::tr("The item was not moved"), [&] { store_.moveItem(itemId, delta); })) return false;
    changed();
    return true;
}

// --- The editor's drafts

void ListEditor::openListEditor(long long listId) {
    editor(listId);  // a draft of this list, typed before, stays open
    editor_.confirmDeleteList = false;
    nav_.push(route::ListEditor{listId});
}

ListEditorDraft& ListEditor::editor(long long listId) {
    if (editor_.listId != listId) {
        editor_ = {};
        editor_.listId = listId;
        if (const core::UserList* l = list(listId)) editor_.title = l->title;
    }
    return editor_;
}

void ListEditor::editItemDraft(long long itemId) {
    const core::UserList* l = list(editor_.listId);
    if (!l) return;
    for (const auto& s : l->sections)
        for (const auto& it : s.items)
            if (it.id == itemId) {
                closeEditorDraft();
                editor_.target = ListEditorDraft::Target::Item;
                editor_.targetId = itemId;
                editor_.text = it.text;
                editor_.detail = it.detail;
            }
}

void ListEditor::newItemDraft(long long sectionId) {
    closeEditorDraft();
    editor_.target = ListEditorDraft::Target::NewItem;
    editor_.targetId = sectionId;
}

void ListEditor::editSectionDraft(long long sectionId) {
    const core::UserList* l = list(editor_.listId);
    if (!l) return;
    for (const auto& s : l->sections)
        if (s.id == sectionId) {
            closeEditorDraft();
            editor_.target = ListEditorDraft::Target::Section;
            editor_.targetId = sectionId;
            editor_.text = s.title;
        }
}

void ListEditor::newSectionDraft() {
    closeEditorDraft();
    editor_.target = ListEditorDraft::Target::NewSection;
}

void ListEditor::closeEditorDraft() {
    editor_.target = ListEditorDraft::Target::None;
    editor_.targetId = 0;
    editor_.text.clear();
    editor_.detail.clear();
    editor_.confirmDeleteSection = false;
}

bool ListEditor::saveEditorDraft() {
    using Target = ListEditorDraft::Target;
    bool saved = false;
    switch (editor_.target) {
        case Target::None: return false;
        case Target::Item: saved = editItem(editor_.targetId, editor_.text, editor_.detail); break;
        case Target::NewItem: saved = addItem(editor_.targetId, editor_.text, editor_.detail).has_value(); break;
        case Target::Section: saved = renameSection(editor_.targetId, editor_.text); break;
        case Target::NewSection: saved = addSection(editor_.listId, editor_.text).has_value(); break;
    }
    if (saved) closeEditorDraft();
    return saved;
}

bool ListEditor::saveEditorTitle() { return renameList(editor_.listId, editor_.title); }

}  // namespace app
