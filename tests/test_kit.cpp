// The kit: medicines for at least a week, water for a hot climate, baby items with a baby, staying
// at home or leaving, a national body's amounts, units that read naturally, steps that suit.
#include <doctest/doctest.h>

#include "core/kit_inventory.h"
#include "platform/headless.h"
#include "plan_support.h"
#include "support.h"

using namespace test;

namespace {
const core::KitTemplate& kit() { return realContent().content.kit; }

const core::KitTemplateItem& item(const core::KitTemplate& k, const std::string& id) {
    for (const auto& i : k.items)
        if (i.id == id) return i;
    FAIL("no kit item " << id);
    throw std::logic_error("unreachable");
}

double need(const core::KitTemplate& k, const core::Plan& plan, const std::string& id) {
    return core::requiredQuantity(item(k, id), core::householdOf(plan, k));
}

core::Plan household(int adults, int babies, int days) {
    core::Plan p = core::Plan::empty(days);
    int64_t id = 1;
    for (int i = 0; i < adults; ++i) p.members.push_back(member(id++, "Adult", "adult"));
    for (int i = 0; i < babies; ++i) p.members.push_back(member(id++, "Baby", "infant"));
    return p;
}
}  // namespace

TEST_CASE("medicines: at least a 7-day supply, more when the kit lasts longer") {
    CHECK(need(kit(), household(2, 0, 3), "medicines") == doctest::Approx(7));
    CHECK(need(kit(), household(2, 0, 14), "medicines") == doctest::Approx(14));
    CHECK(item(kit(), "medicines").detail.find("7-day") != std::string::npos);
}

TEST_CASE("a hot climate doubles the drinking water, and the water says who needs more") {
    core::Plan p = household(2, 0, 3);
    double mild = need(kit(), p, "water");
    CHECK(mild == doctest::Approx(22.8));
    p.kitHotClimate = true;
    CHECK(need(kit(), p, "water") == doctest::Approx(45.6));
    const std::string& detail = item(kit(), "water").detail;
    for (const char* who : {"Children", "nursing mothers", "ill", "hot"}) {
        INFO(who);
        CHECK(detail.find(who) != std::string::npos);
    }
}

TEST_CASE("infant formula and nappies are needed with a baby, and say when they are not") {
    CHECK(need(kit(), household(2, 0, 3), "infant-formula") == doctest::Approx(0));
    CHECK(need(kit(), household(2, 1, 3), "infant-formula") == doctest::Approx(3));
    CHECK(need(kit(), household(2, 2, 14), "nappies") == doctest::Approx(28));
    CHECK_FALSE(item(kit(), "nappies").whenNeeded.empty());
    // Spare glasses and non-prescription medicines are in the kit too.
    CHECK(item(kit(), "spare-glasses").whenNeeded.find("glasses") != std::string::npos);
    CHECK(need(kit(), household(1, 0, 3), "otc-medicines") == doctest::Approx(1));
}

TEST_CASE("the kit is for staying at home (two weeks) unless the user says they are leaving (three days)") {
    AppFixture f;
    f.app->setCountry("US");
    CHECK(f.app->plan().kitPurpose() == core::KitPurpose::StayAtHome);
    CHECK(f.app->plan().kitReview().household.days == 14);  // American Red Cross: two weeks at home
    f.app->plan().setKitPurpose(core::KitPurpose::Leave);
    CHECK(f.app->plan().kitReview().household.days == 3);
    f.app->plan().setKitHotClimate(true);
    f.restart();
    CHECK(f.app->plan().kitPurpose() == core::KitPurpose::Leave);
    CHECK(f.app->plan().plan().kitHotClimate);
    CHECK(f.app->plan().kitReview().household.days == 3);
    // Both travel with the plan's JSON and come back on import.
    TempDir dir;
    REQUIRE(f.app->plan().exportTo(dir / "plan.json", core::Paper::A4, "911").ok);
    f.app->plan().setKitPurpose(core::KitPurpose::StayAtHome);
    f.app->plan().setKitHotClimate(false);
    REQUIRE(f.app->plan().importFrom(dir / "plan.json").ok);
    CHECK(f.app->plan().kitPurpose() == core::KitPurpose::Leave);
    CHECK(f.app->plan().plan().kitHotClimate);
}

TEST_CASE("in the United Kingdom the kit follows the UK's own amounts and says so") {
    AppFixture f;
    f.app->plan().add<core::Member>();
    f.app->plan().add<core::Member>();
    f.app->setCountry("GB");
    const core::KitTemplate& uk = f.app->plan().kitTemplate();
    CHECK(uk.guideline.name.find("UK Government") != std::string::npos);
    CHECK(f.app->plan().kitReview().household.days == 3);  // UK Prepare: three days at home
    CHECK(item(uk, "water").source == "UK Government: Prepare");
    CHECK(item(uk, "food").source == "FEMA / Ready.gov");  // amounts the UK does not give stay FEMA's
    core::KitReview review = f.app->plan().kitReview();
    for (const auto& line : review.lines)
        if (line.item->templateId == "water") CHECK(line.need == doctest::Approx(60));  // 10 L × 2 people × 3 days
    f.app->setCountry("US");
    CHECK(item(f.app->plan().kitTemplate(), "water").source == "FEMA / Ready.gov");
    CHECK(f.app->plan().kitReview().household.days == 14);
}

TEST_CASE("kit units read naturally and the +/- steps suit the amount") {
    const core::KitTemplateItem& torch = item(kit(), "torch");
    CHECK(torch.unitFor(1) == "piece");
    CHECK(torch.unitFor(2) == "pieces");
    CHECK(torch.unitFor(0) == "pieces");
    CHECK(item(kit(), "water").unitFor(1) == "litre");
    CHECK(core::quantityStep(1) == 1);
    CHECK(core::quantityStep(14) == 1);
    CHECK(core::quantityStep(42) == 5);
    CHECK(core::quantityStep(239) == 20);
    CHECK(core::quantityStep(1000) == 50);
}

TEST_CASE("headless: the kit screen chooses leaving and a hot climate, and the water follows") {
    AppFixture f;
    f.app->setCountry("US");
    f.app->plan().add<core::Member>();
    platform::Headless screen(*f.app, 420, 3000);
    REQUIRE(screen.tap("##tab-Plan"));
    REQUIRE(screen.tap("##kit"));
    REQUIRE(screen.tap("##kit-purpose-leave"));
    CHECK(f.app->plan().plan().kitDays == 3);
    REQUIRE(screen.tap("##kit-climate-hot"));
    CHECK(f.app->plan().plan().kitHotClimate);
    for (const auto& line : f.app->plan().kitReview().lines)
        if (line.item->templateId == "water") CHECK(line.need == doctest::Approx(22.8));  // 3.8 L × 2 × 1 person × 3 days
    REQUIRE(screen.tap("##kit-purpose-home"));
    CHECK(f.app->plan().plan().kitDays == 14);
}
