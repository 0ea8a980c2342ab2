#include "app/checklists.h"

#include <exception>

#include "app/app.h"
#include "core/text.h"

namespace app {
namespace {
constexpr int kHistoryPageSize = 50;
constexpr const char* kFirstSectionTitle = "Items";  // a new list starts with one section to add items to

Route runRoute(long long runId) { return {Screen::ChecklistRun, std::to_string(runId)}; }
}  // namespace

int ChecklistSource::itemCount() const {
    int n = 0;
    for (const auto& s : sections) n += static_cast<int>(s.items.size());
    return n;
}

Checklists::Checklists(App& app) : app_(app), runs_(app.db()), lists_(app.db()) {}

// Runs a store call; a failure becomes a notice that says what did not happen and why.
template <class Fn>
bool Checklists::attempt(const char* what, Fn&& fn) {
    try {
        fn();
        return true;
    } catch (const std::exception& e) {
        app_.setNotice(std::string(what) + ": " + e.what());
        return false;
    }
}

void Checklists::runsChanged() {
    unfinished_.reset();
    withRuns_.reset();
    lastPractice_.clear();
    historyCount_.reset();
    historyPages_.clear();
}

void Checklists::listsChanged() {
    userLists_.reset();
    listId_ = 0;
    list_.reset();
}

// --- What can be run

std::optional<ChecklistSource> Checklists::source(const std::string& key) {
    if (auto templateId = core::templateIdOf(key)) {
        const core::ChecklistTemplate* t = app_.content().checklist(*templateId);
        if (!t) return std::nullopt;
        return ChecklistSource{key, t->title, t->summary, t->sections, t, 0};
    }
    if (auto listId = core::listIdOf(key)) {
        const core::UserList* l = list(*listId);
        if (!l) return std::nullopt;
        return ChecklistSource{key, l->title, "", l->asSections(), nullptr, l->id};
    }
    return std::nullopt;
}

const std::vector<core::UserListSummary>& Checklists::userLists() {
    if (!userLists_) {
        ++reads_;
        userLists_.emplace();
        attempt("Your lists could not be read", [&] { *userLists_ = lists_.all(); });
    }
    return *userLists_;
}

void Checklists::openChecklist(const std::string& key) {
    runConfirm_ = RunConfirm::None;
    app_.nav().push({Screen::ChecklistStart, key});
}

// --- Runs

StartDraft& Checklists::startDraft() {
    if (!startDraft_) {
        // Suggest whoever did the last run: usually the same person runs the drills.
        ++reads_;
        startDraft_.emplace();
        attempt("The last run could not be read", [&] { startDraft_->performedBy = runs_.lastPerformer(); });
    }
    return *startDraft_;
}

std::optional<long long> Checklists::start(const std::string& key) {
    std::optional<ChecklistSource> src = source(key);
    if (!src) {
        app_.setNotice("This checklist is no longer available.");
        return std::nullopt;
    }
    if (src->itemCount() == 0) {
        app_.setNotice("Add at least one item to this list before starting it.");
        return std::nullopt;
    }
    StartDraft& draft = startDraft();
    std::string who = core::trim(draft.performedBy);
    if (std::string problem = core::checkPerformer(who); !problem.empty()) {
        app_.setNotice(problem);
        return std::nullopt;
    }
    core::Run run;
    run.checklistKey = key;
    run.title = src->title;
    run.mode = draft.mode;
    run.performedBy = who;
    run.started = app_.clock().now();
    run.items = core::runItemsFrom(src->sections);
    bool ok = attempt("The checklist could not be started", [&] {
        run.id = runs_.start({run.checklistKey, run.title, run.mode, run.performedBy, run.started, run.items});
    });
    if (!ok) return std::nullopt;
    runsChanged();
    draft.mode = core::RunMode::Practice;  // "for real" is chosen each time, never carried over by accident
    runId_ = run.id;
    run_ = std::move(run);
    openRun(runId_);
    return runId_;
}

std::optional<long long> Checklists::startOver(const std::string& key) {
    if (std::optional<core::RunSummary> old = unfinishedRunOf(key))
        if (!endRun(old->id, core::RunStatus::Abandoned)) return std::nullopt;
    return start(key);
}

void Checklists::openRun(long long runId) {
    if (noteDraft_.runId != runId) closeNote();  // a note typed on this run stays until saved or cancelled
    runConfirm_ = RunConfirm::None;
    const core::Run* r = run(runId);
    if (r && r->status != core::RunStatus::InProgress)
        openRunDetail(runId);
    else
        app_.nav().push(runRoute(runId));
}

void Checklists::openRunDetail(long long runId) { app_.nav().push({Screen::RunDetail, std::to_string(runId)}); }

const core::Run* Checklists::run(long long runId) {
    if (runId_ != runId) {
        ++reads_;
        runId_ = runId;
        run_.reset();
        attempt("The run could not be read", [&] { run_ = runs_.load(runId); });
    }
    return run_ ? &*run_ : nullptr;
}

bool Checklists::toggle(long long runId, int position) {
    const core::Run* r = run(runId);
    if (!r || position < 0 || position >= static_cast<int>(r->items.size())) return false;
    return setTicked(runId, position, !r->items[position].ticked());
}

bool Checklists::setTicked(long long runId, int position, bool ticked) {
    const core::Run* r = run(runId);
    if (!r || position < 0 || position >= static_cast<int>(r->items.size())) return false;
    if (r->status != core::RunStatus::InProgress) {
        app_.setNotice("This run has ended, so its ticks stay as they were.");
        return false;
    }
    if (r->items[position].ticked() == ticked) return true;
    core::TimePoint now = app_.clock().now();
    if (!attempt(ticked ? "The tick was not saved" : "The untick was not saved", [&] { runs_.setTicked(runId, position, ticked, now); }))
        return false;
    run_->items[position].tickedAt = ticked ? std::optional(now) : std::nullopt;
    runsChanged();
    return true;
}

bool Checklists::setNote(long long runId, int position, const std::string& note) {
    const core::Run* r = run(runId);
    if (!r || position < 0 || position >= static_cast<int>(r->items.size())) return false;
    if (r->status != core::RunStatus::InProgress) {
        app_.setNotice("This run has ended, so its notes stay as they were.");
        return false;
    }
    std::string text = core::trim(note);
    if (std::string problem = core::checkNote(text); !problem.empty()) {
        app_.setNotice(problem);
        return false;
    }
    if (r->items[position].note == text) return true;
    core::TimePoint now = app_.clock().now();
    if (!attempt("The note was not saved", [&] { runs_.setNote(runId, position, text, now); })) return false;
    run_->items[position].note = text;
    runsChanged();
    return true;
}

bool Checklists::endRun(long long runId, core::RunStatus status) {
    core::TimePoint now = app_.clock().now();
    const char* what = status == core::RunStatus::Finished ? "The run could not be finished" : "The run could not be abandoned";
    if (!attempt(what, [&] { runs_.end(runId, status, now); })) return false;
    if (runId_ == runId && run_) {
        run_->status = status;
        run_->ended = now;
    }
    if (noteDraft_.runId == runId) closeNote();
    runConfirm_ = RunConfirm::None;
    runsChanged();
    return true;
}

void Checklists::replaceRouteWithDetail(long long runId) {
    if (app_.nav().current() == runRoute(runId)) app_.nav().back();
    openRunDetail(runId);
}

bool Checklists::finish(long long runId) {
    if (!endRun(runId, core::RunStatus::Finished)) return false;
    replaceRouteWithDetail(runId);
    return true;
}

bool Checklists::abandon(long long runId) {
    if (!endRun(runId, core::RunStatus::Abandoned)) return false;
    replaceRouteWithDetail(runId);
    return true;
}

void Checklists::openNote(long long runId, int position) {
    const core::Run* r = run(runId);
    if (!r || position < 0 || position >= static_cast<int>(r->items.size())) return;
    noteDraft_ = {runId, position, r->items[position].note};
}

bool Checklists::saveNoteDraft() {
    if (noteDraft_.position < 0) return false;
    if (!setNote(noteDraft_.runId, noteDraft_.position, noteDraft_.text)) return false;
    closeNote();
    return true;
}

const std::vector<core::RunSummary>& Checklists::unfinishedRuns() {
    if (!unfinished_) {
        ++reads_;
        unfinished_.emplace();
        attempt("Runs in progress could not be read", [&] { *unfinished_ = runs_.unfinished(); });
    }
    return *unfinished_;
}

std::optional<core::RunSummary> Checklists::unfinishedRunOf(const std::string& key) {
    for (const auto& r : unfinishedRuns())
        if (r.checklistKey == key) return r;
    return std::nullopt;
}

std::optional<core::TimePoint> Checklists::lastFinishedPracticeRun(const std::string& key) {
    auto it = lastPractice_.find(key);
    if (it == lastPractice_.end()) {
        ++reads_;
        std::optional<core::TimePoint> when;
        attempt("The history could not be read", [&] { when = runs_.lastEnded(core::RunStatus::Finished, core::RunMode::Practice, key); });
        it = lastPractice_.emplace(key, when).first;
    }
    return it->second;
}

// --- History

void Checklists::setHistoryFilter(const core::HistoryFilter& filter) {
    historyPickerOpen_ = false;
    if (filter == filter_) return;
    filter_ = filter;
    historyCount_.reset();
    historyPages_.clear();
}

void Checklists::openHistory(const core::HistoryFilter& filter) {
    setHistoryFilter(filter);
    app_.nav().push({Screen::ChecklistHistory, {}});
}

int Checklists::historyCount() {
    if (!historyCount_) {
        ++reads_;
        historyCount_ = 0;
        attempt("The history could not be read", [&] { historyCount_ = runs_.count(filter_); });
    }
    return *historyCount_;
}

const core::RunSummary* Checklists::historyRow(int index) {
    if (index < 0 || index >= historyCount()) return nullptr;
    int page = index / kHistoryPageSize;
    auto it = historyPages_.find(page);
    if (it == historyPages_.end()) {
        ++reads_;
        std::vector<core::RunSummary> rows;
        attempt("The history could not be read", [&] { rows = runs_.page(filter_, page * kHistoryPageSize, kHistoryPageSize); });
        it = historyPages_.emplace(page, std::move(rows)).first;
    }
    size_t within = static_cast<size_t>(index % kHistoryPageSize);
    return within < it->second.size() ? &it->second[within] : nullptr;
}

const std::vector<std::pair<std::string, std::string>>& Checklists::checklistsWithRuns() {
    if (!withRuns_) {
        ++reads_;
        withRuns_.emplace();
        attempt("The history could not be read", [&] { *withRuns_ = runs_.checklistsWithRuns(); });
    }
    return *withRuns_;
}

// --- The user's own lists

namespace {
// Trims the text and checks it; a problem becomes the notice.
bool acceptable(App& app, std::string& text, std::string (*check)(const std::string&)) {
    text = core::trim(text);
    std::string problem = check(text);
    if (problem.empty()) return true;
    app.setNotice(problem);
    return false;
}
}  // namespace

const core::UserList* Checklists::list(long long listId) {
    if (listId_ != listId) {
        ++reads_;
        listId_ = listId;
        list_.reset();
        attempt("The list could not be read", [&] { list_ = lists_.load(listId); });
    }
    return list_ ? &*list_ : nullptr;
}

std::optional<long long> Checklists::createList(const std::string& title) {
    std::string t = title;
    if (!acceptable(app_, t, core::checkListTitle)) return std::nullopt;
    long long id = 0;
    core::TimePoint now = app_.clock().now();
    if (!attempt("The list was not created", [&] { id = lists_.create(t, "", {{kFirstSectionTitle, {}}}, now); })) return std::nullopt;
    listsChanged();
    newListTitle_.clear();
    newListOpen_ = false;
    openListEditor(id);
    return id;
}

std::optional<long long> Checklists::duplicateTemplate(const std::string& templateId) {
    const core::ChecklistTemplate* t = app_.content().checklist(templateId);
    if (!t) {
        app_.setNotice("This checklist is no longer available.");
        return std::nullopt;
    }
    std::string title = t->title + " (my copy)";
    if (!core::checkListTitle(title).empty()) title = t->title;
    long long id = 0;
    core::TimePoint now = app_.clock().now();
    if (!attempt("The copy was not made", [&] { id = lists_.create(title, t->id, t->sections, now); })) return std::nullopt;
    listsChanged();
    openListEditor(id);
    return id;
}

bool Checklists::renameList(long long listId, const std::string& title) {
    std::string t = title;
    if (!acceptable(app_, t, core::checkListTitle)) return false;
    if (!attempt("The list was not renamed", [&] { lists_.rename(listId, t); })) return false;
    listsChanged();
    if (editor_.listId == listId) editor_.title = t;
    return true;
}

bool Checklists::deleteList(long long listId) {
    if (!attempt("The list was not deleted", [&] { lists_.remove(listId); })) return false;
    listsChanged();
    if (editor_.listId == listId) editor_ = {};
    // Leave the screens that showed the list; its runs stay in the history.
    Navigation& nav = app_.nav();
    Route editorRoute{Screen::ListEditor, std::to_string(listId)}, startRoute{Screen::ChecklistStart, core::listKey(listId)};
    while (nav.canGoBack() && (nav.current() == editorRoute || nav.current() == startRoute)) nav.back();
    return true;
}

std::optional<long long> Checklists::addSection(long long listId, const std::string& title) {
    std::string t = title;
    if (!acceptable(app_, t, core::checkSectionTitle)) return std::nullopt;
    long long id = 0;
    if (!attempt("The section was not added", [&] { id = lists_.addSection(listId, t); })) return std::nullopt;
    listsChanged();
    return id;
}

bool Checklists::renameSection(long long sectionId, const std::string& title) {
    std::string t = title;
    if (!acceptable(app_, t, core::checkSectionTitle)) return false;
    if (!attempt("The section was not renamed", [&] { lists_.renameSection(sectionId, t); })) return false;
    listsChanged();
    return true;
}

bool Checklists::deleteSection(long long sectionId) {
    if (!attempt("The section was not deleted", [&] { lists_.removeSection(sectionId); })) return false;
    listsChanged();
    return true;
}

bool Checklists::moveSection(long long sectionId, int delta) {
    if (!attempt("The section was not moved", [&] { lists_.moveSection(sectionId, delta); })) return false;
    listsChanged();
    return true;
}

std::optional<long long> Checklists::addItem(long long sectionId, const std::string& text, const std::string& detail) {
    std::string t = text, d = detail;
    if (!acceptable(app_, t, core::checkItemText) || !acceptable(app_, d, core::checkItemDetail)) return std::nullopt;
    long long id = 0;
    if (!attempt("The item was not added", [&] { id = lists_.addItem(sectionId, t, d); })) return std::nullopt;
    listsChanged();
    return id;
}

bool Checklists::editItem(long long itemId, const std::string& text, const std::string& detail) {
    std::string t = text, d = detail;
    if (!acceptable(app_, t, core::checkItemText) || !acceptable(app_, d, core::checkItemDetail)) return false;
    if (!attempt("The item was not saved", [&] { lists_.editItem(itemId, t, d); })) return false;
    listsChanged();
    return true;
}

bool Checklists::deleteItem(long long itemId) {
    if (!attempt("The item was not deleted", [&] { lists_.removeItem(itemId); })) return false;
    listsChanged();
    return true;
}

bool Checklists::moveItem(long long itemId, int delta) {
    if (!attempt("The item was not moved", [&] { lists_.moveItem(itemId, delta); })) return false;
    listsChanged();
    return true;
}

// --- The list editor's drafts

void Checklists::openListEditor(long long listId) {
    editor(listId);  // a draft of this list, typed before, stays open
    editor_.confirmDeleteList = false;
    app_.nav().push({Screen::ListEditor, std::to_string(listId)});
}

ListEditorDraft& Checklists::editor(long long listId) {
    if (editor_.listId != listId) {
        editor_ = {};
        editor_.listId = listId;
        if (const core::UserList* l = list(listId)) editor_.title = l->title;
    }
    return editor_;
}

void Checklists::editItemDraft(long long itemId) {
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

void Checklists::newItemDraft(long long sectionId) {
    closeEditorDraft();
    editor_.target = ListEditorDraft::Target::NewItem;
    editor_.targetId = sectionId;
}

void Checklists::editSectionDraft(long long sectionId) {
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

void Checklists::newSectionDraft() {
    closeEditorDraft();
    editor_.target = ListEditorDraft::Target::NewSection;
}

void Checklists::closeEditorDraft() {
    editor_.target = ListEditorDraft::Target::None;
    editor_.targetId = 0;
    editor_.text.clear();
    editor_.detail.clear();
    editor_.confirmDeleteSection = false;
}

bool Checklists::saveEditorDraft() {
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

bool Checklists::saveEditorTitle() { return renameList(editor_.listId, editor_.title); }

}  // namespace app
