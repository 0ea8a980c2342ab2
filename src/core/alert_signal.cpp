#include "core/alert_signal.h"

#include "core/content.h"

#include <algorithm>
#include <cstdio>
#include <cmath>
#include <numbers>

namespace core {

const char* signalPatternName(SignalPattern p) {
    switch (p) {
        case SignalPattern::Steady: return "steady";
        case SignalPattern::RisingFalling: return "rising-falling";
        case SignalPattern::Interrupted: return "interrupted";
    }
    return "steady";
}

std::optional<SignalPattern> signalPatternFromName(const std::string& name) {
    for (SignalPattern p : {SignalPattern::Steady, SignalPattern::RisingFalling, SignalPattern::Interrupted})
        if (name == signalPatternName(p)) return p;
    return std::nullopt;
}

std::vector<SignalSound::Part> SignalSound::unpublished() const {
    std::vector<Part> out{Part::Pitch};
    if (!seconds) out.push_back(Part::Length);
    if (pattern == SignalPattern::RisingFalling && (!riseSeconds || !fallSeconds)) out.push_back(Part::RiseAndFall);
    if (pattern == SignalPattern::Interrupted && (!onSeconds || !offSeconds)) out.push_back(Part::ToneAndPause);
    return out;
}

std::vector<float> synthesiseSignal(const SignalSound& sound, int sampleRate, double maxSeconds) {
    double total = std::min(sound.seconds.value_or(SignalSound::kDefaultSeconds), maxSeconds);
    auto frames = static_cast<size_t>(std::max(0.0, total) * sampleRate);
    std::vector<float> out(frames);
    double rise = sound.riseSeconds.value_or(SignalSound::kDefaultSweep / 2);
    double fall = sound.fallSeconds.value_or(SignalSound::kDefaultSweep / 2);
    double on = sound.onSeconds.value_or(SignalSound::kDefaultOn), off = sound.offSeconds.value_or(SignalSound::kDefaultOff);
    constexpr double kRamp = 0.05;  // seconds of fade in and out: no click at a tone's edges
    double phase = 0;
    for (size_t i = 0; i < frames; ++i) {
        double t = static_cast<double>(i) / sampleRate;
        double hz = SignalSound::kHighHz, gain = 0.7;
        switch (sound.pattern) {
            case SignalPattern::Steady: break;
            case SignalPattern::RisingFalling: {
                // Starts low, as a siren spinning up does.
                double within = std::fmod(t, rise + fall);
                double up = within < rise ? within / rise : 1 - (within - rise) / fall;
                hz = SignalSound::kLowHz + (SignalSound::kHighHz - SignalSound::kLowHz) * up;
                break;
            }
            case SignalPattern::Interrupted: {
                double within = std::fmod(t, on + off);
                gain = within < on ? 0.7 * std::clamp(std::min(within, on - within) / kRamp, 0.0, 1.0) : 0.0;
                break;
            }
        }
        gain *= std::clamp(std::min(t, total - t) / kRamp, 0.0, 1.0);
        phase += 2 * std::numbers::pi * hz / sampleRate;  // phase carried on, so a sweeping pitch stays smooth
        if (phase > 2 * std::numbers::pi) phase -= 2 * std::numbers::pi;
        // A few odd harmonics give the hard edge of a siren rather than a pure whistle.
        double s = std::sin(phase) + std::sin(3 * phase) / 3 + std::sin(5 * phase) / 5;
        out[i] = static_cast<float>(gain * s * 0.75);
    }
    return out;
}

}  // namespace core


namespace core {

const CountrySignals* Content::signalsFor(const std::string& countryCode) const {
    for (const auto& c : alertSignals)
        if (c.code == countryCode) return &c;
    return nullptr;
}

}  // namespace core
