// The process the kill tests start and kill with SIGKILL. It writes through the real store and,
// after each commit, writes one line to stdout: a line on the pipe is a write the user was shown
// as saved. Before a write whose result replaces an earlier one it announces it ("will-…"), so
// the test knows the one value that may be there without having been acknowledged.
//
// Usage:
//   steadfast_tick_child DB RUN_ID SEED            ticks and unticks items of the run:
//                                                  "<event id> <position> <1 ticked | 0 unticked>"
//   steadfast_tick_child DB RUN_ID SEED mixed REMINDER_ID
//                                                  a random mix of what a user does:
//     tick <event id> <position> <1|0>             a tick or untick
//     note <event id> <position> <text>            a note on an item
//     will-home <v> / home <v>                     a plan edit (the water shut-off field)
//     will-import <v> / import <v>                 a plan import: one member named v, water shut-off v
//     will-done / done <count>                     a reminder completion; count: its done events
//   steadfast_tick_child DB hold                   opens the database, prints "ready", and keeps it
//                                                  open until standard input closes
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <unistd.h>

#include "core/clock.h"
#include "core/plan.h"
#include "core/reminder.h"
#include "export/plan_json.h"
#include "store/checklist_runs.h"
#include "store/database.h"
#include "store/plan_store.h"
#include "store/reminder_store.h"

namespace {
void writeLine(const std::string& line) {
    // One write per line: on a pipe, writes this short are atomic and unbuffered.
    if (::write(STDOUT_FILENO, line.data(), line.size()) != static_cast<ssize_t>(line.size())) std::_Exit(3);
}

std::string importedPlan(const std::string& marker) {
    return R"({"format": "steadfast-plan", "version": 1, "members": [{"name": ")" + marker + R"("}], "home": {"water_shutoff": ")" +
           marker + R"("}})";
}
}  // namespace

int main(int argc, char** argv) {
    bool hold = argc == 3 && std::strcmp(argv[2], "hold") == 0;
    bool mixed = argc == 6 && std::strcmp(argv[4], "mixed") == 0;
    if (argc != 4 && !hold && !mixed) {
        std::fprintf(stderr, "usage: %s DB RUN_ID SEED [mixed REMINDER_ID] | DB hold\n", argv[0]);
        return 2;
    }
    try {
        store::Database db(argv[1]);
        if (hold) {
            writeLine("ready\n");
            char c;
            while (::read(STDIN_FILENO, &c, 1) > 0) {
            }
            return 0;
        }
        store::ChecklistRuns runs(db);
        long long runId = std::atoll(argv[2]);
        std::optional<core::Run> run = runs.load(runId);
        if (!run || run->items.empty()) {
            std::fprintf(stderr, "no run %lld\n", runId);
            return 2;
        }
        store::ReminderStore reminders(db);
        long long reminderId = mixed ? std::atoll(argv[5]) : 0;
        std::mt19937 rng(static_cast<unsigned>(std::strtoul(argv[3], nullptr, 10)));
        std::uniform_int_distribution<int> pick(0, static_cast<int>(run->items.size()) - 1), what(0, 99);
        const core::TextField<core::Home>* waterShutoff = core::findField(core::homeFields(), "water_shutoff");
        core::SystemClock clock;
        std::string unique = std::to_string(::getpid()) + "-";
        writeLine("ready\n");
        for (int i = 0; i < 1'000'000; ++i) {
            int position = pick(rng);
            int kind = mixed ? what(rng) : 0;
            std::string value = unique + std::to_string(i);
            if (kind < 50) {  // the most common write: a tick
                bool ticked = !run->items[position].ticked();
                long long eventId = runs.setTicked(runId, position, ticked, clock.now());
                run->items[position].tickedAt = ticked ? std::optional(clock.now()) : std::nullopt;
                writeLine((mixed ? "tick " : "") + std::to_string(eventId) + " " + std::to_string(position) + " " + (ticked ? "1" : "0") + "\n");
            } else if (kind < 65) {
                long long eventId = runs.setNote(runId, position, "n" + value, clock.now());
                writeLine("note " + std::to_string(eventId) + " " + std::to_string(position) + " n" + value + "\n");
            } else if (kind < 80) {
                writeLine("will-home " + value + "\n");
                store::PlanStore(db).updateHome(*waterShutoff, value);
                writeLine("home " + value + "\n");
            } else if (kind < 90) {
                writeLine("will-done\n");
                std::optional<core::Reminder> r = reminders.find(reminderId);
                if (!r) throw std::runtime_error("no reminder " + std::to_string(reminderId));
                reminders.apply(core::markDone(*r, clock.now()), clock.now());
                writeLine("done " + std::to_string(reminders.eventCount(reminderId)) + "\n");
            } else {
                writeLine("will-import " + value + "\n");
                store::PlanStore(db).replace(exporting::planFromJson(importedPlan(value)));
                writeLine("import " + value + "\n");
            }
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "tick_child: %s\n", e.what());
        return 1;
    }
    return 0;
}
