// Typing into a plan field is saved when typing pauses (and at the latest shortly after the first
// unsaved keystroke), not on every keystroke, and a kill while typing loses at most the last
// second: a child process types as a person does and is killed with SIGKILL at a random moment;
// the database then holds what was typed, but for keystrokes made less than a second before the kill.
#include <SQLiteCpp/SQLiteCpp.h>
#include <doctest/doctest.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <optional>
#include <random>
#include <sstream>
#include <vector>

#include "support.h"

using namespace test;
using Steady = std::chrono::steady_clock;

namespace {

struct Keystroke {
    size_t length;           // the field's text after it
    Steady::time_point at;   // when the child had it on the screen
};

// Starts the child, lets it type for `typing`, kills it, and returns every keystroke it reported.
std::vector<Keystroke> typeAndKill(const fs::path& db, unsigned seed, std::chrono::milliseconds typing, Steady::time_point& killedAt,
                                   bool& killedBySignal) {
    int fds[2];
    REQUIRE(::pipe2(fds, O_CLOEXEC) == 0);
    std::string seedArg = std::to_string(seed);
    pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        ::dup2(fds[1], STDOUT_FILENO);
        ::execl(STEADFAST_TYPING_CHILD, "steadfast_typing_child", db.c_str(), seedArg.c_str(), static_cast<char*>(nullptr));
        ::_exit(127);
    }
    ::close(fds[1]);
    std::string out;
    char buf[4096];
    auto giveUp = Steady::now() + std::chrono::seconds(20);
    std::optional<Steady::time_point> killAt;
    while (Steady::now() < (killAt ? *killAt : giveUp)) {
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>((killAt ? *killAt : giveUp) - Steady::now()).count();
        pollfd p{fds[0], POLLIN, 0};
        if (::poll(&p, 1, static_cast<int>(std::max<long long>(left, 0))) <= 0) continue;
        ssize_t n = ::read(fds[0], buf, sizeof buf);
        if (n <= 0) break;  // the child ended by itself
        out.append(buf, static_cast<size_t>(n));
        if (!killAt && out.find("ready\n") != std::string::npos) killAt = Steady::now() + typing;
    }
    killedAt = Steady::now();
    ::kill(pid, SIGKILL);
    for (ssize_t n; (n = ::read(fds[0], buf, sizeof buf)) > 0;) out.append(buf, static_cast<size_t>(n));
    ::close(fds[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    killedBySignal = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;

    std::vector<Keystroke> keys;
    std::istringstream lines(out);
    for (std::string kind; lines >> kind;) {
        if (kind == "ready") continue;
        REQUIRE(kind == "typed");
        size_t length = 0;
        long long ns = 0;
        REQUIRE(static_cast<bool>(lines >> length >> ns));
        keys.push_back({length, Steady::time_point(std::chrono::nanoseconds(ns))});
    }
    return keys;
}

}  // namespace

TEST_CASE("a kill while typing into a plan field loses at most the last second") {
    const std::string sentence = "Under the kitchen sink behind the bleach, turn the red valve clockwise. ";
    std::mt19937 rng(20261203);
    std::uniform_int_distribution<int> typingMs(600, 2600);
    size_t keystrokes = 0, commits = 0;
    for (int round = 0; round < 5; ++round) {
        CAPTURE(round);
        TempDir dir;
        Steady::time_point killedAt;
        bool killedBySignal = false;
        std::vector<Keystroke> keys =
            typeAndKill(dir / "steadfast.db", rng(), std::chrono::milliseconds(typingMs(rng)), killedAt, killedBySignal);
        REQUIRE(killedBySignal);
        REQUIRE_FALSE(keys.empty());

        store::Database db(dir / "steadfast.db");
        CHECK(db.sql().execAndGet("PRAGMA integrity_check").getString() == "ok");
        std::string saved = db.sql().execAndGet("SELECT water_shutoff FROM plan_home").getString();
        CAPTURE(saved);
        // What is there is what was on the screen at some keystroke, never more.
        REQUIRE(saved.size() <= keys.back().length);
        for (size_t i = 0; i < saved.size(); ++i) REQUIRE(saved[i] == sentence[i % sentence.size()]);
        // The first keystroke not saved came less than a second before the kill.
        for (const Keystroke& k : keys)
            if (k.length > saved.size()) {
                auto lostFor = std::chrono::duration_cast<std::chrono::milliseconds>(killedAt - k.at).count();
                CAPTURE(k.length);
                CHECK(lostFor <= 1000);
                break;
            }
        keystrokes += keys.size();
        commits += saved.empty() ? 0 : 1;
    }
    CHECK(keystrokes > 10);  // it did type
    CHECK(commits > 0);      // and something was saved before a kill
}

TEST_CASE("typed plan text waits for a pause, and is saved at once when the field is left or the app closes") {
    AppFixture f;
    const auto& field = *core::findField(core::homeFields(), "water_shutoff");
    auto saved = [&] { return f.db->sql().execAndGet("SELECT water_shutoff FROM plan_home").getString(); };
    auto type = [&](const std::string& text) {
        f.app->plan().setField(field, text, app::Save::AfterTyping);
        f.app->tick(/*editingText=*/true);
    };

    type("U");
    f.clock.advance(std::chrono::milliseconds(100));
    type("Un");
    CHECK(saved().empty());  // not on every keystroke
    CHECK(f.app->plan().plan().home.waterShutoff == "Un");  // but on the screen at once

    f.clock.advance(app::HouseholdPlan::kTypingPause);
    f.app->tick(true);
    CHECK(saved() == "Un");  // typing paused
    long long prepared = f.db->preparedCount();

    // Typing on without a pause is saved at the latest kTypingMaxWait after the first unsaved key.
    std::string text = "Un";
    int keys = 0;
    for (; keys < 20 && saved() == "Un"; ++keys) {
        text += 'd';
        f.clock.advance(std::chrono::milliseconds(100));
        type(text);
    }
    CHECK(saved() == text);
    // The first unsaved key (the loop's first) waited kTypingMaxWait, give or take the 100 ms
    // between the ticks here.
    CHECK(std::chrono::milliseconds(100) * (keys - 1) < app::HouseholdPlan::kTypingMaxWait + std::chrono::milliseconds(100));

    type(text + "er");
    CHECK(saved() != text + "er");
    f.app->tick(/*editingText=*/false);  // the field was left
    CHECK(saved() == text + "er");
    CHECK(f.db->preparedCount() == prepared);  // each save reuses the statement prepared for the first

    type(text + "er the sink");
    f.app.reset();  // the app closes
    CHECK(saved() == text + "er the sink");
}
