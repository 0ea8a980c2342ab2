// The reminder screens, driven headlessly with a manual clock in Berlin.
#include <doctest/doctest.h>

#include <cstdlib>
#include <ctime>

#include "platform/headless.h"
#include "store/reminder_store.h"
#include "support.h"
#include "ui/widgets.h"

using namespace test;
using app::Screen;

namespace {

struct BerlinUi {
    BerlinUi() {
        setenv("TZ", "Europe/Berlin", 1);
        tzset();
        f.clock.set(at(2025, 1, 20, 8));
        f.restart();
    }
    ~BerlinUi() {
        unsetenv("TZ");
        tzset();
    }
    static core::TimePoint at(int y, int mo, int d, int h, int mi = 0) { return core::toUtc({y, mo, d, h, mi, 0}, "Europe/Berlin"); }
    app::Reminders& rem() { return f.app->reminders(); }
    long long shownId() { return std::atoll(f.app->nav().current().param.c_str()); }
    AppFixture f;
};

}  // namespace

TEST_CASE("adding a monthly reminder in the UI, marking it done, shows the next due date") {
    BerlinUi u;
    u.rem().dismissDefaults();
    platform::Headless screen(*u.f.app);
    REQUIRE(screen.tap("##tab-Reminders"));
    REQUIRE(screen.tap("##reminder-add"));
    CHECK(u.f.app->nav().current().screen == Screen::ReminderEdit);
    REQUIRE(screen.tap("##reminder-title"));
    screen.type("Test the smoke alarms");
    // The date starts as tomorrow at 09:00: 21 January.
    REQUIRE(screen.tap("##repeat-months"));
    REQUIRE(screen.tap("##reminder-save"));
    REQUIRE(u.f.app->nav().current().screen == Screen::ReminderDetail);
    long long id = u.shownId();
    CHECK(u.rem().detail(id).reminder.title == "Test the smoke alarms");
    CHECK(u.rem().detail(id).when == "Due Tue 21 Jan, 09:00");
    CHECK(u.rem().detail(id).repeat == "Every month");

    // The morning it is due, it counts on the tab bar, and Done moves it a month on.
    u.f.clock.set(BerlinUi::at(2025, 1, 21, 9, 30));
    screen.frame();
    CHECK(u.rem().dueCount() == 1);
    REQUIRE(screen.tap("##reminder-done"));
    CHECK(u.rem().detail(id).when == "Due Fri 21 Feb, 09:00");
    CHECK(store::ReminderStore(*u.f.db).find(id)->dueAt == BerlinUi::at(2025, 2, 21, 9));
    REQUIRE(u.rem().detail(id).history.size() == 1);
    CHECK(u.rem().detail(id).history[0] == "Done Tue 21 Jan, 09:30 · was due Tue 21 Jan, 09:00");
    CHECK(u.rem().dueCount() == 0);

    // Back on the list it is upcoming, with its date.
    REQUIRE(screen.tap("##back"));
    REQUIRE(u.rem().lists().upcoming.size() == 1);
    CHECK(u.rem().lists().upcoming[0].when == "Fri 21 Feb, 09:00");
    CHECK(screen.visible("##reminder-" + std::to_string(id)));
}

TEST_CASE("bad input in the reminder editor shows a message and keeps what was typed") {
    BerlinUi u;
    platform::Headless screen(*u.f.app);
    REQUIRE(screen.tap("##tab-Reminders"));
    REQUIRE(screen.tap("##reminder-add"));
    REQUIRE(screen.tap("##reminder-save"));  // no title
    CHECK(u.f.app->notice() == "Give the reminder a title.");
    CHECK(u.f.app->nav().current().screen == Screen::ReminderEdit);
    REQUIRE(screen.tap("##reminder-title"));
    screen.type("Check the torch");
    REQUIRE(screen.tap("##reminder-date"));
    screen.type("x");  // "2025-01-21x"
    REQUIRE(screen.tap("##reminder-save"));
    CHECK(u.f.app->notice().find("is not a date") != std::string::npos);
    CHECK(u.rem().draft(0).title == "Check the torch");
    CHECK(u.rem().lists().empty());
    // Leaving and coming back keeps the draft too.
    REQUIRE(screen.tap("##back"));
    REQUIRE(screen.tap("##reminder-add"));
    CHECK(u.rem().draft(0).title == "Check the torch");
}

