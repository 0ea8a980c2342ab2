// Plan files: the PDF holds every field (checked by extracting its text), the JSON round-trips
// exactly, and a bad import changes nothing and says what is wrong.
#include <doctest/doctest.h>

#include <cstdio>
#include <cctype>

#include "core/date_format.h"
#include "export/plan_json.h"
#include "export/plan_pdf.h"
#include "i18n/i18n.h"
#include "plan_support.h"
#include "store/plan_store.h"
#include "support.h"

using namespace test;

namespace {

// Runs a command, returning its exit status and what it printed (stdout and stderr).
std::pair<int, std::string> run(const std::string& command) {
    std::string out;
    FILE* pipe = popen((command + " 2>&1").c_str(), "r");
    REQUIRE(pipe);
    char buffer[4096];
    while (size_t n = fread(buffer, 1, sizeof buffer, pipe)) out.append(buffer, n);
    int status = pclose(pipe);
    return {WEXITSTATUS(status), out};
}

std::string quote(const fs::path& p) { return "'" + p.string() + "'"; }

// Text without white space: a value wrapped over two lines of a table cell is still found whole.
// (A loop, not <regex>: GCC 12 with the sanitizers warns falsely inside <regex>.)
std::string squash(std::string text) {
    std::erase_if(text, [](unsigned char c) { return std::isspace(c); });
    return text;
}

// The PDF's text in the order it was drawn (so each table cell's lines stay together), squashed.
std::string pdfText(const fs::path& pdf, const std::string& pages = "") {
    auto [status, text] = run("pdftotext -raw -enc UTF-8 " + pages + " " + quote(pdf) + " -");
    REQUIRE_MESSAGE(status == 0, "pdftotext (poppler-utils) is needed: " << text);
    return squash(text);
}

std::string quantityText(double q) {
    char text[32];
    std::snprintf(text, sizeof text, q == static_cast<long long>(q) ? "%.0f" : "%.1f", q);
    return text;
}

// Every value a user can enter in the plan, as it should read on paper.
std::vector<std::string> printedValues(const core::Plan& p) {
    std::vector<std::string> values;
    auto add = [&](const std::string& v) {
        if (!v.empty()) values.push_back(v);
    };
    for (const auto& m : p.members)
        for (const auto& f : core::memberFields())
            add(f.choices ? core::choiceLabel(*f.choices, m.*f.value) : m.*f.value);
    for (const auto& c : p.contacts)
        for (const auto& f : core::contactFields()) add(f.choices ? core::choiceLabel(*f.choices, c.*f.value) : c.*f.value);
    for (const auto& m : p.meetingPlaces)
        for (const auto& f : core::meetingPlaceFields()) add(m.*f.value);
    for (const auto& x : p.pets)
        for (const auto& f : core::petFields()) add(x.*f.value);
    for (const auto& f : core::homeFields()) add(p.home.*f.value);
    for (const auto& d : p.documents) add(d.location);
    for (const auto& k : p.kit) {
        add(k.name);
        add(k.location);
        add(quantityText(k.have) + " /");
        if (k.expiresOn) add(core::formatDate(*k.expiresOn));
    }
    add("Own-unit");
    return values;
}

core::Plan storedPlan(app::App& app) { return store::PlanStore(app.db()).load(app.content().kit.daysDefault); }

}  // namespace

TEST_CASE("the PDF contains every field of the plan, on A4 and on US Letter") {
    AppFixture f;
    store::PlanStore(*f.db).replace(fullPlan(f.app->content().kit));
    f.restart();
    const core::Plan& plan = f.app->plan().plan();
    for (core::Paper paper : {core::Paper::A4, core::Paper::Letter}) {
        INFO(core::paperName(paper));
        fs::path pdf = f.dir / (std::string("plan-") + core::paperName(paper) + ".pdf");
        app::PlanFileResult r = f.app->plan().exportTo(pdf, paper, "112");
        INFO(r.message);
        REQUIRE(r.ok);
        std::string head = readFile(pdf).substr(0, 5);
        CHECK(head == "%PDF-");
        // The plan pages alone must have everything; the wallet cards that follow repeat some of it.
        std::string all = pdfText(pdf);
        size_t cardsAt = all.find("Walletcards");
        REQUIRE(cardsAt != std::string::npos);
        std::string text = all.substr(0, cardsAt);
        for (const std::string& value : printedValues(plan)) CHECK_MESSAGE(text.find(squash(value)) != std::string::npos, value);
        CHECK(text.find(squash("In an emergency call 112")) != std::string::npos);
        auto [status, info] = run("pdfinfo " + quote(pdf));
        CHECK(info.find(paper == core::Paper::A4 ? "595.28 x 841.89" : "612 x 792") != std::string::npos);
    }
}

