// Content: the shipped tree is valid, and every kind of mistake names its file and line.
#include <doctest/doctest.h>

#include <set>

#include "support.h"

using namespace test;

namespace {
// The problems once `from` is replaced with `to` in the minimal tree's guide.
std::vector<content::Problem> problemsWithGuideEdit(const std::string& from, const std::string& to) {
    TempDir dir;
    writeMinimalTree(dir.path);
    std::string guide = readFile(dir / "guides" / "burns.toml");
    guide.replace(guide.find(from), from.size(), to);
    writeFile(dir / "guides" / "burns.toml", guide);
    return content::loadContent(dir.path).problems;
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
    CHECK(problems[0].line == 34);  // the [[question]] that lacks it
    CHECK(problems[1].line == 37);
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

TEST_CASE("a triage node whose answers all lead back to itself reports each answer once") {
    // 100 answers that loop back used to print a million identical lines: each path was walked
    // again at every depth.
    std::string triage = "start = \"a\"\n[[node]]\nid = \"a\"\nquestion = \"?\"\n";
    for (int i = 0; i < 100; ++i) triage += "[[node.answer]]\nlabel = \"Again " + std::to_string(i) + "\"\ngoto = \"a\"\n";
    auto problems = problemsAfter("triage.toml", triage);
    INFO(problems.size());
    REQUIRE(problems.size() == 100);
    std::set<int> lines;
    for (const auto& p : problems) {
        CHECK(p.file == "triage.toml");
        CHECK(p.message.find("round in a circle") != std::string::npos);
        lines.insert(p.line);
    }
    CHECK(lines.size() == 100);  // one problem per answer, each at its own line
}

TEST_CASE("a long triage chain is reported once, where it passes the limit") {
    std::string triage = "start = \"n0\"\n";
    for (int i = 0; i < 5; ++i)
        triage += "[[node]]\nid = \"n" + std::to_string(i) + "\"\nquestion = \"?\"\n[[node.answer]]\nlabel = \"On\"\ngoto = \"" +
                  (i == 4 ? std::string("guide:burns") : "n" + std::to_string(i + 1)) + "\"\n";
    auto problems = problemsAfter("triage.toml", triage);
    INFO(joined(problems));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].message.find("within 3 answers") != std::string::npos);
    CHECK(problems[0].line == 17);  // the answer of n2, the third answer on the path
}

TEST_CASE("a symbolic link in a loop named like a guide is a clear problem, not a crash") {
    TempDir dir;
    writeMinimalTree(dir.path);
    fs::create_symlink("zz.toml", dir / "guides" / "zz.toml");  // points at itself
    content::LoadResult loaded;
    REQUIRE_NOTHROW(loaded = content::loadContent(dir.path));
    INFO(joined(loaded.problems));
    REQUIRE(loaded.problems.size() == 1);
    CHECK(loaded.problems[0].file == "guides/zz.toml");
    CHECK(loaded.problems[0].message.find("cannot be read") != std::string::npos);
    CHECK(loaded.content.guides.size() == 1);  // the rest still loads
    // check-content says so too, and exits 1 rather than aborting.
    std::string cmd = std::string(STEADFAST_BINARY) + " check-content " + dir.path.string() + " > " + (dir / "out.txt").string() + " 2>&1";
    int status = std::system(cmd.c_str());
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 1);
    CHECK(readFile(dir / "out.txt").find("guides/zz.toml:0: cannot be read") != std::string::npos);
}

TEST_CASE("numbers out of range are errors with file and line, never wrapped") {
    auto countdown = problemsWithGuideEdit("seconds = 1200", "seconds = 4294967297");
    INFO(joined(countdown));
    REQUIRE(countdown.size() == 1);
    CHECK(countdown[0].file == "guides/burns.toml");
    CHECK(countdown[0].line == 13);
    CHECK(countdown[0].message.find("4294967297") != std::string::npos);

    auto rate = problemsWithGuideEdit("label = \"Cooling\" }",
                                      "label = \"Cooling\" }\nmetronome = { rate = 4294967406, compressions = 30, breaths = 2 }");
    INFO(joined(rate));
    REQUIRE(rate.size() == 1);
    CHECK(rate[0].line == 14);
    CHECK(rate[0].message.find("'rate' is 4294967406") != std::string::npos);

    auto negative = problemsWithGuideEdit("seconds = 1200", "seconds = -5");
    REQUIRE(negative.size() == 1);
    CHECK(negative[0].message.find("from 1 to 86400") != std::string::npos);

    auto months = problemsAfter("kit.toml", "days_default = 3\nsources = [\"FEMA\"]\n[guideline]\nname = \"FEMA\"\nedition = \"2024\"\n"
                                            "section = \"Kit\"\n[[item]]\nid = \"water\"\nname = \"Water\"\ncategory = \"Water\"\n"
                                            "unit = \"litres\"\nper_person_per_day = 3.8\nrotate_months = 4294967297\n");
    REQUIRE(months.size() == 1);
    CHECK(months[0].file == "kit.toml");
    CHECK(months[0].line == 13);
}

TEST_CASE("check-content reports a guide whose edition is newer than every source it lists") {
    auto problems = problemsWithGuideEdit("sources = [\"ERC 2025\"]", "sources = [\"ERC Guidelines 2021: First Aid, 2021\", \"IFRC, 2020\"]");
    INFO(joined(problems));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].toString() == "guides/burns.toml:8: the guideline edition 2025 is newer than every source listed (the latest is 2021)");
}

TEST_CASE("a guide must say when its text was checked") {
    auto problems = problemsWithGuideEdit("checked = 2026-12-03\n", "");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].message.find("missing 'checked'") != std::string::npos);
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
