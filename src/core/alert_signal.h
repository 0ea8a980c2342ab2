#pragma once
// Public warning signals as the content describes them (content/alert_signals.toml): what each
// sounds like, what it means and what to do first, with the sources that say so. The sound is
// synthesised from the description, so no recording is needed. Only figures a source gives are
// in the content; what a source leaves out is drawn with a plain default (kDefault* below), and
// the practice screen says which parts are not published.
#include <optional>
#include <string>
#include <vector>

#include "core/calendar_date.h"

namespace core {

enum class SignalPattern {
    Steady,         // one unbroken tone
    RisingFalling,  // the pitch rises and falls, over and over ("wailing", "undulating")
    Interrupted,    // the tone sounds and stops, over and over
};
const char* signalPatternName(SignalPattern p);  // "steady", "rising-falling", "interrupted": as in the content
std::optional<SignalPattern> signalPatternFromName(const std::string& name);

struct SignalSound {
    SignalPattern pattern = SignalPattern::Steady;
    // Each as published, or absent when no source gives it.
    std::optional<double> seconds;      // the whole signal
    std::optional<double> riseSeconds;  // rising-falling: one rise
    std::optional<double> fallSeconds;  // rising-falling: one fall
    std::optional<double> onSeconds;    // interrupted: one tone
    std::optional<double> offSeconds;   // interrupted: one silence

    // Drawn where the content has no figure. None of these is a published value.
    static constexpr double kDefaultSeconds = 60, kDefaultSweep = 4, kDefaultOn = 1, kDefaultOff = 1;
    static constexpr double kLowHz = 400, kHighHz = 800;  // no source publishes a siren's pitch
    // What the sound leaves to the defaults, for the screen to say (app::signalSoundWords words it).
    enum class Part { Pitch, Length, RiseAndFall, ToneAndPause };
    std::vector<Part> unpublished() const;
};

struct AlertSignal {
    std::string id;       // unique within its country: "warning", "all-clear"
    std::string name;     // "Warning of the population"
    std::string meaning;  // what it tells the user
    std::vector<std::string> actions;  // what to do, the first thing first
    SignalSound sound;
};

struct CountrySignals {
    std::string code;  // ISO 3166-1 alpha-2, as in emergency_numbers.toml
    std::string name;
    std::vector<AlertSignal> signals;
    std::string note;  // e.g. a signal left out for want of a source
    std::vector<std::string> sources;
    CalendarDate checked{};
};

// The signal as mono samples in [-1, 1], at most `maxSeconds` long (the whole signal when shorter).
std::vector<float> synthesiseSignal(const SignalSound& sound, int sampleRate, double maxSeconds);

}  // namespace core
