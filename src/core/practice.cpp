#include "core/practice.h"

#include <algorithm>
#include <cmath>

namespace core {

std::chrono::seconds reviewInterval(int box) {
    using namespace std::chrono;
    static const seconds intervals[kMaxReviewBox + 1] = {minutes{10}, hours{24}, hours{24 * 3}, hours{24 * 7},
                                                         hours{24 * 16}, hours{24 * 35}, hours{24 * 90}};
    return intervals[std::clamp(box, 0, kMaxReviewBox)];
}

ReviewState scheduleReview(ReviewState current, bool correct, TimePoint answeredAt) {
    ReviewState next;
    next.box = correct ? std::min(current.box + 1, kMaxReviewBox) : 0;
    next.dueAt = answeredAt + reviewInterval(next.box);
    return next;
}

RhythmScore scoreRhythm(const std::vector<long long>& tapMs, size_t window) {
    RhythmScore s;
    size_t first = (window > 0 && tapMs.size() > window) ? tapMs.size() - window : 0;
    s.taps = static_cast<int>(tapMs.size() - first);
    if (s.taps < 4) return s;  // three intervals at least before saying anything
    std::vector<double> intervals;
    for (size_t i = first + 1; i < tapMs.size(); ++i) intervals.push_back(static_cast<double>(tapMs[i] - tapMs[i - 1]));
    double mean = 0;
    for (double d : intervals) mean += d;
    mean /= intervals.size();
    double var = 0;
    for (double d : intervals) var += (d - mean) * (d - mean);
    var /= intervals.size();
    s.rate = mean > 0 ? 60000.0 / mean : 0;
    s.variation = mean > 0 ? std::sqrt(var) / mean : 0;
    int inRange = 0;
    for (double d : intervals) {
        double r = d > 0 ? 60000.0 / d : 0;
        if (r >= kMinCompressionRate && r <= kMaxCompressionRate) ++inRange;
    }
    s.inRangeFraction = static_cast<double>(inRange) / intervals.size();
    if (s.variation > kMaxSteadyVariation)
        s.verdict = RhythmVerdict::Irregular;
    else if (s.rate < kMinCompressionRate)
        s.verdict = RhythmVerdict::TooSlow;
    else if (s.rate > kMaxCompressionRate)
        s.verdict = RhythmVerdict::TooFast;
    else
        s.verdict = RhythmVerdict::InRange;
    return s;
}

std::vector<int> reviewOrder(int count, const std::map<int, ReviewState>& reviews, TimePoint now) {
    std::vector<int> due, fresh, later;
    for (int i = 0; i < count; ++i) {
        auto it = reviews.find(i);
        if (it == reviews.end())
            fresh.push_back(i);
        else if (it->second.dueAt <= now)
            due.push_back(i);
        else
            later.push_back(i);
    }
    std::stable_sort(later.begin(), later.end(), [&](int a, int b) { return reviews.at(a).dueAt < reviews.at(b).dueAt; });
    std::vector<int> order;
    for (auto* part : {&due, &fresh, &later}) order.insert(order.end(), part->begin(), part->end());
    return order;
}

}  // namespace core
