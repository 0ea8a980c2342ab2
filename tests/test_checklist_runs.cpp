// Checklist runs: every tick, untick and note in the database at once; resuming after a restart;
// finishing, abandoning, the history and its filters; runs keep their own copy of the items.
#include <SQLiteCpp/SQLiteCpp.h>
#include <doctest/doctest.h>

#include "support.h"

using namespace test;
using namespace std::chrono_literals;
using core::RunMode;
using core::RunStatus;

namespace {

const std::string kGoBag = core::templateKey("go-bag");
const std::string kEvacuation = core::templateKey("evacuation");

// What another connection sees: the database file, not the app's memory.
struct Peek {
    SQLite::Database db;
    explicit Peek(const fs::path& path) : db(path.string(), SQLite::OPEN_READONLY) {}

    std::optional<long long> tickedMs(long long runId, int position) {
        SQLite::Statement q(db, "SELECT ticked_ms FROM checklist_run_items WHERE run_id = ? AND position = ?");
        q.bind(1, static_cast<int64_t>(runId));
        q.bind(2, position);
        REQUIRE(q.executeStep());
        if (q.getColumn(0).isNull()) return std::nullopt;
        return q.getColumn(0).getInt64();
    }
    std::string note(long long runId, int position) {
        SQLite::Statement q(db, "SELECT note FROM checklist_run_items WHERE run_id = ? AND position = ?");
        q.bind(1, static_cast<int64_t>(runId));
        q.bind(2, position);
        REQUIRE(q.executeStep());
        return q.getColumn(0).getString();
    }
    std::vector<std::string> events(long long runId) {
        SQLite::Statement q(db, "SELECT position || ' ' || kind || ' ' || at_ms || ' ' || note FROM checklist_run_events WHERE run_id = ? ORDER BY id");
        q.bind(1, static_cast<int64_t>(runId));
        std::vector<std::string> out;
        while (q.executeStep()) out.push_back(q.getColumn(0).getString());
        return out;
    }
};

long long startRun(AppFixture& f, const std::string& key, RunMode mode = RunMode::Practice, const std::string& who = "") {
    f.app->runs().startDraft().mode = mode;
    f.app->runs().startDraft().performedBy = who;
    std::optional<long long> id = f.app->runs().start(key);
    REQUIRE_MESSAGE(id, f.app->notices().text());
    return *id;
}

}  // namespace

