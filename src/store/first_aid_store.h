#pragma once
// First aid in the database: incidents (with their events and timers), quiz reviews and answers,
// rhythm-trainer sessions. Every write commits at once.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/incident.h"
#include "core/practice.h"
#include "store/database.h"

namespace store {

struct StoredTimer {
    core::TimePoint startedAt;
    std::optional<core::TimePoint> stoppedAt;
};

struct GuidePractice {
    std::optional<core::TimePoint> lastPractised;  // last quiz answer or nothing
    int answered = 0;                              // questions with a schedule
    int due = 0;                                   // of those, due for review now
};

struct RhythmSession {
    core::TimePoint finishedAt;
    core::RhythmScore score;
};

class FirstAidStore {
public:
    explicit FirstAidStore(Database& db) : db_(db) {}

    long long startIncident(const std::string& guideId, const std::string& guideTitle, const std::string& variant,
                            core::TimePoint at);
    void logEvent(long long incidentId, core::TimePoint at, const std::string& text);
    void setStep(long long incidentId, int stepIndex);
    void setVariant(long long incidentId, const std::string& variant);
    void endIncident(long long incidentId, core::TimePoint at);
    std::optional<core::Incident> openIncident();  // the newest unfinished one, with events
    std::optional<core::Incident> incident(long long id);
    std::vector<core::Incident> recentIncidents(int limit);  // without events

    void startTimer(long long incidentId, const std::string& timerId, core::TimePoint at);
    void stopTimer(long long incidentId, const std::string& timerId, core::TimePoint at);
    std::map<std::string, StoredTimer> timers(long long incidentId);

    std::map<int, core::ReviewState> reviews(const std::string& guideId);
    // The answer and the new schedule, in one transaction.
    void recordAnswer(const std::string& guideId, int questionIndex, bool correct, core::TimePoint at,
                      const core::ReviewState& next);
    std::map<std::string, GuidePractice> practiceByGuide(core::TimePoint now);
    int dueReviewCount(core::TimePoint now);
    std::optional<core::TimePoint> earliestReviewDue();

    void saveRhythmSession(const RhythmSession& session);
    std::vector<RhythmSession> recentRhythmSessions(int limit);

private:
    std::vector<core::IncidentEvent> events(long long incidentId);
    Database& db_;
};

}  // namespace store
