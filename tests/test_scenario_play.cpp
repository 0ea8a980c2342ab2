// Practice scenarios, driven headlessly: a whole play with right and wrong answers (score, the
// stored play and decisions, the review due dates), the list putting due reviews first, a timed
// decision that runs out on an injected clock, and a play left half way keeping its decisions.
#include <doctest/doctest.h>
#include <imgui.h>

#include "platform/headless.h"
#include "support.h"
#include "ui_support.h"

using namespace test;
using namespace std::chrono_literals;

namespace {

long long countOf(store::Database& db, const std::string& sql) {
    SQLite::Statement q(db.sql(), sql);
    q.executeStep();
    return q.getColumn(0).getInt64();
}

const core::Scenario& scenario(const std::string& id) {
    const core::Scenario* s = realContent().content.scenario(id);
    REQUIRE(s);
    return *s;
}

int wrongChoice(const core::ScenarioDecision& d) { return d.rightChoice() == 0 ? 1 : 0; }

}  // namespace

TEST_CASE("play a scenario to the end with right and wrong answers: score, stored decisions and review due dates") {
    AppFixture f;
    const core::Scenario& s = scenario("cardiac-arrest-bus-stop");
    REQUIRE(s.decisions.size() >= 3);
    platform::Headless screen(*f.app, 420, 2400);  // tall: the feedback and its citation all in view
    REQUIRE(screen.tap("##tab-First aid"));
    REQUIRE(tapScrolled(screen, "##scenarios"));
    CHECK(f.app->nav().current().screen() == app::Screen::Scenarios);
    REQUIRE(tapScrolled(screen, "##scenario-" + s.id));
    CHECK(f.app->nav().current() == app::Route{app::route::ScenarioPlay{s.id}});
    REQUIRE(tapScrolled(screen, "##scenario-start"));
    const core::TimePoint started = f.clock.now();

    // Wrong at the second decision, right at every other; each takes 4 seconds.
    for (size_t i = 0; i < s.decisions.size(); ++i) {
        const core::ScenarioDecision& d = s.decisions[i];
        f.clock.advance(4s);
        int choice = i == 1 ? wrongChoice(d) : d.rightChoice();
        REQUIRE(tapScrolled(screen, "##choice-" + std::to_string(choice)));
        REQUIRE(f.app->scenarios().play()->answered());
        // The feedback cites the guide step, and the choice is in the database at once.
        CHECK(screen.visible("##open-cited"));
        CHECK(countOf(*f.db, "SELECT count(*) FROM scenario_decisions") == static_cast<long long>(i + 1));
        REQUIRE(tapScrolled(screen, "##scenario-next"));
    }
    const app::ScenarioPractice::Play* play = f.app->scenarios().play();
    REQUIRE(play);
    CHECK(play->finished);
    core::ScenarioScore score = f.app->scenarios().score();
    CHECK(score.right == static_cast<int>(s.decisions.size()) - 1);
    CHECK(score.wrongDecisionIds() == std::vector<std::string>{s.decisions[1].id});
    CHECK(score.meanDecisionTime() == 4s);

    SQLite::Statement p(f.db->sql(), "SELECT scenario_id, mode, decisions, right_count, finished_at IS NOT NULL FROM scenario_plays");
    REQUIRE(p.executeStep());
    CHECK(p.getColumn(0).getString() == s.id);
    CHECK(p.getColumn(1).getString() == "practice");
    CHECK(p.getColumn(2).getInt() == static_cast<int>(s.decisions.size()));
    CHECK(p.getColumn(3).getInt() == score.right);
    CHECK(p.getColumn(4).getInt() == 1);
    SQLite::Statement d(f.db->sql(), "SELECT decision_id, choice, correct, elapsed_ms FROM scenario_decisions ORDER BY id");
    for (size_t i = 0; i < s.decisions.size(); ++i) {
        REQUIRE(d.executeStep());
        CHECK(d.getColumn(0).getString() == s.decisions[i].id);
        CHECK(d.getColumn(1).getInt() == (i == 1 ? wrongChoice(s.decisions[i]) : s.decisions[i].rightChoice()));
        CHECK(d.getColumn(2).getInt() == (i == 1 ? 0 : 1));
        CHECK(d.getColumn(3).getInt64() == 4000);
    }
    // The same spaced review as the quiz cards: the wrong decision is due in 10 minutes, a right
    // one in a day.
    auto reviews = store::ScenarioPlays(*f.db).reviews(s.id);
    REQUIRE(reviews.size() == s.decisions.size());
    CHECK(reviews[s.decisions[1].id].box == 0);
    CHECK(reviews[s.decisions[1].id].dueAt == started + 8s + core::reviewInterval(0));
    CHECK(reviews[s.decisions[0].id].box == 1);
    CHECK(reviews[s.decisions[0].id].dueAt == started + 4s + 24h);

    // Done goes back to the list; once the wrong decision is due, its scenario comes first and the
    // practice reminder counts it.
    REQUIRE(tapScrolled(screen, "##scenario-done"));
    CHECK(f.app->nav().current().screen() == app::Screen::Scenarios);
    CHECK(f.app->scenarios().list().front().scenario->id != s.id);
    f.clock.advance(11min);
    f.app->onScreenChanged();
    f.app->scenarios().openList();
    screen.frame(2);
    const app::ScenarioListEntry& first = f.app->scenarios().list().front();
    CHECK(first.scenario->id == s.id);
    CHECK(first.record.dueDecisions == 1);
    CHECK(first.record.lastPercent == score.percent());
    CHECK(f.app->firstAid().dueReviews() == 1);
}

