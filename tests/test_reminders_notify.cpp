// `steadfast reminders notify`, the command the systemd user timer runs while the app is closed:
// run against a notification service on a private session bus (tests/helpers/fake_notifications.py
// under dbus-run-session), one that refuses, none at all, and a database it may not open. Then the
// installed timer and service pass `systemd-analyze verify`.
#include <doctest/doctest.h>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdio>
#include <sstream>

#include "app/reminders.h"
#include "command_output.h"
#include "platform/headless.h"
#include "support.h"

using namespace test;

namespace {

using Output = CommandOutput;
Output run(const std::string& command) { return runCommand(command); }

std::string quote(const fs::path& p) { return "'" + p.string() + "'"; }

const fs::path kFakeService = fs::path(__FILE__).parent_path() / "helpers" / "fake_notifications.py";

// `reminders notify` with a notification service that logs to `log` (`how`: "--refuse" every one,
// "--click" each at once, "" neither).
Output notifyWithService(const fs::path& db, const fs::path& log, const std::string& how = "") {
    return run("dbus-run-session -- " + quote(kFakeService) + " " + how + " " + quote(log) + " " + STEADFAST_BINARY +
               " reminders notify --db " + quote(db));
}

std::vector<std::string> lines(const fs::path& file) {
    std::vector<std::string> out;
    if (!fs::exists(file)) return out;
    std::stringstream ss(readFile(file));
    for (std::string line; std::getline(ss, line);) out.push_back(line);
    return out;
}

long long recorded(const fs::path& db) {
    SQLite::Database sql(db.string(), SQLite::OPEN_READONLY);
    return sql.execAndGet("SELECT count(*) FROM reminder_notifications").getInt64();
}

// Two reminders long overdue and one far ahead, saved through the app.
void addReminders(AppFixture& f, const std::vector<std::pair<std::string, std::string>>& titlesAndDates) {
    app::ReminderEditor& rem = f.app->reminderEditor();
    for (const auto& [title, date] : titlesAndDates) {
        app::ReminderDraft& d = rem.draft(0);
        d.title = title;
        d.date = date;
        d.time = "10:00";
        REQUIRE(rem.save(d));
    }
}

bool haveDbus() { return run("command -v dbus-run-session").status == 0 && fs::exists("/usr/bin/python3"); }

}  // namespace

TEST_CASE("reminders notify tells each due reminder exactly once across repeated runs") {
    REQUIRE_MESSAGE(haveDbus(), "dbus-run-session and python3 are installed by scripts/setup-deps");
    AppFixture f;
    addReminders(f, {{"Test the smoke alarms", "2020-03-07"}, {"Check the water", "2021-06-01"}, {"Renew the certificate", "2199-01-01"}});
    f.app.reset();
    f.db.reset();
    TempDir dir;
    fs::path log = dir / "notifications.log";

    Output first = notifyWithService(f.dbPath(), log);
    CHECK(first.status == 0);
    CHECK_MESSAGE(first.text.find("steadfast") == std::string::npos, first.text);  // nothing said (the bus may warn)
    std::vector<std::string> shown = lines(log);
    REQUIRE(shown.size() == 2);
    CHECK_MESSAGE(shown[0].rfind("Test the smoke alarms\tDue Sat, 7 Mar 2020, 10:00", 0) == 0, shown[0]);
    CHECK_MESSAGE(shown[1].rfind("Check the water\tDue Tue, 1 Jun 2021, 10:00", 0) == 0, shown[1]);
    CHECK(recorded(f.dbPath()) == 2);

    Output second = notifyWithService(f.dbPath(), log);
    CHECK(second.status == 0);
    CHECK(lines(log).size() == 2);  // nothing new came due: nothing told again

    f.open();
    addReminders(f, {{"Rotate the food", "2022-02-02"}});
    f.app.reset();
    f.db.reset();
    CHECK(notifyWithService(f.dbPath(), log).status == 0);
    shown = lines(log);
    REQUIRE(shown.size() == 3);
    CHECK(shown[2].rfind("Rotate the food\t", 0) == 0);
}

TEST_CASE("reminders notify records nothing when the notification service refuses") {
    REQUIRE_MESSAGE(haveDbus(), "dbus-run-session and python3 are installed by scripts/setup-deps");
    AppFixture f;
    addReminders(f, {{"Test the smoke alarms", "2020-03-07"}, {"Check the water", "2021-06-01"}});
    f.app.reset();
    f.db.reset();
    TempDir dir;
    fs::path log = dir / "notifications.log";

    Output refused = notifyWithService(f.dbPath(), log, "--refuse");
    CHECK(refused.status == 0);
    CHECK_MESSAGE(refused.text.find("Test the smoke alarms (Due Sat, 7 Mar 2020, 10:00)") != std::string::npos, refused.text);  // printed instead
    CHECK(refused.text.find("Check the water (Due Tue, 1 Jun 2021, 10:00)") != std::string::npos);
    CHECK(refused.text.find("no notification service answered") != std::string::npos);
    CHECK(lines(log).empty());
    CHECK(recorded(f.dbPath()) == 0);

    // Nothing was recorded, so a service that answers later gets both.
    CHECK(notifyWithService(f.dbPath(), log).status == 0);
    CHECK(lines(log).size() == 2);
}

