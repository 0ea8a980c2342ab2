// What typing into a plan field costs: the time each keystroke holds the UI thread (the frame
// that takes it: the change, then App::tick as the UI runs it every frame), and how many commits
// reach the disk (WAL, synchronous=FULL). A user types 40-character values, words of a sentence,
// into the home's water shut-off field, one character every 100 ms without pausing, and leaves
// the field after each value; 4,000 keystrokes.
//
// Usage: bench_plan_field_latency [DIR] [COUNT]   (DIR: where the scratch database goes; default ".")
#include <sqlite3.h>

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

namespace {
int g_commits = 0;
int countCommit(void*) {
    ++g_commits;
    return 0;  // let it commit
}

struct Stats {
    std::vector<double> micros;
    void add(std::chrono::steady_clock::duration d) { micros.push_back(std::chrono::duration<double, std::micro>(d).count()); }
    void print(const char* what) {
        std::sort(micros.begin(), micros.end());
        auto pct = [&](double p) { return micros[std::min(micros.size() - 1, static_cast<size_t>(p * static_cast<double>(micros.size())))]; };
        double sum = 0;
        for (double m : micros) sum += m;
        std::printf("%s (%zu)\n  p50 %8.1f us\n  p99 %8.1f us\n  max %8.1f us\n  mean %7.1f us\n", what, micros.size(), pct(0.50),
                    pct(0.99), micros.back(), sum / static_cast<double>(micros.size()));
    }
};
}  // namespace

int main(int argc, char** argv) {
    fs::path dir = argc > 1 ? argv[1] : ".";
    int count = argc > 2 ? std::atoi(argv[2]) : 4'000;
    fs::path dbPath = dir / "bench-plan-field-latency.db";
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(dbPath.string() + suffix);

    Stats keys, leaves;
    int committed = 0, words = 0;
    {
        store::Database db(dbPath);
        core::ManualClock clock;
        app::App app(content::loadContent(STEADFAST_SOURCE_CONTENT_DIR), db, clock);
        const core::TextField<core::Home>& field = *core::findField(core::homeFields(), "water_shutoff");
        sqlite3_commit_hook(db.sql().getHandle(), countCommit, nullptr);
        const std::string sentence = "Under the kitchen sink behind the bleach, turn the red valve clockwise. ";
        std::string value;
        for (int i = 0; i < count; ++i) {
            value += sentence[static_cast<size_t>(i) % sentence.size()];
            if (value.back() == ' ' || value.size() == 40) ++words;
            clock.advance(std::chrono::milliseconds(100));
            auto t0 = std::chrono::steady_clock::now();
            app.plan().setField(field, value, app::Save::AfterTyping);  // the frame that takes the keystroke
            app.tick(/*editingText=*/true);
            keys.add(std::chrono::steady_clock::now() - t0);
            if (value.size() == 40) {  // the field is left
                auto t1 = std::chrono::steady_clock::now();
                app.tick(/*editingText=*/false);
                leaves.add(std::chrono::steady_clock::now() - t1);
                value.clear();
            }
        }
        if (app.plan().hasUnsavedChanges() || !app.notices().text().empty()) {
            std::fprintf(stderr, "not everything was saved: %s\n", app.notices().text().c_str());
            return 1;
        }
        sqlite3_commit_hook(db.sql().getHandle(), nullptr, nullptr);
        committed = g_commits;
    }
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(dbPath.string() + suffix);

    std::printf("plan field typing: %d keystrokes, one every 100 ms, the field left every 40 (WAL, synchronous=FULL) in %s\n", count,
                fs::absolute(dir).c_str());
    keys.print("keystroke (the frame that takes it)");
    leaves.print("leaving the field");
    std::printf("commits: %d (%.2f per keystroke, %.2f per word typed)\n", committed, static_cast<double>(committed) / count,
                static_cast<double>(committed) / words);
    return 0;
}
