// The process the kill-and-resume test starts and kills with SIGKILL. It opens the database,
// ticks and unticks items of one run in a random order through the real store, and after each
// commit writes one line to stdout: "<event id> <position> <1 ticked | 0 unticked>". A line
// on the pipe is a tick the user was shown as saved.
//
// Usage: steadfast_tick_child DB RUN_ID SEED
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <unistd.h>

#include "core/clock.h"
#include "store/checklist_runs.h"
#include "store/database.h"

namespace {
void writeLine(const std::string& line) {
    // One write per line: on a pipe, writes this short are atomic and unbuffered.
    if (::write(STDOUT_FILENO, line.data(), line.size()) != static_cast<ssize_t>(line.size())) std::_Exit(3);
}
}  // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: %s DB RUN_ID SEED\n", argv[0]);
        return 2;
    }
    try {
        store::Database db(argv[1]);
        store::ChecklistRuns runs(db);
        long long runId = std::atoll(argv[2]);
        std::optional<core::Run> run = runs.load(runId);
        if (!run || run->items.empty()) {
            std::fprintf(stderr, "no run %lld\n", runId);
            return 2;
        }
        std::mt19937 rng(static_cast<unsigned>(std::strtoul(argv[3], nullptr, 10)));
        std::uniform_int_distribution<int> pick(0, static_cast<int>(run->items.size()) - 1);
        core::SystemClock clock;
        writeLine("ready\n");
        for (int i = 0; i < 1'000'000; ++i) {
            int position = pick(rng);
            bool ticked = !run->items[position].ticked();
            long long eventId = runs.setTicked(runId, position, ticked, clock.now());
            run->items[position].tickedAt = ticked ? std::optional(clock.now()) : std::nullopt;
            writeLine(std::to_string(eventId) + " " + std::to_string(position) + " " + (ticked ? "1" : "0") + "\n");
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "tick_child: %s\n", e.what());
        return 1;
    }
    return 0;
}