TEST_CASE("a click on a reminder's notification starts Steadfast open on that reminder") {
    REQUIRE_MESSAGE(haveDbus(), "dbus-run-session and python3 are installed by scripts/setup-deps");
    AppFixture f;
    addReminders(f, {{"Test the smoke alarms", "2020-03-07"}});
    f.app.reset();
    f.db.reset();
    long long id = SQLite::Database(f.dbPath().string(), SQLite::OPEN_READONLY).execAndGet("SELECT id FROM reminders").getInt64();
    TempDir dir;
    fs::path log = dir / "notifications.log";
    // No display: the Steadfast the click starts says so and ends (where there is one, it opens
    // its window on the reminder; the route itself is tested in test_reminders_ui.cpp).
    Output clicked = run("env -u DISPLAY -u WAYLAND_DISPLAY dbus-run-session -- " + quote(kFakeService) + " --click " + quote(log) + " " +
                         STEADFAST_BINARY + " reminders notify --db " + quote(f.dbPath()));
    CHECK(clicked.status == 0);
    std::vector<std::string> shown = lines(log);
    REQUIRE(shown.size() == 1);
    CHECK_MESSAGE(shown[0].find("\tactions=default,Open") != std::string::npos, shown[0]);  // a click is the default action
    CHECK_MESSAGE(clicked.text.find("Opening Steadfast on reminder " + std::to_string(id) + "\n") != std::string::npos, clicked.text);
    CHECK_MESSAGE(clicked.text.find("steadfast: no display") != std::string::npos, clicked.text);  // it really was started
    CHECK(recorded(f.dbPath()) == 1);
}

TEST_CASE("reminders notify without a notification service prints what is due and exits 0") {
    AppFixture f;
    addReminders(f, {{"Test the smoke alarms", "2020-03-07"}, {"Renew the certificate", "2199-01-01"}});
    f.app.reset();
    f.db.reset();
    TempDir dir;
    Output out = run("env -u DBUS_SESSION_BUS_ADDRESS XDG_RUNTIME_DIR=" + quote(dir / "none") + " " + STEADFAST_BINARY +
                     " reminders notify --db " + quote(f.dbPath()));
    CHECK(out.status == 0);
    CHECK(out.text.find("Test the smoke alarms (Due Sat, 7 Mar 2020, 10:00)\n") != std::string::npos);
    CHECK(out.text.find("Renew the certificate") == std::string::npos);
    CHECK(recorded(f.dbPath()) == 0);
}

TEST_CASE("reminders notify on a database it may not open says why and fails") {
    TempDir dir;
    fs::path notADatabase = dir / "steadfast.db";
    writeFile(notADatabase, std::string(4096, 'x'));
    Output out = run("env -u DBUS_SESSION_BUS_ADDRESS " + std::string(STEADFAST_BINARY) + " reminders notify --db " + quote(notADatabase));
    CHECK(out.status != 0);
    CHECK(out.text.find(notADatabase.string()) != std::string::npos);
    CHECK(readFile(notADatabase) == std::string(4096, 'x'));  // never overwritten

    fs::create_directories(dir / "folder.db");
    Output folder = run(std::string(STEADFAST_BINARY) + " reminders notify --db " + quote(dir / "folder.db"));
    CHECK(folder.status != 0);
    CHECK(folder.text.find("is not a file") != std::string::npos);
}

TEST_CASE("the installed reminder timer and service pass systemd-analyze verify") {
    if (run("command -v systemd-analyze").status != 0) {
        MESSAGE("skipped: systemd-analyze is not installed (Debian package systemd)");
        return;
    }
    TempDir prefix;
    Output install = run("cmake --install " + quote(fs::path(STEADFAST_BINARY).parent_path()) + " --prefix " + quote(prefix.path));
    REQUIRE_MESSAGE(install.status == 0, install.text);
    fs::path units = prefix / "lib/systemd/user";
    REQUIRE(fs::exists(units / "steadfast-reminders.service"));
    REQUIRE(fs::exists(units / "steadfast-reminders.timer"));
    std::string service = readFile(units / "steadfast-reminders.service");
    CHECK(service.find("ExecStart=" + (prefix / "bin/steadfast").string() + " reminders notify\n") != std::string::npos);
    // The man page the units name is found in the same prefix; --user needs a running user manager,
    // which a CI machine has not, and the checks are the same.
    Output verify = run("MANPATH=" + quote(prefix / "share/man") + " systemd-analyze verify " + quote(units / "steadfast-reminders.timer") + " " + quote(units / "steadfast-reminders.service"));
    CHECK_MESSAGE(verify.status == 0, verify.text);
    CHECK_MESSAGE(verify.text.empty(), verify.text);
}

TEST_CASE("Settings turns reminders-when-closed on and off and says whether the timer is active") {
    AppFixture f;
    app::BackgroundReminderState timer{true, false, false, ""};
    int reads = 0;
    f.app->setBackgroundReminders({[&] {
                                       ++reads;
                                       return timer;
                                   },
                                   [&](bool on) {
                                       timer.enabled = timer.active = on;
                                       return std::string();
                                   }});
    platform::Headless screen(*f.app, 420, 2400);  // tall enough to show all of Settings
    f.app->openSettings();
    screen.frame(3);
    CHECK(reads == 1);  // read when Settings opens, not on every frame
    REQUIRE(f.app->backgroundReminderState());
    CHECK_FALSE(f.app->backgroundReminderState()->enabled);
    REQUIRE(screen.tap("##background-reminders"));
    CHECK(timer.enabled);
    CHECK(f.app->backgroundReminderState()->active);
    REQUIRE(screen.tap("##background-reminders"));
    CHECK_FALSE(timer.enabled);

    // A failure is said, and the state shown is what the timer really is.
    f.app->setBackgroundReminders({[&] { return timer; }, [&](bool) { return std::string("Failed to connect to bus"); }});
    f.app->setBackgroundRemindersOn(true);
    CHECK(f.app->notices().text().find("could not be turned on: Failed to connect to bus") != std::string::npos);
    CHECK_FALSE(f.app->backgroundReminderState()->enabled);
}
