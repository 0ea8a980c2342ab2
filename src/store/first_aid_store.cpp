#include "store/first_aid_store.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

namespace store {

using core::fromEpochMs;
using core::toEpochMs;

long long FirstAidStore::startIncident(const std::string& guideId, const std::string& guideTitle, const std::string& variant,
                                       core::TimePoint at) {
    Statement q = db_.prepare("INSERT INTO incidents(guide_id, guide_title, variant, started_at) VALUES(?, ?, ?, ?)");
    q->bind(1, guideId);
    q->bind(2, guideTitle);
    q->bind(3, variant);
    q->bind(4, static_cast<int64_t>(toEpochMs(at)));
    q->exec();
    return db_.sql().getLastInsertRowid();
}

void FirstAidStore::logEvent(long long incidentId, core::TimePoint at, const std::string& text) {
    Statement q = db_.prepare("INSERT INTO incident_events(incident_id, at, text) VALUES(?, ?, ?)");
    q->bind(1, static_cast<int64_t>(incidentId));
    q->bind(2, static_cast<int64_t>(toEpochMs(at)));
    q->bind(3, text);
    q->exec();
}

void FirstAidStore::setStep(long long incidentId, int stepIndex) {
    Statement q = db_.prepare("UPDATE incidents SET step_index = ? WHERE id = ?");
    q->bind(1, stepIndex);
    q->bind(2, static_cast<int64_t>(incidentId));
    q->exec();
}

void FirstAidStore::setVariant(long long incidentId, const std::string& variant) {
    Statement q = db_.prepare("UPDATE incidents SET variant = ? WHERE id = ?");
    q->bind(1, variant);
    q->bind(2, static_cast<int64_t>(incidentId));
    q->exec();
}

void FirstAidStore::endIncident(long long incidentId, core::TimePoint at) {
    Statement q = db_.prepare("UPDATE incidents SET ended_at = ? WHERE id = ? AND ended_at IS NULL");
    q->bind(1, static_cast<int64_t>(toEpochMs(at)));
    q->bind(2, static_cast<int64_t>(incidentId));
    q->exec();
}

namespace {
const char* kIncidentColumns = "SELECT id, guide_id, guide_title, variant, started_at, ended_at, step_index FROM incidents ";

core::Incident readIncident(SQLite::Statement& q) {
    core::Incident i;
    i.id = q.getColumn(0).getInt64();
    i.guideId = q.getColumn(1).getString();
    i.guideTitle = q.getColumn(2).getString();
    i.variant = q.getColumn(3).getString();
    i.startedAt = fromEpochMs(q.getColumn(4).getInt64());
    if (!q.getColumn(5).isNull()) i.endedAt = fromEpochMs(q.getColumn(5).getInt64());
    i.stepIndex = q.getColumn(6).getInt();
    return i;
}
}  // namespace

std::vector<core::IncidentEvent> FirstAidStore::events(long long incidentId) {
    std::vector<core::IncidentEvent> out;
    Statement q = db_.prepare("SELECT at, text FROM incident_events WHERE incident_id = ? ORDER BY at, id");
    q->bind(1, static_cast<int64_t>(incidentId));
    while (q->executeStep()) out.push_back({fromEpochMs(q->getColumn(0).getInt64()), q->getColumn(1).getString()});
    return out;
}

std::optional<core::Incident> FirstAidStore::openIncident() {
    Statement q = db_.prepare(std::string(kIncidentColumns) + "WHERE ended_at IS NULL ORDER BY started_at DESC LIMIT 1");
    if (!q->executeStep()) return std::nullopt;
    core::Incident i = readIncident(*q);
    i.events = events(i.id);
    return i;
}

std::optional<core::Incident> FirstAidStore::incident(long long id) {
    Statement q = db_.prepare(std::string(kIncidentColumns) + "WHERE id = ?");
    q->bind(1, static_cast<int64_t>(id));
    if (!q->executeStep()) return std::nullopt;
    core::Incident i = readIncident(*q);
    i.events = events(i.id);
    return i;
}

std::vector<core::Incident> FirstAidStore::recentIncidents(int limit) {
    std::vector<core::Incident> out;
    Statement q = db_.prepare(std::string(kIncidentColumns) + "ORDER BY started_at DESC LIMIT ?");
    q->bind(1, limit);
    while (q->executeStep()) out.push_back(readIncident(*q));
    return out;
}

void FirstAidStore::startTimer(long long incidentId, const std::string& timerId, core::TimePoint at) {
    // Starting again restarts it (a new cooling period); the log keeps both.
    Statement q = db_.prepare("INSERT INTO incident_timers(incident_id, timer_id, started_at) VALUES(?, ?, ?) "
                        "ON CONFLICT(incident_id, timer_id) DO UPDATE SET started_at = excluded.started_at, stopped_at = NULL");
    q->bind(1, static_cast<int64_t>(incidentId));
    q->bind(2, timerId);
    q->bind(3, static_cast<int64_t>(toEpochMs(at)));
    q->exec();
}

void FirstAidStore::stopTimer(long long incidentId, const std::string& timerId, core::TimePoint at) {
    Statement q = db_.prepare("UPDATE incident_timers SET stopped_at = ? WHERE incident_id = ? AND timer_id = ? AND stopped_at IS NULL");
    q->bind(1, static_cast<int64_t>(toEpochMs(at)));
    q->bind(2, static_cast<int64_t>(incidentId));
    q->bind(3, timerId);
    q->exec();
}

std::map<std::string, StoredTimer> FirstAidStore::timers(long long incidentId) {
    std::map<std::string, StoredTimer> out;
    Statement q = db_.prepare("SELECT timer_id, started_at, stopped_at FROM incident_timers WHERE incident_id = ?");
    q->bind(1, static_cast<int64_t>(incidentId));
    while (q->executeStep()) {
        StoredTimer t{fromEpochMs(q->getColumn(1).getInt64()), std::nullopt};
        if (!q->getColumn(2).isNull()) t.stoppedAt = fromEpochMs(q->getColumn(2).getInt64());
        out.emplace(q->getColumn(0).getString(), t);
    }
    return out;
}

std::map<int, core::ReviewState> FirstAidStore::reviews(const std::string& guideId) {
    std::map<int, core::ReviewState> out;
    Statement q = db_.prepare("SELECT question_index, box, due_at FROM quiz_reviews WHERE guide_id = ?");
    q->bind(1, guideId);
    while (q->executeStep()) out[q->getColumn(0).getInt()] = {q->getColumn(1).getInt(), fromEpochMs(q->getColumn(2).getInt64())};
    return out;
}

void FirstAidStore::recordAnswer(const std::string& guideId, int questionIndex, bool correct, core::TimePoint at,
                                 const core::ReviewState& next) {
    SQLite::Transaction tx(db_.sql());
    Statement a = db_.prepare("INSERT INTO quiz_answers(guide_id, question_index, answered_at, correct) VALUES(?, ?, ?, ?)");
    a->bind(1, guideId);
    a->bind(2, questionIndex);
    a->bind(3, static_cast<int64_t>(toEpochMs(at)));
    a->bind(4, correct ? 1 : 0);
    a->exec();
    Statement r = db_.prepare("INSERT INTO quiz_reviews(guide_id, question_index, box, due_at) VALUES(?, ?, ?, ?) "
                        "ON CONFLICT(guide_id, question_index) DO UPDATE SET box = excluded.box, due_at = excluded.due_at");
    r->bind(1, guideId);
    r->bind(2, questionIndex);
    r->bind(3, next.box);
    r->bind(4, static_cast<int64_t>(toEpochMs(next.dueAt)));
    r->exec();
    tx.commit();
}

std::map<std::string, GuidePractice> FirstAidStore::practiceByGuide(core::TimePoint now) {
    std::map<std::string, GuidePractice> out;
    Statement last = db_.prepare("SELECT guide_id, max(answered_at) FROM quiz_answers GROUP BY guide_id");
    while (last->executeStep()) out[last->getColumn(0).getString()].lastPractised = fromEpochMs(last->getColumn(1).getInt64());
    Statement due = db_.prepare("SELECT guide_id, count(*), sum(due_at <= ?) FROM quiz_reviews GROUP BY guide_id");
    due->bind(1, static_cast<int64_t>(toEpochMs(now)));
    while (due->executeStep()) {
        auto& p = out[due->getColumn(0).getString()];
        p.answered = due->getColumn(1).getInt();
        p.due = due->getColumn(2).getInt();
    }
    return out;
}

int FirstAidStore::dueReviewCount(core::TimePoint now) {
    // Quiz cards and scenario decisions share the spaced review and the one practice reminder.
    Statement q = db_.prepare("SELECT (SELECT count(*) FROM quiz_reviews WHERE due_at <= ?1) + "
                              "(SELECT count(*) FROM scenario_reviews WHERE due_at <= ?1)");
    q->bind(1, static_cast<int64_t>(toEpochMs(now)));
    q->executeStep();
    return q->getColumn(0).getInt();
}

std::optional<core::TimePoint> FirstAidStore::earliestReviewDue() {
    Statement q = db_.prepare("SELECT min(due_at) FROM (SELECT due_at FROM quiz_reviews UNION ALL SELECT due_at FROM scenario_reviews)");
    q->executeStep();
    if (q->getColumn(0).isNull()) return std::nullopt;
    return fromEpochMs(q->getColumn(0).getInt64());
}

void FirstAidStore::saveRhythmSession(const RhythmSession& s) {
    Statement q = db_.prepare("INSERT INTO rhythm_sessions(finished_at, taps, rate, variation, in_range_fraction, verdict) VALUES(?, ?, ?, ?, ?, ?)");
    q->bind(1, static_cast<int64_t>(toEpochMs(s.finishedAt)));
    q->bind(2, s.score.taps);
    q->bind(3, s.score.rate);
    q->bind(4, s.score.variation);
    q->bind(5, s.score.inRangeFraction);
    q->bind(6, static_cast<int>(s.score.verdict));
    q->exec();
}

std::vector<RhythmSession> FirstAidStore::recentRhythmSessions(int limit) {
    std::vector<RhythmSession> out;
    Statement q = db_.prepare("SELECT finished_at, taps, rate, variation, in_range_fraction, verdict FROM rhythm_sessions ORDER BY finished_at DESC LIMIT ?");
    q->bind(1, limit);
    while (q->executeStep()) {
        RhythmSession s;
        s.finishedAt = fromEpochMs(q->getColumn(0).getInt64());
        s.score.taps = q->getColumn(1).getInt();
        s.score.rate = q->getColumn(2).getDouble();
        s.score.variation = q->getColumn(3).getDouble();
        s.score.inRangeFraction = q->getColumn(4).getDouble();
        s.score.verdict = static_cast<core::RhythmVerdict>(q->getColumn(5).getInt());
        out.push_back(s);
    }
    return out;
}

}  // namespace store
