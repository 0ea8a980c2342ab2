// The plan's rules: dates, kit quantities, expiry windows, rotation, what is missing, readiness.
#include <doctest/doctest.h>

#include "core/kit_inventory.h"
#include "plan_support.h"
#include "support.h"

using namespace test;
using core::CalendarDate;

namespace {
const core::KitTemplate& realKit() { return realContent().content.kit; }

const core::KitTemplateItem& templateItem(const std::string& id) {
    for (const auto& t : realKit().items)
        if (t.id == id) return t;
    FAIL("no kit template item " << id);
    throw std::logic_error("unreachable");
}

core::Plan planWith(int people, int pets, int days) {
    core::Plan p = core::Plan::empty(days);
    for (int i = 0; i < people; ++i) p.members.push_back(member(i + 1, "P" + std::to_string(i)));
    for (int i = 0; i < pets; ++i) p.pets.push_back(pet(i + 1, "Pet" + std::to_string(i)));
    return p;
}

// Noon UTC on a date: the same calendar day in every time zone from UTC-11 to UTC+11.
core::TimePoint noonOn(CalendarDate d) {
    std::chrono::sys_days day{std::chrono::year{d.year} / d.month / d.day};
    return std::chrono::time_point_cast<core::TimePoint::duration>(day + std::chrono::hours{12});
}
}  // namespace

TEST_CASE("calendar dates parse strictly and step by days, months and years") {
    CHECK(CalendarDate::parse("2026-02-28") == CalendarDate{2026, 2, 28});
    CHECK(CalendarDate::parse("2028-02-29").has_value());
    for (const char* bad : {"2026-02-29", "2026-13-01", "2026-00-10", "2026-1-01", "26-01-01", "2026/01/01", "2026-01-32", "", "abcd-ef-gh"})
        CHECK_MESSAGE(!CalendarDate::parse(bad), bad);
    CHECK(CalendarDate{2026, 1, 31}.plusMonths(1) == CalendarDate{2026, 2, 28});
    CHECK(CalendarDate{2026, 12, 31}.plusDays(1) == CalendarDate{2027, 1, 1});
    CHECK(CalendarDate{2028, 2, 29}.plusYears(1) == CalendarDate{2029, 2, 28});
    CHECK(CalendarDate{2026, 3, 1}.plusMonths(-6) == CalendarDate{2025, 9, 1});
    CHECK(CalendarDate{2026, 1, 1}.daysUntil({2026, 3, 1}) == 59);
    CHECK(CalendarDate{2026, 3, 1}.daysUntil({2026, 1, 1}) == -59);
    CHECK(CalendarDate{2026, 5, 7}.iso() == "2026-05-07");
}

TEST_CASE("kit quantities scale with the number of people, pets and days") {
    const auto& water = templateItem("water");  // 3.8 L per person per day, 1 L per pet per day
    const auto& food = templateItem("food");    // 3 meals per person per day
    const auto& masks = templateItem("dust-masks");  // 2 per person
    const auto& opener = templateItem("can-opener");  // 1 for the household
    struct Case {
        int people, pets, days;
        double water, food, masks, opener;
    } cases[] = {
        {1, 0, 3, 11.4, 9, 2, 1},
        {2, 0, 3, 22.8, 18, 4, 1},
        {4, 0, 3, 45.6, 36, 8, 1},
        {4, 2, 3, 51.6, 36, 8, 1},
        {1, 0, 14, 53.2, 42, 2, 1},
        {4, 2, 14, 240.8, 168, 8, 1},
        {6, 1, 7, 166.6, 126, 12, 1},
    };
    for (const auto& c : cases) {
        INFO(c.people << " people, " << c.pets << " pets, " << c.days << " days");
        core::Household h = core::householdOf(planWith(c.people, c.pets, c.days));
        CHECK(h.people == c.people);
        CHECK(h.pets == c.pets);
        CHECK(core::requiredQuantity(water, h) == doctest::Approx(c.water));
        CHECK(core::requiredQuantity(food, h) == doctest::Approx(c.food));
        CHECK(core::requiredQuantity(masks, h) == doctest::Approx(c.masks));
        CHECK(core::requiredQuantity(opener, h) == doctest::Approx(c.opener));
    }
    // Litres round up to a tenth, counted things to whole units.
    core::KitTemplateItem odd;
    odd.unit = "pieces";
    odd.perPersonPerDay = 0.4;
    CHECK(core::requiredQuantity(odd, {3, 0, 3}) == doctest::Approx(4));
    odd.unit = "litres";
    CHECK(core::requiredQuantity(odd, {3, 0, 3}) == doctest::Approx(3.6));
}

