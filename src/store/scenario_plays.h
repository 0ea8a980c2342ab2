#pragma once
// Scenario practice in the database: each play, each decision as it is made, and the spaced-review
// state of every decision (the quizzes' Leitner boxes, core/practice.h). Every write commits
// before the call returns, so a play left half way keeps the decisions it reached.
#include <map>
#include <optional>
#include <string>

#include "core/practice.h"
#include "core/scenario.h"
#include "store/database.h"

namespace store {

// One decision as it was made.
struct DecisionRecord {
    long long playId = 0;
    std::string scenarioId;
    std::string decisionId;
    std::optional<int> choice;  // nullopt: time ran out
    bool correct = false;
    core::Millis elapsed{0};
    core::TimePoint answeredAt;
};

// What the list of scenarios shows for one scenario.
struct ScenarioRecord {
    int plays = 0;                       // finished plays
    std::optional<int> lastPercent;      // of the latest finished play
    std::optional<int> bestPercent;
    int dueDecisions = 0;                // decisions whose review is due
};

class ScenarioPlays {
public:
    explicit ScenarioPlays(Database& db) : db_(db) {}

    long long start(const std::string& scenarioId, core::PlayMode mode, int decisions, core::TimePoint at);
    // The decision, the play's right count and the decision's new review state, in one transaction.
    void recordDecision(const DecisionRecord& decision, const core::ReviewState& next);
    void finish(long long playId, core::TimePoint at);

    // The review state of each decision of a scenario answered before, by decision id.
    std::map<std::string, core::ReviewState> reviews(const std::string& scenarioId);
    // Every scenario played or reviewed, by id.
    std::map<std::string, ScenarioRecord> records(core::TimePoint now);

private:
    Database& db_;
};

const char* playModeName(core::PlayMode mode);  // "practice", "timed": as stored and exported

}  // namespace store
