// The plan in the database: every field survives a restart, edits save as they are typed, and a
// write that fails keeps what was typed until it can be saved.
#include <SQLiteCpp/SQLiteCpp.h>
#include <doctest/doctest.h>

#include "plan_support.h"
#include "store/plan_store.h"
#include "support.h"

using namespace test;
using core::CalendarDate;

TEST_CASE("every plan field typed in the app round-trips through the store") {
    AppFixture f;
    const core::KitTemplate& kit = f.app->content().kit;
    core::Plan want = fullPlan(kit);
    {
        app::HouseholdPlan& plan = f.app->plan();
        for (const auto& m : want.members) {
            int64_t id = plan.add<core::Member>();
            REQUIRE(id);
            for (const auto& field : core::memberFields()) plan.setField(id, field, m.*field.value);
        }
        for (const auto& c : want.contacts) {
            int64_t id = plan.add(core::Contact::ofKind("ice"));
            REQUIRE(id);
            for (const auto& field : core::contactFields()) plan.setField(id, field, c.*field.value);
        }
        for (const auto& m : want.meetingPlaces)
            for (const auto& field : core::meetingPlaceFields()) plan.setField(m.kind, field, m.*field.value);
        for (const auto& p : want.pets) {
            int64_t id = plan.add<core::Pet>();
            for (const auto& field : core::petFields()) plan.setField(id, field, p.*field.value);
        }
        for (const auto& field : core::homeFields()) plan.setField(field, want.home.*field.value);
        for (const auto& d : want.documents) {
            plan.setDocumentHave(d.key, d.have);
            plan.setDocumentLocation(d.key, d.location);
        }
        plan.setKitDays(want.kitDays);
        for (const auto& k : want.kit) {
            int64_t id = 0;
            if (k.templateId.empty()) {
                id = plan.addKitItem("typed later");
                for (const auto& field : core::kitItemTextFields()) plan.setField(id, field, k.*field.value);
                plan.setKitNeed(id, *k.need);
            } else {
                for (const auto& have : plan.plan().kit)
                    if (have.templateId == k.templateId) id = have.id;
                plan.setField(id, *core::findField(core::kitItemTextFields(), "location"), k.location);
            }
            REQUIRE(id);
            plan.setKitHave(id, k.have);
            plan.setKitExpiry(id, k.expiresOn);
        }
        CHECK_FALSE(plan.hasUnsavedChanges());
        CHECK(f.app->notices().text().empty());
    }
    f.restart();
    core::Plan got = withoutIds(f.app->plan().plan());
    CHECK(got.members == want.members);
    CHECK(got.contacts == want.contacts);
    CHECK(got.meetingPlaces == want.meetingPlaces);
    CHECK(got.pets == want.pets);
    CHECK(got.home == want.home);
    CHECK(got.documents == want.documents);
    CHECK(got.kitDays == want.kitDays);
    REQUIRE(got.kit.size() == want.kit.size());
    for (size_t i = 0; i < want.kit.size(); ++i) {
        INFO(want.kit[i].name);
        CHECK(got.kit[i] == want.kit[i]);
    }
    CHECK(got == want);
}

TEST_CASE("replacing the plan in the store keeps every field") {
    TempDir dir;
    store::Database db(dir / "p.db");
    core::Plan want = fullPlan(realContent().content.kit);
    store::PlanStore(db).replace(want);
    CHECK(withoutIds(store::PlanStore(db).load(3)) == want);
}

TEST_CASE("the kit starts from the content template once, and the user's own items stay") {
    AppFixture f;
    const core::KitTemplate kit = f.app->content().kit;  // a copy: a restart replaces the app and its content
    REQUIRE(f.app->plan().plan().kit.size() == kit.items.size());
    for (size_t i = 0; i < kit.items.size(); ++i) {
        CHECK(f.app->plan().plan().kit[i].templateId == kit.items[i].id);
        CHECK(f.app->plan().plan().kit[i].name == kit.items[i].name);
    }
    int64_t own = f.app->plan().addKitItem("Spare glasses");
    f.app->plan().setKitHave(own, 1);
    f.restart();
    CHECK(f.app->plan().plan().kit.size() == kit.items.size() + 1);
    CHECK(f.app->plan().plan().kitItem(own)->name == "Spare glasses");
    // Items of the template cannot be removed; the user's own can.
    f.app->plan().removeKitItem(f.app->plan().plan().kit.front().id);
    f.app->plan().removeKitItem(own);
    f.restart();
    CHECK(f.app->plan().plan().kit.size() == kit.items.size());
}

