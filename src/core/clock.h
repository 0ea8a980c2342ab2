#pragma once
// Time enters the app only through a Clock, so timers, recurrence and "due today" are tested
// without sleeping.
#include <algorithm>
#include <chrono>

namespace core {

using TimePoint = std::chrono::system_clock::time_point;
using Millis = std::chrono::milliseconds;

class Clock {
public:
    virtual ~Clock() = default;
    virtual TimePoint now() const = 0;
};

class SystemClock final : public Clock {
public:
    TimePoint now() const override { return std::chrono::system_clock::now(); }
};

// A clock that only moves when told to: for tests and benchmarks.
class ManualClock final : public Clock {
public:
    explicit ManualClock(TimePoint start = TimePoint{std::chrono::seconds{1'790'000'000}}) : now_(start) {}
    TimePoint now() const override { return now_; }
    void advance(std::chrono::nanoseconds by) { now_ += std::chrono::duration_cast<TimePoint::duration>(by); }
    void set(TimePoint t) { now_ = t; }

private:
    TimePoint now_;
};

// Milliseconds since the Unix epoch: how time points are stored.
inline long long toEpochMs(TimePoint t) {
    return std::chrono::duration_cast<Millis>(t.time_since_epoch()).count();
}
// A stored time before 1900 or after 2190 (only a file written by another program has one) becomes
// the nearest of the two: a TimePoint holds 1678 to 2262, and the difference of any two times in
// 1900 to 2190 fits in one as well, so no later arithmetic overflows.
inline TimePoint fromEpochMs(long long ms) {
    constexpr long long kFirst = -2'208'988'800'000, kLast = 6'942'585'600'000;  // 1900-01-01, 2190-01-01 UTC
    return TimePoint{std::chrono::duration_cast<TimePoint::duration>(Millis{std::clamp(ms, kFirst, kLast)})};
}

}  // namespace core
