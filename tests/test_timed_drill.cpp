// Timed drills, driven headlessly on an injected clock: the checklist's own target offered, who
// takes part chosen from the household plan, the countdown while the drill runs (never in a real
// run), the time recorded, and the personal best kept across drills.
#include <doctest/doctest.h>
#include <imgui.h>

#include "platform/headless.h"
#include "support.h"
#include "ui_support.h"

using namespace test;
using namespace std::chrono_literals;

namespace {

// Starts a practice drill of the checklist from its start screen; returns the run id.
long long startDrill(AppFixture& f, platform::Headless& screen, const std::string& key) {
    f.app->nav().selectTab(app::Tab::Checklists);
    f.app->runs().openChecklist(key);
    screen.frame(2);
    REQUIRE(tapScrolled(screen, "##start-run"));
    REQUIRE(f.app->nav().current().screen() == app::Screen::ChecklistRun);
    return f.app->nav().current().as<app::route::ChecklistRun>().runId;
}

// Ticks every item (or all but the last), `each` apart, and finishes.
void tickAndFinish(AppFixture& f, long long runId, std::chrono::seconds each, bool skipLast = false) {
    int items = static_cast<int>(f.app->runs().run(runId)->items.size());
    for (int i = 0; i < items - (skipLast ? 1 : 0); ++i) {
        f.clock.advance(each);
        REQUIRE(f.app->runs().setTicked(runId, i, true));
    }
    REQUIRE(f.app->runs().finish(runId));
}

}  // namespace

TEST_CASE("a timed drill counts down, records its time and who took part, and keeps the personal best") {
    AppFixture f;
    core::Member robin, sam;
    robin.name = "Robin";
    sam.name = "Sam";
    int64_t robinId = f.app->plan().add(robin);
    REQUIRE(robinId > 0);
    REQUIRE(f.app->plan().add(sam) > 0);
    const std::string key = core::templateKey("fire-escape-drill");
    const int items = realContent().content.checklist("fire-escape-drill")->itemCount();
    platform::Headless screen(*f.app);

    // The checklist's sources aim for 2 minutes: offered, and chosen, at once.
    f.app->nav().selectTab(app::Tab::Checklists);
    f.app->runs().openChecklist(key);
    screen.frame(2);
    CHECK(f.app->runs().startDraft().targetSeconds == 120);
    REQUIRE(tapScrolled(screen, "##target-300"));
    CHECK(f.app->runs().startDraft().targetSeconds == 300);
    REQUIRE(tapScrolled(screen, "##target-120"));
    REQUIRE(tapScrolled(screen, "##participant-" + std::to_string(robinId)));
    REQUIRE(tapScrolled(screen, "##start-run"));
    long long first = f.app->nav().current().as<app::route::ChecklistRun>().runId;
    const core::Run* run = f.app->runs().run(first);
    REQUIRE(run);
    CHECK(run->targetSeconds == 120);
    CHECK(run->participants == std::vector<std::string>{"Robin"});
    CHECK(run->countsDown());
    f.clock.advance(1500ms);
    CHECK(f.app->secondsUntilNextChange() == doctest::Approx(0.5));  // the countdown's next second

    // Every item ticked 10 s apart: finished in items × 10 s, the first personal best.
    tickAndFinish(f, first, 10s);
    const core::Millis firstTime = std::chrono::seconds(items * 10) + 1500ms;
    CHECK(f.app->runs().run(first)->duration() == firstTime);
    CHECK(f.app->runs().personalBest(key) == firstTime);
    SQLite::Statement stored(f.db->sql(), "SELECT target_seconds, ended_ms - started_ms FROM checklist_runs WHERE id = " + std::to_string(first));
    REQUIRE(stored.executeStep());
    CHECK(stored.getColumn(0).getInt() == 120);
    CHECK(stored.getColumn(1).getInt64() == firstTime.count());
    screen.frame(2);  // the run's details draw its time against the target and the best

    // Slower: the best stays. Faster but with an item skipped: not a best.
    long long slower = startDrill(f, screen, key);
    tickAndFinish(f, slower, 12s);
    long long skipped = startDrill(f, screen, key);
    tickAndFinish(f, skipped, 1s, true);
    CHECK(f.app->runs().personalBest(key) == firstTime);
    // Faster with every item: the new best.
    long long faster = startDrill(f, screen, key);
    tickAndFinish(f, faster, 5s);
    CHECK(f.app->runs().personalBest(key) == std::chrono::seconds(items * 5));
    CHECK(f.app->runs().run(faster)->completeDrill());

    // A real run never counts down and takes no target, whatever the draft held.
    f.app->runs().openChecklist(key);
    screen.frame(2);
    REQUIRE(tapScrolled(screen, "##mode-real"));
    screen.frame();
    CHECK_FALSE(screen.visible("##target-120"));
    REQUIRE(tapScrolled(screen, "##start-run"));
    long long real = f.app->nav().current().as<app::route::ChecklistRun>().runId;
    CHECK_FALSE(f.app->runs().run(real)->targetSeconds);
    CHECK_FALSE(f.app->runs().run(real)->countsDown());
    CHECK(f.app->runs().run(real)->participants.empty());
    CHECK(f.app->runs().secondsUntilNextChange() < 0);
}
