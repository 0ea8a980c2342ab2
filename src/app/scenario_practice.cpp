#include "app/scenario_practice.h"

#include <algorithm>
#include <cmath>
#include <exception>

#include "core/practice.h"
#include "i18n/i18n.h"

namespace app {

ScenarioPractice::ScenarioPractice(const core::Content& content, store::Database& db, const core::Clock& clock, Navigation& nav,
                                   Notices& notices)
    : content_(content), store_(db), clock_(clock), nav_(nav), notices_(notices) {}

template <class Fn>
bool ScenarioPractice::write(const char* what, Fn&& fn) {
    try {
        fn();
        return true;
    } catch (const std::exception& e) {
        return notices_.failed(what, e);
    }
}

const std::vector<ScenarioListEntry>& ScenarioPractice::list() {
    if (!list_) {
        std::map<std::string, store::ScenarioRecord> records;
        write(i18n::tr("Your scenario practice could not be read"), [&] { records = store_.records(clock_.now()); });
        list_.emplace();
        for (const core::Scenario& s : content_.scenarios) {
            auto it = records.find(s.id);
            list_->push_back({&s, it == records.end() ? store::ScenarioRecord{} : it->second});
        }
        // Due reviews first (most first), then never played, then the rest; content order within.
        auto rank = [](const ScenarioListEntry& e) { return e.record.dueDecisions > 0 ? 0 : e.record.plays == 0 ? 1 : 2; };
        std::stable_sort(list_->begin(), list_->end(), [&](const ScenarioListEntry& a, const ScenarioListEntry& b) {
            if (rank(a) != rank(b)) return rank(a) < rank(b);
            return a.record.dueDecisions > b.record.dueDecisions;
        });
    }
    return *list_;
}

void ScenarioPractice::openList() {
    list_.reset();  // due dates move with the time of day
    nav_.push(route::Scenarios{});
}

void ScenarioPractice::open(const std::string& scenarioId) {
    if (play_ && (play_->scenarioId != scenarioId || play_->finished)) play_.reset();
    nav_.push(route::ScenarioPlay{scenarioId});
}

bool ScenarioPractice::start(const std::string& scenarioId, core::PlayMode mode) {
    const core::Scenario* s = content_.scenario(scenarioId);
    if (!s || s->decisions.empty()) return false;
    Play p;
    p.scenarioId = scenarioId;
    p.mode = mode;
    p.shownAt = clock_.now();
    if (!write(i18n::tr("The scenario could not be started"),
               [&] { p.playId = store_.start(scenarioId, mode, static_cast<int>(s->decisions.size()), p.shownAt); }))
        return false;
    play_ = std::move(p);
    list_.reset();
    return true;
}

const core::Scenario* ScenarioPractice::scenario() const { return play_ ? content_.scenario(play_->scenarioId) : nullptr; }

const core::ScenarioDecision* ScenarioPractice::decision() const {
    const core::Scenario* s = scenario();
    if (!s || play_->finished || play_->position >= s->decisions.size()) return nullptr;
    return &s->decisions[play_->position];
}

void ScenarioPractice::choose(int choice) {
    const core::ScenarioDecision* d = decision();
    if (!d || play_->answered() || choice < 0 || choice >= static_cast<int>(d->choices.size())) return;
    record(choice, std::chrono::duration_cast<core::Millis>(clock_.now() - play_->shownAt));
}

void ScenarioPractice::record(std::optional<int> choice, core::Millis elapsed) {
    const core::ScenarioDecision* d = decision();
    play_->answers.push_back({choice, elapsed});
    // The one rule for right, wrong and timed out is scoreScenario's.
    core::ScenarioScore s = core::scoreScenario(*scenario(), play_->answers, play_->mode);
    const core::DecisionResult& result = s.results.back();
    store::DecisionRecord r{play_->playId, play_->scenarioId, d->id, result.timedOut ? std::nullopt : choice, result.right,
                            elapsed, clock_.now()};
    write(i18n::tr("The decision was not saved"), [&] {
        auto reviews = store_.reviews(play_->scenarioId);
        auto it = reviews.find(d->id);
        core::ReviewState current = it == reviews.end() ? core::ReviewState{} : it->second;
        store_.recordDecision(r, core::scheduleReview(current, result.right, r.answeredAt));
    });
    list_.reset();
    if (onAnswered_) onAnswered_();
}

void ScenarioPractice::next() {
    const core::Scenario* s = scenario();
    if (!s || !play_->answered() || play_->finished) return;
    ++play_->position;
    play_->shownAt = clock_.now();
    if (play_->position >= s->decisions.size()) {
        play_->finished = true;
        write(i18n::tr("The end of the scenario was not saved"), [&] { store_.finish(play_->playId, play_->shownAt); });
        list_.reset();
    }
}

std::optional<double> ScenarioPractice::secondsLeft() const {
    const core::ScenarioDecision* d = decision();
    if (!d || play_->mode != core::PlayMode::Timed || play_->answered()) return std::nullopt;
    double elapsed = std::chrono::duration<double>(clock_.now() - play_->shownAt).count();
    return std::max(0.0, d->secondsAllowed() - elapsed);
}

core::ScenarioScore ScenarioPractice::score() const {
    const core::Scenario* s = scenario();
    return s ? core::scoreScenario(*s, play_->answers, play_->mode) : core::ScenarioScore{};
}

void ScenarioPractice::tick() {
    std::optional<double> left = secondsLeft();
    if (left && *left <= 0) record(std::nullopt, std::chrono::duration_cast<core::Millis>(clock_.now() - play_->shownAt));
}

double ScenarioPractice::secondsUntilNextChange() const {
    std::optional<double> left = secondsLeft();
    if (!left) return -1;
    double toNextSecond = *left - std::floor(*left);
    return toNextSecond > 0 ? toNextSecond : (*left > 0 ? 1.0 : 0.0);
}

}  // namespace app