TEST_CASE("a tick, an untick and a note are each in the database as soon as they are made") {
    AppFixture f;
    long long id = startRun(f, kGoBag);
    Peek peek(f.dbPath());
    long long t0 = core::toEpochMs(f.clock.now());

    f.clock.advance(30s);
    REQUIRE(f.app->runs().toggle(id, 2));
    CHECK(peek.tickedMs(id, 2) == t0 + 30'000);

    f.clock.advance(5s);
    REQUIRE(f.app->runs().toggle(id, 2));
    CHECK_FALSE(peek.tickedMs(id, 2).has_value());

    f.clock.advance(5s);
    REQUIRE(f.app->runs().setNote(id, 2, "  Bought new batteries \n"));
    CHECK(peek.note(id, 2) == "Bought new batteries");

    CHECK(peek.events(id) == std::vector<std::string>{"2 tick " + std::to_string(t0 + 30'000) + " ",
                                                      "2 untick " + std::to_string(t0 + 35'000) + " ",
                                                      "2 note " + std::to_string(t0 + 40'000) + " Bought new batteries"});
    // Ticking an item that is already ticked changes nothing and writes nothing.
    REQUIRE(f.app->runs().setTicked(id, 3, true));
    REQUIRE(f.app->runs().setTicked(id, 3, true));
    CHECK(peek.events(id).size() == 4);
    CHECK(f.app->notices().text().empty());
}

TEST_CASE("starting a run records the checklist, a copy of its items, practice or real, who and when") {
    AppFixture f;
    long long id = startRun(f, kGoBag, RunMode::Real, "  Sam  ");
    CHECK(f.app->runs().startDraft().mode == RunMode::Practice);  // "for real" is never carried over
    const core::ChecklistTemplate& goBag = *realContent().content.checklist("go-bag");
    f.restart();
    const core::Run* run = f.app->runs().run(id);
    REQUIRE(run);
    CHECK(run->checklistKey == kGoBag);
    CHECK(run->title == goBag.title);
    CHECK(run->mode == RunMode::Real);
    CHECK(run->performedBy == "Sam");
    CHECK(run->status == RunStatus::InProgress);
    CHECK(run->started == f.clock.now());
    CHECK_FALSE(run->ended);
    REQUIRE(run->items.size() == static_cast<size_t>(goBag.itemCount()));
    CHECK(run->items[0].section == goBag.sections[0].title);
    CHECK(run->items[0].text == goBag.sections[0].items[0].text);
    CHECK(run->items[0].detail == goBag.sections[0].items[0].detail);
    CHECK(run->items.back().text == goBag.sections.back().items.back().text);
    // The next run suggests the same person.
    CHECK(f.app->runs().startDraft().performedBy == "Sam");
}

TEST_CASE("an unfinished run is offered for resuming after a restart, with its ticks") {
    AppFixture f;
    long long id = startRun(f, kGoBag);
    for (int p : {0, 4, 7}) REQUIRE(f.app->runs().toggle(id, p));
    f.restart();
    REQUIRE(f.app->runs().unfinishedRuns().size() == 1);
    CHECK(f.app->runs().unfinishedRuns()[0].id == id);
    CHECK(f.app->runs().unfinishedRuns()[0].doneCount == 3);
    REQUIRE(f.app->runs().unfinishedRunOf(kGoBag));
    CHECK_FALSE(f.app->runs().unfinishedRunOf(kEvacuation));
    f.app->runs().openRun(id);
    CHECK(f.app->nav().current() == app::Route{app::route::ChecklistRun{id}});
    const core::Run* run = f.app->runs().run(id);
    REQUIRE(run);
    CHECK(run->items[4].ticked());
    CHECK_FALSE(run->items[5].ticked());
}

TEST_CASE("finishing records how long it took and what was skipped, then shows the run") {
    AppFixture f;
    long long id = startRun(f, kGoBag);
    const core::Run* run = f.app->runs().run(id);
    int count = static_cast<int>(run->items.size());
    for (int p = 0; p < count; ++p)
        if (p != 1 && p != 5) {
            f.clock.advance(20s);
            REQUIRE(f.app->runs().toggle(id, p));
        }
    f.clock.advance(1min);
    REQUIRE(f.app->runs().finish(id));
    CHECK(f.app->nav().current() == app::Route{app::route::RunDetail{id}});
    CHECK(f.app->runs().unfinishedRuns().empty());

    f.restart();
    run = f.app->runs().run(id);
    REQUIRE(run);
    CHECK(run->status == RunStatus::Finished);
    REQUIRE(run->duration());
    CHECK(*run->duration() == core::Millis((count - 2) * 20'000 + 60'000));
    auto skipped = run->skipped();
    REQUIRE(skipped.size() == 2);
    CHECK(skipped[0]->position == 1);
    CHECK(skipped[1]->position == 5);
    CHECK(run->doneCount() == count - 2);
}

TEST_CASE("an abandoned run stays in the history, marked abandoned") {
    AppFixture f;
    long long id = startRun(f, kEvacuation);
    REQUIRE(f.app->runs().toggle(id, 0));
    f.clock.advance(3min);
    REQUIRE(f.app->runs().abandon(id));
    CHECK(f.app->runs().unfinishedRuns().empty());
    REQUIRE(f.app->history().count() == 1);
    const core::RunSummary* row = f.app->history().row(0);
    REQUIRE(row);
    CHECK(row->id == id);
    CHECK(row->status == RunStatus::Abandoned);
    CHECK(row->doneCount == 1);
    REQUIRE(row->ended);
    CHECK(*row->ended - row->started == 3min);
}

TEST_CASE("a run that has ended keeps its ticks and notes as they were") {
    AppFixture f;
    long long id = startRun(f, kGoBag);
    REQUIRE(f.app->runs().toggle(id, 0));
    REQUIRE(f.app->runs().finish(id));
    CHECK_FALSE(f.app->runs().toggle(id, 0));
    CHECK_FALSE(f.app->notices().text().empty());
    f.app->notices().dismiss();
    CHECK_FALSE(f.app->runs().setNote(id, 1, "late"));
    CHECK_FALSE(f.app->notices().text().empty());
    CHECK_FALSE(f.app->runs().finish(id));
    Peek peek(f.dbPath());
    CHECK(peek.tickedMs(id, 0).has_value());
    CHECK(peek.note(id, 1).empty());
    // The store refuses too, whoever asks.
    store::ChecklistRuns runs(*f.db);
    CHECK_THROWS_AS(runs.setTicked(id, 0, false, f.clock.now()), store::RunError);
    CHECK_THROWS_AS(runs.setTicked(id, 999, true, f.clock.now()), store::RunError);
}

TEST_CASE("starting over abandons the checklist's run in progress and starts a new one") {
    AppFixture f;
    long long first = startRun(f, kGoBag);
    long long other = startRun(f, kEvacuation);
    f.clock.advance(1h);
    std::optional<long long> second = f.app->runs().startOver(kGoBag);
    REQUIRE(second);
    CHECK(*second != first);
    CHECK(f.app->runs().run(first)->status == RunStatus::Abandoned);
    REQUIRE(f.app->runs().unfinishedRuns().size() == 2);
    CHECK(f.app->runs().unfinishedRuns()[0].id == *second);  // newest first
    CHECK(f.app->runs().unfinishedRuns()[1].id == other);
}

TEST_CASE("the history lists runs newest first, filtered by checklist and by practice or real") {
    AppFixture f;
    std::vector<long long> ids;
    struct Plan { std::string key; RunMode mode; };
    std::vector<Plan> plans{{kGoBag, RunMode::Practice}, {kEvacuation, RunMode::Real}, {kGoBag, RunMode::Real},
                            {kEvacuation, RunMode::Practice}, {kGoBag, RunMode::Practice}};
    for (const Plan& p : plans) {
        f.clock.advance(24h);
        long long id = startRun(f, p.key, p.mode);
        REQUIRE(f.app->runs().finish(id));
        ids.push_back(id);
    }
    auto shown = [&] {
        std::vector<long long> out;
        for (int i = 0; i < f.app->history().count(); ++i) out.push_back(f.app->history().row(i)->id);
        return out;
    };
    CHECK(shown() == std::vector<long long>{ids[4], ids[3], ids[2], ids[1], ids[0]});
    f.app->history().setFilter({kGoBag, std::nullopt});
    CHECK(shown() == std::vector<long long>{ids[4], ids[2], ids[0]});
    f.app->history().setFilter({kGoBag, RunMode::Real});
    CHECK(shown() == std::vector<long long>{ids[2]});
    f.app->history().setFilter({"", RunMode::Practice});
    CHECK(shown() == std::vector<long long>{ids[4], ids[3], ids[0]});
    CHECK(f.app->history().row(3) == nullptr);

    // The checklist filter offers every checklist that has runs.
    const auto& withRuns = f.app->history().checklistsWithRuns();
    REQUIRE(withRuns.size() == 2);
    CHECK(withRuns[0].second == f.app->content().checklist("go-bag")->title);
    CHECK(withRuns[1].second == f.app->content().checklist("evacuation")->title);
}

TEST_CASE("the history pages through many runs") {
    AppFixture f;
    for (int i = 0; i < 110; ++i) {
        f.clock.advance(1h);
        REQUIRE(f.app->runs().finish(startRun(f, i % 2 ? kGoBag : kEvacuation)));
    }
    REQUIRE(f.app->history().count() == 110);
    core::TimePoint previous = core::TimePoint::max();
    for (int i = 0; i < 110; ++i) {
        const core::RunSummary* row = f.app->history().row(i);
        REQUIRE(row);
        CHECK(row->started < previous);
        previous = row->started;
    }
}

TEST_CASE("the date of the last finished practice run is known") {
    AppFixture f;
    CHECK_FALSE(f.app->runs().lastFinishedPracticeRun());
    long long real = startRun(f, kGoBag, RunMode::Real);
    REQUIRE(f.app->runs().finish(real));
    CHECK_FALSE(f.app->runs().lastFinishedPracticeRun());
    f.clock.advance(2h);
    long long drill = startRun(f, kEvacuation, RunMode::Practice);
    f.clock.advance(10min);
    core::TimePoint finishedAt = f.clock.now();
    REQUIRE(f.app->runs().finish(drill));
    f.clock.advance(1h);
    REQUIRE(f.app->runs().abandon(startRun(f, kGoBag, RunMode::Practice)));
    CHECK(f.app->runs().lastFinishedPracticeRun() == finishedAt);
    CHECK(f.app->runs().lastFinishedPracticeRun(kEvacuation) == finishedAt);
    CHECK_FALSE(f.app->runs().lastFinishedPracticeRun(kGoBag));
}

TEST_CASE("a run keeps the item texts it started with after the content changes") {
    AppFixture f;
    long long id = startRun(f, kGoBag);
    REQUIRE(f.app->runs().toggle(id, 0));
    std::string original = f.app->content().checklist("go-bag")->sections[0].items[0].text;

    content::LoadResult changed = realContent();
    for (auto& c : changed.content.checklists)
        if (c.id == "go-bag") {
            c.title = "Grab bag";
            c.sections[0].items[0].text = "Water, rewritten";
            c.sections[0].items.erase(c.sections[0].items.begin() + 1);
        }
    f.app.reset();
    f.app = std::make_unique<app::App>(changed, *f.db, f.clock);
    const core::Run* run = f.app->runs().run(id);
    REQUIRE(run);
    CHECK(run->title != "Grab bag");
    CHECK(run->items[0].text == original);
    CHECK(run->items.size() == static_cast<size_t>(realContent().content.checklist("go-bag")->itemCount()));
    REQUIRE(f.app->runs().finish(id));
    long long next = startRun(f, kGoBag);
    CHECK(f.app->runs().run(next)->items[0].text == "Water, rewritten");
    CHECK(f.app->runs().run(next)->title == "Grab bag");
}

TEST_CASE("a tick the database cannot take becomes a notice and is not shown as done") {
    TempDir dir;
    core::ManualClock clock;
    store::Database db(dir / "locked.db", {100});
    app::App app(realContent(), db, clock);
    std::optional<long long> id = app.runs().start(kGoBag);
    REQUIRE(id);
    {
        SQLite::Database holder((dir / "locked.db").string(), SQLite::OPEN_READWRITE);
        holder.exec("BEGIN EXCLUSIVE");
        CHECK_FALSE(app.runs().toggle(*id, 0));
        CHECK(app.notices().text().find("The tick was not saved") == 0);
        CHECK_FALSE(app.runs().run(*id)->items[0].ticked());
        holder.exec("ROLLBACK");
    }
    app.notices().dismiss();
    CHECK(app.runs().toggle(*id, 0));
    CHECK(app.runs().run(*id)->items[0].ticked());
}

TEST_CASE("checklist keys name a template or a list") {
    CHECK(core::templateIdOf(core::templateKey("go-bag")) == "go-bag");
    CHECK(core::listIdOf(core::listKey(42)) == 42);
    CHECK_FALSE(core::listIdOf("list:"));
    CHECK_FALSE(core::listIdOf("list:4x"));
    CHECK_FALSE(core::listIdOf("template:go-bag"));
    CHECK_FALSE(core::templateIdOf("template:"));
    CHECK_FALSE(core::templateIdOf("list:3"));
}
