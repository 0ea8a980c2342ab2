#pragma once
// The history of checklist runs, newest first, filtered by checklist and mode. Read a page of 50
// at a time as rows come into view, and again only after a run changes.
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "app/navigation.h"
#include "app/notices.h"
#include "core/checklist_run.h"
#include "store/checklist_runs.h"

namespace app {

class RunHistory {
public:
    RunHistory(store::Database& db, Navigation& nav, Notices& notices);

    const core::HistoryFilter& filter() const { return filter_; }
    void setFilter(const core::HistoryFilter& filter);
    void open(const core::HistoryFilter& filter = {});
    int count();
    // One row; loads the page around it on first use. nullptr past the end.
    const core::RunSummary* row(int index);
    // Every checklist that has runs: key and the title of its latest run, by title.
    const std::vector<std::pair<std::string, std::string>>& checklistsWithRuns();
    bool& pickerOpen() { return pickerOpen_; }

    void runsChanged();  // forget what was read
    long long readCount() const { return reads_; }

private:
    template <class Fn>
    bool attempt(Fn&& fn);

    store::ChecklistRuns store_;
    Navigation& nav_;
    Notices& notices_;
    long long reads_ = 0;

    core::HistoryFilter filter_;
    bool pickerOpen_ = false;
    std::optional<int> count_;
    std::map<int, std::vector<core::RunSummary>> pages_;  // by page number
    std::optional<std::vector<std::pair<std::string, std::string>>> withRuns_;
};

}  // namespace app
