// Scenarios: the shipped ones load and cite steps that exist, cover the guides, keep the call
// first; every mistake in a scenario file names its file and line; a play is scored by the rules.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "core/scenario.h"
#include "support.h"

using namespace test;
using namespace std::chrono_literals;

namespace {

// A valid scenario over the shipped guides, to break one piece at a time.
const std::string kScenario = R"(id = "zz-test"
title = "A test collapse"
setting = "A man collapses in a shop."
trains = ["guide:adult-cpr"]
sources = ["European Resuscitation Council, ERC Guidelines 2025: Adult Basic Life Support, 2025"]

[[decision]]
id = "call"
situation = "He does not answer you. What first?"
cites = "guide:adult-cpr@call"
time_limit = 10

[[decision.choice]]
text = "Call the emergency number"
right = true
feedback = "Yes."

[[decision.choice]]
text = "Wait and see"
feedback = "No."

[[decision.choice]]
text = "Walk away"
feedback = "No."

[[decision]]
id = "push"
situation = "He is not breathing. What now?"
cites = "guide:adult-cpr@compressions"

[[decision.choice]]
text = "Push on the chest"
right = true
feedback = "Yes."

[[decision.choice]]
text = "Give water"
feedback = "No."

[[decision.choice]]
text = "Sit him up"
feedback = "No."

[[decision]]
id = "shock"
situation = "The AED shocks. What now?"
cites = "guide:adult-cpr@after-shock"

[[decision.choice]]
text = "Push again at once"
right = true
feedback = "Yes."

[[decision.choice]]
text = "Take the pads off"
feedback = "No."

[[decision.choice]]
text = "Wait for another shock"
feedback = "No."
)";

const char* const kFile = "scenarios/zz-test.toml";

// The shipped content tree in a scratch folder, so a test can add or break a file.
struct ContentCopy {
    TempDir dir;
    ContentCopy() { fs::copy(contentDir(), dir.path, fs::copy_options::recursive); }
    content::LoadResult loadWith(const std::string& file, const std::string& text) {
        writeFile(dir / file, text);
        return content::loadContent(dir.path);
    }
};

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    size_t at = text.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, from);
    return text.replace(at, from.size(), to);
}

// The 1-based line of the nth `needle` in `text`.
int lineOf(const std::string& text, const std::string& needle, int nth = 1) {
    size_t at = text.find(needle);
    for (int i = 1; i < nth && at != std::string::npos; ++i) at = text.find(needle, at + 1);
    REQUIRE_MESSAGE(at != std::string::npos, needle);
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
}

// The problems in one file of a load.
std::vector<content::Problem> problemsIn(const content::LoadResult& loaded, const std::string& file) {
    std::vector<content::Problem> out;
    for (const auto& p : loaded.problems)
        if (p.file == file) out.push_back(p);
    return out;
}

// The problems of the test scenario once `from` is replaced with `to`; the scenario is left out.
std::vector<content::Problem> scenarioProblems(const std::string& text) {
    ContentCopy copy;
    auto loaded = copy.loadWith(kFile, text);
    for (const auto& p : loaded.problems) INFO(p.toString());
    CHECK(loaded.content.scenario("zz-test") == nullptr);
    CHECK(problemsIn(loaded, kFile).size() == loaded.problems.size());  // nothing reported elsewhere
    return problemsIn(loaded, kFile);
}

// Exactly one problem, on `line`, whose message holds `words`.
void checkOneProblem(const std::string& text, int line, const std::string& words) {
    auto problems = scenarioProblems(text);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].line == line);
    INFO(problems[0].toString());
    CHECK(problems[0].message.find(words) != std::string::npos);
}

core::Scenario fourDecisions() {
    core::Scenario s;
    s.id = "test";
    for (const char* id : {"a", "b", "c", "d"}) {
        core::ScenarioDecision d;
        d.id = id;
        d.situation = "What now?";
        d.choices = {{"one", false, "No."}, {"two", true, "Yes."}, {"three", false, "No."}};
        s.decisions.push_back(d);
    }
    s.decisions[3].timeLimitSeconds = 10;
    return s;
}

core::ScenarioAnswer answer(int choice, std::chrono::milliseconds elapsed) { return {choice, elapsed}; }

}  // namespace

// ---- Scoring: pure rules, no files.

