#pragma once
// A first-aid guide as the content defines it: steps to follow, timers and a CPR metronome
// inside the steps that need them, and quiz questions to practise with.
#include <optional>
#include <string>
#include <vector>

#include "core/calendar_date.h"
#include "core/translation.h"

namespace core {

struct Guideline {
    std::string name;     // body and title, e.g. "ERC Guidelines 2025"
    std::string edition;  // e.g. "2025": the edition the text truly follows
    std::string section;  // the part of the guideline the text follows
    std::string note;     // where guidelines disagree: which one this text follows
    CalendarDate checked; // when the text was last checked against its sources
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

// How this user gives CPR, chosen once and kept: with or without rescue breaths, and for a child
// whether they learnt paediatric CPR or only adult CPR (ERC: adult-trained rescuers may use 30:2).
struct CprPreferences {
    bool rescueBreaths = true;
    bool adultTrainedOnly = false;
    bool operator==(const CprPreferences&) const = default;
};

struct MetronomeSpec {
    int rate = 110;        // compressions per minute
    int compressions = 30; // per cycle
    int breaths = 2;       // per cycle; 0 = compression-only
    int compressionsIfAdultTrained = 0;  // a child's cycle for a rescuer who only learnt adult CPR; 0: same

    bool operator==(const MetronomeSpec&) const = default;
    // The rhythm this rescuer follows: breaths dropped for compression-only CPR, the adult cycle
    // for a rescuer trained only in adult CPR.
    MetronomeSpec forRescuer(const CprPreferences& cpr) const;
};

// Step text may say "{cpr-cycle}"; the player and the guide show the cycle this rescuer follows
// (app::withCprCycle puts it in words).

struct Step {
    std::string id;           // optional; names the step for "start here" links from triage
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
    Translation translation;  // the language the words are in, when not the English original

    // The steps a user follows for one variant (all steps when the guide has none).
    std::vector<const Step*> stepsFor(const std::string& variantId) const;
    // Where the step with this id is among stepsFor(variantId); nullopt when it is not there.
    std::optional<int> stepIndex(const std::string& variantId, const std::string& stepId) const;
    // Case-insensitive match of every word of the query against title, summary, category, keywords.
    bool matches(const std::string& query) const;
};

}  // namespace core
