#include "store/scenario_plays.h"

#include <SQLiteCpp/Transaction.h>
#include <cmath>

namespace store {
namespace {
int64_t ms(core::TimePoint t) { return static_cast<int64_t>(core::toEpochMs(t)); }
}  // namespace

const char* playModeName(core::PlayMode mode) { return mode == core::PlayMode::Timed ? "timed" : "practice"; }

long long ScenarioPlays::start(const std::string& scenarioId, core::PlayMode mode, int decisions, core::TimePoint at) {
    Statement q = db_.prepare("INSERT INTO scenario_plays(scenario_id, mode, started_at, decisions) VALUES(?, ?, ?, ?)");
    q->bind(1, scenarioId);
    q->bind(2, playModeName(mode));
    q->bind(3, ms(at));
    q->bind(4, decisions);
    q->exec();
    return db_.sql().getLastInsertRowid();
}

void ScenarioPlays::recordDecision(const DecisionRecord& d, const core::ReviewState& next) {
    SQLite::Transaction tx(db_.sql(), SQLite::TransactionBehavior::IMMEDIATE);
    Statement insert = db_.prepare(
        "INSERT INTO scenario_decisions(play_id, decision_id, choice, correct, elapsed_ms, answered_at) VALUES(?, ?, ?, ?, ?, ?)");
    insert->bind(1, static_cast<int64_t>(d.playId));
    insert->bind(2, d.decisionId);
    if (d.choice)
        insert->bind(3, *d.choice);
    else
        insert->bind(3);  // NULL: time ran out
    insert->bind(4, d.correct ? 1 : 0);
    insert->bind(5, static_cast<int64_t>(d.elapsed.count()));
    insert->bind(6, ms(d.answeredAt));
    insert->exec();
    if (d.correct) {
        Statement right = db_.prepare("UPDATE scenario_plays SET right_count = right_count + 1 WHERE id = ?");
        right->bind(1, static_cast<int64_t>(d.playId));
        right->exec();
    }
    Statement review = db_.prepare(
        "INSERT INTO scenario_reviews(scenario_id, decision_id, box, due_at) VALUES(?, ?, ?, ?) "
        "ON CONFLICT(scenario_id, decision_id) DO UPDATE SET box = excluded.box, due_at = excluded.due_at");
    review->bind(1, d.scenarioId);
    review->bind(2, d.decisionId);
    review->bind(3, next.box);
    review->bind(4, ms(next.dueAt));
    review->exec();
    tx.commit();
}

void ScenarioPlays::finish(long long playId, core::TimePoint at) {
    Statement q = db_.prepare("UPDATE scenario_plays SET finished_at = ? WHERE id = ? AND finished_at IS NULL");
    q->bind(1, ms(at));
    q->bind(2, static_cast<int64_t>(playId));
    q->exec();
}

std::map<std::string, core::ReviewState> ScenarioPlays::reviews(const std::string& scenarioId) {
    std::map<std::string, core::ReviewState> out;
    Statement q = db_.prepare("SELECT decision_id, box, due_at FROM scenario_reviews WHERE scenario_id = ?");
    q->bind(1, scenarioId);
    while (q->executeStep()) out[q->getColumn(0).getString()] = {q->getColumn(1).getInt(), core::fromEpochMs(q->getColumn(2).getInt64())};
    return out;
}

std::map<std::string, ScenarioRecord> ScenarioPlays::records(core::TimePoint now) {
    std::map<std::string, ScenarioRecord> out;
    auto percent = [](const SQLite::Column& right, const SQLite::Column& decisions) {
        int n = decisions.getInt();
        return n > 0 ? static_cast<int>(std::lround(100.0 * right.getInt() / n)) : 0;
    };
    // Finished plays only: a play left half way is not a score.
    Statement plays = db_.prepare(
        "SELECT p.scenario_id, count(*), max(p.right_count * 1.0 / max(p.decisions, 1)), "
        "(SELECT l.right_count FROM scenario_plays l WHERE l.scenario_id = p.scenario_id AND l.finished_at IS NOT NULL "
        " ORDER BY l.finished_at DESC, l.id DESC LIMIT 1), "
        "(SELECT l.decisions FROM scenario_plays l WHERE l.scenario_id = p.scenario_id AND l.finished_at IS NOT NULL "
        " ORDER BY l.finished_at DESC, l.id DESC LIMIT 1) "
        "FROM scenario_plays p WHERE p.finished_at IS NOT NULL GROUP BY p.scenario_id");
    while (plays->executeStep()) {
        ScenarioRecord& r = out[plays->getColumn(0).getString()];
        r.plays = plays->getColumn(1).getInt();
        r.bestPercent = static_cast<int>(std::lround(plays->getColumn(2).getDouble() * 100));
        r.lastPercent = percent(plays->getColumn(3), plays->getColumn(4));
    }
    Statement due = db_.prepare("SELECT scenario_id, count(*) FROM scenario_reviews WHERE due_at <= ? GROUP BY scenario_id");
    due->bind(1, ms(now));
    while (due->executeStep()) out[due->getColumn(0).getString()].dueDecisions = due->getColumn(1).getInt();
    return out;
}

}  // namespace store