TEST_CASE("a scenario play scores the share of decisions right, their times and the wrong ones") {
    core::Scenario s = fourDecisions();
    auto score = core::scoreScenario(s, {answer(1, 4000ms), answer(0, 6000ms), answer(1, 2000ms), answer(1, 8000ms)},
                                     core::PlayMode::Practice);
    CHECK(score.complete());
    CHECK(score.right == 3);
    CHECK(score.share() == doctest::Approx(0.75));
    CHECK(score.percent() == 75);
    CHECK(score.meanDecisionTime() == 5000ms);
    CHECK(score.wrongDecisionIds() == std::vector<std::string>{"b"});
    REQUIRE(score.results.size() == 4);
    CHECK(score.results[1].decisionId == "b");
    CHECK_FALSE(score.results[1].right);
    CHECK_FALSE(score.results[1].timedOut);
    CHECK(score.results[2].elapsed == 2000ms);
}

TEST_CASE("in timed mode a decision answered after its limit counts as wrong, at the limit as made") {
    core::Scenario s = fourDecisions();  // a, b, c: the default limit; d: 10 seconds
    std::vector<core::ScenarioAnswer> answers{answer(1, 30000ms), answer(1, 30001ms), {std::nullopt, 30000ms}, answer(1, 10001ms)};
    auto timed = core::scoreScenario(s, answers, core::PlayMode::Timed);
    CHECK(core::kDefaultDecisionSeconds == 30);
    CHECK(timed.right == 1);  // exactly at the limit is in time
    CHECK(timed.wrongDecisionIds() == std::vector<std::string>{"b", "c", "d"});
    CHECK(timed.results[1].timedOut);
    CHECK(timed.results[2].timedOut);  // no choice at all: time ran out
    CHECK(timed.results[3].timedOut);
    // Without a clock to beat, the same slow choices are right.
    auto practice = core::scoreScenario(s, answers, core::PlayMode::Practice);
    CHECK(practice.right == 3);
    CHECK(practice.wrongDecisionIds() == std::vector<std::string>{"c"});
}

TEST_CASE("a play stopped early scores what it reached over the whole scenario") {
    core::Scenario s = fourDecisions();
    auto score = core::scoreScenario(s, {answer(1, 1000ms), answer(1, 3000ms)}, core::PlayMode::Timed);
    CHECK_FALSE(score.complete());
    CHECK(score.decisions == 4);
    CHECK(score.right == 2);
    CHECK(score.percent() == 50);                 // not 100: two decisions were never answered
    CHECK(score.wrongDecisionIds().empty());      // decisions not reached are not due for review
    CHECK(score.meanDecisionTime() == 2000ms);
    auto none = core::scoreScenario(s, {}, core::PlayMode::Practice);
    CHECK(none.share() == 0);
    CHECK(none.meanDecisionTime() == 0ms);
}

TEST_CASE("a choice that is not one of the decision's is wrong, and answers past the end are not counted") {
    core::Scenario s = fourDecisions();
    std::vector<core::ScenarioAnswer> answers{answer(7, 1000ms), answer(-1, 1000ms), answer(1, 1000ms), answer(1, 1000ms),
                                              answer(1, 1000ms)};
    auto score = core::scoreScenario(s, answers, core::PlayMode::Practice);
    CHECK(score.results.size() == 4);
    CHECK(score.right == 2);
    CHECK(score.wrongDecisionIds() == std::vector<std::string>{"a", "b"});
}

TEST_CASE("the reading time of a decision counts characters, not bytes") {
    core::ScenarioDecision d;
    d.situation = std::string(95, 'x');
    d.choices = {{"12345", true, ""}};
    CHECK(d.readingSeconds() == 10);
    d.choices[0].text = "123456";
    CHECK(d.readingSeconds() == 11);  // 101 characters: rounded up
    d.situation = "ماذا تفعل الآن؟";     // 15 characters, 27 bytes
    d.choices[0].text = "اتصل";          // 4 characters
    CHECK(d.readingSeconds() == 2);
}