TEST_CASE("timed mode: a decision not made in time is recorded as timed out, and so is a choice made too late") {
    AppFixture f;
    const core::Scenario& s = scenario("kitchen-burn");
    platform::Headless screen(*f.app);
    f.app->nav().selectTab(app::Tab::FirstAid);
    f.app->scenarios().openList();
    f.app->scenarios().open(s.id);
    screen.frame(2);
    REQUIRE(screen.tap("##mode-timed"));
    REQUIRE(tapScrolled(screen, "##scenario-start"));
    app::ScenarioPractice& sp = f.app->scenarios();
    REQUIRE(sp.play()->mode == core::PlayMode::Timed);
    const int limit = s.decisions[0].secondsAllowed();
    CHECK(*sp.secondsLeft() == doctest::Approx(limit));
    CHECK(f.app->secondsUntilNextChange() > 0);  // the countdown is redrawn each second

    f.clock.advance(std::chrono::seconds(limit - 1));
    screen.frame();
    CHECK_FALSE(sp.play()->answered());
    f.clock.advance(2s);
    screen.frame();  // the app's tick sees the limit pass
    REQUIRE(sp.play()->answered());
    CHECK_FALSE(sp.play()->answers[0].choice);
    SQLite::Statement d(f.db->sql(), "SELECT choice IS NULL, correct, elapsed_ms FROM scenario_decisions");
    REQUIRE(d.executeStep());
    CHECK(d.getColumn(0).getInt() == 1);
    CHECK(d.getColumn(1).getInt() == 0);
    CHECK(d.getColumn(2).getInt64() == (limit + 1) * 1000);
    CHECK(store::ScenarioPlays(*f.db).reviews(s.id)[s.decisions[0].id].box == 0);

    // The right choice tapped after the limit (no frame ran between) still counts as timed out.
    REQUIRE(tapScrolled(screen, "##scenario-next"));
    f.clock.advance(std::chrono::seconds(s.decisions[1].secondsAllowed() + 5));
    sp.choose(s.decisions[1].rightChoice());
    core::ScenarioScore score = sp.score();
    REQUIRE(score.results.size() == 2);
    CHECK(score.results[1].timedOut);
    CHECK_FALSE(score.results[1].right);
    CHECK(score.right == 0);
}

TEST_CASE("a play left half way keeps its decisions after a restart and is not counted as a score") {
    AppFixture f;
    const core::Scenario& s = scenario("seizure-at-home");
    REQUIRE(f.app->scenarios().start(s.id, core::PlayMode::Practice));
    f.clock.advance(3s);
    f.app->scenarios().choose(s.decisions[0].rightChoice());
    f.restart();
    CHECK(countOf(*f.db, "SELECT count(*) FROM scenario_decisions") == 1);
    CHECK(countOf(*f.db, "SELECT count(*) FROM scenario_plays WHERE finished_at IS NULL AND right_count = 1") == 1);
    for (const app::ScenarioListEntry& e : f.app->scenarios().list())
        if (e.scenario->id == s.id) {
            CHECK(e.record.plays == 0);
            CHECK_FALSE(e.record.lastPercent);
        }
}
