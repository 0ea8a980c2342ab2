#pragma once
// Practice rules: the spaced schedule for quiz questions and the scoring of the CPR rhythm trainer.
#include <chrono>
#include <map>
#include <string>
#include <vector>

#include "core/clock.h"

namespace core {

// Leitner boxes: a right answer moves a question up a box (reviewed later), a wrong one back to
// the first box (reviewed again soon).
struct ReviewState {
    int box = 0;           // 0 = new or just missed
    TimePoint dueAt{};     // next review
};

constexpr int kMaxReviewBox = 6;
std::chrono::seconds reviewInterval(int box);
ReviewState scheduleReview(ReviewState current, bool correct, TimePoint answeredAt);
// The order to ask `count` questions in: those due first, then new ones, then the rest soonest
// due first. `reviews` holds the state of each question answered before, by index.
std::vector<int> reviewOrder(int count, const std::map<int, ReviewState>& reviews, TimePoint now);

// The compression-rate range both ERC 2025 and AHA 2025 give.
constexpr double kMinCompressionRate = 100.0, kMaxCompressionRate = 120.0;
// Above this variation between taps (standard deviation / mean interval) the rhythm is irregular.
constexpr double kMaxSteadyVariation = 0.15;

enum class RhythmVerdict { TooFew, TooSlow, InRange, TooFast, Irregular };

struct RhythmScore {
    double rate = 0;            // per minute, from the mean interval
    double variation = 0;       // standard deviation / mean of the intervals
    double inRangeFraction = 0; // share of intervals whose own rate is 100–120
    int taps = 0;
    RhythmVerdict verdict = RhythmVerdict::TooFew;
    int percent() const { return static_cast<int>(inRangeFraction * 100 + 0.5); }
};

// Scores tap times (milliseconds, ascending). `window` > 0 scores only the last `window` taps,
// for the live display.
RhythmScore scoreRhythm(const std::vector<long long>& tapMs, size_t window = 0);

}  // namespace core