TEST_CASE("snooze, skip and delete with confirmation from the reminder screen") {
    BerlinUi u;
    app::ReminderDraft& d = u.rem().draft(0);
    d.title = "Rotate water";
    d.date = "2025-01-20";
    d.time = "07:00";
    d.recurrence = {core::Repeat::Weeks, 1};
    long long id = *u.rem().save(d);
    platform::Headless screen(*u.f.app);
    REQUIRE(screen.tap("##tab-Reminders"));
    REQUIRE(screen.tap("##reminder-" + std::to_string(id)));
    CHECK(u.f.app->nav().current() == app::Route{Screen::ReminderDetail, std::to_string(id)});

    REQUIRE(screen.tap("##snooze-hour"));
    CHECK(store::ReminderStore(*u.f.db).find(id)->snoozedUntil == BerlinUi::at(2025, 1, 20, 9));
    CHECK(u.rem().dueCount() == 0);
    REQUIRE(screen.tap("##snooze-custom"));
    REQUIRE(screen.visible("##snooze-date"));
    REQUIRE(screen.tap("##snooze-until"));  // prefilled with one hour from now
    CHECK(store::ReminderStore(*u.f.db).find(id)->snoozedUntil == BerlinUi::at(2025, 1, 20, 9));
    REQUIRE(screen.tap("##reminder-skip"));
    CHECK(store::ReminderStore(*u.f.db).find(id)->dueAt == BerlinUi::at(2025, 1, 27, 7));
    CHECK(u.rem().detail(id).history.size() == 3);

    REQUIRE(screen.tap("##reminder-delete"));
    REQUIRE(screen.tap("##reminder-delete-cancel"));
    CHECK(store::ReminderStore(*u.f.db).find(id));
    REQUIRE(screen.tap("##reminder-delete"));
    REQUIRE(screen.tap("##reminder-delete-confirm"));
    CHECK_FALSE(store::ReminderStore(*u.f.db).find(id));
    CHECK(u.f.app->nav().current().screen == Screen::Reminders);
}

TEST_CASE("the first-run offer on Today adds the chosen upkeep reminders with a certificate date") {
    BerlinUi u;
    platform::Headless screen(*u.f.app);
    REQUIRE(screen.visible("##today-upkeep"));
    REQUIRE(screen.tap("##today-upkeep"));
    CHECK(u.f.app->nav().current().screen == Screen::ReminderDefaults);
    REQUIRE(screen.tap("##default-batteries"));  // leave this one out
    REQUIRE(screen.tap("##default-certificate"));
    REQUIRE(screen.tap("##default-certificate-date"));
    screen.type("2026-03-01");
    REQUIRE(screen.tap("##defaults-add"));
    CHECK(u.f.app->nav().current().screen == Screen::Today);
    CHECK(u.rem().defaultsOffered());
    CHECK_FALSE(screen.visible("##today-upkeep"));
    CHECK(store::ReminderStore(*u.f.db).loadAll().size() == 5);
    std::optional<core::Reminder> cert = store::ReminderStore(*u.f.db).findBySource("certificate");
    REQUIRE(cert);
    CHECK(cert->dueAt == BerlinUi::at(2025, 12, 31, 9));  // 60 days before 1 March 2026
}

TEST_CASE("a reminder coming due while the app is open shows an alert that opens it") {
    BerlinUi u;
    u.rem().dismissDefaults();
    app::ReminderDraft& d = u.rem().draft(0);
    d.title = "Check the radio";
    d.date = "2025-01-20";
    d.time = "08:30";
    long long id = *u.rem().save(d);
    platform::Headless screen(*u.f.app);
    std::string open = "##alert-open-" + std::to_string(id);
    CHECK_FALSE(screen.visible(open));
    CHECK(screen.ui().secondsUntilNextChange() == doctest::Approx(60.0));
    u.f.clock.set(BerlinUi::at(2025, 1, 20, 8, 30));
    screen.frame(2);
    REQUIRE(screen.visible(open));
    CHECK(screen.visible("##reminder-" + std::to_string(id)));  // and on Today
    REQUIRE(screen.tap(open));
    CHECK(u.f.app->nav().current() == app::Route{Screen::ReminderDetail, std::to_string(id)});
    CHECK_FALSE(screen.visible(open));
}

TEST_CASE("every tap target on the reminder screens is at least 48 points tall") {
    BerlinUi u;
    app::ReminderDraft& d = u.rem().draft(0);
    d.title = "Test the smoke alarms";
    d.recurrence = {core::Repeat::WeekdayOfMonth, 1, 1, 6};
    long long id = *u.rem().save(d);
    platform::Headless screen(*u.f.app, 420, 3000);
    auto checkAll = [&](const char* where) {
        for (const auto& [label, rect] : ui::tapTargets()) {
            INFO(where << " " << label);
            CHECK(rect.height() >= 48.0f);
        }
    };
    REQUIRE(screen.tap("##tab-Reminders"));
    checkAll("list");
    REQUIRE(screen.tap("##reminder-" + std::to_string(id)));
    REQUIRE(screen.tap("##snooze-custom"));
    REQUIRE(screen.tap("##reminder-delete"));
    checkAll("detail");
    REQUIRE(screen.tap("##reminder-edit"));
    checkAll("edit");
    u.f.app->nav().push({Screen::ReminderDefaults, {}});
    screen.frame(2);
    REQUIRE(screen.tap("##default-certificate"));
    checkAll("defaults");
}
