// Content: the shipped tree is valid, and every kind of mistake names its file and line.
#include <doctest/doctest.h>

#include "support.h"

using namespace test;

namespace {
// A minimal valid tree to break one piece at a time.
void writeMinimalTree(const fs::path& dir) {
    writeFile(dir / "emergency_numbers.toml", "fallback = \"112\"\n[[country]]\ncode = \"GB\"\ncode3 = \"GBR\"\nname = \"United Kingdom\"\n"
                                              "single = [\"999\"]\nsource = \"NHS\"\nchecked = 2026-12-03\n");
    writeFile(dir / "kit.toml",
              "days_default = 3\nsources = [\"FEMA\"]\n[guideline]\nname = \"FEMA\"\nedition = \"2024\"\nsection = \"Kit\"\n"
              "[[item]]\nid = \"water\"\nname = \"Water\"\ncategory = \"Water\"\nunit = \"litres\"\nper_person_per_day = 3.8\n");
    std::string guide = "id = \"burns\"\ntitle = \"Burns\"\ncategory = \"Injuries\"\nsummary = \"Cool it.\"\nsources = [\"ERC 2025\"]\n"
                        "[guideline]\nname = \"ERC\"\nedition = \"2025\"\nsection = \"First aid\"\n"
                        "[[step]]\ntext = \"Cool the burn.\"\ntimer = { id = \"cool\", kind = \"countdown\", seconds = 1200, label = \"Cooling\" }\n";
    for (int i = 0; i < 4; ++i)
        guide += "[[question]]\nprompt = \"Q\"\nchoices = [\"a\", \"b\"]\nanswer = 1\nexplanation = \"because\"\n";
    writeFile(dir / "guides" / "burns.toml", guide);
    writeFile(dir / "checklists" / "go-bag.toml",
              "id = \"go-bag\"\ntitle = \"Go-bag\"\nsummary = \"Pack it.\"\nsources = [\"FEMA\"]\n[[section]]\ntitle = \"Water\"\n"
              "[[section.item]]\ntext = \"Water\"\n");
    writeFile(dir / "triage.toml",
              "start = \"a\"\n[[node]]\nid = \"a\"\nquestion = \"Burnt?\"\n[[node.answer]]\nlabel = \"Yes\"\ngoto = \"guide:burns\"\n");
}

std::string joined(const std::vector<content::Problem>& problems) {
    std::string out;
    for (const auto& p : problems) out += p.toString() + "\n";
    return out;
}

std::vector<content::Problem> problemsAfter(const std::string& file, const std::string& text) {
    TempDir dir;
    writeMinimalTree(dir.path);
    writeFile(dir / file, text);
    return content::loadContent(dir.path).problems;
}
}  // namespace

TEST_CASE("the shipped content loads with no problems") {
    const auto& loaded = realContent();
    for (const auto& p : loaded.problems) INFO(p.toString());
    CHECK(loaded.problems.empty());
    CHECK(loaded.content.guides.size() >= 1);
    CHECK(loaded.content.checklists.size() >= 1);
    CHECK(loaded.content.numbers.fallback == "112");
}

TEST_CASE("a minimal valid tree loads") {
    TempDir dir;
    writeMinimalTree(dir.path);
    auto loaded = content::loadContent(dir.path);
    for (const auto& p : loaded.problems) INFO(p.toString());
    CHECK(loaded.ok());
    REQUIRE(loaded.content.guides.size() == 1);
    CHECK(loaded.content.guides[0].steps[0].timer->seconds == 1200);
}

TEST_CASE("a TOML syntax error names its file and line") {
    auto problems = problemsAfter("guides/burns.toml", "id = \"burns\"\ntitle = \"Burns\"\nsummary = \"unterminated\n");
    REQUIRE(problems.size() >= 1);
    CHECK(problems[0].file == "guides/burns.toml");
    CHECK(problems[0].line == 3);
}

TEST_CASE("an unknown key names its file and line") {
    TempDir dir;
    writeMinimalTree(dir.path);
    std::string text = readFile(dir / "checklists" / "go-bag.toml");
    writeFile(dir / "checklists" / "go-bag.toml", text + "[[section.item]]\ntext = \"Torch\"\ndetial = \"typo\"\n");
    auto problems = content::loadContent(dir.path).problems;
    INFO(joined(problems));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].toString() == "checklists/go-bag.toml:11: unknown key 'detial'");
}

TEST_CASE("a wrong answer index and a missing field name their lines") {
    TempDir dir;
    writeMinimalTree(dir.path);
    std::string text = readFile(dir / "guides" / "burns.toml");
    writeFile(dir / "guides" / "burns.toml", text + "[[question]]\nprompt = \"Q\"\nchoices = [\"a\", \"b\"]\nanswer = 5\n");
    auto problems = content::loadContent(dir.path).problems;
    INFO(joined(problems));
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].file == "guides/burns.toml");
    CHECK(problems[0].message.find("explanation") != std::string::npos);
    CHECK(problems[0].line == 33);  // the [[question]] that lacks it
    CHECK(problems[1].line == 36);
    CHECK(problems[1].message.find("answer") != std::string::npos);
}

