#pragma once
// Percentiles of frame times, for the frame benchmarks, and what they share: the CPU clock of a
// frame and a scratch database.
#include <algorithm>
#include <ctime>
#include <filesystem>
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

// This thread's CPU time in milliseconds: what a frame costs, whatever else the machine runs.
inline double cpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

// A scratch database gone, with its -wal and -shm.
inline void removeDatabase(const std::filesystem::path& db) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db.string() + suffix);
}

}  // namespace bench
