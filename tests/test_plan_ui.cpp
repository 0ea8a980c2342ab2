// The Plan tab, driven headlessly: what is typed is saved as it is typed and is there after a restart.
#include <doctest/doctest.h>

#include <imgui.h>

#include "platform/headless.h"
#include "support.h"
#include "ui/widgets.h"

using namespace test;
using app::Screen;

TEST_CASE("add a member, a contact and a meeting place, restart, and find them") {
    AppFixture f;
    {
        platform::Headless screen(*f.app, 420, 3000);  // tall, so every row of the Plan tab is on screen
        REQUIRE(screen.tap("##tab-Plan"));
        CHECK(screen.visible("##add-member"));

        REQUIRE(screen.tap("##add-member"));
        CHECK(f.app->nav().current().screen() == Screen::PlanMember);
        REQUIRE(screen.tap("##member-name"));
        screen.type("Ada Lovelace");
        REQUIRE(screen.tap("##member-medical_conditions"));
        screen.type("Asthma");
        REQUIRE(screen.tap("##member-age_group-child"));  // the choices are open until one is chosen
        REQUIRE(screen.tap("##back"));

        REQUIRE(screen.tap("##add-contact"));
        REQUIRE(screen.tap("##new-contact-out-of-town"));
        CHECK(f.app->nav().current().screen() == Screen::PlanContact);
        REQUIRE(screen.tap("##contact-name"));
        screen.type("Grace Mensah");
        REQUIRE(screen.tap("##contact-phone"));
        screen.type("0113 496 0000");
        REQUIRE(screen.tap("##back"));
        CHECK(f.app->nav().current().screen() == Screen::Plan);

        REQUIRE(screen.tap("##place-neighbourhood"));
        REQUIRE(screen.tap("##place-address"));
        screen.type("Oak tree by no. 14");
        // Leaving mid-word loses nothing: no save button.
        REQUIRE(screen.tap("##place-instructions"));
        screen.type("Wait by the gate");
        REQUIRE(screen.tap("##tab-Today"));
    }
    f.restart();

    const core::Plan& plan = f.app->plan().plan();
    REQUIRE(plan.members.size() == 1);
    CHECK(plan.members[0].name == "Ada Lovelace");
    CHECK(plan.members[0].conditions == "Asthma");
    CHECK(plan.members[0].ageGroup == "child");
    REQUIRE(plan.contacts.size() == 1);
    CHECK(plan.contacts[0].kind == "out-of-town");
    CHECK(plan.contacts[0].name == "Grace Mensah");
    CHECK(plan.contacts[0].phone == "0113 496 0000");
    CHECK(plan.meetingPlace("neighbourhood")->address == "Oak tree by no. 14");
    CHECK(plan.meetingPlace("neighbourhood")->instructions == "Wait by the gate");

    platform::Headless screen(*f.app, 420, 3000);
    REQUIRE(screen.tap("##tab-Plan"));
    CHECK(screen.visible("##member-" + std::to_string(plan.members[0].id)));
    CHECK(screen.visible("##contact-" + std::to_string(plan.contacts[0].id)));
    REQUIRE(screen.tap("##member-" + std::to_string(plan.members[0].id)));
    CHECK(f.app->nav().current() == app::Route{app::route::PlanMember{plan.members[0].id}});
}

TEST_CASE("text typed into a plan field is saved once the field is left, not on each keystroke") {
    AppFixture f;  // the clock stands still: no pause ever runs out
    auto saved = [&] { return f.db->sql().execAndGet("SELECT water_shutoff FROM plan_home").getString(); };
    platform::Headless screen(*f.app, 420, 3000);
    REQUIRE(screen.tap("##tab-Plan"));
    REQUIRE(screen.tap("##home"));
    REQUIRE(screen.tap("##home-water_shutoff"));
    screen.type("Under the sink");
    screen.frame(2);
    CHECK(f.app->plan().plan().home.waterShutoff == "Under the sink");
    CHECK(saved().empty());
    REQUIRE(screen.tap("##home-gas_shutoff"));  // another field: the first was left
    CHECK(saved() == "Under the sink");
}

TEST_CASE("a missing fact opens where to fill it in") {
    AppFixture f;
    platform::Headless screen(*f.app, 420, 3000);
    REQUIRE(screen.tap("##tab-Plan"));
    REQUIRE(screen.tap("##missing-0"));  // "Add the people in your household"
    CHECK(f.app->nav().current().screen() == Screen::PlanMember);
    CHECK(f.app->plan().plan().members.size() == 1);
}

TEST_CASE("removing a member asks first") {
    AppFixture f;
    int64_t id = f.app->plan().add<core::Member>();
    f.app->nav().selectTab(app::Tab::Plan);
    f.app->nav().push(app::route::PlanMember{id});
    platform::Headless screen(*f.app, 420, 3000);
    REQUIRE(screen.tap("##remove-member"));
    CHECK(f.app->plan().plan().members.size() == 1);
    REQUIRE(screen.tap("##remove-member-keep"));
    CHECK(f.app->plan().plan().members.size() == 1);
    REQUIRE(screen.tap("##remove-member"));
    REQUIRE(screen.tap("##remove-member-yes"));
    CHECK(f.app->plan().plan().members.empty());
    CHECK(f.app->nav().current().screen() == Screen::Plan);
}

