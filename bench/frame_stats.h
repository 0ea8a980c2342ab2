#pragma once
// Percentiles of frame times, for the frame benchmarks.
#include <algorithm>
#include <vector>

namespace bench {

struct Stats {
    double p50, p99, max;
};

inline Stats stats(std::vector<double> ms) {
    std::sort(ms.begin(), ms.end());
    auto pct = [&](double p) { return ms[std::min(ms.size() - 1, static_cast<size_t>(p * static_cast<double>(ms.size())))]; };
    return {pct(0.5), pct(0.99), ms.back()};
}

}  // namespace bench
