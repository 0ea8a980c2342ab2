#pragma once
// Checklists: what can be run (templates and the user's own lists), runs with every tick saved at
// once, resuming, the history, and editing the user's lists. The screens call these actions and
// read this state; tests drive the same calls.
//
// Reads from the database are cached and refreshed only after a change, so drawing a frame never
// runs a query. Errors the user can meet (a full disk, a list deleted meanwhile, a name too long)
// become app.notice(); what the user typed stays in the drafts here.
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/checklist.h"
#include "core/checklist_run.h"
#include "core/user_list.h"
#include "store/checklist_runs.h"
#include "store/user_lists.h"

namespace app {

class App;

// A checklist that can be run: a template from the content or one of the user's lists.
struct ChecklistSource {
    std::string key;  // core::templateKey or core::listKey
    std::string title;
    std::string summary;                              // templates only
    std::vector<core::ChecklistSection> sections;
    const core::ChecklistTemplate* fromContent = nullptr;  // set for templates
    long long listId = 0;                                  // set for the user's lists
    int itemCount() const;
};

// What the start screen asks before a run.
struct StartDraft {
    core::RunMode mode = core::RunMode::Practice;
    std::string performedBy;
};

// The note being written on one item of a run.
struct NoteDraft {
    long long runId = 0;
    int position = -1;  // -1: no note open
    std::string text;
};

// A question the run screen asks before an action that cannot be undone.
enum class RunConfirm { None, Finish, Abandon };

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

class Checklists {
public:
    explicit Checklists(App& app);

    // --- What can be run
    std::optional<ChecklistSource> source(const std::string& key);
    const std::vector<core::UserListSummary>& userLists();
    void openChecklist(const std::string& key);

    // --- Runs
    StartDraft& startDraft();
    // Starts a run of the checklist with the start draft's mode and name, and shows it.
    std::optional<long long> start(const std::string& key);
    // Abandons the checklist's unfinished run, then starts a new one.
    std::optional<long long> startOver(const std::string& key);
    void openRun(long long runId);  // the run screen when in progress, else its details
    void openRunDetail(long long runId);
    // The run, loaded once and kept while it is shown; nullptr when there is no such run.
    const core::Run* run(long long runId);
    // Ticks or unticks one item; true once it is in the database.
    bool toggle(long long runId, int position);
    bool setTicked(long long runId, int position, bool ticked);
    bool setNote(long long runId, int position, const std::string& note);
    // Both end the run and show what it recorded.
    bool finish(long long runId);
    bool abandon(long long runId);

    NoteDraft& noteDraft() { return noteDraft_; }
    void openNote(long long runId, int position);
    bool saveNoteDraft();
    void closeNote() { noteDraft_ = {}; }
    RunConfirm& runConfirm() { return runConfirm_; }

    const std::vector<core::RunSummary>& unfinishedRuns();
    std::optional<core::RunSummary> unfinishedRunOf(const std::string& key);
    // When the latest practice run was finished ("" key: of any checklist). For readiness.
    std::optional<core::TimePoint> lastFinishedPracticeRun(const std::string& key = "");

    // --- History (newest first)
    const core::HistoryFilter& historyFilter() const { return filter_; }
    void setHistoryFilter(const core::HistoryFilter& filter);
    void openHistory(const core::HistoryFilter& filter = {});
    int historyCount();
    // One row; loads the page around it on first use. nullptr past the end.
    const core::RunSummary* historyRow(int index);
    const std::vector<std::pair<std::string, std::string>>& checklistsWithRuns();
    bool& historyPickerOpen() { return historyPickerOpen_; }

    // --- The user's own lists
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
    const core::UserList* list(long long listId);  // cached; nullptr when deleted

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
    bool saveEditorDraft();   // whatever the draft edits
    bool saveEditorTitle();

    // How many times this class has read the database: tests check that frames read nothing.
    long long readCount() const { return reads_; }

private:
    template <class Fn>
    bool attempt(const char* what, Fn&& fn);
    void runsChanged();
    void listsChanged();
    bool endRun(long long runId, core::RunStatus status);
    void replaceRouteWithDetail(long long runId);

    App& app_;
    store::ChecklistRuns runs_;
    store::UserLists lists_;
    long long reads_ = 0;

    // Caches: emptied by runsChanged() and listsChanged(), filled again on the next read.
    long long runId_ = 0;  // the run cached in run_ (0: none); run_ is empty when it does not exist
    std::optional<core::Run> run_;
    std::optional<std::vector<core::RunSummary>> unfinished_;
    std::optional<std::vector<std::pair<std::string, std::string>>> withRuns_;
    std::map<std::string, std::optional<core::TimePoint>> lastPractice_;  // by key; cleared on change
    std::optional<int> historyCount_;
    std::map<int, std::vector<core::RunSummary>> historyPages_;  // by page number
    std::optional<std::vector<core::UserListSummary>> userLists_;
    long long listId_ = 0;  // likewise for list_
    std::optional<core::UserList> list_;

    core::HistoryFilter filter_;
    bool historyPickerOpen_ = false;
    std::optional<StartDraft> startDraft_;
    NoteDraft noteDraft_;
    RunConfirm runConfirm_ = RunConfirm::None;
    std::string newListTitle_;
    bool newListOpen_ = false;
    ListEditorDraft editor_;
};

}  // namespace app
