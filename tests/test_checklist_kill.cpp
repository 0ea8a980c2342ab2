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
    bool killedBySignal = false;
};

// Where a round kills the child: a while after it started (often while it opens the database), or
// a while after it reported a number of ticks (often in the middle of the next commit). Counting
// ticks rather than time keeps the test meaningful on a slow or busy machine.
struct KillPoint {
    int afterTicks = -1;  // -1: count time from the start instead
    std::chrono::microseconds delay{0};
};

void parseLines(std::string& pending, Round& round) {
    size_t end;
    while ((end = pending.find('\n')) != std::string::npos) {
        std::string line = pending.substr(0, end);
        pending.erase(0, end + 1);
        if (line == "ready") continue;  // the database is open
        long long eventId = 0;
        int position = 0, ticked = 0;
        std::istringstream fields(line);
        REQUIRE_MESSAGE(static_cast<bool>(fields >> eventId >> position >> ticked), line);
        round.acked[eventId] = {position, ticked == 1};
    }
}

// Starts the child, kills it at the kill point, and collects every line it wrote.
Round runAndKill(const fs::path& db, long long runId, unsigned seed, KillPoint killPoint) {
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
    Round round;
    std::string pending;
    char buf[4096];
    auto giveUp = Steady::now() + std::chrono::seconds(20);
    std::optional<Steady::time_point> killAt;
    if (killPoint.afterTicks < 0) killAt = Steady::now() + killPoint.delay;
    while (Steady::now() < (killAt ? *killAt : giveUp)) {
        auto until = killAt ? *killAt : giveUp;
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(until - Steady::now()).count();
        pollfd p{fds[0], POLLIN, 0};
        if (::poll(&p, 1, static_cast<int>(std::max<long long>(left, 0))) <= 0) continue;
        ssize_t n = ::read(fds[0], buf, sizeof buf);
        if (n <= 0) break;  // the child ended by itself
        pending.append(buf, static_cast<size_t>(n));
        parseLines(pending, round);
        if (!killAt && static_cast<int>(round.acked.size()) >= killPoint.afterTicks) killAt = Steady::now() + killPoint.delay;
    }
    ::kill(pid, SIGKILL);
    // Lines written before the kill are acknowledged ticks too: drain the pipe to its end.
    for (ssize_t n; (n = ::read(fds[0], buf, sizeof buf)) > 0;) pending.append(buf, static_cast<size_t>(n));
    ::close(fds[0]);
    parseLines(pending, round);  // a partial last line stays in `pending`: one write per line makes that impossible
    int status = 0;
    ::waitpid(pid, &status, 0);
    round.killedBySignal = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
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
    std::uniform_int_distribution<int> percent(0, 99), ticks(0, 20), startMicros(0, 8'000), commitMicros(0, 2'000);
    const int kRounds = 60;
    int kills = 0, roundsWithTicks = 0;
    size_t totalAcked = 0;
    for (int round = 0; round < kRounds; ++round) {
        CAPTURE(round);
        // A quarter of the kills land while the child starts; the rest after 0 to 20 ticks, up to 2 ms on.
        KillPoint at = percent(rng) < 25 ? KillPoint{-1, std::chrono::microseconds(startMicros(rng))}
                                         : KillPoint{ticks(rng), std::chrono::microseconds(commitMicros(rng))};
        Round r = runAndKill(dbPath, runId, rng(), at);
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
    CHECK(totalAcked >= 150);
    MESSAGE(kills << " kills, " << totalAcked << " acknowledged ticks");
}