TEST_CASE("a triage answer that leads nowhere names its line") {
    auto problems = problemsAfter("triage.toml", "start = \"a\"\n[[node]]\nid = \"a\"\nquestion = \"?\"\n[[node.answer]]\nlabel = \"Yes\"\ngoto = \"guide:nope\"\n");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].toString() == "triage.toml:5: answer 'Yes' leads to unknown guide 'nope'");
}

TEST_CASE("check-content prints file:line and fails on a bad tree, passes on the shipped one") {
    TempDir dir;
    writeMinimalTree(dir.path);
    writeFile(dir / "guides" / "burns.toml", "id = 'burns'\ntitle = [\n");
    std::string cmd = std::string(STEADFAST_BINARY) + " check-content " + dir.path.string() + " > " + (dir / "out.txt").string();
    int status = std::system(cmd.c_str());
    CHECK(WEXITSTATUS(status) == 1);
    CHECK(readFile(dir / "out.txt").find("guides/burns.toml:") != std::string::npos);
    std::string ok = std::string(STEADFAST_BINARY) + " check-content " + contentDir().string() + " > /dev/null";
    CHECK(WEXITSTATUS(std::system(ok.c_str())) == 0);
}

namespace {
// emergency_numbers.toml with one more country after GB, to break one field at a time.
std::vector<content::Problem> numbersProblems(const std::string& country) {
    return problemsAfter("emergency_numbers.toml",
                         "fallback = \"112\"\n"
                         "[[country]]\ncode = \"GB\"\ncode3 = \"GBR\"\nname = \"United Kingdom\"\naliases = [\"UK\"]\n"
                         "single = [\"999\"]\nsource = \"NHS\"\nchecked = 2026-12-03\n"
                         "[[country]]\n" + country);
}
const std::string kGoodFrance = "code = \"FR\"\ncode3 = \"FRA\"\nname = \"France\"\nambulance = \"15\"\nsingle = [\"112\"]\n";
}  // namespace

TEST_CASE("an emergency-number entry with a source and a checked date loads") {
    auto problems = numbersProblems(kGoodFrance + "source = [\"Service-Public.fr\", \"European Commission\"]\nchecked = 2026-11-30\n");
    INFO(joined(problems));
    CHECK(problems.empty());
}

TEST_CASE("an emergency-number entry without a source or a checked date names its line") {
    auto noSource = numbersProblems(kGoodFrance + "checked = 2026-11-30\n");
    REQUIRE(noSource.size() == 1);
    CHECK(noSource[0].toString() == "emergency_numbers.toml:10: missing 'source'");
    auto noDate = numbersProblems(kGoodFrance + "source = \"Service-Public.fr\"\n");
    REQUIRE(noDate.size() == 1);
    CHECK(noDate[0].file == "emergency_numbers.toml");
    CHECK(noDate[0].line == 10);
    CHECK(noDate[0].message.find("missing 'checked'") != std::string::npos);
}

TEST_CASE("the checked date must be a real date written as a TOML date") {
    auto quoted = numbersProblems(kGoodFrance + "source = \"Service-Public.fr\"\nchecked = \"2026-11-30\"\n");
    REQUIRE(quoted.size() == 1);
    CHECK(quoted[0].line == 17);
    CHECK(quoted[0].message.find("without quotes") != std::string::npos);
    auto impossible = numbersProblems(kGoodFrance + "source = \"Service-Public.fr\"\nchecked = 2026-02-30\n");
    REQUIRE(impossible.size() >= 1);
    CHECK(impossible[0].line == 17);
}

TEST_CASE("emergency numbers are digits, and every entry has one") {
    auto letters = numbersProblems("code = \"FR\"\ncode3 = \"FRA\"\nname = \"France\"\npolice = \"17 or 112\"\nsource = \"x\"\nchecked = 2026-11-30\n");
    REQUIRE(letters.size() == 1);
    CHECK(letters[0].message.find("digits only") != std::string::npos);
    auto none = numbersProblems("code = \"FR\"\ncode3 = \"FRA\"\nname = \"France\"\nnote = \"Ask a neighbour\"\nsource = \"x\"\nchecked = 2026-11-30\n");
    REQUIRE(none.size() == 1);
    CHECK(none[0].message == "FR needs at least one number");
}

TEST_CASE("a name or alias that would find two countries is refused") {
    auto problems = numbersProblems("code = \"UA\"\ncode3 = \"UKR\"\nname = \"Ukraine\"\naliases = [\"U.K.\"]\nsingle = [\"112\"]\n"
                                    "source = \"x\"\nchecked = 2026-11-30\n");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].line == 10);
    CHECK(problems[0].message == "the name 'U.K.' of UA is also a name of GB");
}
