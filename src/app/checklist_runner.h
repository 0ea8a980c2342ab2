#pragma once
// Running a checklist: what can be run (templates and the user's own lists), starting a run,
// every tick and note saved at once, finishing or abandoning it, resuming an unfinished run.
// The run shown and the runs in progress are cached and read again only after a change, so
// drawing a frame runs no query. Failures reach the user through Notices; what the user typed
// (a note, the name of who runs it) stays in the drafts here.
#include <functional>
#include <map>
#include <set>
#include <optional>
#include <string>
#include <vector>

#include "app/list_editor.h"
#include "app/navigation.h"
#include "app/notices.h"
#include "core/checklist.h"
#include "core/checklist_run.h"
#include "core/clock.h"
#include "core/content.h"
#include "store/checklist_runs.h"

namespace app {

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

// The name a run is shown by: a shipped checklist's title in today's language while the content
// has it, else the title stored when the run started (a user's own list keeps the user's words).
// The run's items stay as they were written then: they are the record of what was done.
std::string runTitle(const std::string& checklistKey, const std::string& storedTitle, const core::Content& content);

// What the start screen asks before a run.
struct StartDraft {
    core::RunMode mode = core::RunMode::Practice;
    std::string performedBy;
    // A practice drill only: the time to beat (seconds; nullopt: not timed) and who takes part.
    std::optional<int> targetSeconds;
    std::set<std::string> participants;
};

// The note being written on one item of a run.
struct NoteDraft {
    long long runId = 0;
    int position = -1;  // -1: no note open
    std::string text;
};

// A question the run screen asks before an action that cannot be undone.
enum class RunConfirm { None, Finish, Abandon };

class ChecklistRunner {
public:
    ChecklistRunner(store::Database& db, const core::Content& content, ListEditor& lists, const core::Clock& clock, Navigation& nav,
                    Notices& notices);

    std::optional<ChecklistSource> source(const std::string& key);
    void openChecklist(const std::string& key);

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
    // The fastest practice drill of the checklist finished with every item ticked.
    std::optional<core::Millis> personalBest(const std::string& key);
    // Seconds until the countdown of the timed drill shown changes (< 0: none shown).
    double secondsUntilNextChange() const;

    // Told after any run changes (started, ticked, ended), so the history reads again.
    void setRunsChanged(std::function<void()> onChanged) { onRunsChanged_ = std::move(onChanged); }
    // How many times this has read the database: tests check that frames read nothing.
    long long readCount() const { return reads_; }

private:
    template <class Fn>
    bool attempt(const char* what, Fn&& fn);
    void changed();
    const core::Run* editableRun(long long runId, int position, const char* endedMessage);
    bool endRun(long long runId, core::RunStatus status);
    void replaceRouteWithDetail(long long runId);

    store::ChecklistRuns store_;
    const core::Content& content_;
    ListEditor& lists_;
    const core::Clock& clock_;
    Navigation& nav_;
    Notices& notices_;
    std::function<void()> onRunsChanged_;
    long long reads_ = 0;

    // Caches: emptied by changed(), filled again on the next read.
    long long runId_ = 0;  // the run cached in run_ (0: none); run_ is empty when it does not exist
    std::optional<core::Run> run_;
    std::optional<std::vector<core::RunSummary>> unfinished_;
    std::map<std::string, std::optional<core::TimePoint>> lastPractice_;  // by key
    std::map<std::string, std::optional<core::Millis>> personalBest_;     // by key

    std::optional<StartDraft> startDraft_;
    NoteDraft noteDraft_;
    RunConfirm runConfirm_ = RunConfirm::None;
};

}  // namespace app
