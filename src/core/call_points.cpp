#include "core/call_points.h"

#include <algorithm>

namespace core {
using namespace std::chrono;

std::optional<TimePoint> cprStart(const std::map<std::string, RunningTimer>& timers, const std::optional<Metronome>& metronome) {
    if (!metronome) return std::nullopt;
    if (auto it = timers.find("cpr"); it != timers.end() && it->second.running()) return it->second.startedAt;
    return metronome->start();
}

namespace {

// Every call point of the timers and the beat, the CPR swaps up to `horizon`.
std::vector<CallPoint> allCallPoints(const std::map<std::string, RunningTimer>& timers, const std::optional<Metronome>& metronome,
                                     TimePoint horizon) {
    std::vector<CallPoint> points;
    for (const auto& [id, t] : timers) {
        if (!t.running()) continue;
        if (t.spec.kind == TimerKind::Countdown)
            points.push_back({CallPoint::Kind::TimeUp, t.startedAt + seconds{t.spec.seconds}, id, 0});
        else if (t.spec.callAfterSeconds > 0)
            points.push_back({CallPoint::Kind::CallNow, t.startedAt + seconds{t.spec.callAfterSeconds}, id, 0});
    }
    if (std::optional<TimePoint> start = cprStart(timers, metronome)) {
        for (int n = 1; *start + kSwapRescuersEvery * n <= horizon; ++n)
            points.push_back({CallPoint::Kind::SwapRescuers, *start + kSwapRescuersEvery * n, "", static_cast<int>(kSwapRescuersEvery.count()) * n});
    }
    std::stable_sort(points.begin(), points.end(), [](const CallPoint& a, const CallPoint& b) { return a.at < b.at; });
    return points;
}

}  // namespace

std::vector<CallPoint> callPointsBetween(const std::map<std::string, RunningTimer>& timers, const std::optional<Metronome>& metronome,
                                         TimePoint after, TimePoint upTo) {
    std::vector<CallPoint> points = allCallPoints(timers, metronome, upTo);
    std::erase_if(points, [&](const CallPoint& p) { return p.at <= after || p.at > upTo; });
    return points;
}

std::optional<TimePoint> nextCallPoint(const std::map<std::string, RunningTimer>& timers, const std::optional<Metronome>& metronome,
                                       TimePoint after) {
    std::optional<TimePoint> next;
    for (const CallPoint& p : allCallPoints(timers, metronome, after + kSwapRescuersEvery))
        if (p.at > after && (!next || p.at < *next)) next = p.at;
    return next;
}

}  // namespace core
