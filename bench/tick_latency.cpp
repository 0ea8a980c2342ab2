// How long one tick takes to be durable: app::ChecklistRunner::toggle returns only after the tick's
// transaction has committed (WAL, synchronous=FULL), so each call's wall time is the latency the
// user waits for. 10,000 ticks and unticks on one run of the go-bag template.
//
// Usage: bench_tick_latency [DIR] [COUNT]   (DIR: where the scratch database goes; default ".")
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <vector>

#include "app/app.h"
#include "content/loader.h"
#include "core/clock.h"
#include "store/database.h"

namespace fs = std::filesystem;

int main(int argc, char** argv) {
    fs::path dir = argc > 1 ? argv[1] : ".";
    int count = argc > 2 ? std::atoi(argv[2]) : 10'000;
    fs::path dbPath = dir / "bench-tick-latency.db";
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(dbPath.string() + suffix);

    std::vector<double> micros;
    {
        store::Database db(dbPath);
        core::SystemClock clock;
        app::App app(content::loadContent(STEADFAST_SOURCE_CONTENT_DIR), db, clock);
        std::optional<long long> runId = app.runs().start(core::templateKey("go-bag"));
        if (!runId) {
            std::fprintf(stderr, "could not start a run: %s\n", app.notices().text().c_str());
            return 1;
        }
        int items = static_cast<int>(app.runs().run(*runId)->items.size());
        micros.reserve(count);
        for (int i = 0; i < count; ++i) {
            auto t0 = std::chrono::steady_clock::now();
            bool saved = app.runs().toggle(*runId, i % items);
            auto t1 = std::chrono::steady_clock::now();
            if (!saved) {
                std::fprintf(stderr, "tick %d failed: %s\n", i, app.notices().text().c_str());
                return 1;
            }
            micros.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
        }
    }
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(dbPath.string() + suffix);

    std::sort(micros.begin(), micros.end());
    auto pct = [&](double p) { return micros[std::min(micros.size() - 1, static_cast<size_t>(p * static_cast<double>(micros.size())))]; };
    double sum = 0;
    for (double m : micros) sum += m;
    std::printf("durable tick latency over %d ticks (WAL, synchronous=FULL) in %s\n", count, fs::absolute(dir).c_str());
    std::printf("  p50 %8.1f us\n  p90 %8.1f us\n  p99 %8.1f us\n  max %8.1f us\n  mean %7.1f us\n", pct(0.50), pct(0.90), pct(0.99),
                micros.back(), sum / static_cast<double>(micros.size()));
    return 0;
}
