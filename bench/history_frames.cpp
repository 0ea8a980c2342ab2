// The History screen's frame time with ten years of runs against an empty database. The same UI
// the app draws, on the headless platform (CPU side of a frame: NewFrame, the screens, Render; no
// GPU). Synthetic data: 1.5 runs a day for ten years (5,479 runs), 24 items each, about 22 item
// events per run (over 120,000), written straight into the schema in one transaction.
//
// Usage: bench_history_frames [DIR]   (DIR: where the scratch databases go; default ".")
#include <SQLiteCpp/SQLiteCpp.h>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <imgui.h>
#include <random>
#include <vector>

#include "app/app.h"
#include "bench/frame_stats.h"
#include "content/loader.h"
#include "core/clock.h"
#include "platform/headless.h"
#include "store/database.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

struct Seeded {
    int runs = 0;
    int events = 0;
};

Seeded seed(store::Database& db, const core::Content& content, core::TimePoint now) {
    std::mt19937 rng(42);
    SQLite::Transaction tx(db.sql());
    SQLite::Statement run(db.sql(), "INSERT INTO checklist_runs(checklist_key, title, mode, performed_by, status, started_ms, ended_ms) "
                                    "VALUES(?, ?, ?, ?, ?, ?, ?)");
    SQLite::Statement item(db.sql(), "INSERT INTO checklist_run_items(run_id, position, section, text, detail, ticked_ms, note) "
                                     "VALUES(?, ?, ?, ?, ?, ?, ?)");
    SQLite::Statement event(db.sql(), "INSERT INTO checklist_run_events(run_id, position, at_ms, kind, note) VALUES(?, ?, ?, ?, ?)");
    const char* people[] = {"Anna", "Ben", "", "Chloe"};
    Seeded out;
    const long long day = 86'400'000;
    const long long end = core::toEpochMs(now) - day;
    for (long long t = end - 3653 * day; t < end; t += day * 2 / 3) {
        const core::ChecklistTemplate& c = content.checklists[static_cast<size_t>(rng()) % content.checklists.size()];
        std::vector<core::RunItem> items = core::runItemsFrom(c.sections);
        while (items.size() < 24) {  // pad short templates so every run has 24 items
            core::RunItem extra = items[items.size() % c.itemCount()];
            extra.position = static_cast<int>(items.size());
            items.push_back(extra);
        }
        items.resize(24);
        int r = static_cast<int>(rng() % 10);
        const char* status = r == 0 ? "abandoned" : "finished";
        long long started = t + static_cast<long long>(rng() % 3'600'000);
        run.reset();
        run.bind(1, core::templateKey(c.id));
        run.bind(2, c.title);
        run.bind(3, rng() % 4 == 0 ? "real" : "practice");
        run.bind(4, people[rng() % 4]);
        run.bind(5, status);
        run.bind(6, static_cast<int64_t>(started));
        run.bind(7, static_cast<int64_t>(started + 600'000 + static_cast<long long>(rng() % 1'200'000)));
        run.exec();
        long long runId = db.sql().getLastInsertRowid();
        ++out.runs;
        long long at = started;
        for (const core::RunItem& it : items) {
            bool ticked = r == 0 ? it.position < 8 : it.position < 21;
            at += 20'000;
            item.reset();
            item.bind(1, static_cast<int64_t>(runId));
            item.bind(2, it.position);
            item.bind(3, it.section);
            item.bind(4, it.text);
            item.bind(5, it.detail);
            if (ticked)
                item.bind(6, static_cast<int64_t>(at));
            else
                item.bind(6);
            item.bind(7, it.position == 3 ? "Checked the date" : "");
            item.exec();
            auto addEvent = [&](const char* kind, const char* note) {
                event.reset();
                event.bind(1, static_cast<int64_t>(runId));
                event.bind(2, it.position);
                event.bind(3, static_cast<int64_t>(at));
                event.bind(4, kind);
                event.bind(5, note);
                event.exec();
                ++out.events;
            };
            if (ticked) addEvent("tick", "");
            if (it.position == 3) addEvent("note", "Checked the date");
        }
    }
    tx.commit();
    return out;
}

using bench::Stats;
using bench::stats;

double timedFrame(platform::Headless& screen) {
    auto t0 = Clock::now();
    screen.frame();
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

void measure(const char* label, const fs::path& dbPath, bool withData) {
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(dbPath.string() + suffix);
    content::LoadResult loaded = content::loadContent(STEADFAST_SOURCE_CONTENT_DIR);
    store::Database db(dbPath);
    core::ManualClock clock;
    Seeded seeded;
    if (withData) {
        auto t0 = Clock::now();
        seeded = seed(db, loaded.content, clock.now());
        std::printf("  seeded %d runs and %d item events in %.0f ms\n", seeded.runs, seeded.events,
                    std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    }
    app::App app(std::move(loaded), db, clock);
    platform::Headless screen(app, 420, 860);
    app::RunHistory& history = app.history();
    app.nav().selectTab(app::Tab::Checklists);
    screen.frame(2);

    history.open({});
    long long reads = history.readCount();
    double first = timedFrame(screen);
    long long firstReads = history.readCount() - reads;
    reads = history.readCount();
    std::vector<double> still;
    for (int i = 0; i < 600; ++i) still.push_back(timedFrame(screen));
    long long stillReads = history.readCount() - reads;

    // Scroll to the bottom with the wheel over the list, a burst of notches per frame. Frames that
    // bring a new page of 50 runs into view read it from the database; the others read nothing.
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(210, 500);
    std::vector<double> scrolling, loading;
    for (int frame = 0; frame < 5000; ++frame) {
        io.MouseWheel = -20.0f;
        reads = history.readCount();
        double ms = timedFrame(screen);
        (history.readCount() == reads ? scrolling : loading).push_back(ms);
        if (!withData ? frame > 200 : screen.visible("##run-1")) break;  // run 1 is the oldest
    }
    io.MouseWheel = 0;
    std::printf("%s\n", label);
    std::printf("  first frame of History               %6.2f ms  (database reads: %lld)\n", first, firstReads);
    Stats s = stats(still);
    std::printf("  still, %zu frames                    p50 %5.2f ms  p99 %5.2f ms  max %5.2f ms  (database reads: %lld)\n", still.size(), s.p50,
                s.p99, s.max, stillReads);
    Stats sc = stats(scrolling);
    std::printf("  scrolling, %3zu frames reading nothing p50 %5.2f ms  p99 %5.2f ms  max %5.2f ms\n", scrolling.size(), sc.p50, sc.p99, sc.max);
    if (!loading.empty()) {
        Stats ld = stats(loading);
        std::printf("  scrolling, %3zu frames reading a page  p50 %5.2f ms  p99 %5.2f ms  max %5.2f ms\n", loading.size(), ld.p50, ld.p99,
                    ld.max);
    }
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(dbPath.string() + suffix);
}

}  // namespace

int main(int argc, char** argv) {
    fs::path dir = argc > 1 ? argv[1] : ".";
    std::printf("History screen, 420x860, headless (CPU time per frame)\n");
    measure("empty database", dir / "bench-history-empty.db", false);
    measure("ten years of runs", dir / "bench-history-full.db", true);
    return 0;
}
