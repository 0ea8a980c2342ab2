#pragma once
// A first-aid guide as the content defines it: steps to follow, timers and a CPR metronome
// inside the steps that need them, and quiz questions to practise with.
#include <optional>
#include <string>
#include <vector>

namespace core {

struct Guideline {
    std::string name;     // body and title, e.g. "ERC Guidelines 2025"
    std::string edition;  // e.g. "2025"
    std::string section;  // the part of the guideline the text follows
    std::string note;     // where guidelines disagree: which one this text follows
};

enum class TimerKind { Countdown, Stopwatch };

struct TimerSpec {
    std::string id;     // names the timer within its guide; steps may share one
    TimerKind kind = TimerKind::Stopwatch;
    int seconds = 0;    // countdown length
    std::string label;
    int callAfterSeconds = 0;  // stopwatch: when to tell the user to call (0 = never)
    std::string callMessage;
};

struct MetronomeSpec {
    int rate = 110;        // compressions per minute
    int compressions = 30; // per cycle
    int breaths = 2;       // per cycle; 0 = compression-only
};

struct Step {
    std::string text;
    std::string detail;
    std::string onlyVariant;  // empty: every variant
    bool call = false;        // this step says to call the emergency number
    std::optional<TimerSpec> timer;
    std::optional<MetronomeSpec> metronome;
};

struct Variant {
    std::string id;
    std::string label;
};

struct Question {
    std::string prompt;
    std::vector<std::string> choices;
    int answer = 0;
    std::string explanation;
};

struct Guide {
    std::string id;
    std::string title;
    std::string category;
    std::string summary;
    std::vector<std::string> keywords;
    Guideline guideline;
    std::vector<std::string> sources;
    std::vector<std::string> callWhen;
    std::vector<std::string> doNot;
    std::vector<Variant> variants;
    std::vector<Step> steps;
    std::vector<Question> questions;

    // The steps a user follows for one variant (all steps when the guide has none).
    std::vector<const Step*> stepsFor(const std::string& variantId) const;
    // Case-insensitive match of every word of the query against title, summary, category, keywords.
    bool matches(const std::string& query) const;
};

}  // namespace core
