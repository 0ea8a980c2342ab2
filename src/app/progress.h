#pragma once
// Progress: the charts of practice over weeks or months, the streak of weeks practised, the weekly
// goal with its gentle reminder, the readiness score recorded once a day, and the user's
// certificates and courses with a reminder before each expiry.
//
// The rows for the charts are read when the practice in the database changed (a cheap
// fingerprint is compared when a screen opens) and kept; switching weeks and months, and every
// frame of the Progress screen, works from what is kept and runs no SQL.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/linked_reminders.h"
#include "app/notices.h"
#include "core/content.h"
#include "core/progress.h"
#include "store/progress_store.h"

namespace app {

struct ProgressCharts {
    core::Period period = core::Period::Week;
    std::vector<core::Bucket> buckets;  // oldest first
    core::Series quizAccuracy;          // share of answers right, 0..1
    core::Series scenarioScore;         // mean share of right decisions per finished play, 0..1
    core::Series decisionSeconds;       // mean seconds per scenario decision
    core::Series rhythmInRange;         // mean share of compressions at 100-120 a minute, 0..1
    core::Series drillSeconds;          // mean time of timed drills
    core::Series drillTargetSeconds;    // their mean target
    core::Series readiness;             // mean readiness score recorded, 0..100
    struct Topic {
        std::string title;  // the guide's
        long long answered = 0;
        double accuracy = 0;
    };
    std::vector<Topic> topics;  // quiz accuracy per guide over the period shown, most answered first
};

// "2 scenarios": a count of one kind of practice, in the UI language.
std::string practiceCount(core::PracticeKind kind, int n);
const char* practiceKindName(core::PracticeKind kind);  // "Scenarios"

class Progress {
public:
    static constexpr int kWeeksShown = 12, kMonthsShown = 12;

    // readinessPercent: today's readiness score (core::readiness through the plan).
    Progress(store::Database& db, const core::Content& content, const core::Clock& clock, LinkedReminders& linked, Notices& notices,
             std::function<int()> readinessPercent);

    // Reads the practice again when it changed since the last time (or the week did), and then
    // brings the weekly goal's reminder in step. Called at start and when a screen opens.
    void refresh();
    // Records today's readiness score, once a day (later calls that day do nothing).
    void recordReadiness();

    core::Period period() const { return charts_.period; }
    void setPeriod(core::Period period);
    const ProgressCharts& charts() const { return charts_; }
    bool anyPractice() const { return !practiced_.empty(); }
    const core::Streak& streak() const { return streak_; }

    const core::WeeklyGoal& goal() const { return goal_; }
    const core::GoalProgress& goalProgress() const { return goalProgress_; }
    bool setGoal(const core::WeeklyGoal& goal);

    const std::vector<core::Certificate>& certificates() const { return certificates_; }
    const core::Certificate* certificate(long long id) const;
    // Adds (id 0) or changes a certificate and keeps its expiry reminder in step; returns its id,
    // or nullopt with the reason in Notices (a blank name).
    std::optional<long long> saveCertificate(core::Certificate certificate);
    bool removeCertificate(long long id);
    static std::string certificateSource(long long id) { return "certificate:" + std::to_string(id); }
    static constexpr const char* kGoalSource = "weekly-goal";

    // How many times the practice rows were read from the database (tests and the benchmark).
    long long readCount() const { return reads_; }

private:
    void read();
    void recompute();
    void syncGoalReminder();
    int firstWeekday() const;
    const std::string& tzid() const;

    store::ProgressStore store_;
    const core::Content& content_;
    const core::Clock& clock_;
    LinkedReminders& linked_;
    Notices& notices_;
    std::function<int()> readinessPercent_;

    // What was read, all time, per quarter hour.
    std::vector<core::Slot> quiz_, plays_, decisions_, rhythm_, runs_, drills_, readinessRows_;
    std::vector<long long> practiced_;  // every slot with practice of any kind
    std::map<std::string, store::ProgressStore::Accuracy> topicsWeeks_, topicsMonths_;
    std::string fingerprint_;
    std::optional<core::CalendarDate> weekRead_;  // the week start the rows were summed for
    int firstWeekdayRead_ = -1;
    std::optional<core::CalendarDate> readinessDay_;

    ProgressCharts charts_;
    core::Streak streak_;
    core::WeeklyGoal goal_;
    core::GoalProgress goalProgress_;
    std::vector<core::Certificate> certificates_;
    long long reads_ = 0;
};

}  // namespace app
