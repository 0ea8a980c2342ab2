// Reminders at scale: fills a temporary database with 2,000 reminders and 10 years of their
// completions, then times what opening the Reminders tab costs: computing the due lists from the
// database, re-sorting them on the minute timer, and drawing the tab (headless, no GPU).
// Usage: reminders_bench [reminders] [years]     (defaults: 2000 10)
#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <random>
#include <vector>

#include "app/app.h"
#include "content/loader.h"
#include "core/recurrence.h"
#include "platform/headless.h"
#include "store/reminder_store.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double msSince(Clock::time_point t0) { return std::chrono::duration<double, std::milli>(Clock::now() - t0).count(); }

struct Stats {
    double median, min, max;
};
Stats stats(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return {v[v.size() / 2], v.front(), v.back()};
}
void print(const char* what, const Stats& s) {
    std::printf("  %-44s median %8.3f ms   (min %.3f, max %.3f)\n", what, s.median, s.min, s.max);
}

}  // namespace

int main(int argc, char** argv) {
    int reminderCount = argc > 1 ? std::atoi(argv[1]) : 2000;
    int years = argc > 2 ? std::atoi(argv[2]) : 10;
    setenv("TZ", "Europe/Berlin", 1);  // a zone with DST, as most users have
    tzset();
    const std::string tz = "Europe/Berlin";

    fs::path dir = fs::temp_directory_path() / ("steadfast-reminders-bench-" + std::to_string(std::random_device{}()));
    fs::create_directories(dir);
    core::ManualClock clock(core::toUtc({2026, 6, 15, 12, 0, 0}, tz));
    core::TimePoint now = clock.now();
    core::TimePoint since = core::toUtc({2026 - years, 6, 15, 12, 0, 0}, tz);

    // Fill: a mix of rules, each with its completions over the years, every one on its occurrence.
    auto fill0 = Clock::now();
    long long events = 0;
    {
        store::Database db(dir / "bench.db");
        store::ReminderStore store(db);
        std::mt19937 random(42);
        const core::Recurrence rules[] = {{core::Repeat::Days, 1},   {core::Repeat::Weeks, 1},  {core::Repeat::Weeks, 2},
                                          {core::Repeat::Months, 1}, {core::Repeat::Months, 6}, {core::Repeat::Years, 1},
                                          {core::Repeat::WeekdayOfMonth, 1, 1, 6}};
        const int weights[] = {5, 15, 10, 35, 15, 10, 10};  // percent
        std::discrete_distribution<int> pick(std::begin(weights), std::end(weights));
        SQLite::Transaction tx(db.sql());
        SQLite::Statement put(db.sql(), "INSERT INTO reminder_events(reminder_id, kind, occurrence_at, at, until_at) VALUES(?, ?, ?, ?, NULL)");
        for (int i = 0; i < reminderCount; ++i) {
            core::Reminder r;
            r.title = "Reminder " + std::to_string(i + 1);
            r.notes = "Bench reminder";
            r.tzid = tz;
            core::LocalDateTime start = core::addDays(core::toLocal(since, tz), static_cast<int>(random() % 28));
            start.hour = 7 + static_cast<int>(random() % 12);
            start.minute = 0;
            r.rrule = core::toRRule(rules[pick(random)], start);
            r.start = core::firstOccurrence(r.rrule, start);
            r.createdAt = since;
            // Completed up to a few days ago; what follows is due now, soon, or later.
            core::TimePoint doneUntil = now - std::chrono::hours(24 * static_cast<int>(random() % 4));
            r.dueAt = core::nextOccurrenceAfter(r.rrule, r.start, tz, doneUntil);
            long long id = store.insert(r, since);
            core::TimePoint occurrence = core::toUtc(r.start, tz);
            for (;;) {
                put.bind(1, static_cast<int64_t>(id));
                put.bind(2, (events % 10 == 9) ? "skipped" : "done");
                put.bind(3, static_cast<int64_t>(core::toEpochMs(occurrence)));
                put.bind(4, static_cast<int64_t>(core::toEpochMs(occurrence + std::chrono::minutes(random() % 600))));
                put.exec();
                put.reset();
                ++events;
                std::optional<core::TimePoint> next = core::nextOccurrenceAfter(r.rrule, r.start, tz, occurrence);
                if (!next || *next > doneUntil) break;
                occurrence = *next;
            }
        }
        store.setDefaultsOffered(true);
        tx.commit();
    }
    double fillMs = msSince(fill0);
    std::printf("Filled %d reminders with %lld completions over %d years in %.1f s (database %.1f MB)\n", reminderCount, events, years,
                fillMs / 1000, static_cast<double>(fs::file_size(dir / "bench.db")) / 1e6);

    content::LoadResult content = content::loadContent(STEADFAST_SOURCE_CONTENT_DIR);
    const int runs = 25;
    std::vector<double> openDb, openLists, refresh, resort, firstFrame, frame;

    // Start-up: opening the database (which checks the file), then computing the due lists.
    for (int i = 0; i < runs; ++i) {
        auto t0 = Clock::now();
        store::Database db(dir / "bench.db");
        openDb.push_back(msSince(t0));
        auto t1 = Clock::now();
        app::Notices notices;
        app::Reminders reminders(db, clock, notices);
        openLists.push_back(msSince(t1));
        if (!notices.empty()) std::fprintf(stderr, "notice: %s\n", notices.text().c_str());
    }

    store::Database db(dir / "bench.db");
    app::App app(content, db, clock);
    const app::DueLists& lists = app.reminders().lists();
    std::printf("Due lists: %zu overdue, %zu due today, %zu upcoming\n", lists.overdue.size(), lists.dueToday.size(), lists.upcoming.size());
    for (int i = 0; i < runs; ++i) {
        auto t0 = Clock::now();
        app.reminders().refresh();  // after every change: query, sort, make the rows
        refresh.push_back(msSince(t0));
    }
    for (int i = 0; i < runs; ++i) {
        clock.advance(std::chrono::minutes(1));
        auto t0 = Clock::now();
        app.reminders().tick();  // the minute timer: sort again, no query
        resort.push_back(msSince(t0));
    }

    // Opening the tab: the first frame after tapping it, then frames while it stays open.
    platform::Headless screen(app);
    for (int i = 0; i < runs; ++i) {
        app.nav().selectTab(app::Tab::Today);
        screen.frame(2);
        auto t0 = Clock::now();
        app.nav().selectTab(app::Tab::Reminders);
        screen.frame();
        firstFrame.push_back(msSince(t0));
        auto t1 = Clock::now();
        screen.frame();
        frame.push_back(msSince(t1));
    }

    std::printf("Times over %d runs:\n", runs);
    print("open the database (with its integrity check)", stats(openDb));
    print("compute the due lists at start-up", stats(openLists));
    print("refresh due lists (after a change)", stats(refresh));
    print("re-sort on the minute timer", stats(resort));
    print("open the Reminders tab (first frame, CPU)", stats(firstFrame));
    print("each further frame of the tab (CPU)", stats(frame));

    std::error_code ec;
    fs::remove_all(dir, ec);
    return 0;
}