TEST_CASE("a content reference reads the forms scenarios use and refuses the rest") {
    auto step = core::ContentRef::parse("guide:drowning#child@rescue-breaths");
    REQUIRE(step);
    CHECK(step->kind == core::ContentRef::Kind::Guide);
    CHECK(step->id == "drowning");
    CHECK(step->variant == "child");
    CHECK(step->step == "rescue-breaths");
    CHECK(step->text() == "guide:drowning#child@rescue-breaths");
    auto item = core::ContentRef::parse("checklist:fire-escape-drill@feel-doors");
    REQUIRE(item);
    CHECK(item->kind == core::ContentRef::Kind::Checklist);
    CHECK(item->text() == "checklist:fire-escape-drill@feel-doors");
    CHECK(core::ContentRef::parse("guide:adult-cpr")->step.empty());
    for (const char* bad : {"adult-cpr@call", "guide:", "guide:@call", "guide:adult-cpr@", "guide:adult-cpr#@call",
                            "checklist:go-bag#child@water", "guide:Adult-CPR@call", "guide:adult-cpr@call now", "recipe:x@y"})
        CHECK_MESSAGE(!core::ContentRef::parse(bad), bad);
}

TEST_CASE("a cited step or item gives its text, for the variant named or the first that shows it") {
    const core::Content& c = realContent().content;
    auto text = [&](const char* ref) { return core::citedText(c, *core::ContentRef::parse(ref)); };
    REQUIRE(text("guide:adult-cpr@call"));
    CHECK(text("guide:adult-cpr@call")->find("Call the emergency number") != std::string::npos);
    REQUIRE(text("guide:child-infant-cpr#infant@compressions"));
    CHECK(text("guide:child-infant-cpr#infant@compressions")->find("Two thumbs") != std::string::npos);
    REQUIRE(text("guide:child-infant-cpr@compressions"));
    CHECK(text("guide:child-infant-cpr@compressions")->find("Heel of one hand") != std::string::npos);  // child comes first
    REQUIRE(text("checklist:fire-escape-drill@feel-doors"));
    CHECK(*text("checklist:fire-escape-drill@feel-doors") == "Feel doors with the back of your hand before opening");
    CHECK_FALSE(text("guide:adult-cpr@no-such-step"));
    CHECK_FALSE(text("guide:no-such-guide@call"));
    CHECK_FALSE(text("checklist:fire-escape-drill@no-such-item"));
    CHECK_FALSE(text("guide:adult-cpr"));
}

// ---- The shipped scenarios.

TEST_CASE("the shipped scenarios load, and every decision cites a step or item that exists") {
    const auto& loaded = realContent();
    for (const auto& p : loaded.problems) INFO(p.toString());
    CHECK(loaded.problems.empty());
    const auto& scenarios = loaded.content.scenarios;
    CHECK(scenarios.size() >= 16);
    for (const auto& s : scenarios) {
        INFO(s.id);
        CHECK(s.decisions.size() >= core::kMinScenarioDecisions);
        CHECK_FALSE(s.sources.empty());
        for (const auto& d : s.decisions) {
            INFO(d.id);
            CHECK(core::citedText(loaded.content, d.cites) != nullptr);
            CHECK(d.rightChoice() >= 0);
            CHECK(d.secondsAllowed() >= d.readingSeconds());
        }
    }
    CHECK(std::is_sorted(scenarios.begin(), scenarios.end(), [](const auto& a, const auto& b) { return a.title < b.title; }));
}

TEST_CASE("every guide the Emergency questions lead to is trained by a scenario") {
    const core::Content& c = realContent().content;
    // Guides reachable from triage that no scenario trains yet, each with the reason. None today.
    const std::set<std::string> exceptions{};
    for (const auto& id : c.triage.reachableGuides()) {
        INFO(id);
        bool trained = std::any_of(c.scenarios.begin(), c.scenarios.end(),
                                   [&](const auto& s) { return s.practises({core::ContentRef::Kind::Guide, id, "", ""}); });
        CHECK((trained || exceptions.count(id)));
        CHECK_FALSE((trained && exceptions.count(id)));  // an exception that is no longer one is removed
    }
}

TEST_CASE("the evacuation, fire and alert checklists are trained by scenarios") {
    const core::Content& c = realContent().content;
    for (const char* id : {"fire-escape-drill", "evacuation", "pet-kit", "shelter-in-place", "public-warning-alert"}) {
        INFO(id);
        CHECK(std::any_of(c.scenarios.begin(), c.scenarios.end(),
                          [&](const auto& s) { return s.practises({core::ContentRef::Kind::Checklist, id, "", ""}); }));
    }
}

