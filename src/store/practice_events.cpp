#include "store/practice_events.h"

#include <SQLiteCpp/Transaction.h>
#include <algorithm>
#include <cmath>
#include <map>

namespace store {
namespace {
core::TimePoint timeAt(const SQLite::Column& c) { return core::fromEpochMs(c.getInt64()); }

PracticeEvent event(PracticeEvent::Kind kind, const SQLite::Column& at, std::string subject) {
    PracticeEvent e;
    e.kind = kind;
    e.at = timeAt(at);
    e.subject = std::move(subject);
    return e;
}
}  // namespace

const char* practiceEventName(PracticeEvent::Kind kind) {
    switch (kind) {
        case PracticeEvent::Kind::QuizAnswer: return "quiz_answer";
        case PracticeEvent::Kind::ScenarioDecision: return "scenario_decision";
        case PracticeEvent::Kind::RhythmSession: return "rhythm_session";
        case PracticeEvent::Kind::Drill: return "drill";
    }
    return "";
}

std::vector<PracticeEvent> practiceEvents(Database& db) {
    using Kind = PracticeEvent::Kind;
    std::vector<PracticeEvent> out;
    SQLite::Transaction tx(db.sql());
    Statement quiz = db.prepare("SELECT answered_at, guide_id, question_index, correct FROM quiz_answers ORDER BY answered_at, id");
    while (quiz->executeStep()) {
        PracticeEvent e = event(Kind::QuizAnswer, quiz->getColumn(0), quiz->getColumn(1).getString());
        e.item = std::to_string(quiz->getColumn(2).getInt() + 1);  // questions count from 1, as a person reads them
        e.correct = quiz->getColumn(3).getInt() != 0;
        out.push_back(std::move(e));
    }
    Statement decisions = db.prepare(
        "SELECT d.answered_at, p.scenario_id, d.decision_id, p.mode, d.correct, d.choice, d.elapsed_ms "
        "FROM scenario_decisions d JOIN scenario_plays p ON p.id = d.play_id ORDER BY d.answered_at, d.id");
    while (decisions->executeStep()) {
        PracticeEvent e = event(Kind::ScenarioDecision, decisions->getColumn(0), decisions->getColumn(1).getString());
        e.item = decisions->getColumn(2).getString();
        e.mode = decisions->getColumn(3).getString();
        e.correct = decisions->getColumn(4).getInt() != 0;
        if (!decisions->getColumn(5).isNull()) e.choice = decisions->getColumn(5).getInt();
        e.timeMs = decisions->getColumn(6).getInt64();
        out.push_back(std::move(e));
    }
    Statement rhythm = db.prepare("SELECT finished_at, rate, in_range_fraction FROM rhythm_sessions ORDER BY finished_at, id");
    while (rhythm->executeStep()) {
        PracticeEvent e = event(Kind::RhythmSession, rhythm->getColumn(0), "cpr-rhythm");
        e.rate = rhythm->getColumn(1).getDouble();
        e.percent = static_cast<int>(std::lround(rhythm->getColumn(2).getDouble() * 100));
        out.push_back(std::move(e));
    }
    std::map<long long, std::vector<std::string>> participants;
    Statement who = db.prepare("SELECT run_id, name FROM checklist_run_participants ORDER BY run_id, name");
    while (who->executeStep()) participants[who->getColumn(0).getInt64()].push_back(who->getColumn(1).getString());
    Statement drills = db.prepare(
        "SELECT r.id, r.ended_ms, r.checklist_key, r.status, r.ended_ms - r.started_ms, r.target_seconds, "
        "(SELECT count(*) FROM checklist_run_items i WHERE i.run_id = r.id), "
        "(SELECT count(*) FROM checklist_run_items i WHERE i.run_id = r.id AND i.ticked_ms IS NOT NULL) "
        "FROM checklist_runs r WHERE r.mode = 'practice' AND r.status != 'in_progress' ORDER BY r.ended_ms, r.id");
    while (drills->executeStep()) {
        PracticeEvent e = event(Kind::Drill, drills->getColumn(1), drills->getColumn(2).getString());
        e.mode = drills->getColumn(3).getString();
        e.timeMs = drills->getColumn(4).getInt64();
        if (!drills->getColumn(5).isNull()) e.targetSeconds = drills->getColumn(5).getInt();
        int items = drills->getColumn(6).getInt();
        e.percent = items > 0 ? static_cast<int>(std::lround(100.0 * drills->getColumn(7).getInt() / items)) : 0;
        if (auto it = participants.find(drills->getColumn(0).getInt64()); it != participants.end()) e.participants = it->second;
        out.push_back(std::move(e));
    }
    tx.commit();
    std::stable_sort(out.begin(), out.end(), [](const PracticeEvent& a, const PracticeEvent& b) { return a.at < b.at; });
    return out;
}

}  // namespace store
