#include "app/checklist_runner.h"

#include <exception>

#include "core/text.h"
#include "i18n/i18n.h"

namespace app {

int ChecklistSource::itemCount() const {
    int n = 0;
    for (const auto& s : sections) n += static_cast<int>(s.items.size());
    return n;
}

ChecklistRunner::ChecklistRunner(store::Database& db, const core::Content& content, ListEditor& lists, const core::Clock& clock,
                                 Navigation& nav, Notices& notices)
    : store_(db), content_(content), lists_(lists), clock_(clock), nav_(nav), notices_(notices) {}

// Runs a store call; a failure becomes a notice that says what did not happen and why.
template <class Fn>
bool ChecklistRunner::attempt(const char* what, Fn&& fn) {
    try {
        fn();
        return true;
    } catch (const std::exception& e) {
        return notices_.failed(what, e);
    }
}

std::string runTitle(const std::string& checklistKey, const std::string& storedTitle, const core::Content& content) {
    if (auto templateId = core::templateIdOf(checklistKey))
        if (const core::ChecklistTemplate* t = content.checklist(*templateId)) return t->title;
    return storedTitle;
}

void ChecklistRunner::changed() {
    unfinished_.reset();
    lastPractice_.clear();
    personalBest_.clear();
    if (onRunsChanged_) onRunsChanged_();
}

std::optional<ChecklistSource> ChecklistRunner::source(const std::string& key) {
    if (auto templateId = core::templateIdOf(key)) {
        const core::ChecklistTemplate* t = content_.checklist(*templateId);
        if (!t) return std::nullopt;
        return ChecklistSource{key, t->title, t->summary, t->sections, t, 0};
    }
    if (auto listId = core::listIdOf(key)) {
        const core::UserList* l = lists_.list(*listId);
        if (!l) return std::nullopt;
        return ChecklistSource{key, l->title, "", l->asSections(), nullptr, l->id};
    }
    return std::nullopt;
}

void ChecklistRunner::openChecklist(const std::string& key) {
    runConfirm_ = RunConfirm::None;
    // The drill's target: the one the checklist's sources give, else none until the user picks one.
    std::optional<ChecklistSource> src = source(key);
    int target = src && src->fromContent ? src->fromContent->targetSeconds : 0;
    startDraft().targetSeconds = target > 0 ? std::optional(target) : std::nullopt;
    nav_.push(route::ChecklistStart{key});
}

StartDraft& ChecklistRunner::startDraft() {
    if (!startDraft_) {
        // Suggest whoever did the last run: usually the same person runs the drills.
        ++reads_;
        startDraft_.emplace();
        attempt(i18n::tr("The last run could not be read"), [&] { startDraft_->performedBy = store_.lastPerformer(); });
    }
    return *startDraft_;
}

std::optional<long long> ChecklistRunner::start(const std::string& key) {
    std::optional<ChecklistSource> src = source(key);
    if (!src) {
        notices_.show(i18n::tr("This checklist is no longer available."));
        return std::nullopt;
    }
    if (src->itemCount() == 0) {
        notices_.show(i18n::tr("Add at least one item to this list before starting it."));
        return std::nullopt;
    }
    StartDraft& draft = startDraft();
    std::string who = core::trim(draft.performedBy);
    if (std::optional<core::LengthProblem> problem = core::checkPerformer(who)) {
        notices_.show(lengthProblemText(*problem));
        return std::nullopt;
    }
    core::Run run;
    run.checklistKey = key;
    run.title = src->title;
    run.mode = draft.mode;
    run.performedBy = who;
    run.started = clock_.now();
    run.items = core::runItemsFrom(src->sections);
    if (run.mode == core::RunMode::Practice) {  // no clock and no roll-call in a real emergency
        run.targetSeconds = draft.targetSeconds;
        run.participants.assign(draft.participants.begin(), draft.participants.end());
    }
    bool ok = attempt(i18n::tr("The checklist could not be started"), [&] {
        run.id = store_.start({run.checklistKey, run.title, run.mode, run.performedBy, run.started, run.items, run.targetSeconds,
                               run.participants});
    });
    if (!ok) return std::nullopt;
    changed();
    draft.mode = core::RunMode::Practice;  // "for real" is chosen each time, never carried over by accident
    runId_ = run.id;
    run_ = std::move(run);
    openRun(runId_);
    return runId_;
}

std::optional<long long> ChecklistRunner::startOver(const std::string& key) {
    if (std::optional<core::RunSummary> old = unfinishedRunOf(key))
        if (!endRun(old->id, core::RunStatus::Abandoned)) return std::nullopt;
    return start(key);
}

void ChecklistRunner::openRun(long long runId) {
    if (noteDraft_.runId != runId) closeNote();  // a note typed on this run stays until saved or cancelled
    runConfirm_ = RunConfirm::None;
    const core::Run* r = run(runId);
    if (r && r->status != core::RunStatus::InProgress)
        openRunDetail(runId);
    else
        nav_.push(route::ChecklistRun{runId});
}

void ChecklistRunner::openRunDetail(long long runId) { nav_.push(route::RunDetail{runId}); }

const core::Run* ChecklistRunner::run(long long runId) {
    if (runId_ != runId) {
        ++reads_;
        runId_ = runId;
        run_.reset();
        attempt(i18n::tr("The run could not be read"), [&] { run_ = store_.load(runId); });
    }
    return run_ ? &*run_ : nullptr;
}

// The run when the item exists and the run is still in progress; else nullptr (and, for an
// ended run, a notice that its ticks or notes stay as they were).
const core::Run* ChecklistRunner::editableRun(long long runId, int position, const char* endedMessage) {
    const core::Run* r = run(runId);
    if (!r || position < 0 || position >= static_cast<int>(r->items.size())) return nullptr;
    if (r->status != core::RunStatus::InProgress) {
        notices_.show(endedMessage);
        return nullptr;
    }
    return r;
}

bool ChecklistRunner::toggle(long long runId, int position) {
    const core::Run* r = run(runId);
    if (!r || position < 0 || position >= static_cast<int>(r->items.size())) return false;
    return setTicked(runId, position, !r->items[position].ticked());
}

bool ChecklistRunner::setTicked(long long runId, int position, bool ticked) {
    const core::Run* r = editableRun(runId, position, i18n::tr("This run has ended, so its ticks stay as they were."));
    if (!r) return false;
    if (r->items[position].ticked() == ticked) return true;
    core::TimePoint now = clock_.now();
    if (!attempt(ticked ? i18n::tr("The tick was not saved") : i18n::tr("The untick was not saved"), [&] { store_.setTicked(runId, position, ticked, now); }))
        return false;
    run_->items[position].tickedAt = ticked ? std::optional(now) : std::nullopt;
    changed();
    return true;
}

bool ChecklistRunner::setNote(long long runId, int position, const std::string& note) {
    const core::Run* r = editableRun(runId, position, i18n::tr("This run has ended, so its notes stay as they were."));
    if (!r) return false;
    std::string text = core::trim(note);
    if (std::optional<core::LengthProblem> problem = core::checkNote(text)) {
        notices_.show(lengthProblemText(*problem));
        return false;
    }
    if (r->items[position].note == text) return true;
    core::TimePoint now = clock_.now();
    if (!attempt(i18n::tr("The note was not saved"), [&] { store_.setNote(runId, position, text, now); })) return false;
    run_->items[position].note = text;
    changed();
    return true;
}

bool ChecklistRunner::endRun(long long runId, core::RunStatus status) {
    core::TimePoint now = clock_.now();
    const char* what = status == core::RunStatus::Finished ? i18n::tr("The run could not be finished") : i18n::tr("The run could not be abandoned");
    if (!attempt(what, [&] { store_.end(runId, status, now); })) return false;
    if (runId_ == runId && run_) {
        run_->status = status;
        run_->ended = now;
    }
    if (noteDraft_.runId == runId) closeNote();
    runConfirm_ = RunConfirm::None;
    changed();
    return true;
}

void ChecklistRunner::replaceRouteWithDetail(long long runId) {
    if (nav_.current() == Route{route::ChecklistRun{runId}}) nav_.back();
    openRunDetail(runId);
}

bool ChecklistRunner::finish(long long runId) {
    if (!endRun(runId, core::RunStatus::Finished)) return false;
    replaceRouteWithDetail(runId);
    return true;
}

bool ChecklistRunner::abandon(long long runId) {
    if (!endRun(runId, core::RunStatus::Abandoned)) return false;
    replaceRouteWithDetail(runId);
    return true;
}

void ChecklistRunner::openNote(long long runId, int position) {
    const core::Run* r = run(runId);
    if (!r || position < 0 || position >= static_cast<int>(r->items.size())) return;
    noteDraft_ = {runId, position, r->items[position].note};
}

bool ChecklistRunner::saveNoteDraft() {
    if (noteDraft_.position < 0) return false;
    if (!setNote(noteDraft_.runId, noteDraft_.position, noteDraft_.text)) return false;
    closeNote();
    return true;
}

const std::vector<core::RunSummary>& ChecklistRunner::unfinishedRuns() {
    if (!unfinished_) {
        ++reads_;
        unfinished_.emplace();
        attempt(i18n::tr("Runs in progress could not be read"), [&] { *unfinished_ = store_.unfinished(); });
    }
    return *unfinished_;
}

std::optional<core::RunSummary> ChecklistRunner::unfinishedRunOf(const std::string& key) {
    for (const auto& r : unfinishedRuns())
        if (r.checklistKey == key) return r;
    return std::nullopt;
}

std::optional<core::TimePoint> ChecklistRunner::lastFinishedPracticeRun(const std::string& key) {
    auto it = lastPractice_.find(key);
    if (it == lastPractice_.end()) {
        ++reads_;
        std::optional<core::TimePoint> when;
        attempt(i18n::tr("The history could not be read"), [&] { when = store_.lastEnded(core::RunStatus::Finished, core::RunMode::Practice, key); });
        it = lastPractice_.emplace(key, when).first;
    }
    return it->second;
}

std::optional<core::Millis> ChecklistRunner::personalBest(const std::string& key) {
    auto it = personalBest_.find(key);
    if (it == personalBest_.end()) {
        ++reads_;
        std::optional<core::Millis> best;
        attempt(i18n::tr("The history could not be read"), [&] { best = store_.personalBest(key); });
        it = personalBest_.emplace(key, best).first;
    }
    return it->second;
}

double ChecklistRunner::secondsUntilNextChange() const {
    if (!run_ || !run_->countsDown() || !(nav_.current() == Route{route::ChecklistRun{run_->id}})) return -1;
    auto elapsed = std::chrono::duration_cast<core::Millis>(clock_.now() - run_->started).count();
    return (1000 - elapsed % 1000) / 1000.0;  // the countdown shows whole seconds
}

}  // namespace app