// Resuscitation Council UK 2025, aligned with ERC 2025: for a person who does not respond, the call
// comes before the breathing check and CPR. A scenario must never train the old order.
TEST_CASE("in the resuscitation scenarios the call comes before every later step of the guide") {
    const core::Content& c = realContent().content;
    int checked = 0;
    for (const auto& s : c.scenarios) {
        bool called = false;
        for (const auto& d : s.decisions) {
            const core::Guide* g = d.cites.kind == core::ContentRef::Kind::Guide ? c.guide(d.cites.id) : nullptr;
            if (!g) continue;
            std::string variant = d.cites.variant.empty() && !g->variants.empty() ? g->variants[0].id : d.cites.variant;
            auto steps = g->stepsFor(variant);
            int at = *g->stepIndex(variant, d.cites.step);
            if (steps[at]->call) called = true;
            static const std::set<std::string> callFirst{"adult-cpr", "child-infant-cpr", "first-check", "recovery-position", "drowning"};
            if (!callFirst.count(g->id)) continue;
            auto firstCall = std::find_if(steps.begin(), steps.end(), [](const core::Step* st) { return st->call; }) - steps.begin();
            if (at > firstCall) {
                INFO(s.id << ": " << d.id);
                CHECK(called);
                ++checked;
            }
        }
    }
    CHECK(checked >= 10);  // the rule is really exercised
}

TEST_CASE("the right choice is not always in the same place") {
    std::set<int> everywhere;
    for (const auto& s : realContent().content.scenarios) {
        std::set<int> places;
        for (const auto& d : s.decisions) places.insert(d.rightChoice());
        INFO(s.id);
        CHECK(places.size() >= 2);
        everywhere.insert(places.begin(), places.end());
    }
    CHECK(everywhere == std::set<int>{0, 1, 2, 3});
}

// ---- Problems in a scenario file, each with its file and line.

TEST_CASE("a valid scenario loads into the content with its decisions") {
    ContentCopy copy;
    auto loaded = copy.loadWith(kFile, kScenario);
    for (const auto& p : loaded.problems) INFO(p.toString());
    CHECK(loaded.ok());
    const core::Scenario* s = loaded.content.scenario("zz-test");
    REQUIRE(s);
    CHECK(s->title == "A test collapse");
    CHECK(s->practises({core::ContentRef::Kind::Guide, "adult-cpr", "", ""}));
    REQUIRE(s->decisions.size() == 3);
    CHECK(s->decisions[0].cites.text() == "guide:adult-cpr@call");
    CHECK(s->decisions[0].secondsAllowed() == 10);
    CHECK(s->decisions[1].secondsAllowed() == core::kDefaultDecisionSeconds);
    CHECK(s->decisions[1].rightChoice() == 0);
    CHECK(s->decisions[2].choices[2].text == "Wait for another shock");
}

TEST_CASE("an unknown key in a scenario names its line") {
    std::string text = replaced(kScenario, "text = \"Give water\"", "text = \"Give water\"\nfeedbak = \"typo\"");
    checkOneProblem(text, lineOf(text, "feedbak"), "unknown key 'feedbak'");
}

TEST_CASE("a decision needs 3 or 4 choices, exactly one of them right") {
    std::string two = replaced(kScenario, "[[decision.choice]]\ntext = \"Sit him up\"\nfeedback = \"No.\"\n", "");
    checkOneProblem(two, lineOf(two, "id = \"push\"") - 1, "has 2 choices; it needs 3 or 4");
    std::string five = replaced(kScenario, "text = \"Sit him up\"\nfeedback = \"No.\"\n",
                                "text = \"Sit him up\"\nfeedback = \"No.\"\n[[decision.choice]]\ntext = \"Run\"\nfeedback = \"No.\"\n"
                                "[[decision.choice]]\ntext = \"Shout\"\nfeedback = \"No.\"\n");
    checkOneProblem(five, lineOf(five, "id = \"push\"") - 1, "has 5 choices");
    std::string none = replaced(kScenario, "text = \"Push on the chest\"\nright = true\n", "text = \"Push on the chest\"\n");
    checkOneProblem(none, lineOf(none, "id = \"push\"") - 1, "has 0 choices marked right = true; exactly one must be");
    std::string twoRight = replaced(kScenario, "text = \"Give water\"\n", "text = \"Give water\"\nright = true\n");
    checkOneProblem(twoRight, lineOf(twoRight, "id = \"push\"") - 1, "has 2 choices marked right");
    std::string same = replaced(kScenario, "text = \"Give water\"", "text = \"Sit him up\"");
    checkOneProblem(same, lineOf(same, "text = \"Sit him up\"", 2), "this choice appears twice");
}

