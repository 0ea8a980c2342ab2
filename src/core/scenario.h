#pragma once
// Practice scenarios: a short emergency told as a sequence of decisions, each with three or four
// choices of which exactly one is right, feedback for every choice, and the guide step or checklist
// item the right answer comes from. Scenarios are linear: whatever the user chooses, the story
// goes on to the next decision as if the right thing had been done, and the feedback says what the
// wrong choice would have led to. So every play of a scenario meets the same decisions and scores
// compare over time.
#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace core {

struct Content;
struct Guide;
struct Step;

// In timed mode each decision has a time limit: its own, or this default. A user reading in a
// second language needs time to read the situation and every choice; 30 seconds allows it while
// still asking for a decision rather than a study.
constexpr int kDefaultDecisionSeconds = 30;
// A time limit leaves at least the time a slow reader needs for the situation and every choice:
// 10 characters a second (about 120 words a minute).
constexpr int kReadingCharactersPerSecond = 10;
constexpr int kMinDecisionSeconds = 5;
constexpr int kMaxDecisionSeconds = 120;
constexpr int kMinScenarioChoices = 3;
constexpr int kMaxScenarioChoices = 4;
constexpr int kMinScenarioDecisions = 3;
constexpr int kMaxScenarioDecisions = 12;

// Lower-case letters, digits and '-', not at either end: "adult-cpr".
bool isContentId(const std::string& s);

// A guide, a checklist, or one step or item of it, as content names them:
// "guide:adult-cpr", "guide:adult-cpr@call", "guide:drowning#child@rescue-breaths",
// "checklist:fire-escape-drill@feel-door".
struct ContentRef {
    enum class Kind { Guide, Checklist };
    Kind kind = Kind::Guide;
    std::string id;       // the guide or checklist id
    std::string variant;  // guides only; empty: a step every variant shows
    std::string step;     // a step id or a checklist item id; empty: the whole guide or checklist

    // nullopt when the text is not of that form: no known prefix, a part that is not an id
    // (isContentId), or a variant on a checklist.
    static std::optional<ContentRef> parse(const std::string& text);
    std::string text() const;  // the form parse() reads
    bool sameTarget(const ContentRef& other) const { return kind == other.kind && id == other.id; }
};

struct ScenarioChoice {
    std::string text;
    bool right = false;
    std::string feedback;  // why it is right or wrong; the app says which
};

struct ScenarioDecision {
    std::string id;         // stable within the scenario: wrong decisions come back for review by it
    std::string situation;  // the scene as it stands, ending in the question
    std::vector<ScenarioChoice> choices;
    ContentRef cites;       // the guide step or checklist item the right choice comes from
    int timeLimitSeconds = 0;  // 0: kDefaultDecisionSeconds

    int rightChoice() const;     // the index of the right choice; -1 when there is none
    int secondsAllowed() const;  // in timed mode
    int readingSeconds() const;  // the situation and every choice at kReadingCharactersPerSecond, rounded up
};

struct Scenario {
    std::string id;
    std::string title;
    std::string setting;                 // where and who, before the first decision
    std::vector<ContentRef> trains;      // the guides and checklists it practises
    std::vector<std::string> sources;    // taken from the guides and checklists it cites
    std::vector<ScenarioDecision> decisions;

    bool practises(const ContentRef& target) const;
};

// The text of the guide step or checklist item a reference names (for the variant it names, or
// the first variant that shows the step), or nullptr when the content does not have it.
const std::string* citedText(const Content& content, const ContentRef& ref);

enum class PlayMode { Practice, Timed };

// What the user did at one decision.
struct ScenarioAnswer {
    std::optional<int> choice;  // the index of the choice made; nullopt: time ran out first
    std::chrono::milliseconds elapsed{0};  // from the decision appearing to the choice
};

struct DecisionResult {
    std::string decisionId;
    bool right = false;
    bool timedOut = false;  // no choice in time: counts as wrong
    std::chrono::milliseconds elapsed{0};
};

struct ScenarioScore {
    int decisions = 0;  // in the scenario, answered or not
    int right = 0;
    std::vector<DecisionResult> results;  // one per answer, in order

    bool complete() const { return static_cast<int>(results.size()) == decisions; }
    double share() const;   // right / decisions: a play stopped early scores what it reached
    int percent() const;    // share() rounded to a whole percent
    std::chrono::milliseconds meanDecisionTime() const;  // over the answers given; 0 when none
    // The decisions answered wrong or not in time, in order: what spaced review brings back first.
    std::vector<std::string> wrongDecisionIds() const;
};

// Scores the answers to a scenario's decisions, the first answer for the first decision. In timed
// mode an answer slower than the decision's limit counts as timed out, whatever was chosen. A
// choice that is not one of the decision's choices is wrong; answers past the last decision are
// not counted.
ScenarioScore scoreScenario(const Scenario& scenario, const std::vector<ScenarioAnswer>& answers, PlayMode mode);

}  // namespace core
