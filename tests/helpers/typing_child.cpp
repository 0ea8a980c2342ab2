// The process the typing kill test starts and kills with SIGKILL. It types into the home's water
// shut-off field as a person does, through the same calls the UI makes: the app's plan model with
// Save::AfterTyping on each keystroke and App::tick(editing text) every frame. Keys come 40 to
// 200 ms apart, with a longer pause after some words. After each keystroke it writes one line to
// stdout: "typed <length> <steady clock, ns>", the text the screen then showed and when.
//
// Usage: steadfast_typing_child DB SEED
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <thread>
#include <unistd.h>

#include "app/app.h"
#include "content/loader.h"
#include "core/clock.h"
#include "store/database.h"

namespace {
void writeLine(const std::string& line) {
    // One write per line: on a pipe, writes this short are atomic and unbuffered.
    if (::write(STDOUT_FILENO, line.data(), line.size()) != static_cast<ssize_t>(line.size())) std::_Exit(3);
}
}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s DB SEED\n", argv[0]);
        return 2;
    }
    using namespace std::chrono;
    try {
        store::Database db(argv[1]);
        core::SystemClock clock;
        app::App app(content::loadContent(STEADFAST_SOURCE_CONTENT_DIR), db, clock);
        const core::TextField<core::Home>& field = *core::findField(core::homeFields(), "water_shutoff");
        const std::string sentence = "Under the kitchen sink behind the bleach, turn the red valve clockwise. ";
        std::mt19937 rng(static_cast<unsigned>(std::strtoul(argv[2], nullptr, 10)));
        std::uniform_int_distribution<int> keyGap(40, 200), wordPause(300, 1200), chance(0, 99);
        writeLine("ready\n");

        std::string typed;
        auto nextKey = steady_clock::now();
        while (typed.size() < 1000) {
            auto now = steady_clock::now();
            if (now >= nextKey) {
                char c = sentence[typed.size() % sentence.size()];
                typed += c;
                app.plan().setField(field, typed, app::Save::AfterTyping);
                writeLine("typed " + std::to_string(typed.size()) + " " +
                          std::to_string(duration_cast<nanoseconds>(steady_clock::now().time_since_epoch()).count()) + "\n");
                bool pause = c == ' ' && chance(rng) < 30;
                nextKey = now + milliseconds(pause ? wordPause(rng) : keyGap(rng));
            }
            app.tick(/*editingText=*/true);
            std::this_thread::sleep_for(milliseconds(16));  // a frame
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "typing_child: %s\n", e.what());
        return 1;
    }
    return 0;
}
