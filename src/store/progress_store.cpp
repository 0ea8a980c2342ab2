#include "store/progress_store.h"

#include <cstdint>

namespace store {
namespace {

std::optional<core::CalendarDate> dateAt(const SQLite::Column& c) {
    if (c.isNull()) return std::nullopt;
    return core::CalendarDate::parse(c.getString());
}

void bindDate(SQLite::Statement& q, int index, const std::optional<core::CalendarDate>& d) {
    if (d)
        q.bind(index, d->iso());
    else
        q.bind(index);
}

// The slot of a time column in epoch ms (floor division, as core::slotOf).
std::string slotOf(const char* column) {
    return std::string("(CASE WHEN ") + column + " >= 0 THEN " + column + " / 900000 ELSE (" + column + " - 899999) / 900000 END)";
}

}  // namespace

std::vector<core::Slot> ProgressStore::slots(const std::string& sql) {
    Statement q = db_.prepare(sql);
    std::vector<core::Slot> out;
    while (q->executeStep())
        out.push_back({q->getColumn(0).getInt64(), q->getColumn(1).getInt64(), q->getColumn(2).getDouble(), q->getColumn(3).getDouble()});
    return out;
}

std::vector<core::Slot> ProgressStore::quizAnswers() {
    return slots("SELECT " + slotOf("answered_at") + " AS s, count(*), sum(correct), count(*) FROM quiz_answers GROUP BY s");
}

std::vector<core::Slot> ProgressStore::scenarioPlays() {
    return slots("SELECT " + slotOf("finished_at") + " AS s, count(*), sum(CAST(right_count AS REAL) / decisions), 0 FROM scenario_plays "
                 "WHERE finished_at IS NOT NULL AND decisions > 0 GROUP BY s");
}

std::vector<core::Slot> ProgressStore::scenarioDecisions() {
    return slots("SELECT " + slotOf("answered_at") + " AS s, count(*), sum(elapsed_ms) / 1000.0, 0 FROM scenario_decisions GROUP BY s");
}

std::vector<core::Slot> ProgressStore::rhythmSessions() {
    return slots("SELECT " + slotOf("finished_at") + " AS s, count(*), sum(in_range_fraction), 0 FROM rhythm_sessions GROUP BY s");
}

std::vector<core::Slot> ProgressStore::practiceRuns() {
    return slots("SELECT " + slotOf("ended_ms") + " AS s, count(*), 0, 0 FROM checklist_runs "
                 "WHERE mode = 'practice' AND status = 'finished' GROUP BY s");
}

std::vector<core::Slot> ProgressStore::timedDrills() {
    return slots("SELECT " + slotOf("ended_ms") + " AS s, count(*), sum(ended_ms - started_ms) / 1000.0, sum(target_seconds) FROM checklist_runs "
                 "WHERE mode = 'practice' AND status = 'finished' AND target_seconds IS NOT NULL GROUP BY s");
}

std::vector<core::Slot> ProgressStore::readiness() {
    return slots("SELECT " + slotOf("recorded_at") + " AS s, count(*), sum(percent), 0 FROM readiness_history GROUP BY s");
}

std::map<std::string, ProgressStore::Accuracy> ProgressStore::quizAccuracyByGuide(core::TimePoint from) {
    Statement q = db_.prepare("SELECT guide_id, count(*), sum(correct) FROM quiz_answers WHERE answered_at >= ? GROUP BY guide_id");
    q->bind(1, static_cast<int64_t>(core::toEpochMs(from)));
    std::map<std::string, Accuracy> out;
    while (q->executeStep()) out[q->getColumn(0).getString()] = {q->getColumn(1).getInt64(), q->getColumn(2).getInt64()};
    return out;
}

std::string ProgressStore::practiceFingerprint() {
    Statement q = db_.prepare(
        "SELECT (SELECT count(*) || '/' || coalesce(max(id), 0) FROM quiz_answers) || ' ' ||"
        " (SELECT count(finished_at) || '/' || coalesce(max(id), 0) FROM scenario_plays) || ' ' ||"
        " (SELECT count(*) || '/' || coalesce(max(id), 0) FROM scenario_decisions) || ' ' ||"
        " (SELECT count(*) || '/' || coalesce(max(id), 0) FROM rhythm_sessions) || ' ' ||"
        " (SELECT count(ended_ms) || '/' || coalesce(max(id), 0) FROM checklist_runs WHERE mode = 'practice') || ' ' ||"
        " (SELECT count(*) FROM readiness_history)");
    q->executeStep();
    return q->getColumn(0).getString();
}

bool ProgressStore::recordReadiness(const core::CalendarDate& day, core::TimePoint at, int percent) {
    Statement q = db_.prepare("INSERT OR IGNORE INTO readiness_history(day, recorded_at, percent) VALUES(?, ?, ?)");
    q->bind(1, day.iso());
    q->bind(2, static_cast<int64_t>(core::toEpochMs(at)));
    q->bind(3, percent);
    return q->exec() > 0;
}

core::WeeklyGoal ProgressStore::weeklyGoal() {
    Statement q = db_.prepare("SELECT quiz_answers, scenarios, rhythm_sessions, drills, reminder_weekday, reminder_hour FROM weekly_goal WHERE id = 1");
    core::WeeklyGoal g;
    if (q->executeStep()) {
        for (int k = 0; k < core::kPracticeKinds; ++k) g.target[static_cast<size_t>(k)] = q->getColumn(k).getInt();
        g.reminderWeekday = q->getColumn(4).getInt();
        g.reminderHour = q->getColumn(5).getInt();
    }
    return g;
}

void ProgressStore::saveWeeklyGoal(const core::WeeklyGoal& g) {
    Statement q = db_.prepare(
        "INSERT INTO weekly_goal(id, quiz_answers, scenarios, rhythm_sessions, drills, reminder_weekday, reminder_hour) VALUES(1, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET quiz_answers = excluded.quiz_answers, scenarios = excluded.scenarios, "
        "rhythm_sessions = excluded.rhythm_sessions, drills = excluded.drills, reminder_weekday = excluded.reminder_weekday, "
        "reminder_hour = excluded.reminder_hour");
    for (int k = 0; k < core::kPracticeKinds; ++k) q->bind(k + 1, g.target[static_cast<size_t>(k)]);
    q->bind(5, g.reminderWeekday);
    q->bind(6, g.reminderHour);
    q->exec();
}

std::vector<core::Certificate> ProgressStore::certificates() {
    Statement q = db_.prepare("SELECT id, name, provider, taken_on, expires_on FROM certificates "
                              "ORDER BY expires_on IS NULL, expires_on, name COLLATE NOCASE, id");
    std::vector<core::Certificate> out;
    while (q->executeStep())
        out.push_back({q->getColumn(0).getInt64(), q->getColumn(1).getString(), q->getColumn(2).getString(), dateAt(q->getColumn(3)),
                       dateAt(q->getColumn(4))});
    return out;
}

std::optional<core::Certificate> ProgressStore::certificate(long long id) {
    for (core::Certificate& c : certificates())
        if (c.id == id) return std::move(c);
    return std::nullopt;
}

long long ProgressStore::addCertificate(const core::Certificate& c) {
    Statement q = db_.prepare("INSERT INTO certificates(name, provider, taken_on, expires_on) VALUES(?, ?, ?, ?)");
    q->bind(1, c.name);
    q->bind(2, c.provider);
    bindDate(*q, 3, c.takenOn);
    bindDate(*q, 4, c.expiresOn);
    q->exec();
    return db_.sql().getLastInsertRowid();
}

void ProgressStore::updateCertificate(const core::Certificate& c) {
    Statement q = db_.prepare("UPDATE certificates SET name = ?, provider = ?, taken_on = ?, expires_on = ? WHERE id = ?");
    q->bind(1, c.name);
    q->bind(2, c.provider);
    bindDate(*q, 3, c.takenOn);
    bindDate(*q, 4, c.expiresOn);
    q->bind(5, static_cast<int64_t>(c.id));
    q->exec();
}

void ProgressStore::removeCertificate(long long id) {
    Statement q = db_.prepare("DELETE FROM certificates WHERE id = ?");
    q->bind(1, static_cast<int64_t>(id));
    q->exec();
}

}  // namespace store
