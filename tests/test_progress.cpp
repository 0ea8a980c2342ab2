// The Progress screen and its model, headless over a real database: charts computed from practice
// in the store, the week/month switch without SQL, the readiness score once a day, the weekly goal
// and its gentle reminder, and certificates with a reminder before each expiry.
#include <doctest/doctest.h>
#include <SQLiteCpp/SQLiteCpp.h>

#include "core/recurrence.h"
#include "platform/headless.h"
#include "store/reminder_store.h"
#include "support.h"

using namespace test;
using namespace std::chrono_literals;

namespace {

long long ms(core::TimePoint t) { return core::toEpochMs(t); }

void addQuizAnswer(store::Database& db, const std::string& guide, core::TimePoint at, bool correct) {
    SQLite::Statement q(db.sql(), "INSERT INTO quiz_answers(guide_id, question_index, answered_at, correct) VALUES(?, 0, ?, ?)");
    q.bind(1, guide);
    q.bind(2, static_cast<int64_t>(ms(at)));
    q.bind(3, correct ? 1 : 0);
    q.exec();
}

void addScenarioPlay(store::Database& db, core::TimePoint at, int right, int decisions, long long decisionMs) {
    SQLite::Statement play(db.sql(), "INSERT INTO scenario_plays(scenario_id, mode, started_at, finished_at, decisions, right_count) "
                                     "VALUES('collapse-bus-stop', 'timed', ?, ?, ?, ?)");
    play.bind(1, static_cast<int64_t>(ms(at) - 60'000));
    play.bind(2, static_cast<int64_t>(ms(at)));
    play.bind(3, decisions);
    play.bind(4, right);
    play.exec();
    long long playId = db.sql().getLastInsertRowid();
    for (int i = 0; i < decisions; ++i) {
        SQLite::Statement d(db.sql(), "INSERT INTO scenario_decisions(play_id, decision_id, choice, correct, elapsed_ms, answered_at) "
                                      "VALUES(?, ?, 0, ?, ?, ?)");
        d.bind(1, static_cast<int64_t>(playId));
        d.bind(2, "d" + std::to_string(i));
        d.bind(3, i < right ? 1 : 0);
        d.bind(4, static_cast<int64_t>(decisionMs));
        d.bind(5, static_cast<int64_t>(ms(at) - 50'000 + i * 1000));
        d.exec();
    }
}

void addDrill(store::Database& db, core::TimePoint endedAt, int seconds, std::optional<int> target) {
    SQLite::Statement q(db.sql(), "INSERT INTO checklist_runs(checklist_key, title, mode, status, started_ms, ended_ms, target_seconds) "
                                  "VALUES('template:go-bag', 'Go-bag', 'practice', 'finished', ?, ?, ?)");
    q.bind(1, static_cast<int64_t>(ms(endedAt) - seconds * 1000LL));
    q.bind(2, static_cast<int64_t>(ms(endedAt)));
    if (target)
        q.bind(3, *target);
    else
        q.bind(3);
    q.exec();
}

void addRhythm(store::Database& db, core::TimePoint at, double inRange) {
    SQLite::Statement q(db.sql(), "INSERT INTO rhythm_sessions(finished_at, taps, rate, variation, in_range_fraction, verdict) VALUES(?, 60, 110, 5, ?, 0)");
    q.bind(1, static_cast<int64_t>(ms(at)));
    q.bind(2, inRange);
    q.exec();
}

int count(store::Database& db, const std::string& sql) { return db.sql().execAndGet(sql).getInt(); }

std::optional<core::Reminder> reminderFor(store::Database& db, const std::string& source) {
    store::ReminderStore reminders(db);
    return reminders.findBySource(source);
}

}  // namespace

TEST_CASE("the Progress screen charts practice from the database and switches to months without reading it again") {
    AppFixture f;
    core::TimePoint now = f.clock.now();
    const std::string guide = realContent().content.guides.front().id;
    // This week: 3 of 4 quiz answers right, a scenario with 2 of 4 right at 6 s a decision, a drill
    // in 4 minutes against 5, a rhythm session at 80% in range. Three weeks ago: 1 of 2 right.
    for (bool right : {true, true, true, false}) addQuizAnswer(*f.db, guide, now - 1h, right);
    addScenarioPlay(*f.db, now - 2h, 2, 4, 6000);
    addDrill(*f.db, now - 3h, 240, 300);
    addRhythm(*f.db, now - 4h, 0.8);
    for (bool right : {true, false}) addQuizAnswer(*f.db, guide, now - 21 * 24h, right);

    platform::Headless screen(*f.app);
    REQUIRE(screen.tap("##progress"));
    REQUIRE(f.app->nav().current().screen() == app::Screen::Progress);
    screen.frame(2);
    const app::ProgressCharts& c = f.app->progress().charts();
    REQUIRE(c.buckets.size() == app::Progress::kWeeksShown);
    CHECK(c.period == core::Period::Week);
    REQUIRE(c.quizAccuracy.back());
    CHECK(*c.quizAccuracy.back() == doctest::Approx(0.75));
    // Three weeks ago, unless this week began in the last 3 hours of the clock's day: count back.
    size_t older = c.quizAccuracy.size() - 1;
    while (older > 0 && !(c.buckets[older].start <= now - 21 * 24h && now - 21 * 24h < c.buckets[older].end)) --older;
    REQUIRE(c.quizAccuracy[older]);
    CHECK(*c.quizAccuracy[older] == doctest::Approx(0.5));
    CHECK(*c.scenarioScore.back() == doctest::Approx(0.5));
    CHECK(*c.decisionSeconds.back() == doctest::Approx(6.0));
    CHECK(*c.drillSeconds.back() == doctest::Approx(240));
    CHECK(*c.drillTargetSeconds.back() == doctest::Approx(300));
    CHECK(*c.rhythmInRange.back() == doctest::Approx(0.8));
    REQUIRE(c.readiness.back());  // recorded today when the app started
    REQUIRE(c.topics.size() == 1);
    CHECK(c.topics[0].answered == 6);
    CHECK(c.topics[0].accuracy == doctest::Approx(4.0 / 6));
    CHECK(f.app->progress().streak().thisWeek);

    long long reads = f.app->progress().readCount();
    REQUIRE(screen.tap("##period-months"));
    CHECK(f.app->progress().charts().period == core::Period::Month);
    CHECK(f.app->progress().charts().buckets.size() == app::Progress::kMonthsShown);
    CHECK(f.app->progress().readCount() == reads);  // the switch works from what was read
    REQUIRE(f.app->progress().charts().quizAccuracy.back());

    // New practice elsewhere is read when Progress opens again.
    addQuizAnswer(*f.db, guide, now, false);
    f.app->nav().back();
    screen.frame(2);
    CHECK(f.app->progress().readCount() == reads + 1);
    REQUIRE(screen.tap("##progress"));
    screen.frame(2);
    CHECK(f.app->progress().readCount() == reads + 1);  // nothing changed since
}

TEST_CASE("with no practice the Progress screen says what to do, and draws without reading the database every frame") {
    AppFixture f;
    platform::Headless screen(*f.app);
    f.app->openProgress();
    screen.frame(3);
    const app::ProgressCharts& c = f.app->progress().charts();
    CHECK_FALSE(c.quizAccuracy.back());
    CHECK(f.app->progress().streak().weeks == 0);
    CHECK_FALSE(f.app->progress().anyPractice());
    long long reads = f.app->progress().readCount();
    screen.frame(20);
    CHECK(f.app->progress().readCount() == reads);
}

TEST_CASE("the readiness score is recorded once a day while the app runs") {
    AppFixture f;
    CHECK(count(*f.db, "SELECT count(*) FROM readiness_history") == 1);
    f.restart();
    f.app->onScreenChanged();
    CHECK(count(*f.db, "SELECT count(*) FROM readiness_history") == 1);
    f.clock.advance(24h);
    f.app->onScreenChanged();
    CHECK(count(*f.db, "SELECT count(*) FROM readiness_history") == 2);
    f.app->onScreenChanged();
    CHECK(count(*f.db, "SELECT count(*) FROM readiness_history") == 2);
    CHECK(count(*f.db, "SELECT count(*) FROM readiness_history WHERE percent BETWEEN 0 AND 100") == 2);
}

TEST_CASE("a weekly goal not met keeps a gentle reminder on the chosen day, which goes once the goal is met") {
    AppFixture f;
    core::WeeklyGoal goal;
    goal.target[static_cast<size_t>(core::PracticeKind::Scenario)] = 2;
    goal.target[static_cast<size_t>(core::PracticeKind::Drill)] = 1;
    goal.reminderWeekday = 5;
    REQUIRE(f.app->progress().setGoal(goal));
    auto r = reminderFor(*f.db, app::Progress::kGoalSource);
    REQUIRE(r);
    REQUIRE(r->dueAt);
    core::LocalDateTime due = core::toLocal(*r->dueAt, f.app->reminders().timeZone());
    CHECK(core::dayOfWeek(due) == 5);
    CHECK(due.hour == 18);
    CHECK(*r->dueAt - f.clock.now() < 7 * 24h);
    CHECK(r->notes.find("2 scenarios") != std::string::npos);
    CHECK(r->notes.find("1 checklist drill") != std::string::npos);

    // The goal survives a restart.
    f.restart();
    CHECK(f.app->progress().goal().target == goal.target);

    addScenarioPlay(*f.db, f.clock.now(), 3, 3, 4000);
    addScenarioPlay(*f.db, f.clock.now(), 1, 3, 4000);
    f.app->onScreenChanged();
    r = reminderFor(*f.db, app::Progress::kGoalSource);
    REQUIRE(r);
    CHECK(r->notes.find("scenario") == std::string::npos);  // only the drill is left
    addDrill(*f.db, f.clock.now(), 200, std::nullopt);
    f.app->onScreenChanged();
    CHECK(f.app->progress().goalProgress().met(goal));
    CHECK_FALSE(reminderFor(*f.db, app::Progress::kGoalSource));

    // Next week the goal starts again, and so does its reminder.
    f.clock.advance(7 * 24h);
    f.app->onScreenChanged();
    CHECK(reminderFor(*f.db, app::Progress::kGoalSource));
}

TEST_CASE("a certificate added on the Progress screen keeps a reminder 60 days before it expires, follows edits and goes when deleted") {
    AppFixture f;
    platform::Headless screen(*f.app, 420, 4000);  // tall enough to show the whole Progress screen
    f.app->openProgress();
    screen.frame(2);
    REQUIRE(screen.tap("##certificate-add"));
    REQUIRE(f.app->nav().current() == app::Route{app::route::Certificate{0}});
    REQUIRE(screen.tap("##certificate-name"));
    screen.type("First aid at work");
    REQUIRE(screen.tap("##certificate-provider"));
    screen.type("Red Crescent");
    REQUIRE(screen.tap("##certificate-expires"));
    screen.type("2029-02-30");
    REQUIRE(screen.tap("##certificate-save"));
    // Not a date: said so, and nothing saved.
    CHECK(f.app->nav().current().screen() == app::Screen::Certificate);
    CHECK(count(*f.db, "SELECT count(*) FROM certificates") == 0);
    REQUIRE(screen.tap("##certificate-expires"));
    for (int i = 0; i < 12; ++i) screen.pressKey(platform::keys::Backspace);
    screen.type("2029-03-01");
    REQUIRE(screen.tap("##certificate-save"));
    CHECK(f.app->nav().current().screen() == app::Screen::Progress);
    REQUIRE(f.app->progress().certificates().size() == 1);
    const core::Certificate c = f.app->progress().certificates().front();
    CHECK(c.name == "First aid at work");
    CHECK(c.provider == "Red Crescent");
    CHECK(c.expiresOn == core::CalendarDate{2029, 3, 1});
    CHECK(count(*f.db, "SELECT count(*) FROM certificates WHERE expires_on = '2029-03-01'") == 1);

    const std::string source = app::Progress::certificateSource(c.id);
    auto r = reminderFor(*f.db, source);
    REQUIRE(r);
    const std::string tz = f.app->reminders().timeZone();
    CHECK(*r->dueAt == core::toUtc(core::LocalDateTime{2028, 12, 31, 9, 0, 0}, tz));  // 60 days before, at 09:00
    CHECK(r->title.find("First aid at work") != std::string::npos);

    // Edited: the reminder moves with the new expiry date.
    screen.frame(2);
    REQUIRE(screen.tap("##certificate-" + std::to_string(c.id)));
    REQUIRE(screen.tap("##certificate-expires"));
    for (int i = 0; i < 12; ++i) screen.pressKey(platform::keys::Backspace);
    screen.type("2030-01-10");
    REQUIRE(screen.tap("##certificate-save"));
    r = reminderFor(*f.db, source);
    REQUIRE(r);
    CHECK(*r->dueAt == core::toUtc(core::LocalDateTime{2029, 11, 11, 9, 0, 0}, tz));

    // Deleted: the certificate and its reminder go.
    screen.frame(2);
    REQUIRE(screen.tap("##certificate-" + std::to_string(c.id)));
    REQUIRE(screen.tap("##certificate-remove"));
    REQUIRE(screen.tap("##certificate-remove-yes"));
    CHECK(count(*f.db, "SELECT count(*) FROM certificates") == 0);
    CHECK_FALSE(reminderFor(*f.db, source));
    CHECK(f.app->nav().current().screen() == app::Screen::Progress);
}
