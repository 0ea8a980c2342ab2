#include "core/timers.h"

#include <algorithm>

namespace core {
using namespace std::chrono;

milliseconds RunningTimer::elapsed(TimePoint now) const {
    TimePoint end = stoppedAt ? *stoppedAt : now;
    return std::max(milliseconds{0}, duration_cast<milliseconds>(end - startedAt));
}

milliseconds RunningTimer::remaining(TimePoint now) const {
    if (spec.kind != TimerKind::Countdown) return milliseconds{0};
    return std::max(milliseconds{0}, seconds{spec.seconds} - elapsed(now));
}

bool RunningTimer::finished(TimePoint now) const {
    return spec.kind == TimerKind::Countdown && remaining(now) == milliseconds{0};
}

bool RunningTimer::callDue(TimePoint now) const {
    return spec.kind == TimerKind::Stopwatch && spec.callAfterSeconds > 0 && elapsed(now) >= seconds{spec.callAfterSeconds};
}

nanoseconds Metronome::compressionSpan() const { return nanoseconds{60'000'000'000LL} * spec_.compressions / spec_.rate; }

nanoseconds Metronome::cycleLength() const { return compressionSpan() + nanoseconds(kBreathTime) * spec_.breaths; }

nanoseconds Metronome::beatOffset(long long n) const {
    if (spec_.breaths == 0) return nanoseconds{60'000'000'000LL * n / spec_.rate};
    long long cycle = n / spec_.compressions, k = n % spec_.compressions;
    return cycleLength() * cycle + nanoseconds{60'000'000'000LL * k / spec_.rate};
}

nanoseconds Metronome::breathOffset(long long cycle, int breath) const {
    return cycleLength() * cycle + compressionSpan() + nanoseconds(kBreathTime) * breath;
}

Metronome::State Metronome::at(TimePoint now) const {
    State s;
    nanoseconds elapsed = std::max(nanoseconds{0}, duration_cast<nanoseconds>(now - start_));
    if (spec_.breaths == 0) {
        long long n = elapsed.count() * spec_.rate / 60'000'000'000LL;  // beats begun so far, minus one
        s.totalCompressions = n + 1;
        s.cycle = n / spec_.compressions;
        s.compressionInCycle = static_cast<int>(n % spec_.compressions) + 1;
        s.beatAt = beatTime(n);
        s.nextBeatAt = beatTime(n + 1);
        return s;
    }
    long long cycle = elapsed / cycleLength();
    nanoseconds within = elapsed - cycleLength() * cycle;
    s.cycle = cycle;
    if (within < compressionSpan()) {
        long long k = within.count() * spec_.rate / 60'000'000'000LL;
        k = std::min<long long>(k, spec_.compressions - 1);
        s.phase = Phase::Compress;
        s.compressionInCycle = static_cast<int>(k) + 1;
        s.totalCompressions = cycle * spec_.compressions + k + 1;
        s.beatAt = beatTime(cycle * spec_.compressions + k);
        s.nextBeatAt = beatTime(cycle * spec_.compressions + k + 1);
    } else {
        nanoseconds intoBreaths = within - compressionSpan();
        s.phase = Phase::Breathe;
        s.breathInCycle = static_cast<int>(intoBreaths / nanoseconds(kBreathTime)) + 1;
        s.totalCompressions = (cycle + 1) * spec_.compressions;
        s.beatAt = start_ + duration_cast<TimePoint::duration>(breathOffset(cycle, s.breathInCycle - 1));
        s.nextBeatAt = beatTime((cycle + 1) * spec_.compressions);
    }
    return s;
}

}  // namespace core
