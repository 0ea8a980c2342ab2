// Where start-up goes, part by part, and what opening a ten-year database costs against an empty
// one. Each part is timed on its own (median of 15 runs) with the process's RSS after it:
//   content   parsing every TOML file under content/
//   fonts     fontconfig lookups and the ImGui font atlas (no GL: the upload is a copy)
//   open      opening the database as the app does: empty, ten years of use after a clean exit,
//             and ten years after an unclean exit (the whole-file check runs then)
//   app       the application state over the ten-year database (plan, reminders, practice)
// Ten years of use: 2 checklist runs a day with 24 items and their events, 40 reminders done
// every day, an incident a week, daily quiz answers (about 45 MB).
//
// Usage: bench_startup_parts [DIR]   (DIR: where the scratch databases go; default ".")
#include <SQLiteCpp/SQLiteCpp.h>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <imgui.h>
#include <random>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

#include "app/app.h"
#include "content/loader.h"
#include "core/clock.h"
#include "store/database.h"
#include "ui/fonts.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

long rssKb() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
    return 0;
}

double medianMs(int runs, const std::function<void()>& prepare, const std::function<void()>& work) {
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        prepare();
        auto t0 = Clock::now();
        work();
        ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

void tenYears(store::Database& db, const core::Content& content, long long nowMs) {
    std::mt19937 rng(7);
    SQLite::Transaction tx(db.sql());
    SQLite::Statement run(db.sql(), "INSERT INTO checklist_runs(checklist_key, title, mode, status, started_ms, ended_ms) VALUES(?, ?, 'practice', 'finished', ?, ?)");
    SQLite::Statement item(db.sql(), "INSERT INTO checklist_run_items(run_id, position, section, text, detail, ticked_ms) VALUES(?, ?, ?, ?, ?, ?)");
    SQLite::Statement event(db.sql(), "INSERT INTO checklist_run_events(run_id, position, at_ms, kind) VALUES(?, ?, ?, 'tick')");
    const long long day = 86'400'000, start = nowMs - 3653 * day;
    for (long long t = start; t < nowMs - day; t += day / 2) {
        const core::ChecklistTemplate& c = content.checklists[rng() % content.checklists.size()];
        std::vector<core::RunItem> items = core::runItemsFrom(c.sections);
        run.reset();
        run.bind(1, core::templateKey(c.id));
        run.bind(2, c.title);
        run.bind(3, static_cast<int64_t>(t));
        run.bind(4, static_cast<int64_t>(t + 900'000));
        run.exec();
        int64_t runId = db.sql().getLastInsertRowid();
        for (int i = 0; i < 24; ++i) {
            const core::RunItem& it = items[static_cast<size_t>(i) % items.size()];
            item.reset();
            item.bind(1, runId);
            item.bind(2, i);
            item.bind(3, it.section);
            item.bind(4, it.text);
            item.bind(5, it.detail);
            item.bind(6, static_cast<int64_t>(t + i * 20'000));
            item.exec();
            event.reset();
            event.bind(1, runId);
            event.bind(2, i);
            event.bind(3, static_cast<int64_t>(t + i * 20'000));
            event.exec();
        }
    }
    for (int r = 0; r < 40; ++r) {
        db.sql().exec("INSERT INTO reminders(title, dtstart, tzid, rrule, due_at, created_at, updated_at) VALUES('Reminder " +
                      std::to_string(r) + "', '20161201T090000', 'UTC', 'FREQ=DAILY', " + std::to_string(nowMs) + ", 0, 0)");
        int64_t id = db.sql().getLastInsertRowid();
        SQLite::Statement done(db.sql(), "INSERT INTO reminder_events(reminder_id, kind, occurrence_at, at) VALUES(?, 'done', ?, ?)");
        for (long long t = start; t < nowMs; t += day) {
            done.reset();
            done.bind(1, id);
            done.bind(2, static_cast<int64_t>(t));
            done.bind(3, static_cast<int64_t>(t + 3'600'000));
            done.exec();
        }
    }
    SQLite::Statement answer(db.sql(), "INSERT INTO quiz_answers(guide_id, question_index, answered_at, correct) VALUES('adult-cpr', ?, ?, ?)");
    for (long long t = start; t < nowMs; t += day) {
        answer.reset();
        answer.bind(1, static_cast<int>(rng() % 5));
        answer.bind(2, static_cast<int64_t>(t));
        answer.bind(3, static_cast<int>(rng() % 2));
        answer.exec();
    }
    for (long long t = start; t < nowMs; t += 7 * day) {
        db.sql().exec("INSERT INTO incidents(guide_id, guide_title, started_at, ended_at) VALUES('burns', 'Burns', " + std::to_string(t) + ", " +
                      std::to_string(t + 600'000) + ")");
        int64_t id = db.sql().getLastInsertRowid();
        for (int e = 0; e < 5; ++e)
            db.sql().exec("INSERT INTO incident_events(incident_id, at, text) VALUES(" + std::to_string(id) + ", " + std::to_string(t + e * 60'000) +
                          ", 'Cooled the burn under running water for 20 minutes')");
    }
    tx.commit();
}

// A copy of `from` as a process killed while writing leaves it: the database with its -wal.
void uncleanCopy(const fs::path& from, const fs::path& to) {
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(to.string() + suffix);
    fs::copy_file(from, to);
    pid_t pid = ::fork();
    if (pid == 0) {
        store::Database db(to);
        db.sql().exec("INSERT INTO settings(key, value) VALUES('unclean', 'yes') ON CONFLICT(key) DO UPDATE SET value = 'again'");
        ::_exit(0);  // no close: the WAL stays
    }
    ::waitpid(pid, nullptr, 0);
}

}  // namespace

int main(int argc, char** argv) {
    fs::path dir = argc > 1 ? fs::path(argv[1]) : fs::path(".");
    fs::create_directories(dir);
    const int kRuns = 15;
    long rss0 = rssKb();
    std::printf("%-44s %9s %10s\n", "part", "median", "RSS after");

    content::LoadResult loaded;
    double contentMs = medianMs(kRuns, [] {}, [&] { loaded = content::loadContent(STEADFAST_SOURCE_CONTENT_DIR); });
    std::printf("%-44s %7.1f ms %7ld KB\n", "content: parse content/", contentMs, rssKb());

    auto t0 = Clock::now();
    std::string textFont = ui::findFontFile("DejaVu Sans");
    std::printf("%-44s %7.1f ms %7ld KB   (first lookup: %s)\n", "fonts: find the files", 
                std::chrono::duration<double, std::milli>(Clock::now() - t0).count(), rssKb(), textFont.c_str());
    ImGui::CreateContext();
    int atlasW = 0, atlasH = 0;
    double fontsMs = medianMs(kRuns, [] {}, [&] {
        ui::buildFonts(1.0f);
        unsigned char* pixels;
        ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &atlasW, &atlasH);  // what the GL upload reads
    });
    std::printf("%-44s %7.1f ms %7ld KB   (atlas %dx%d)\n", "fonts: rasterise, RGBA for upload", fontsMs, rssKb(), atlasW, atlasH);
    ImGui::DestroyContext();

    fs::path empty = dir / "bench-empty.db", tenYear = dir / "bench-ten-years.db", unclean = dir / "bench-unclean.db";
    for (const fs::path& p : {empty, tenYear})
        for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(p.string() + suffix);
    { store::Database create(empty); }
    core::ManualClock clock;
    {
        store::Database db(tenYear);
        tenYears(db, loaded.content, core::toEpochMs(clock.now()));
    }
    std::printf("%-44s %7.1f MB\n", "ten-year database size", static_cast<double>(fs::file_size(tenYear)) / 1e6);
    auto openOnly = [](const fs::path& p) { return [p] { store::Database db(p); }; };
    double emptyMs = medianMs(kRuns, [] {}, openOnly(empty));
    double tenMs = medianMs(kRuns, [] {}, openOnly(tenYear));
    double uncleanMs = medianMs(kRuns, [&] { uncleanCopy(tenYear, unclean); }, openOnly(unclean));
    double quickCheckMs = medianMs(kRuns, [] {}, [&] {
        SQLite::Database probe(tenYear.string(), SQLite::OPEN_READONLY);
        probe.execAndGet("PRAGMA quick_check");
    });
    std::printf("%-44s %7.2f ms\n", "open: empty database", emptyMs);
    std::printf("%-44s %7.2f ms   (%.0f%% of empty)\n", "open: ten years, after a clean exit", tenMs, 100.0 * tenMs / emptyMs);
    std::printf("%-44s %7.2f ms   (whole-file check)\n", "open: ten years, after an unclean exit", uncleanMs);
    std::printf("%-44s %7.2f ms\n", "  of which PRAGMA quick_check", quickCheckMs);

    store::Database db(tenYear);
    double appMs = medianMs(kRuns, [] {}, [&] { app::App app(loaded, db, clock); });
    std::printf("%-44s %7.1f ms %7ld KB\n", "app: state over the ten-year database", appMs, rssKb());
    std::printf("%-44s %7ld KB\n", "RSS at start of this program", rss0);
    for (const fs::path& p : {empty, tenYear, unclean})
        for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(p.string() + suffix);
    return 0;
}