TEST_CASE("a plan with no members yet scales the kit for one person") {
    core::Household h = core::householdOf(planWith(0, 0, 3));
    CHECK(h.people == 1);
    CHECK(h.days == 3);
}

TEST_CASE("the kit review scales template items and uses the user's own need") {
    core::Plan p = planWith(2, 1, 14);
    p.kit.push_back(kitItem(1, "Drinking water", 30, std::nullopt, std::nullopt, "water"));
    p.kit.push_back(kitItem(2, "Formula", 5, 4));
    p.kit.push_back(kitItem(3, "Pet food", 0, std::nullopt, std::nullopt, "pet-food"));
    core::KitReview r = core::reviewKit(p, realKit(), {2026, 6, 1});
    REQUIRE(r.lines.size() == 3);
    CHECK(r.lines[0].need == doctest::Approx(3.8 * 2 * 14 + 14));
    CHECK(r.lines[1].need == doctest::Approx(4));
    CHECK(r.lines[2].need == doctest::Approx(14));
    REQUIRE(r.missing.size() == 2);
    CHECK(r.missing[0]->item->id == 1);
    CHECK(r.missing[1]->item->id == 3);
    CHECK(r.covered == doctest::Approx((30 / (3.8 * 2 * 14 + 14) + 1.0 + 0.0) / 3));
}

TEST_CASE("expiry windows: expired, within 30 days, later, no date") {
    CalendarDate today{2026, 6, 1};
    CHECK(core::expiryState(std::nullopt, today) == core::ExpiryState::NoDate);
    CHECK(core::expiryState(CalendarDate{2026, 5, 31}, today) == core::ExpiryState::Expired);
    CHECK(core::expiryState(today, today) == core::ExpiryState::Soon);
    CHECK(core::expiryState(today.plusDays(30), today) == core::ExpiryState::Soon);
    CHECK(core::expiryState(today.plusDays(31), today) == core::ExpiryState::Fine);
}

TEST_CASE("expiry windows follow the injected clock") {
    AppFixture f;
    f.clock.set(noonOn({2026, 6, 1}));
    app::HouseholdPlan& plan = f.app->plan();
    CHECK(plan.today() == CalendarDate{2026, 6, 1});
    int64_t water = 0, food = 0, batteries = 0;
    for (const auto& k : plan.plan().kit) {
        if (k.templateId == "water") water = k.id;
        if (k.templateId == "food") food = k.id;
        if (k.templateId == "batteries") batteries = k.id;
    }
    plan.setKitHave(water, 5);
    plan.setKitHave(food, 5);
    plan.setKitHave(batteries, 1);
    plan.setKitExpiry(water, CalendarDate{2026, 7, 1});      // in 30 days
    plan.setKitExpiry(food, CalendarDate{2026, 7, 2});       // in 31 days
    plan.setKitExpiry(batteries, CalendarDate{2026, 5, 20}); // expired

    auto expiringIds = [&] {
        std::vector<int64_t> ids;
        for (const core::KitLine* l : plan.kitReview().expiring) ids.push_back(l->item->id);
        return ids;
    };
    CHECK(expiringIds() == std::vector<int64_t>{batteries, water});  // soonest first

    f.clock.advance(std::chrono::hours{24});
    CHECK(expiringIds() == std::vector<int64_t>{batteries, water, food});

    f.clock.advance(std::chrono::hours{24 * 31});  // 2026-07-03: water and food have expired
    core::KitReview r = plan.kitReview();
    for (const core::KitLine* l : r.expiring) CHECK(l->expiry == core::ExpiryState::Expired);
    CHECK(r.expiring.size() == 3);
}

TEST_CASE("rotation: use each dated item from 30 days before it expires, soonest first") {
    core::Plan p = planWith(1, 0, 3);
    p.kit.push_back(kitItem(1, "Water", 10, 10, CalendarDate{2026, 9, 1}));
    p.kit.push_back(kitItem(2, "Tins", 6, 6, CalendarDate{2026, 6, 20}));
    p.kit.push_back(kitItem(3, "None left", 0, 1, CalendarDate{2026, 6, 10}));
    p.kit.push_back(kitItem(4, "Undated", 1, 1));
    core::KitReview r = core::reviewKit(p, realKit(), {2026, 6, 1});
    REQUIRE(r.rotation.size() == 2);  // only stocked items with a date
    CHECK(r.rotation[0].item->id == 2);
    CHECK(r.rotation[0].useFrom == CalendarDate{2026, 5, 21});
    CHECK(r.rotation[0].replaceBy == CalendarDate{2026, 6, 20});
    CHECK(r.rotation[0].due);
    CHECK(r.rotation[1].item->id == 1);
    CHECK(r.rotation[1].useFrom == CalendarDate{2026, 8, 2});
    CHECK_FALSE(r.rotation[1].due);
}