TEST_CASE("the PDF has a wallet card for each member with contacts, meeting places and medical notes") {
    AppFixture f;
    core::Plan p = core::Plan::empty(3);
    p.members.push_back(member(0, "Zoë Okafor", "child"));
    p.members[0].conditions = "Asthma";
    p.members[0].medications = "Salbutamol";
    p.members[0].allergies = "Peanuts";
    p.members.push_back(member(0, "Sam Okafor", "adult"));
    p.members[1].needs = "Hearing aid";
    p.contacts.push_back(contact("ice", "Grace Mensah", "07700 900123"));
    p.contacts.push_back(contact("out-of-town", "Jo Lake", "0113 496 0000"));
    p.meetingPlaces[1].address = "Oak tree by no. 14";
    p.meetingPlaces[3].address = "4 Hill Road, Leeds";
    store::PlanStore(*f.db).replace(p);
    f.restart();
    fs::path pdf = f.dir / "cards.pdf";
    REQUIRE(f.app->plan().exportTo(pdf, core::Paper::A4, "999").ok);
    // The cards are on the last page.
    auto [status, pages] = run("pdfinfo " + quote(pdf) + " | sed -n 's/^Pages: *//p'");
    REQUIRE(status == 0);
    std::string last = std::to_string(std::stoi(pages));
    std::string cards = pdfText(pdf, "-f " + last + " -l " + last);
    CHECK(cards.find("Walletcards") != std::string::npos);
    for (const char* expected : {"Zoë Okafor", "Sam Okafor", "Emergency: 999", "ICE: Grace Mensah, 07700 900123",
                                 "Out of town: Jo Lake, 0113 496 0000", "Oak tree by no. 14", "4 Hill Road, Leeds",
                                 "Conditions: Asthma", "Medications: Salbutamol", "Allergies: Peanuts", "Needs: Hearing aid"})
        CHECK_MESSAGE(cards.find(squash(expected)) != std::string::npos, expected);
    // One card per member: the emergency number is on each.
    size_t count = 0;
    for (size_t at = cards.find("Emergency:999"); at != std::string::npos; at = cards.find("Emergency:999", at + 1)) ++count;
    CHECK(count == 2);
}

TEST_CASE("a PDF that cannot be written says why and leaves nothing behind") {
    AppFixture f;
    app::PlanFileResult r = f.app->plan().exportTo(f.dir / "no-such-folder" / "plan.pdf", core::Paper::A4, "112");
    CHECK_FALSE(r.ok);
    CHECK(r.message.find("folder does not exist") != std::string::npos);
    r = f.app->plan().exportTo(f.dir / "plan.docx", core::Paper::A4, "112");
    CHECK_FALSE(r.ok);
    CHECK(r.message.find(".pdf or .json") != std::string::npos);
}

TEST_CASE("JSON export and import round-trip the whole plan exactly") {
    AppFixture f;
    core::Plan want = fullPlan(f.app->content().kit);
    store::PlanStore(*f.db).replace(want);
    f.restart();
    fs::path file = f.dir / "plan.json";
    REQUIRE(f.app->plan().exportTo(file, core::Paper::A4, "112").ok);
    std::string exported = readFile(file);
    CHECK(withoutIds(exporting::planFromJson(exported)) == want);

    // Into a fresh database, then out again: the same bytes.
    AppFixture other;
    app::PlanFileResult r = other.app->plan().importFrom(file);
    INFO(r.message);
    REQUIRE(r.ok);
    CHECK(withoutIds(other.app->plan().plan()) == want);
    other.restart();
    CHECK(withoutIds(other.app->plan().plan()) == want);
    REQUIRE(other.app->plan().exportTo(other.dir / "again.json", core::Paper::A4, "112").ok);
    CHECK(readFile(other.dir / "again.json") == exported);
}

