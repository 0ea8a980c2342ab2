// The screen stays on while a guide is followed: the player asks the desktop's screensaver
// (org.freedesktop.ScreenSaver on the session bus) to hold off when it opens and lets go when it
// is left. Checked against a fake screensaver (tests/helpers/fake_screensaver.py) on a private
// dbus-daemon.
#include <doctest/doctest.h>

#include <signal.h>

#include <cstdlib>
#include <sstream>
#include <thread>

#include "command_output.h"
#include "platform/headless.h"
#include "platform/screen_inhibitor.h"
#include "support.h"

using namespace test;

namespace {

const fs::path kFakeScreensaver = fs::path(__FILE__).parent_path() / "helpers" / "fake_screensaver.py";

// A session bus of the test's own, with the fake screensaver on it; the process's
// DBUS_SESSION_BUS_ADDRESS points at it while it lives.
struct PrivateSessionBus {
    TempDir dir;
    fs::path log = dir / "screensaver.log";
    std::string address, oldAddress;
    bool hadOld = false;
    long busPid = 0, servicePid = 0;

    PrivateSessionBus() {
        CommandOutput bus = runCommand("dbus-daemon --session --fork --print-address=1 --print-pid=1");
        REQUIRE_MESSAGE(bus.status == 0, bus.text);
        std::istringstream lines(bus.text);
        std::getline(lines, address);
        lines >> busPid;
        REQUIRE(!address.empty());
        REQUIRE(busPid > 0);
        CommandOutput service = runCommand("DBUS_SESSION_BUS_ADDRESS='" + address + "' /usr/bin/python3 '" + kFakeScreensaver.string() + "' '" +
                                           log.string() + "' >/dev/null 2>&1 & echo $!");
        servicePid = std::atol(service.text.c_str());
        REQUIRE(servicePid > 0);
        REQUIRE_MESSAGE(waitFor("ready"), readFile(log));
        if (const char* old = std::getenv("DBUS_SESSION_BUS_ADDRESS")) {
            hadOld = true;
            oldAddress = old;
        }
        setenv("DBUS_SESSION_BUS_ADDRESS", address.c_str(), 1);
    }
    ~PrivateSessionBus() {
        if (hadOld)
            setenv("DBUS_SESSION_BUS_ADDRESS", oldAddress.c_str(), 1);
        else
            unsetenv("DBUS_SESSION_BUS_ADDRESS");
        if (servicePid > 0) kill(static_cast<pid_t>(servicePid), SIGTERM);
        if (busPid > 0) kill(static_cast<pid_t>(busPid), SIGTERM);
    }
    // Waits (up to 10 s: the bus answers from another process) for a line starting with `prefix`.
    bool waitFor(const std::string& prefix, int count = 1) const {
        for (int i = 0; i < 1000; ++i) {
            int seen = 0;
            std::istringstream lines(fs::exists(log) ? readFile(log) : "");
            for (std::string line; std::getline(lines, line);) seen += line.rfind(prefix, 0) == 0;
            if (seen >= count) return true;
            std::this_thread::sleep_for(std::chrono::milliseconds{10});
        }
        return false;
    }
};

}  // namespace

TEST_CASE("the screensaver is held off while the guide player is open and let go when it is left") {
    PrivateSessionBus bus;
    AppFixture f;
    {
        platform::ScreenInhibitor screenSaver;
        f.app->setKeepScreenOn([&](bool on) { screenSaver.keepOn(on); });
        platform::Headless screen(*f.app);
        screen.frame(3);
        std::this_thread::sleep_for(std::chrono::milliseconds{200});
        CHECK(readFile(bus.log) == "ready\n");  // nothing held on other screens

        f.app->useGuideNow("adult-cpr");
        screen.frame(3);
        REQUIRE_MESSAGE(bus.waitFor("Inhibit Steadfast"), readFile(bus.log));
        CHECK(readFile(bus.log).find("Inhibit Steadfast A first-aid guide is being followed -> 7\n") != std::string::npos);
        REQUIRE(screen.tap("##step-next"));  // moving through the steps keeps the one hold
        screen.frame(2);

        REQUIRE(screen.tap("##back"));  // the top bar's Back leaves the player
        screen.frame(3);
        REQUIRE_MESSAGE(bus.waitFor("UnInhibit 7"), readFile(bus.log));

        f.app->openPlayer();  // back to the incident in progress: held again
        screen.frame(3);
        REQUIRE(bus.waitFor("Inhibit Steadfast", 2));
        f.app->setKeepScreenOn(nullptr);
    }  // the app closes with the player open: let go on the way out
    CHECK_MESSAGE(bus.waitFor("UnInhibit 8"), readFile(bus.log));
    std::istringstream lines(readFile(bus.log));
    int inhibits = 0;
    for (std::string line; std::getline(lines, line);) inhibits += line.rfind("Inhibit ", 0) == 0;
    CHECK(inhibits == 2);
}

TEST_CASE("without a screensaver service the screen inhibit does nothing and the app goes on") {
    TempDir dir;
    std::string old = std::getenv("DBUS_SESSION_BUS_ADDRESS") ? std::getenv("DBUS_SESSION_BUS_ADDRESS") : "";
    setenv("DBUS_SESSION_BUS_ADDRESS", ("unix:path=" + (dir / "no-bus").string()).c_str(), 1);
    {
        platform::ScreenInhibitor screenSaver;
        screenSaver.keepOn(true);
        screenSaver.keepOn(false);
        screenSaver.keepOn(true);
    }  // returns: nothing waits on a bus that is not there
    if (old.empty())
        unsetenv("DBUS_SESSION_BUS_ADDRESS");
    else
        setenv("DBUS_SESSION_BUS_ADDRESS", old.c_str(), 1);
}
