// The Progress screen's frame time with ten years of practice against an empty database: the same
// UI the app draws, on the headless platform (CPU side of a frame: NewFrame, the screens, Render;
// no GPU). Synthetic practice, written straight into the schema in one transaction: a quiz
// session of 8 answers on most days, two scenario plays of 5 decisions a week, a CPR rhythm
// session and a timed drill a week, and the readiness score every day, for ten years.
//
// Usage: bench_progress_frames [DIR] [--keep]   (DIR: where the scratch databases go; default ".";
// --keep leaves DIR/bench-progress-full.db, for `steadfast --db … --screenshot …`)
#include <SQLiteCpp/SQLiteCpp.h>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>
#include <vector>

#include "app/app.h"
#include "bench/frame_stats.h"
#include "content/loader.h"
#include "core/clock.h"
#include "platform/headless.h"
#include "store/database.h"

namespace fs = std::filesystem;
using bench::stats;
using bench::Stats;
using Clock = std::chrono::steady_clock;

namespace {

struct Seeded {
    long long answers = 0, plays = 0, decisions = 0, rhythm = 0, drills = 0, days = 0;
};

Seeded seed(store::Database& db, const core::Content& content, core::TimePoint now) {
    std::mt19937 rng(42);
    auto chance = [&](int percent) { return static_cast<int>(rng() % 100) < percent; };
    SQLite::Transaction tx(db.sql());
    SQLite::Statement answer(db.sql(), "INSERT INTO quiz_answers(guide_id, question_index, answered_at, correct) VALUES(?, ?, ?, ?)");
    SQLite::Statement play(db.sql(), "INSERT INTO scenario_plays(scenario_id, mode, started_at, finished_at, decisions, right_count) "
                                     "VALUES('collapse-bus-stop', 'timed', ?, ?, 5, ?)");
    SQLite::Statement decision(db.sql(), "INSERT INTO scenario_decisions(play_id, decision_id, choice, correct, elapsed_ms, answered_at) "
                                         "VALUES(?, ?, 0, ?, ?, ?)");
    SQLite::Statement rhythm(db.sql(), "INSERT INTO rhythm_sessions(finished_at, taps, rate, variation, in_range_fraction, verdict) "
                                       "VALUES(?, 60, 110, 5, ?, 0)");
    SQLite::Statement drill(db.sql(), "INSERT INTO checklist_runs(checklist_key, title, mode, status, started_ms, ended_ms, target_seconds) "
                                      "VALUES('template:go-bag', 'Go-bag', 'practice', 'finished', ?, ?, 300)");
    SQLite::Statement readiness(db.sql(), "INSERT INTO readiness_history(day, recorded_at, percent) VALUES(?, ?, ?)");
    Seeded out;
    const long long day = 86'400'000;
    const long long end = core::toEpochMs(now) - day;
    const int days = 3653;
    for (int d = 0; d < days; ++d) {
        long long t = end - static_cast<long long>(days - d) * day + 18 * 3'600'000LL;
        double skill = 0.5 + 0.4 * d / days;  // getting better over the years
        if (chance(80))
            for (int q = 0; q < 8; ++q) {
                answer.reset();
                answer.bind(1, content.guides[static_cast<size_t>(rng()) % content.guides.size()].id);
                answer.bind(2, q);
                answer.bind(3, static_cast<int64_t>(t + q * 20'000));
                answer.bind(4, chance(static_cast<int>(skill * 100)) ? 1 : 0);
                answer.exec();
                ++out.answers;
            }
        if (d % 7 == 1 || d % 7 == 4) {
            int right = 0;
            play.reset();
            play.bind(1, static_cast<int64_t>(t + 600'000));
            play.bind(2, static_cast<int64_t>(t + 900'000));
            play.bind(3, 0);
            play.exec();
            long long playId = db.sql().getLastInsertRowid();
            for (int i = 0; i < 5; ++i) {
                bool ok = chance(static_cast<int>(skill * 100));
                right += ok;
                decision.reset();
                decision.bind(1, static_cast<int64_t>(playId));
                decision.bind(2, "d" + std::to_string(i));
                decision.bind(3, ok ? 1 : 0);
                decision.bind(4, static_cast<int64_t>(3000 + rng() % 9000));
                decision.bind(5, static_cast<int64_t>(t + 600'000 + i * 30'000));
                decision.exec();
                ++out.decisions;
            }
            db.sql().exec("UPDATE scenario_plays SET right_count = " + std::to_string(right) + " WHERE id = " + std::to_string(playId));
            ++out.plays;
        }
        if (d % 7 == 2) {
            rhythm.reset();
            rhythm.bind(1, static_cast<int64_t>(t));
            rhythm.bind(2, std::min(1.0, skill + static_cast<double>(rng() % 20) / 100));
            rhythm.exec();
            ++out.rhythm;
            drill.reset();
            long long took = 200'000 + static_cast<long long>(rng() % 200'000);
            drill.bind(1, static_cast<int64_t>(t + 3'600'000));
            drill.bind(2, static_cast<int64_t>(t + 3'600'000 + took));
            drill.exec();
            ++out.drills;
        }
        core::CalendarDate date = core::localDate(core::fromEpochMs(t));
        readiness.reset();
        readiness.bind(1, date.iso());
        readiness.bind(2, static_cast<int64_t>(t));
        readiness.bind(3, static_cast<int>(skill * 100));
        readiness.exec();
        ++out.days;
    }
    tx.commit();
    return out;
}

double millisSince(Clock::time_point t0) { return std::chrono::duration<double, std::milli>(Clock::now() - t0).count(); }

void measure(const char* label, const fs::path& dbPath, bool withData, bool keep) {
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(dbPath.string() + suffix);
    content::LoadResult loaded = content::loadContent(STEADFAST_SOURCE_CONTENT_DIR);
    double seedMs = 0;
    core::ManualClock clock;
    Seeded seeded;
    {
        store::Database db(dbPath);
        if (withData) {
            auto t0 = Clock::now();
            seeded = seed(db, loaded.content, clock.now());
            seedMs = millisSince(t0);
        }
    }
    store::Database db(dbPath);
    auto t0 = Clock::now();
    app::App app(std::move(loaded), db, clock);
    double startMs = millisSince(t0);
    platform::Headless screen(app, 420, 860);
    screen.frame(2);

    t0 = Clock::now();
    app.openProgress();  // reads the practice (a query per kind), then the first frame draws it
    double openMs = millisSince(t0);
    t0 = Clock::now();
    screen.frame();
    double firstMs = millisSince(t0);
    long long reads = app.progress().readCount();
    std::vector<double> still;
    for (int i = 0; i < 600; ++i) {
        t0 = Clock::now();
        screen.frame();
        still.push_back(millisSince(t0));
    }
    t0 = Clock::now();
    app.progress().setPeriod(core::Period::Month);
    screen.frame();
    double switchMs = millisSince(t0);
    std::vector<double> stillMonths;
    for (int i = 0; i < 300; ++i) {
        t0 = Clock::now();
        screen.frame();
        stillMonths.push_back(millisSince(t0));
    }
    std::printf("%s\n", label);
    if (withData)
        std::printf("  seeded %lld quiz answers, %lld scenario plays (%lld decisions), %lld rhythm sessions, %lld drills, %lld days of "
                    "readiness in %.0f ms\n",
                    seeded.answers, seeded.plays, seeded.decisions, seeded.rhythm, seeded.drills, seeded.days, seedMs);
    std::printf("  app start (reads progress once)        %7.2f ms\n", startMs);
    std::printf("  opening Progress (changed? then read)  %7.2f ms\n", openMs);
    std::printf("  first frame of Progress                %7.2f ms\n", firstMs);
    Stats s = stats(still);
    std::printf("  still, %zu frames (weeks)              p50 %5.2f ms  p99 %5.2f ms  max %5.2f ms  (reads: %lld)\n", still.size(), s.p50, s.p99,
                s.max, app.progress().readCount() - reads);
    std::printf("  switch to months (frame included)      %7.2f ms\n", switchMs);
    Stats m = stats(stillMonths);
    std::printf("  still, %zu frames (months)             p50 %5.2f ms  p99 %5.2f ms  max %5.2f ms\n", stillMonths.size(), m.p50, m.p99, m.max);
    if (!keep)
        for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(dbPath.string() + suffix);
}

}  // namespace

int main(int argc, char** argv) {
    fs::path dir = ".";
    bool keep = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--keep") == 0)
            keep = true;
        else
            dir = argv[i];
    }
    std::printf("Progress screen, 420x860, headless (CPU time per frame)\n");
    measure("empty database", dir / "bench-progress-empty.db", false, false);
    measure("ten years of practice", dir / "bench-progress-full.db", true, keep);
    return 0;
}
