#pragma once
// Playing practice scenarios: the list (scenarios with decisions due for review first), one play
// at a time, each decision written to the store the moment it is made (a play left half way keeps
// its decisions), feedback after each choice, and in timed mode a time limit per decision that
// counts as wrong when it runs out. Wrong decisions come back sooner through the same spaced
// review as the quiz cards (core::scheduleReview).
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/navigation.h"
#include "app/notices.h"
#include "core/clock.h"
#include "core/content.h"
#include "core/scenario.h"
#include "store/scenario_plays.h"

namespace app {

// One row of the list.
struct ScenarioListEntry {
    const core::Scenario* scenario = nullptr;
    store::ScenarioRecord record;
};

class ScenarioPractice {
public:
    ScenarioPractice(const core::Content& content, store::Database& db, const core::Clock& clock, Navigation& nav, Notices& notices);

    // Scenarios with decisions due first (most due first), then those never played, then the
    // rest in content order. Cached; read again after a play changes it.
    const std::vector<ScenarioListEntry>& list();
    void openList();
    void contentReloaded() { list_.reset(); }  // the list points into the content
    void open(const std::string& scenarioId);  // the play screen, before the first decision

    struct Play {
        std::string scenarioId;
        long long playId = 0;
        core::PlayMode mode = core::PlayMode::Practice;
        size_t position = 0;                    // the decision shown
        core::TimePoint shownAt;                // when it appeared: its time counts from here
        std::vector<core::ScenarioAnswer> answers;  // one per decision answered
        bool answered() const { return answers.size() > position; }
        bool finished = false;                  // past the last decision
    };
    // Starts a play of the scenario shown (or again); the first decision appears now.
    bool start(const std::string& scenarioId, core::PlayMode mode);
    const Play* play() const { return play_ ? &*play_ : nullptr; }
    const core::Scenario* scenario() const;  // of the play
    const core::ScenarioDecision* decision() const;  // shown; nullptr when finished
    // Answers the decision shown, once; in timed mode a choice after the limit counts as timed out.
    void choose(int choice);
    // Moves on to the next decision (after the feedback), or to the score after the last.
    void next();
    // The seconds left for the decision shown in timed mode (0 when it has run out); nullopt when
    // there is no limit running.
    std::optional<double> secondsLeft() const;
    core::ScenarioScore score() const;
    // Called every frame: a timed decision whose limit passed is recorded as timed out.
    void tick();
    double secondsUntilNextChange() const;  // the countdown redraws each second; < 0: nothing

    // Told after every decision recorded, so the practice reminder counts the reviews now due.
    void setAnswered(std::function<void()> onAnswered) { onAnswered_ = std::move(onAnswered); }

private:
    void record(std::optional<int> choice, core::Millis elapsed);
    template <class Fn>
    bool write(const char* what, Fn&& fn);

    const core::Content& content_;
    store::ScenarioPlays store_;
    const core::Clock& clock_;
    Navigation& nav_;
    Notices& notices_;
    std::function<void()> onAnswered_;
    std::optional<std::vector<ScenarioListEntry>> list_;
    std::optional<Play> play_;
};

}  // namespace app
