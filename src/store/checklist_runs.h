#pragma once
// Checklist runs in the database. Every change is its own small transaction, committed before the
// call returns: with WAL and synchronous=FULL a returned tick survives a crash or a power cut.
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "core/checklist_run.h"
#include "store/database.h"

namespace store {

// A change the run cannot take: it is unknown, already ended, or has no such item.
class RunError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct NewRun {
    std::string checklistKey;
    std::string title;
    core::RunMode mode = core::RunMode::Practice;
    std::string performedBy;
    core::TimePoint started;
    std::vector<core::RunItem> items;  // copied as they are; ticks and notes start empty
    std::optional<int> targetSeconds = {};  // a timed practice drill
    std::vector<std::string> participants = {};
};

class ChecklistRuns {
public:
    explicit ChecklistRuns(Database& db);

    // The run and its copy of the items, in one transaction. Returns the run's id.
    long long start(const NewRun& run);
    // Each sets the item's state and appends an event, in one transaction. Returns the event id.
    long long setTicked(long long runId, int position, bool ticked, core::TimePoint at);
    long long setNote(long long runId, int position, const std::string& note, core::TimePoint at);
    // Finished or Abandoned; only an in-progress run can end.
    void end(long long runId, core::RunStatus status, core::TimePoint at);

    std::optional<core::Run> load(long long runId);
    // In progress, newest first.
    std::vector<core::RunSummary> unfinished();
    // The history, newest first.
    int count(const core::HistoryFilter& filter);
    std::vector<core::RunSummary> page(const core::HistoryFilter& filter, int offset, int limit);
    // Every checklist that has runs: key and the title of its latest run, by title.
    std::vector<std::pair<std::string, std::string>> checklistsWithRuns();
    // When the latest run of this mode and status ended ("" checklistKey: any checklist).
    std::optional<core::TimePoint> lastEnded(core::RunStatus status, core::RunMode mode, const std::string& checklistKey = "");
    // The fastest practice drill of this checklist finished with every item ticked.
    std::optional<core::Millis> personalBest(const std::string& checklistKey);
    // Who did the latest run, to suggest for the next one.
    std::string lastPerformer();
    // Every run with its events, oldest first: for exports.
    void forEach(const std::function<void(const core::Run&, const std::vector<core::RunEvent>&)>& visit);

private:
    long long recordEvent(long long runId, int position, core::RunEventKind kind, const std::string& note, core::TimePoint at);
    template <class Bind>
    long long changeItem(const char* column, long long runId, int position, Bind&& bindValue, core::RunEventKind kind,
                         const std::string& note, core::TimePoint at);

    Database& db_;
};

}  // namespace store
