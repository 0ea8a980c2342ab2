#pragma once
// Progress in the database: practice summed per quarter hour for the charts and the streak (one
// grouped query per kind of practice), the readiness score once a day, the weekly goal, and the
// user's certificates and courses.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/progress.h"
#include "store/database.h"

namespace store {

class ProgressStore {
public:
    explicit ProgressStore(Database& db) : db_(db) {}

    // Practice per quarter hour (core::Slot), all time. The sums a and b are, per query:
    std::vector<core::Slot> quizAnswers();          // a: right answers, b: answers
    std::vector<core::Slot> scenarioPlays();        // finished plays; a: sum of each play's share of right decisions
    std::vector<core::Slot> scenarioDecisions();    // a: seconds taken, summed
    std::vector<core::Slot> rhythmSessions();       // a: share of compressions at 100-120/min, summed
    std::vector<core::Slot> practiceRuns();         // finished practice runs of any checklist
    std::vector<core::Slot> timedDrills();          // finished practice runs with a target; a: seconds taken, b: target seconds
    std::vector<core::Slot> readiness();            // a: the day's readiness score in percent
    // Quiz answers since `from` per guide: answers and right answers.
    struct Accuracy {
        long long answered = 0, right = 0;
    };
    std::map<std::string, Accuracy> quizAccuracyByGuide(core::TimePoint from);
    // Changes whenever any practice above is added or finished: the cache's key.
    std::string practiceFingerprint();

    // Records the readiness score for the local day `day` once; later calls that day keep it.
    // Returns whether it was written.
    bool recordReadiness(const core::CalendarDate& day, core::TimePoint at, int percent);

    core::WeeklyGoal weeklyGoal();
    void saveWeeklyGoal(const core::WeeklyGoal& goal);

    std::vector<core::Certificate> certificates();  // by expiry, soonest first, then undated by name
    std::optional<core::Certificate> certificate(long long id);
    long long addCertificate(const core::Certificate& c);  // returns its id
    void updateCertificate(const core::Certificate& c);
    void removeCertificate(long long id);

private:
    std::vector<core::Slot> slots(const std::string& sql);
    Database& db_;
};

}  // namespace store
