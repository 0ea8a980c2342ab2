#pragma once
// A run: one time a person followed a checklist, as a practice drill or for real. The run keeps its
// own copy of the items it used, so its history stays true after the content or the user's list
// changes. Every tick, untick and note is an event with its time.
#include <optional>
#include <string>
#include <vector>

#include "core/checklist.h"
#include "core/clock.h"

namespace core {

enum class RunMode { Practice, Real };
enum class RunStatus { InProgress, Finished, Abandoned };
enum class RunEventKind { Tick, Untick, Note };

// Stable names, as stored and exported.
const char* runModeName(RunMode mode);          // "practice", "real"
const char* runStatusName(RunStatus status);    // "in_progress", "finished", "abandoned"
const char* runEventName(RunEventKind kind);    // "tick", "untick", "note"
std::optional<RunMode> runModeFromName(const std::string& name);
std::optional<RunStatus> runStatusFromName(const std::string& name);
std::optional<RunEventKind> runEventFromName(const std::string& name);

// Which checklist a run followed: "template:<content id>" or "list:<user list id>". Runs keep the
// key after a list is deleted, so its history still groups together.
std::string templateKey(const std::string& templateId);
std::string listKey(long long listId);
std::optional<std::string> templateIdOf(const std::string& key);
std::optional<long long> listIdOf(const std::string& key);

constexpr size_t kMaxNote = 500;
constexpr size_t kMaxPerformer = 60;
// What is wrong with the text, or nothing when it is fine.
std::optional<LengthProblem> checkNote(const std::string& note);
std::optional<LengthProblem> checkPerformer(const std::string& name);

struct RunItem {
    int position = 0;                    // 0-based, in the order the checklist lists them
    std::string section;
    std::string text;
    std::string detail;
    std::optional<TimePoint> tickedAt;   // empty while not ticked
    std::string note;

    bool ticked() const { return tickedAt.has_value(); }
};

// The items a run copies from a checklist: its sections flattened in order.
std::vector<RunItem> runItemsFrom(const std::vector<ChecklistSection>& sections);

struct Run {
    long long id = 0;
    std::string checklistKey;
    std::string title;        // the checklist's title when the run started
    RunMode mode = RunMode::Practice;
    RunStatus status = RunStatus::InProgress;
    std::string performedBy;  // free text until the plan's household members exist
    TimePoint started;
    std::optional<TimePoint> ended;  // when finished or abandoned
    std::vector<RunItem> items;
    // A timed drill: the time to beat, and who took part (names as the household plan had them).
    std::optional<int> targetSeconds;
    std::vector<std::string> participants;

    int doneCount() const;
    std::vector<const RunItem*> skipped() const;  // not ticked
    // From start to finish or abandonment; empty while in progress.
    std::optional<Millis> duration() const;
    // A practice run in progress with a target shows a countdown; a real run never does.
    bool countsDown() const { return mode == RunMode::Practice && targetSeconds && status == RunStatus::InProgress; }
    // Finished as a practice drill with every item ticked: a time that can be a personal best.
    bool completeDrill() const;
};

// Target times a user can pick for a drill, in seconds.
constexpr int kDrillTargets[] = {120, 180, 300, 600};

// One row of the history: a run without its items.
struct RunSummary {
    long long id = 0;
    std::string checklistKey;
    std::string title;
    RunMode mode = RunMode::Practice;
    RunStatus status = RunStatus::InProgress;
    std::string performedBy;
    TimePoint started;
    std::optional<TimePoint> ended;
    int itemCount = 0;
    int doneCount = 0;
};

struct RunEvent {
    long long id = 0;
    long long runId = 0;
    int position = 0;
    TimePoint at;
    RunEventKind kind = RunEventKind::Tick;
    std::string note;  // the note's new text, for Note events
};

struct HistoryFilter {
    std::string checklistKey;     // empty: every checklist
    std::optional<RunMode> mode;  // empty: practice and real
    bool operator==(const HistoryFilter&) const = default;
};

}  // namespace core
