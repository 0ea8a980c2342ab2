#pragma once
// Step timers (cooling a burn, timing a seizure, time since a tourniquet went on) and the CPR
// metronome. Both are pure functions of a start time and "now", so they survive a restart
// (only the start is stored) and never drift (nothing accumulates frame by frame).
#include <chrono>
#include <optional>
#include <string>

#include "core/clock.h"
#include "core/guide.h"

namespace core {

struct RunningTimer {
    TimerSpec spec;
    TimePoint startedAt;
    std::optional<TimePoint> stoppedAt;

    bool running() const { return !stoppedAt; }
    // Time counted so far (up to the stop, if stopped).
    std::chrono::milliseconds elapsed(TimePoint now) const;
    // Countdown: what is left, never below zero. Stopwatch: zero.
    std::chrono::milliseconds remaining(TimePoint now) const;
    // A countdown that has reached zero.
    bool finished(TimePoint now) const;
    // A stopwatch past its call_after point: the app tells the user to call.
    bool callDue(TimePoint now) const;
};

// CPR metronome: `compressions` beats at `rate` per minute, then a pause for `breaths` breaths,
// repeated. Compression-only when breaths is 0.
class Metronome {
public:
    // Time allowed for each rescue breath: ERC/AHA ask for two breaths within about 10 seconds;
    // 2.5 s each keeps the pause well inside that.
    static constexpr std::chrono::milliseconds kBreathTime{2500};

    Metronome(MetronomeSpec spec, TimePoint start) : spec_(spec), start_(start) {}

    enum class Phase { Compress, Breathe };
    struct State {
        Phase phase = Phase::Compress;
        long long cycle = 0;               // completed cycles
        int compressionInCycle = 0;        // 1-based while compressing
        int breathInCycle = 0;             // 1-based while breathing
        long long totalCompressions = 0;   // beats so far, including this one
        TimePoint beatAt;                  // when the current beat (or breath pause) began
        TimePoint nextBeatAt;              // when the next compression beat is due
    };
    State at(TimePoint now) const;

    // When compression number n (0-based, counting every beat since the start) is due. Exact:
    // computed from the start in integer nanoseconds, never by adding periods.
    TimePoint beatTime(long long n) const { return start_ + std::chrono::duration_cast<TimePoint::duration>(beatOffset(n)); }
    // The same as an offset from the start, to the nanosecond: the audio clicks count from it.
    std::chrono::nanoseconds beatOffset(long long n) const;
    // When breath `breath` (0-based) of cycle `cycle` is due, from the start (breaths > 0 only).
    std::chrono::nanoseconds breathOffset(long long cycle, int breath) const;
    std::chrono::nanoseconds cycleLength() const;
    const MetronomeSpec& spec() const { return spec_; }
    TimePoint start() const { return start_; }

private:
    std::chrono::nanoseconds compressionSpan() const;
    MetronomeSpec spec_;
    TimePoint start_;
};

}  // namespace core
