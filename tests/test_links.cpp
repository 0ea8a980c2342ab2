// The parts that follow each other's data: kit expiry and quiz reviews make reminders, and
// finished practice drills count towards readiness.
#include <doctest/doctest.h>

#include "core/calendar_date.h"
#include "core/checklist_run.h"
#include "store/reminder_store.h"
#include "support.h"

using namespace test;
using namespace std::chrono;

namespace {
std::optional<core::Reminder> linked(store::Database& db, const std::string& source) {
    for (const auto& r : store::ReminderStore(db).loadAll())
        if (r.source == source) return r;
    return std::nullopt;
}
}  // namespace

TEST_CASE("a kit item's expiry makes a reminder 30 days before, which moves and goes with the item") {
    AppFixture f;
    auto& plan = f.app->plan();
    int64_t id = plan.addKitItem("Bottled water");
    core::CalendarDate today = core::localDate(f.clock.now());
    plan.setKitExpiry(id, today.plusDays(90));
    std::string source = app::LinkedReminders::kitSource(id);
    auto r = linked(*f.db, source);
    REQUIRE(r.has_value());
    REQUIRE(r->dueAt.has_value());
    CHECK(core::localDate(*r->dueAt) == today.plusDays(60));

    plan.setKitExpiry(id, today.plusDays(120));  // replaced with fresher stock
    r = linked(*f.db, source);
    REQUIRE(r.has_value());
    CHECK(core::localDate(*r->dueAt) == today.plusDays(90));

    f.restart();  // it is kept, not recreated
    CHECK(store::ReminderStore(*f.db).loadAll().size() >= 1);
    CHECK(core::localDate(*linked(*f.db, source)->dueAt) == today.plusDays(90));

    f.app->plan().setKitExpiry(id, std::nullopt);
    CHECK_FALSE(linked(*f.db, source).has_value());
    f.app->plan().setKitExpiry(id, today.plusDays(40));
    REQUIRE(linked(*f.db, source).has_value());
    f.app->plan().removeKitItem(id);
    CHECK_FALSE(linked(*f.db, source).has_value());
}

TEST_CASE("quiz reviews that are due show as one practice reminder") {
    AppFixture f;
    CHECK_FALSE(linked(*f.db, "practice").has_value());
    auto& fa = f.app->firstAid();
    fa.startQuiz("burns");
    fa.answer(fa.currentQuestion()->answer == 0 ? 1 : 0);  // wrong: due again in 10 minutes
    fa.nextQuestion();
    fa.answer(fa.currentQuestion()->answer == 0 ? 1 : 0);
    auto r = linked(*f.db, "practice");
    REQUIRE(r.has_value());
    CHECK(r->title == "Practise: 2 questions due");
    CHECK(*r->dueAt == f.clock.now() + minutes{10});
}

TEST_CASE("a finished practice drill counts towards readiness") {
    AppFixture f;
    CHECK_FALSE(f.app->plan().readiness().drillsRecent);
    std::string key = core::templateKey("go-bag");
    f.app->runs().startDraft().mode = core::RunMode::Practice;
    auto run = f.app->runs().start(key);
    REQUIRE(run.has_value());
    REQUIRE(f.app->runs().finish(*run));
    auto readiness = f.app->plan().readiness();
    CHECK(readiness.drillsRecent);
    REQUIRE(readiness.lastDrill.has_value());
    CHECK(*readiness.lastDrill == core::localDate(f.clock.now()));
}
