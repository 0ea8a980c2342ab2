#pragma once
// Every practice event in the database, oldest first, for `steadfast export progress`: quiz
// answers (the alert signals' answers among them), scenario decisions, CPR rhythm sessions and
// practice drills (checklist runs in practice mode that have ended).
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "store/database.h"

namespace store {

struct PracticeEvent {
    enum class Kind { QuizAnswer, ScenarioDecision, RhythmSession, Drill };
    Kind kind = Kind::QuizAnswer;
    core::TimePoint at;             // answered, finished or ended
    std::string subject;            // the guide, scenario or checklist (its key)
    std::string item;               // the question number or decision id; "" for sessions and drills
    std::string mode;               // scenarios: "practice" or "timed"; drills: "finished" or "abandoned"
    std::optional<bool> correct;    // answers and decisions
    std::optional<int> choice;      // decisions: the index chosen (nullopt: time ran out)
    std::optional<long long> timeMs;  // decisions: time to decide; drills: start to end
    std::optional<int> targetSeconds;  // drills with a target
    std::optional<double> rate;        // rhythm: compressions a minute
    std::optional<int> percent;        // rhythm: share in 100–120; drills: items ticked
    std::vector<std::string> participants;  // drills
};

const char* practiceEventName(PracticeEvent::Kind kind);  // "quiz_answer", "scenario_decision", ...

// In one read transaction, so the export is one consistent moment.
std::vector<PracticeEvent> practiceEvents(Database& db);

}  // namespace store