TEST_CASE("a malformed import changes nothing and says what is wrong") {
    AppFixture f;
    store::PlanStore(*f.db).replace(fullPlan(f.app->content().kit));
    f.restart();
    const std::string before = exporting::planToJson(storedPlan(*f.app));
    std::string good = before;

    struct Bad {
        std::string text;
        std::string says;
    } cases[] = {
        {good.substr(0, good.size() / 2), "not valid JSON"},
        {"", "not valid JSON"},
        {"[1, 2, 3]", "not a Steadfast plan"},
        {R"({"format": "something-else", "version": 1})", "not a Steadfast plan"},
        {R"({"format": "steadfast-plan", "version": 2})", "newer version"},
        {R"({"format": "steadfast-plan", "version": 1, "members": [{"name": 7}]})", "members[0].name: expected text, found a number"},
        {R"({"format": "steadfast-plan", "version": 1, "members": [{"name": "A", "age_group": "toddler"}]})", "members[0].age_group: \"toddler\" is not one of"},
        {R"({"format": "steadfast-plan", "version": 1, "members": [{"nmae": "A"}]})", "members[0]: unknown key \"nmae\""},
        {R"({"format": "steadfast-plan", "version": 1, "contacts": [{"name": "A"}]})", "contacts[0].kind: missing"},
        {R"({"format": "steadfast-plan", "version": 1, "meeting_places": [{"kind": "moon"}]})", "meeting_places[0].kind"},
        {R"({"format": "steadfast-plan", "version": 1, "documents": [{"key": "identity", "have": "yes"}]})", "documents[0].have: expected true or false"},
        {R"({"format": "steadfast-plan", "version": 1, "kit": {"days": 0}})", "kit.days"},
        {R"({"format": "steadfast-plan", "version": 1, "kit": {"items": [{"name": "Tins", "expires_on": "2026-02-30"}]}})", "kit.items[0].expires_on: \"2026-02-30\" is not a date"},
        {R"({"format": "steadfast-plan", "version": 1, "kit": {"items": [{"name": "Tins", "have": -2}]}})", "kit.items[0].have"},
        {R"({"format": "steadfast-plan", "version": 1, "kit": {"items": [{"template_id": "water", "name": "W"}, {"template_id": "water", "name": "W"}]}})", "appears twice"},
        // Numbers too large for a double, and whole numbers that would wrap.
        {R"({"format": "steadfast-plan", "version": 1e400})", "number overflow"},
        {R"({"format": "steadfast-plan", "version": 1, "kit": {"items": [{"name": "Tins", "have": -1e400}]}})", "number overflow"},
        {R"({"format": "steadfast-plan", "version": 4294967297})", "newer version"},
        {R"({"format": "steadfast-plan", "version": 18446744073709551615})", "newer version"},
        {R"({"format": "steadfast-plan", "version": -5})", "version: expected a whole number from 1 to 1, found -5"},
        {R"({"format": "steadfast-plan", "version": 0})", "version: expected a whole number from 1"},
        {R"({"format": "steadfast-plan", "version": 1.0})", "version: expected a whole number"},
        {R"({"format": "steadfast-plan", "version": 1, "kit": {"days": 4294967297}})", "kit.days: expected a whole number from 1 to 365"},
        // Text the editors could not hold.
        {"{\"format\": \"steadfast-plan\", \"version\": 1, \"members\": [{\"name\": \"A\\u0000B\"}]}", "members[0].name: the text holds a control character"},
        {R"({"format": "steadfast-plan", "version": 1, "pets": [{"name": "Rex\u001b[2J"}]})", "pets[0].name: the text holds a control character"},
        {R"({"format": "steadfast-plan", "version": 1, "home": {"water_shutoff": ")" + std::string(1001, 'x') + R"("}})",
         "home.water_shutoff: the text is 1001 characters long; at most 1000 fit"},
        {R"({"format": "steadfast-plan", "version": 1, "kit": {"items": [{"name": ")" + std::string(1500, 'y') + R"("}]}})",
         "kit.items[0].name: the text is 1500 characters long"},
    };
    for (const auto& c : cases) {
        INFO(c.text.substr(0, 120));
        writeFile(f.dir / "bad.json", c.text);
        app::PlanFileResult r = f.app->plan().importFrom(f.dir / "bad.json");
        CHECK_FALSE(r.ok);
        CHECK_MESSAGE(r.message.find(c.says) != std::string::npos, r.message);
        CHECK(r.message.find("Nothing was changed") != std::string::npos);
        CHECK(exporting::planToJson(storedPlan(*f.app)) == before);
        CHECK(exporting::planToJson(f.app->plan().plan()) == exporting::planToJson(storedPlan(*f.app)));
    }
    app::PlanFileResult missing = f.app->plan().importFrom(f.dir / "does-not-exist.json");
    CHECK_FALSE(missing.ok);
    CHECK(missing.message.find("no file by that name") != std::string::npos);
    CHECK(exporting::planToJson(storedPlan(*f.app)) == before);
}

TEST_CASE("an import refuses plans no household has: too deep, too many records, too long") {
    auto refusal = [](const std::string& text) {
        try {
            exporting::planFromJson(text);
        } catch (const exporting::ImportError& e) {
            return std::string(e.what());
        }
        return std::string("accepted");
    };
    // 100,000 lists deep inside a meeting place: refused while parsing, without a stack overflow.
    std::string deep = R"({"format": "steadfast-plan", "version": 1, "meeting_places": [{"kind": "outside", "address": )" +
                       std::string(100'000, '[') + std::string(100'000, ']') + "}]}";
    CHECK(refusal(deep).find("nested deeper than a plan is") != std::string::npos);

    // A 15 MB name.
    std::string hugeName = R"({"format": "steadfast-plan", "version": 1, "members": [{"name": ")" + std::string(15'000'000, 'n') + R"("}]})";
    CHECK(refusal(hugeName).find("members[0].name: the text is 15000000 characters long") != std::string::npos);

    auto withList = [](const char* key, size_t n, const std::string& record) {
        std::string text = R"({"format": "steadfast-plan", "version": 1, ")" + std::string(key) + R"(": [)";
        for (size_t i = 0; i < n; ++i) text += (i ? "," : "") + record;
        return text + "]}";
    };
    CHECK(refusal(withList("members", core::kMaxPlanMembers + 1, "{}")) == "members: 101 members; a plan holds at most 100");
    CHECK(refusal(withList("contacts", core::kMaxPlanContacts + 1, R"({"kind": "ice"})")).find("a plan holds at most 200") != std::string::npos);
    CHECK(refusal(withList("pets", core::kMaxPlanPets + 1, "{}")).find("a plan holds at most 100") != std::string::npos);
    // A million members never becomes a million records in memory.
    CHECK(refusal(withList("members", 1'000'000, "{}")).find("more entries than any household plan has") != std::string::npos);

    // A plan at every limit, each field as long as it may be, still imports.
    std::string longText(core::kMaxPlanText, 'z');
    std::string fullMember = "{";
    for (const auto& field : core::memberFields()) fullMember += std::string(fullMember.size() > 1 ? "," : "") + "\"" + field.key + "\": \"" + (field.choices ? "" : longText) + "\"";
    fullMember += "}";
    core::Plan big = exporting::planFromJson(withList("members", core::kMaxPlanMembers, fullMember));
    CHECK(big.members.size() == core::kMaxPlanMembers);
    CHECK(big.members.back().name == longText);
    std::string kit = R"({"format": "steadfast-plan", "version": 1, "kit": {"items": [)";
    for (size_t i = 0; i < core::kMaxKitItems; ++i) kit += std::string(i ? "," : "") + R"({"name": "item", "have": 1, "location": ")" + longText + "\"}";
    CHECK(exporting::planFromJson(kit + "]}}").kit.size() == core::kMaxKitItems);
}

TEST_CASE("steadfast import plan reports a number too large and a deep file instead of crashing") {
    TempDir dir;
    std::string bin = std::string(STEADFAST_BINARY) + " --db " + quote(dir / "a.db");
    writeFile(dir / "huge-number.json", R"({"format": "steadfast-plan", "version": 1e400})");
    auto [status, out] = run(bin + " import plan " + quote(dir / "huge-number.json"));
    CHECK(status == 1);
    CHECK(out.find("number overflow") != std::string::npos);
    writeFile(dir / "deep.json", R"({"format": "steadfast-plan", "version": 1, "pets": )" + std::string(100'000, '[') + std::string(100'000, ']') + "}");
    auto [deepStatus, deepOut] = run(bin + " import plan " + quote(dir / "deep.json"));
    CHECK(deepStatus == 1);
    CHECK(deepOut.find("nested deeper") != std::string::npos);
}

TEST_CASE("steadfast export plan and import plan work from the command line") {
    TempDir dir;
    std::string bin = std::string(STEADFAST_BINARY) + " --db " + quote(dir / "a.db");
    {
        store::Database db(dir / "a.db");
        store::PlanStore(db).replace(fullPlan(realContent().content.kit));
    }
    auto [jsonStatus, jsonOut] = run(bin + " export plan " + quote(dir / "plan.json"));
    INFO(jsonOut);
    CHECK(jsonStatus == 0);
    auto [pdfStatus, pdfOut] = run(bin + " export plan " + quote(dir / "plan.pdf") + " --paper letter");
    INFO(pdfOut);
    CHECK(pdfStatus == 0);
    CHECK(pdfOut.find("US Letter") != std::string::npos);
    CHECK(pdfText(dir / "plan.pdf").find("Mem0-medications") != std::string::npos);

    std::string other = std::string(STEADFAST_BINARY) + " --db " + quote(dir / "b.db");
    auto [importStatus, importOut] = run(other + " import plan " + quote(dir / "plan.json"));
    INFO(importOut);
    CHECK(importStatus == 0);
    CHECK(importOut.find("2 members") != std::string::npos);
    run(other + " export plan " + quote(dir / "again.json"));
    CHECK(readFile(dir / "again.json") == readFile(dir / "plan.json"));

    writeFile(dir / "bad.json", "{\"format\": \"steadfast-plan\", \"version\": 1, \"pets\": {}}");
    auto [badStatus, badOut] = run(other + " import plan " + quote(dir / "bad.json"));
    CHECK(badStatus == 1);
    CHECK(badOut.find("pets: expected a list") != std::string::npos);
    run(other + " export plan " + quote(dir / "after-bad.json"));
    CHECK(readFile(dir / "after-bad.json") == readFile(dir / "plan.json"));

    auto [paperStatus, paperOut] = run(other + " export plan " + quote(dir / "x.pdf") + " --paper legal");
    CHECK(paperStatus != 0);
    CHECK_FALSE(fs::exists(dir / "x.pdf"));
}

TEST_CASE("the printed plan in Arabic: its headings, labels, counts and the date's words are Arabic") {
    i18n::setCatalogFolder(STEADFAST_SOURCE_PO_DIR);
    AppFixture f;
    store::PlanStore(*f.db).replace(fullPlan(f.app->content().kit));
    f.restart();
    f.app->startInLanguage("ar");
    fs::path pdf = f.dir / "plan-ar.pdf";
    app::PlanFileResult r = f.app->plan().exportTo(pdf, core::Paper::A4, "112");
    INFO(r.message);
    REQUIRE(r.ok);
    CHECK(r.message.find("حُفظت الخطة وبطاقات الجيب") == 0);
    // pdftotext puts each Arabic letter between embedding marks (U+202B ... U+202C): drop them.
    std::string text = pdfText(pdf);
    for (const char* mark : {"\u202b", "\u202c"})
        for (size_t at = text.find(mark); at != std::string::npos; at = text.find(mark)) text.erase(at, 3);
    for (const char* words : {"خطةالطوارئالمنزلية", "أماكنالتجمّع", "أفرادالأسرة", "بطاقاتالجيب", "الفئةالعمرية"})
        CHECK_MESSAGE(text.find(words) != std::string::npos, words);
    CHECK(text.find("Householdemergencyplan") == std::string::npos);
    CHECK(text.find("Meetingplaces") == std::string::npos);
}