TEST_CASE("kit_items gives reminders each dated item with its expiry") {
    AppFixture f;
    app::HouseholdPlan& plan = f.app->plan();
    int64_t a = plan.plan().kit[0].id, b = plan.plan().kit[1].id;
    plan.setKitExpiry(a, CalendarDate{2027, 3, 1});
    plan.setKitExpiry(b, CalendarDate{2026, 12, 24});
    std::vector<core::KitExpiry> fromApp = plan.kitItemsWithExpiry();
    std::vector<core::KitExpiry> fromStore = store::PlanStore(*f.db).kitExpiries();
    REQUIRE(fromApp.size() == 2);
    REQUIRE(fromStore.size() == 2);
    CHECK(fromApp[0].id == b);
    CHECK(fromApp[0].expiresOn == CalendarDate{2026, 12, 24});
    CHECK(fromStore[0].id == b);
    CHECK(fromStore[1].name == plan.plan().kit[0].name);
    // The columns the reminders feature reads.
    SQLite::Statement q(f.db->sql(), "SELECT id, template_id, name, unit, have, location, expires_on FROM kit_items WHERE id = ?");
    q.bind(1, b);
    REQUIRE(q.executeStep());
    CHECK(q.getColumn(6).getString() == "2026-12-24");
    plan.setKitExpiry(b, std::nullopt);
    CHECK(store::PlanStore(*f.db).kitExpiries().size() == 1);
}

TEST_CASE("a save that fails keeps what was typed and saves it with the next change") {
    TempDir dir;
    core::ManualClock clock;
    auto path = dir / "s.db";
    int64_t id = 0;
    {
        store::Database db(path, {100});  // give up on a lock quickly
        app::App app(realContent(), db, clock);
        id = app.plan().add<core::Member>();
        const auto& name = *core::findField(core::memberFields(), "name");
        const auto& phone = *core::findField(core::memberFields(), "phone");

        SQLite::Database other(path.string(), SQLite::OPEN_READWRITE);
        other.exec("BEGIN EXCLUSIVE");  // another program holds the file
        app.plan().setField(id, name, "Ada Lovelace");
        CHECK(app.plan().plan().member(id)->name == "Ada Lovelace");  // still on screen
        CHECK(app.plan().hasUnsavedChanges());
        CHECK(app.notices().text().find("could not be saved yet") != std::string::npos);
        other.exec("ROLLBACK");

        app.plan().setField(id, phone, "555 0100");
        CHECK_FALSE(app.plan().hasUnsavedChanges());
        CHECK(app.notices().text() == "Your changes are saved now.");
    }
    store::Database db(path);
    core::Plan p = store::PlanStore(db).load(3);
    REQUIRE(p.members.size() == 1);
    CHECK(p.members[0].name == "Ada Lovelace");
    CHECK(p.members[0].phone == "555 0100");
}

TEST_CASE("the store refuses impossible kit values") {
    TempDir dir;
    store::Database db(dir / "k.db");
    int64_t id = store::PlanStore(db).insertKitItem(kitItem(0, "Tins", 0, 1));
    CHECK_THROWS(db.sql().exec("UPDATE kit_items SET expires_on = '31/12/2026' WHERE id = " + std::to_string(id)));
    CHECK_THROWS(db.sql().exec("UPDATE kit_items SET have = -1 WHERE id = " + std::to_string(id)));
    CHECK_THROWS(db.sql().exec("UPDATE plan_home SET kit_days = 0"));
}
