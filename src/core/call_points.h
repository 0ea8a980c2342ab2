#pragma once
// The moments a running guide calls out while hands and eyes are busy: a countdown that reaches
// zero, a stopwatch past its "call now" point, and during CPR every 2 minutes the time to swap
// rescuers. Pure functions of the timers and the beat, so a spoken call is never missed or said
// twice however irregularly frames are drawn.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/timers.h"

namespace core {

// ERC 2025 and RCUK 2025 BLS: where there is more than one rescuer, change the one giving
// compressions about every 2 minutes (the adult CPR guide's own step says so).
inline constexpr std::chrono::minutes kSwapRescuersEvery{2};

struct CallPoint {
    enum class Kind {
        TimeUp,        // a countdown reached zero (timerId)
        CallNow,       // a stopwatch passed its call_after point (timerId)
        SwapRescuers,  // `minutes` of CPR done: swap with the other rescuer if there is one
    };
    Kind kind = Kind::TimeUp;
    TimePoint at;
    std::string timerId;  // TimeUp, CallNow
    int minutes = 0;      // SwapRescuers
    bool operator==(const CallPoint&) const = default;
};

// How long CPR has gone on: the running "cpr" timer (the guide's time since CPR started), else
// the beat's own start. Nullopt without a beat.
std::optional<TimePoint> cprStart(const std::map<std::string, RunningTimer>& timers, const std::optional<Metronome>& metronome);

// The call points in (after, upTo], in time order.
std::vector<CallPoint> callPointsBetween(const std::map<std::string, RunningTimer>& timers, const std::optional<Metronome>& metronome,
                                         TimePoint after, TimePoint upTo);

// The first call point after `after` (nullopt: none is coming while things stay as they are).
std::optional<TimePoint> nextCallPoint(const std::map<std::string, RunningTimer>& timers, const std::optional<Metronome>& metronome,
                                       TimePoint after);

}  // namespace core