TEST_CASE("the kit screen changes the days of supply and what the household has") {
    AppFixture f;
    for (const char* name : {"Sam", "Alex"})  // named: an empty member is an abandoned add, and goes
        f.app->plan().setField(f.app->plan().add<core::Member>(), *core::findField(core::memberFields(), "name"), name);
    platform::Headless screen(*f.app, 420, 3000);
    REQUIRE(screen.tap("##tab-Plan"));
    REQUIRE(screen.tap("##kit"));
    CHECK(f.app->nav().current().screen() == Screen::Kit);
    REQUIRE(screen.tap("##kit-days-14"));
    CHECK(f.app->plan().plan().kitDays == 14);

    int64_t water = 0;
    for (const auto& k : f.app->plan().plan().kit)
        if (k.templateId == "water") water = k.id;
    REQUIRE(screen.tap("##kit-item-" + std::to_string(water)));
    CHECK(f.app->nav().current() == app::Route{app::route::KitItem{water}});
    // The steps suit the amount: 2 people × 14 days × 3.8 L = 106.4 L is counted in 10 L steps.
    REQUIRE(screen.tap("##kit-have-plus"));
    REQUIRE(screen.tap("##kit-have-plus"));
    CHECK(f.app->plan().plan().kitItem(water)->have == doctest::Approx(20));
    REQUIRE(screen.tap("##kit-expiry-add"));
    REQUIRE(f.app->plan().plan().kitItem(water)->expiresOn);
    core::CalendarDate added = *f.app->plan().plan().kitItem(water)->expiresOn;
    CHECK(added == f.app->plan().today().plusMonths(6));  // water is rotated every 6 months
    REQUIRE(screen.tap("##kit-expiry-month-plus"));
    CHECK(*f.app->plan().plan().kitItem(water)->expiresOn == added.plusMonths(1));

    f.restart();
    CHECK(f.app->plan().plan().kitDays == 14);
    CHECK(f.app->plan().plan().kitItem(water)->have == doctest::Approx(20));
    CHECK(*f.app->plan().plan().kitItem(water)->expiresOn == added.plusMonths(1));
}

TEST_CASE("every tap target on the plan screens is at least 48 points tall") {
    AppFixture f;
    auto& plan = f.app->plan();
    int64_t member = plan.add<core::Member>();
    plan.setField(member, *core::findField(core::memberFields(), "name"), "Sam");
    int64_t contact = plan.add(core::Contact::ofKind("insurance"));
    plan.setField(contact, *core::findField(core::contactFields(), "name"), "Home insurer");
    int64_t pet = plan.add<core::Pet>();
    plan.setField(pet, *core::findField(core::petFields(), "name"), "Rex");
    int64_t item = f.app->plan().addKitItem("Spare glasses");
    f.app->plan().setKitExpiry(item, f.app->plan().today().plusDays(10));
    f.app->plan().setDocumentHave("identity", true);
    app::Route routes[] = {
        app::route::Plan{},          app::route::PlanMember{member}, app::route::PlanContact{contact},
        app::route::PlanContact{0}, app::route::PlanPlace{"out-of-town"},          app::route::PlanPet{pet},
        app::route::PlanHome{},      app::route::PlanDocuments{},                   app::route::Kit{},
        app::route::KitItem{item},
    };
    platform::Headless screen(*f.app, 420, 4000);
    for (const auto& route : routes) {
        INFO(app::screenName(route.screen()));
        f.app->nav().selectTab(app::Tab::Plan);
        if (route.screen() != Screen::Plan) f.app->nav().push(route);
        screen.frame(3);
        CHECK(ui::tapTargets().size() > 5);
        for (const auto& [label, rect] : ui::tapTargets()) {
            INFO(label);
            CHECK(rect.height() >= 48.0f);
        }
    }
    CHECK(plan.plan().member(member));  // the editors showed real records
    CHECK(plan.plan().contact(contact));
    CHECK(plan.plan().pet(pet));
}

TEST_CASE("choosing one member's age group, then adding another member, does not crash and leaves no empty member") {
    AppFixture f;
    platform::Headless screen(*f.app, 420, 3000);
    REQUIRE(screen.tap("##tab-Plan"));
    REQUIRE(screen.tap("##add-member"));
    REQUIRE(screen.tap("##member-name"));
    screen.type("Ada");
    REQUIRE(screen.tap("##member-age_group-adult"));
    REQUIRE(screen.tap("##back"));
    // The next member has no age group yet: its choices are open, not the first member's closed row.
    REQUIRE(screen.tap("##add-member"));
    CHECK(screen.visible("##member-age_group-child"));
    REQUIRE(screen.tap("##back"));  // abandoned: nothing was typed
    CHECK(f.app->nav().current().screen() == Screen::Plan);
    REQUIRE(f.app->plan().plan().members.size() == 1);
    CHECK(f.app->plan().plan().members[0].name == "Ada");
    f.restart();
    CHECK(f.app->plan().plan().members.size() == 1);
}

TEST_CASE("records left empty by an add the app was closed during are gone at the next start") {
    AppFixture f;
    auto& plan = f.app->plan();
    plan.add<core::Member>();
    plan.add(core::Contact::ofKind("ice"));
    plan.add<core::Pet>();
    int64_t kept = plan.add<core::Member>();
    plan.setField(kept, *core::findField(core::memberFields(), "age_group"), "child");  // a choice is an entry too
    f.restart();
    REQUIRE(f.app->plan().plan().members.size() == 1);
    CHECK(f.app->plan().plan().members[0].id == kept);
    CHECK(f.app->plan().plan().contacts.empty());
    CHECK(f.app->plan().plan().pets.empty());
}