TEST_CASE("a citation must name a guide, variant, step, checklist or item that exists") {
    auto check = [](const std::string& cites, const std::string& words) {
        std::string text = replaced(kScenario, "cites = \"guide:adult-cpr@compressions\"", "cites = \"" + cites + "\"");
        INFO(cites);
        checkOneProblem(text, lineOf(text, "cites = \"" + cites + "\""), words);
    };
    check("guide:adult-cpr@no-such-step", "guide 'adult-cpr' has no step with id 'no-such-step'");
    check("guide:no-such-guide@call", "there is no guide 'no-such-guide'");
    check("guide:child-infant-cpr#teen@compressions", "guide 'child-infant-cpr' has no variant 'teen'");
    check("guide:recovery-position@other-side", "does not show step 'other-side' for variant 'infant': name the variant");
    check("checklist:fire-escape-drill@no-such-item", "checklist 'fire-escape-drill' has no item with id 'no-such-item'");
    check("guide:adult-cpr", "must name the step or item the right answer comes from");
    check("adult-cpr@compressions", "must name the step or item");
}

TEST_CASE("a citation of a variant the guide shows loads, and names the step by its text") {
    std::string text = replaced(kScenario, "cites = \"guide:adult-cpr@compressions\"", "cites = \"guide:child-infant-cpr#infant@rescue-breaths\"");
    text = replaced(text, "sources = [\"", "sources = [\"European Resuscitation Council, ERC Guidelines 2025: Paediatric Life Support, 2025\", \"");
    ContentCopy copy;
    auto loaded = copy.loadWith(kFile, text);
    for (const auto& p : loaded.problems) INFO(p.toString());
    REQUIRE(loaded.ok());
    const core::Scenario* s = loaded.content.scenario("zz-test");
    REQUIRE(s);
    const std::string* step = core::citedText(loaded.content, s->decisions[1].cites);
    REQUIRE(step);
    CHECK(step->find("cover the baby's mouth and nose") != std::string::npos);
}

TEST_CASE("a time limit out of range or too short to read names its line") {
    std::string low = replaced(kScenario, "time_limit = 10", "time_limit = 3");
    checkOneProblem(low, lineOf(low, "time_limit"), "'time_limit' is 3; it must be from 5 to 120");
    std::string high = replaced(kScenario, "time_limit = 10", "time_limit = 600");
    checkOneProblem(high, lineOf(high, "time_limit"), "'time_limit' is 600; it must be from 5 to 120");
    std::string word = replaced(kScenario, "time_limit = 10", "time_limit = \"ten\"");
    checkOneProblem(word, lineOf(word, "time_limit"), "must be a whole number");
    // The first decision has 81 characters: 9 seconds to read.
    std::string tight = replaced(kScenario, "time_limit = 10", "time_limit = 8");
    checkOneProblem(tight, lineOf(tight, "time_limit"), "takes 9 seconds to read at 10 characters a second, but its time limit is 8");
    ContentCopy copy;
    CHECK(copy.loadWith(kFile, replaced(kScenario, "time_limit = 10", "time_limit = 9")).ok());
    // Without a time_limit the default must leave time to read too.
    std::string longer = replaced(kScenario, "situation = \"He is not breathing. What now?\"",
                                  "situation = \"" + std::string(280, 'x') + "\"");
    checkOneProblem(longer, lineOf(longer, "id = \"push\"") - 1, "but its time limit is 30 (the default)");
}

TEST_CASE("ids: the file name, each decision once") {
    std::string other = replaced(kScenario, "id = \"zz-test\"", "id = \"other-name\"");
    checkOneProblem(other, 1, "must equal the file name 'zz-test'");
    std::string twice = replaced(kScenario, "id = \"shock\"", "id = \"call\"");
    checkOneProblem(twice, lineOf(twice, "id = \"call\"", 2), "decision id 'call' appears twice");
    std::string upper = replaced(kScenario, "id = \"push\"", "id = \"Push\"");
    checkOneProblem(upper, lineOf(upper, "id = \"Push\""), "must be lower-case letters");
}

