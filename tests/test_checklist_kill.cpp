// Kill and resume: a child process ticks items through the real store and reports each commit on a
// pipe; it is killed with SIGKILL at random moments, again and again. After each kill the database
// opens as the app opens it, passes PRAGMA integrity_check, and holds every tick the child reported.
#include <SQLiteCpp/SQLiteCpp.h>
#include <doctest/doctest.h>
#include <fcntl.h>
#include <map>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "store/checklist_runs.h"
#include "support.h"

using namespace test;
using Steady = std::chrono::steady_clock;

namespace {

struct Ack {
    int position;
    bool ticked;
};

struct Round {
    std::map<long long, Ack> acked;  // by event id
    bool ready = false;
    bool killedBySignal = false;
};

// Starts the child, lets it run for `runFor`, kills it, and collects every line it wrote.
Round runAndKill(const fs::path& db, long long runId, unsigned seed, std::chrono::microseconds runFor) {
    int fds[2];
    REQUIRE(::pipe2(fds, O_CLOEXEC) == 0);
    std::string runArg = std::to_string(runId), seedArg = std::to_string(seed);
    pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        ::dup2(fds[1], STDOUT_FILENO);
        ::execl(STEADFAST_TICK_CHILD, "steadfast_tick_child", db.c_str(), runArg.c_str(), seedArg.c_str(), static_cast<char*>(nullptr));
        ::_exit(127);
    }
    ::close(fds[1]);
    std::string received;
    char buf[4096];
    auto killAt = Steady::now() + runFor;
    bool open = true;
    while (open) {
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(killAt - Steady::now()).count();
        if (left < 0) break;
        pollfd p{fds[0], POLLIN, 0};
        if (::poll(&p, 1, static_cast<int>(left)) <= 0) continue;
        ssize_t n = ::read(fds[0], buf, sizeof buf);
        if (n <= 0) open = false;
        else received.append(buf, static_cast<size_t>(n));
    }
    ::kill(pid, SIGKILL);
    // Lines written before the kill are acknowledged ticks too: drain the pipe to its end.
    for (ssize_t n; (n = ::read(fds[0], buf, sizeof buf)) > 0;) received.append(buf, static_cast<size_t>(n));
    ::close(fds[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);

    Round round;
    round.killedBySignal = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
    std::istringstream lines(received);
    std::string line;
    while (std::getline(lines, line)) {
        if (lines.eof()) break;  // no newline: not a whole line (cannot happen with one write per line)
        if (line == "ready") {
            round.ready = true;
            continue;
        }
        long long eventId = 0;
        int position = 0, ticked = 0;
        std::istringstream fields(line);
        REQUIRE_MESSAGE(static_cast<bool>(fields >> eventId >> position >> ticked), line);
        round.acked[eventId] = {position, ticked == 1};
    }
    return round;
}

}  // namespace

TEST_CASE("every tick acknowledged before a SIGKILL is in the database after reopening") {
    TempDir dir;
    fs::path dbPath = dir / "kill.db";
    long long runId = 0;
    {
        store::Database db(dbPath);
        store::ChecklistRuns runs(db);
        std::vector<core::RunItem> items = core::runItemsFrom(realContent().content.checklist("go-bag")->sections);
        runId = runs.start({core::templateKey("go-bag"), "Emergency go-bag", core::RunMode::Practice, "", core::SystemClock().now(), items});
    }

    std::random_device rd;
    unsigned seed = rd();
    INFO("seed " << seed);
    std::mt19937 rng(seed);
    // From killing it while it opens the database to letting it commit a few dozen ticks.
    std::uniform_int_distribution<int> runForMicros(0, 25'000);
    const int kRounds = 60;
    int kills = 0, roundsWithTicks = 0;
    size_t totalAcked = 0;
    for (int round = 0; round < kRounds; ++round) {
        CAPTURE(round);
        Round r = runAndKill(dbPath, runId, rng(), std::chrono::microseconds(runForMicros(rng)));
        REQUIRE_MESSAGE(r.killedBySignal, "the child ended by itself instead of being killed");
        ++kills;
        roundsWithTicks += r.acked.empty() ? 0 : 1;
        totalAcked += r.acked.size();

        // Reopen as the app does (it refuses a damaged file), then check.
        store::Database db(dbPath);
        CHECK(db.sql().execAndGet("PRAGMA integrity_check").getString() == "ok");
        SQLite::Statement event(db.sql(), "SELECT position, kind FROM checklist_run_events WHERE id = ? AND run_id = ?");
        for (const auto& [eventId, ack] : r.acked) {
            CAPTURE(eventId);
            event.reset();
            event.bind(1, static_cast<int64_t>(eventId));
            event.bind(2, static_cast<int64_t>(runId));
            REQUIRE(event.executeStep());
            CHECK(event.getColumn(0).getInt() == ack.position);
            CHECK(event.getColumn(1).getString() == (ack.ticked ? "tick" : "untick"));
        }
        // The items' state and the event log were committed together: each item is as its last event says.
        SQLite::Statement mismatches(db.sql(),
                                     "SELECT count(*) FROM checklist_run_items i WHERE i.run_id = ?1 AND "
                                     "(i.ticked_ms IS NOT NULL) != coalesce((SELECT e.kind = 'tick' FROM checklist_run_events e "
                                     "WHERE e.run_id = i.run_id AND e.position = i.position ORDER BY e.id DESC LIMIT 1), 0)");
        mismatches.bind(1, static_cast<int64_t>(runId));
        REQUIRE(mismatches.executeStep());
        CHECK(mismatches.getColumn(0).getInt() == 0);
    }
    CHECK(kills >= 50);
    // The kills landed both before and in the middle of ticking.
    CHECK(roundsWithTicks >= 20);
    CHECK(totalAcked >= 200);
    MESSAGE(kills << " kills, " << totalAcked << " acknowledged ticks");
}
