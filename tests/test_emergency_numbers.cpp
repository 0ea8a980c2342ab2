// Emergency numbers: every UN member state is listed with its sources, and a user finds their
// country by the name they know it by.
#include <doctest/doctest.h>

#include <sstream>

#include "core/emergency.h"
#include "platform/headless.h"
#include "support.h"

using namespace test;

namespace {

// The 193 member states of the United Nations, by ISO 3166-1 alpha-2 code.
// Source: United Nations, Member States, https://www.un.org/en/about-us/member-states (checked 2026-12-03).
constexpr const char* kUnMemberStates =
    "AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA "
    "CF TD CL CN CO KM CG CR CI HR CU CY CZ KP CD DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM "
    "GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KW KG LA LV LB LS "
    "LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG MK NO "
    "OM PK PW PA PG PY PE PH PL PT QA KR MD RO RU RW KN LC VC WS SM ST SA SN RS SC SL SG SK SI SB SO "
    "ZA SS ES LK SD SR SE CH SY TJ TH TL TG TO TT TN TR TM TV UG UA AE GB TZ US UY UZ VU VE VN YE ZM "
    "ZW";

const core::EmergencyNumbers& numbers() { return realContent().content.numbers; }

// The codes of the countries a search finds, best first.
std::vector<std::string> found(const std::string& query) {
    std::vector<std::string> codes;
    for (const core::CountryNumbers* c : core::searchCountries(numbers(), query)) codes.push_back(c->code);
    return codes;
}

std::string first(const std::string& query) {
    auto codes = found(query);
    return codes.empty() ? "" : codes.front();
}

}  // namespace

TEST_CASE("every UN member state has emergency numbers, sources and a checked date") {
    std::istringstream codes(kUnMemberStates);
    int count = 0;
    for (std::string code; codes >> code; ++count) {
        INFO(code);
        const core::CountryNumbers* c = numbers().find(code);
        REQUIRE(c != nullptr);
        CHECK_FALSE(c->number().empty());
        CHECK_FALSE(c->sources.empty());
        CHECK(c->checked.year >= 2025);
    }
    CHECK(count == 193);
}

TEST_CASE("the corrected numbers are the ones the sources give") {
    auto n = [](const char* code, core::Service s) { return numbers().find(code)->numberFor(s); };
    CHECK(n("AR", core::Service::Police) == "101");  // 911 only in some provinces
    CHECK(n("IN", core::Service::Ambulance) == "108");
    CHECK(numbers().find("IN")->single == std::vector<std::string>{"112"});
    CHECK(n("MA", core::Service::Ambulance) == "15");
    CHECK(n("LB", core::Service::Fire) == "125");
    CHECK(numbers().numberFor("GB") == "999");
    CHECK(numbers().numberFor("US") == "911");
    CHECK(numbers().numberFor("ZZ") == "112");  // unknown: the fallback
}

TEST_CASE("a search finds a country by its common name, official name, alias or code") {
    CHECK(first("UK") == "GB");
    CHECK(found("UK") == std::vector<std::string>{"GB", "UA"});  // Ukraine still listed, after
    CHECK(first("Britain") == "GB");
    CHECK(first("great britain") == "GB");
    CHECK(first("USA") == "US");
    CHECK(first("America") == "US");
    CHECK(first("UAE") == "AE");
    CHECK(first("KSA") == "SA");
    CHECK(first("Turkey") == "TR");
    CHECK(first("Türkiye") == "TR");
    CHECK(first("turkiye") == "TR");
    CHECK(first("Ivory Coast") == "CI");
    CHECK(first("cote d'ivoire") == "CI");
    CHECK(first("Kingdom of Saudi Arabia") == "SA");
    CHECK(first("GBR") == "GB");
    CHECK(first("de") == "DE");  // the code before Bangladesh, Sweden…
    CHECK(first("Holland") == "NL");
    CHECK(first("zealand") == "NZ");  // a later word of the name
}

TEST_CASE("the best match comes first: exact, then start of name, then a word, then inside") {
    CHECK(found("Niger").front() == "NE");       // before Nigeria
    CHECK(found("Dominica").front() == "DM");    // before the Dominican Republic
    CHECK(found("Sudan").front() == "SD");       // before South Sudan
    CHECK(found("Guinea").front() == "GN");      // before Guinea-Bissau, Equatorial Guinea…
    auto korea = found("korea");
    REQUIRE(korea.size() == 2);
    CHECK(korea[0] == "KR");
    CHECK(korea[1] == "KP");
    auto ger = found("ger");
    REQUIRE(ger.size() >= 2);
    CHECK(ger[0] == "DE");  // Germany starts with it; Algeria and Nigeria only contain it
    CHECK(found("xyz").empty());
    CHECK(found("  ").empty());
}

TEST_CASE("the search key ignores case, accents and punctuation") {
    CHECK(core::searchKey("Côte d'Ivoire") == "cote divoire");
    CHECK(core::searchKey("U.K.") == "uk");
    CHECK(core::searchKey("  São Tomé   and Príncipe ") == "sao tome and principe");
    CHECK(core::searchKey("Guinea-Bissau") == "guinea bissau");
    CHECK(core::searchKey("TÜRKİYE") == "turkiye");
}

namespace {
// Opens Settings and types into the country search, as a user would.
void searchInSettings(platform::Headless& screen, const std::string& text) {
    if (!screen.visible("##country-filter")) REQUIRE(screen.tap("##settings"));
    REQUIRE(screen.tap("##country-filter"));
    screen.type(text);
    screen.frame();
}
}  // namespace

TEST_CASE("typing UK in Settings offers the United Kingdom first and choosing it sets 999") {
    AppFixture f;
    platform::Headless screen(*f.app);
    searchInSettings(screen, "UK");
    CHECK(screen.visible("##country-GB"));
    CHECK(screen.visible("##country-UA"));
    REQUIRE(screen.tap("##country-GB"));
    CHECK(f.app->settings().country == "GB");
    CHECK(f.app->emergencyNumber() == "999");
    CHECK(f.app->countrySearch().empty());  // choosing ends the search
    f.restart();
    CHECK(f.app->settings().country == "GB");  // saved in the database
}

TEST_CASE("Britain finds the United Kingdom in Settings, and a search that finds nothing names the number in use") {
    AppFixture f;
    platform::Headless screen(*f.app);
    searchInSettings(screen, "Britain");
    REQUIRE(screen.tap("##country-GB"));
    searchInSettings(screen, "Atlantis");
    for (const auto& c : numbers().countries) CHECK_FALSE(screen.visible("##country-" + c.code));
    CHECK(f.app->noCountryMatchText() == "No country matches. Steadfast uses 999, the number for United Kingdom.");
    f.app->setCountry("");
    CHECK(f.app->noCountryMatchText() == "No country matches. Until you choose one, Steadfast shows 112: check the number where you are.");
}