TEST_CASE("sources come from the guides the scenario cites, and every trained guide is cited") {
    std::string invented = replaced(kScenario, "sources = [\"", "sources = [\"A blog post, 2026\", \"");
    checkOneProblem(invented, lineOf(invented, "sources"), "source 'A blog post, 2026' is not one that the guides or checklists this scenario cites list");
    std::string uncited = replaced(kScenario, "trains = [\"guide:adult-cpr\"]", "trains = [\"guide:adult-cpr\", \"guide:burns\"]");
    checkOneProblem(uncited, lineOf(uncited, "trains"), "it trains 'guide:burns', but no decision cites it");
    std::string unknown = replaced(kScenario, "trains = [\"guide:adult-cpr\"]", "trains = [\"guide:adult-cpr\", \"checklist:no-such-list\"]");
    checkOneProblem(unknown, lineOf(unknown, "trains"), "there is no checklist 'no-such-list'");
    std::string step = replaced(kScenario, "trains = [\"guide:adult-cpr\"]", "trains = [\"guide:adult-cpr@call\"]");
    auto problems = scenarioProblems(step);
    REQUIRE(problems.size() >= 1);
    CHECK(problems[0].line == lineOf(step, "trains"));
    CHECK(problems[0].message.find("'trains' names whole guides or checklists") != std::string::npos);
}

TEST_CASE("a scenario with too few decisions, or none, is refused") {
    size_t third = kScenario.find("[[decision]]\nid = \"shock\"");
    std::string two = kScenario.substr(0, third);
    checkOneProblem(two, lineOf(two, "[[decision]]"), "a scenario has 3 to 12 decisions, not 2");
    std::string none = kScenario.substr(0, kScenario.find("[[decision]]"));
    checkOneProblem(none, 1, "missing [[decision]]");
}

TEST_CASE("a TOML error in a scenario names its line, and the rest of the content still loads") {
    ContentCopy copy;
    auto loaded = copy.loadWith(kFile, replaced(kScenario, "title = \"A test collapse\"", "title = \"A test collapse"));
    auto problems = problemsIn(loaded, kFile);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].line == 2);
    CHECK(loaded.problems.size() == 1);
    CHECK(loaded.content.scenarios.size() == realContent().content.scenarios.size());
}

TEST_CASE("a broken guide is reported in its own file, not again in the scenarios that cite it") {
    ContentCopy copy;
    std::string guide = readFile(copy.dir / "guides" / "adult-cpr.toml");
    writeFile(copy.dir / "guides" / "adult-cpr.toml", replaced(guide, "title = \"Adult CPR with an AED\"", "title = 42"));
    auto loaded = content::loadContent(copy.dir.path);
    REQUIRE(loaded.problems.size() == 1);
    CHECK(loaded.problems[0].file == "guides/adult-cpr.toml");
    // Scenarios that cite the missing guide are not shown, as a citation could not be checked.
    CHECK(loaded.content.scenario("cardiac-arrest-bus-stop") == nullptr);
    CHECK(loaded.content.scenario("kitchen-burn") != nullptr);
}

TEST_CASE("a checklist item id names one item, and is an id") {
    ContentCopy copy;
    std::string list = readFile(copy.dir / "checklists" / "fire-escape-drill.toml");
    std::string twice = replaced(list, "id = \"crawl-low\"", "id = \"feel-doors\"");
    auto loaded = copy.loadWith("checklists/fire-escape-drill.toml", twice);
    auto problems = problemsIn(loaded, "checklists/fire-escape-drill.toml");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].line == lineOf(twice, "id = \"feel-doors\"", 2));
    CHECK(problems[0].message.find("item id 'feel-doors'") != std::string::npos);
}

TEST_CASE("check-content reports a bad scenario with its file and line, and fails") {
    ContentCopy copy;
    writeFile(copy.dir / kFile, replaced(kScenario, "time_limit = 10", "time_limit = 0"));
    std::string out = (copy.dir / "out.txt").string();
    int status = std::system((std::string(STEADFAST_BINARY) + " check-content " + copy.dir.path.string() + " > " + out).c_str());
    CHECK(WEXITSTATUS(status) == 1);
    std::string printed = readFile(out);
    INFO(printed);
    CHECK(printed.find("scenarios/zz-test.toml:" + std::to_string(lineOf(kScenario, "time_limit")) + ": 'time_limit' is 0") !=
          std::string::npos);
}