TEST_CASE("expired stock does not count towards the kit") {
    core::Plan p = planWith(1, 0, 3);
    p.kit.push_back(kitItem(1, "Tins", 9, 9, CalendarDate{2026, 5, 1}));
    core::KitReview r = core::reviewKit(p, realKit(), {2026, 6, 1});
    CHECK(r.lines[0].usable == 0);
    CHECK(r.lines[0].missing());
    CHECK(r.covered == doctest::Approx(0));
}

TEST_CASE("plan checks say what is missing and are done once filled in") {
    core::Plan p = core::Plan::empty(3);
    auto open = [&] {
        std::vector<std::string> texts;
        for (const auto& c : core::planChecks(p))
            if (!c.done) texts.push_back(c.text.english());
        return texts;
    };
    auto has = [&](const std::string& text) {
        auto texts = open();
        return std::find(texts.begin(), texts.end(), text) != texts.end();
    };
    CHECK(has("Add the people in your household"));
    CHECK(has("Add an out-of-town contact and their phone number"));
    CHECK(has("Choose a meeting place: in the neighbourhood"));
    CHECK(has("Note where it is: water shut-off"));

    p.members.push_back(member(1, "Ada"));
    CHECK_FALSE(has("Add the people in your household"));
    CHECK(has("Choose the age group of Ada"));
    p.contacts.push_back(contact("out-of-town", "Grace", ""));
    CHECK(has("Add an out-of-town contact and their phone number"));
    CHECK(has("Add the phone number of Grace"));
    p.contacts[0].phone = "555";
    CHECK_FALSE(has("Add an out-of-town contact and their phone number"));
    CHECK_FALSE(has("Add the phone number of Grace"));

    p.pets.push_back(pet(1, "Rex"));
    CHECK(has("Add your vet's phone number"));
    p.pets[0].vet = "Dr Paws 555";
    CHECK_FALSE(has("Add your vet's phone number"));

    // Everything filled: nothing missing.
    core::Plan full = core::Plan::empty(3);
    full.members.push_back(member(1, "Ada", "adult"));
    for (const auto& kind : core::requiredContactKinds()) full.contacts.push_back(contact(kind, "N", "1"));
    for (auto& m : full.meetingPlaces) m.address = "Here";
    for (const auto& f : core::homeFields()) full.home.*f.value = "There";
    for (auto& d : full.documents) d.have = d.key != "pets";  // pet records are not needed without pets
    for (const auto& c : core::planChecks(full)) CHECK_MESSAGE(c.done, c.text.english());
}

TEST_CASE("the readiness score has three parts and is their mean") {
    core::Plan p = planWith(1, 0, 3);
    for (const auto& t : realKit().items)
        p.kit.push_back(kitItem(static_cast<int64_t>(p.kit.size() + 1), t.name, 0, std::nullopt, std::nullopt, t.id));
    CalendarDate today{2026, 6, 1};

    core::Readiness none = core::readiness(p, realKit(), today, std::nullopt);
    CHECK(none.kitCovered == doctest::Approx(0));
    CHECK_FALSE(none.drillsRecent);
    CHECK(none.planComplete > 0);
    CHECK(none.planComplete < 1);
    CHECK(none.percent == static_cast<int>(std::lround(100 * none.planComplete / 3)));

    for (auto& k : p.kit) k.have = 1000;
    core::Readiness stocked = core::readiness(p, realKit(), today, CalendarDate{2025, 12, 1});  // exactly 6 months ago
    CHECK(stocked.kitCovered == doctest::Approx(1));
    CHECK(stocked.drillsRecent);
    CHECK(stocked.percent == static_cast<int>(std::lround(100 * (stocked.planComplete + 2) / 3)));

    CHECK_FALSE(core::readiness(p, realKit(), today, CalendarDate{2025, 11, 30}).drillsRecent);
}

TEST_CASE("paper size follows the country unless chosen") {
    CHECK(core::defaultPaperFor("US") == core::Paper::Letter);
    CHECK(core::defaultPaperFor("CA") == core::Paper::Letter);
    CHECK(core::defaultPaperFor("GB") == core::Paper::A4);
    CHECK(core::defaultPaperFor("") == core::Paper::A4);
    CHECK(core::paperFromName("letter") == core::Paper::Letter);
    CHECK_FALSE(core::paperFromName("legal"));
}
