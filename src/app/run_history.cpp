#include "app/run_history.h"

#include <exception>

#include "i18n/i18n.h"

namespace app {
namespace {
constexpr int kPageSize = 50;
}  // namespace

RunHistory::RunHistory(store::Database& db, Navigation& nav, Notices& notices) : store_(db), nav_(nav), notices_(notices) {}

template <class Fn>
bool RunHistory::attempt(Fn&& fn) {
    ++reads_;
    try {
        fn();
        return true;
    } catch (const std::exception& e) {
        return notices_.failed(i18n::tr("The history could not be read"), e);
    }
}

void RunHistory::runsChanged() {
    count_.reset();
    pages_.clear();
    withRuns_.reset();
}

void RunHistory::setFilter(const core::HistoryFilter& filter) {
    pickerOpen_ = false;
    if (filter == filter_) return;
    filter_ = filter;
    count_.reset();
    pages_.clear();
}

void RunHistory::open(const core::HistoryFilter& filter) {
    setFilter(filter);
    nav_.push(route::ChecklistHistory{});
}

int RunHistory::count() {
    if (!count_) {
        count_ = 0;
        attempt([&] { count_ = store_.count(filter_); });
    }
    return *count_;
}

const core::RunSummary* RunHistory::row(int index) {
    if (index < 0 || index >= count()) return nullptr;
    int page = index / kPageSize;
    auto it = pages_.find(page);
    if (it == pages_.end()) {
        std::vector<core::RunSummary> rows;
        attempt([&] { rows = store_.page(filter_, page * kPageSize, kPageSize); });
        it = pages_.emplace(page, std::move(rows)).first;
    }
    size_t within = static_cast<size_t>(index % kPageSize);
    return within < it->second.size() ? &it->second[within] : nullptr;
}

const std::vector<std::pair<std::string, std::string>>& RunHistory::checklistsWithRuns() {
    if (!withRuns_) {
        withRuns_.emplace();
        attempt([&] { *withRuns_ = store_.checklistsWithRuns(); });
    }
    return *withRuns_;
}

}  // namespace app
