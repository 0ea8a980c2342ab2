// The reminder screens, driven headlessly with a manual clock in Berlin.
#include <doctest/doctest.h>

#include <cstdlib>
#include <ctime>

#include <imgui.h>

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
    app::ReminderEditor& editor() { return f.app->reminderEditor(); }
    app::LinkedReminders& linked() { return f.app->linkedReminders(); }
    app::UpkeepOffer& offer() { return f.app->upkeepOffer(); }
    // Opens a new reminder from the Reminders tab and types its title.
    void startNew(platform::Headless& screen, const char* title) {
        REQUIRE(screen.tap("##tab-Reminders"));
        REQUIRE(screen.tap("##reminder-add"));
        CHECK(f.app->nav().current().screen() == Screen::ReminderEdit);
        REQUIRE(screen.tap("##reminder-title"));
        screen.type(title);
    }
    // Saves a reminder and shows its screen.
    long long addAndOpen(const char* title, const char* date, const char* time, core::Recurrence recurrence) {
        app::ReminderDraft& d = editor().draft(0);
        d.title = title;
        d.date = date;
        d.time = time;
        d.recurrence = recurrence;
        long long id = *editor().save(d);
        f.app->nav().selectTab(app::Tab::Reminders);
        f.app->nav().push(app::route::ReminderDetail{id});
        return id;
    }
    long long shownId() {  // of the reminder shown or edited
        const app::Route& r = f.app->nav().current();
        if (auto* edit = std::get_if<app::route::ReminderEdit>(&r.params)) return edit->reminderId;
        return r.as<app::route::ReminderDetail>().reminderId;
    }
    AppFixture f;
};

}  // namespace

TEST_CASE("adding a monthly reminder in the UI, marking it done, shows the next due date") {
    BerlinUi u;
    u.offer().dismiss();
    platform::Headless screen(*u.f.app);
    u.startNew(screen, "Test the smoke alarms");
    // The date starts as tomorrow at 09:00: 21 January.
    REQUIRE(screen.tap("##repeat-months"));
    REQUIRE(screen.tap("##reminder-save"));
    REQUIRE(u.f.app->nav().current().screen() == Screen::ReminderDetail);
    long long id = u.shownId();
    CHECK(u.rem().detail(id).reminder.title == "Test the smoke alarms");
    CHECK(u.rem().detail(id).when == "Due Tue, 21 Jan, 09:00");
    CHECK(u.rem().detail(id).repeat == "Every month");

    // The morning it is due, it counts on the tab bar, and Done moves it a month on.
    u.f.clock.set(BerlinUi::at(2025, 1, 21, 9, 30));
    screen.frame();
    CHECK(u.rem().dueCount() == 1);
    REQUIRE(screen.tap("##reminder-done"));
    CHECK(u.rem().detail(id).when == "Due Fri, 21 Feb, 09:00");
    CHECK(store::ReminderStore(*u.f.db).find(id)->dueAt == BerlinUi::at(2025, 2, 21, 9));
    REQUIRE(u.rem().detail(id).history.size() == 1);
    CHECK(u.rem().detail(id).history[0] == "Done Tue, 21 Jan, 09:30 · was due Tue, 21 Jan, 09:00");
    CHECK(u.rem().dueCount() == 0);

    // Back on the list it is upcoming, with its date.
    REQUIRE(screen.tap("##back"));
    REQUIRE(u.rem().lists().upcoming.size() == 1);
    CHECK(u.rem().lists().upcoming[0].when == "Fri, 21 Feb, 09:00");
    CHECK(screen.visible("##reminder-" + std::to_string(id)));
}

TEST_CASE("bad input in the reminder editor shows a message and keeps what was typed") {
    BerlinUi u;
    platform::Headless screen(*u.f.app);
    REQUIRE(screen.tap("##tab-Reminders"));
    REQUIRE(screen.tap("##reminder-add"));
    REQUIRE(screen.tap("##reminder-save"));  // no title
    CHECK(u.editor().draft(0).error == "Give the reminder a title.");
    CHECK(u.f.app->nav().current().screen() == Screen::ReminderEdit);
    REQUIRE(screen.tap("##reminder-title"));
    screen.type("Check the torch");
    REQUIRE(screen.tap("##reminder-date"));
    screen.type("2025-02-30");
    REQUIRE(screen.tap("##reminder-save"));
    CHECK(u.editor().draft(0).error.find("is not a date") != std::string::npos);
    CHECK(u.editor().draft(0).title == "Check the torch");
    CHECK(u.rem().lists().empty());
    // Leaving and coming back keeps the draft too.
    REQUIRE(screen.tap("##back"));
    REQUIRE(screen.tap("##reminder-add"));
    CHECK(u.editor().draft(0).title == "Check the torch");
}

TEST_CASE("typing in the date field replaces the date, and the error is gone once saved") {
    BerlinUi u;
    u.offer().dismiss();
    platform::Headless screen(*u.f.app);
    u.startNew(screen, "Check the torch");
    CHECK(u.editor().draft(0).date == "2025-01-21");  // tomorrow
    REQUIRE(screen.tap("##reminder-date"));
    screen.type("2025-02-03");  // not "2025-01-212025-02-03"
    CHECK(u.editor().draft(0).date == "2025-02-03");
    // A date that is no date is flagged while typing, before Save; Save says so too.
    REQUIRE(screen.tap("##reminder-date"));
    screen.type("2025-02-30");
    REQUIRE(screen.tap("##reminder-save"));
    CHECK(u.f.app->nav().current().screen() == Screen::ReminderEdit);
    CHECK_FALSE(u.editor().draft(0).error.empty());
    REQUIRE(screen.tap("##reminder-date"));
    screen.type("2025-02-03");
    REQUIRE(screen.tap("##reminder-save"));
    REQUIRE(u.f.app->nav().current().screen() == Screen::ReminderDetail);
    CHECK(u.f.app->notices().text().empty());
    CHECK(u.rem().detail(u.shownId()).when == "Due Mon, 3 Feb, 09:00");
    REQUIRE(screen.tap("##reminder-edit"));
    CHECK(u.editor().draft(u.shownId()).error.empty());
}

TEST_CASE("two quick taps on Done mark the occurrence done once, with a message and Undo") {
    BerlinUi u;
    long long id = u.addAndOpen("Test the smoke alarms", "2025-01-20", "07:00", {core::Repeat::Months, 1});
    platform::Headless screen(*u.f.app);
    ui::Rect done = ui::tapTargets().at("##reminder-done");
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(done.cx(), done.cy());
    for (int tap = 0; tap < 2; ++tap) {  // a double tap: press, release, press, release
        io.MouseDown[0] = true;
        screen.frame();
        io.MouseDown[0] = false;
        screen.frame();
    }
    screen.frame(2);
    store::ReminderStore store(*u.f.db);
    CHECK(store.find(id)->dueAt == BerlinUi::at(2025, 2, 20, 7));  // one month on, not two
    CHECK(store.eventCount(id) == 1);
    const app::ActionOutcome* outcome = u.rem().outcomeFor(id);
    REQUIRE(outcome);
    CHECK(outcome->message == "Marked done. Next due Thu, 20 Feb, 07:00.");
    CHECK_FALSE(screen.visible("##reminder-done"));  // the message stands where Done was

    REQUIRE(screen.tap("##reminder-undo"));
    CHECK(store.find(id)->dueAt == BerlinUi::at(2025, 1, 20, 7));
    CHECK(store.eventCount(id) == 0);
    CHECK(u.rem().dueCount() == 1);
    CHECK(u.rem().outcomeFor(id)->message == "Undone: the reminder is as it was.");

    // After a few seconds the message goes and Done is back.
    u.f.clock.advance(std::chrono::seconds(app::Reminders::kUndoSeconds));
    screen.frame(2);
    CHECK_FALSE(u.rem().outcomeFor(id));
    CHECK(screen.visible("##reminder-done"));
}

TEST_CASE("a reminder not due yet offers Done early and no snooze, and a snooze that changes nothing is refused") {
    BerlinUi u;
    long long id = u.addAndOpen("Rotate the water", "2025-04-20", "09:00", {core::Repeat::Months, 6});
    platform::Headless screen(*u.f.app);
    CHECK_FALSE(u.rem().detail(id).due);
    CHECK(screen.visible("##reminder-done"));
    CHECK_FALSE(screen.visible("##snooze-hour"));

    store::ReminderStore store(*u.f.db);
    CHECK_FALSE(u.rem().snoozeFor(id, std::chrono::hours(24)));
    CHECK(u.f.app->notices().text() ==
          "It is not due until Sun, 20 Apr, 09:00, so snoozing to Tue, 21 Jan, 08:00 would not change it.");
    CHECK_FALSE(store.find(id)->snoozedUntil);
    CHECK(store.eventCount(id) == 0);

    screen.frame(2);  // the message shows above; the screen settles under it
    REQUIRE(screen.tap("##reminder-done"));  // done early, on purpose
    CHECK(store.find(id)->dueAt == BerlinUi::at(2025, 10, 20, 9));
}

TEST_CASE("snooze, skip and delete with confirmation from the reminder screen") {
    BerlinUi u;
    app::ReminderDraft& d = u.editor().draft(0);
    d.title = "Rotate water";
    d.date = "2025-01-20";
    d.time = "07:00";
    d.recurrence = {core::Repeat::Weeks, 1};
    long long id = *u.editor().save(d);
    platform::Headless screen(*u.f.app);
    REQUIRE(screen.tap("##tab-Reminders"));
    REQUIRE(screen.tap("##reminder-" + std::to_string(id)));
    CHECK(u.f.app->nav().current() == app::Route{app::route::ReminderDetail{id}});

    REQUIRE(screen.tap("##snooze-hour"));
    CHECK(store::ReminderStore(*u.f.db).find(id)->snoozedUntil == BerlinUi::at(2025, 1, 20, 9));
    CHECK(u.rem().dueCount() == 0);
    CHECK(u.rem().outcomeFor(id)->message == "Snoozed until Mon, 20 Jan, 09:00.");
    u.f.clock.advance(std::chrono::seconds(app::Reminders::kUndoSeconds));  // the message goes
    screen.frame(2);
    REQUIRE(screen.tap("##snooze-custom"));
    REQUIRE(screen.visible("##snooze-date"));
    REQUIRE(screen.tap("##snooze-until"));  // prefilled with one hour from now
    CHECK(store::ReminderStore(*u.f.db).find(id)->snoozedUntil == BerlinUi::at(2025, 1, 20, 9));
    u.f.clock.advance(std::chrono::seconds(app::Reminders::kUndoSeconds));
    screen.frame(2);
    REQUIRE(screen.tap("##reminder-skip"));
    CHECK(store::ReminderStore(*u.f.db).find(id)->dueAt == BerlinUi::at(2025, 1, 27, 7));
    CHECK(u.rem().detail(id).history.size() == 3);

    REQUIRE(screen.tap("##reminder-delete"));
    REQUIRE(screen.tap("##reminder-delete-cancel"));
    CHECK(store::ReminderStore(*u.f.db).find(id));
    REQUIRE(screen.tap("##reminder-delete"));
    REQUIRE(screen.tap("##reminder-delete-confirm"));
    CHECK_FALSE(store::ReminderStore(*u.f.db).find(id));
    CHECK(u.f.app->nav().current().screen() == Screen::Reminders);
}

TEST_CASE("the first-run offer on Today adds the chosen upkeep reminders with a certificate date") {
    BerlinUi u;
    platform::Headless screen(*u.f.app);
    REQUIRE(screen.visible("##today-upkeep"));
    REQUIRE(screen.tap("##today-upkeep"));
    CHECK(u.f.app->nav().current().screen() == Screen::ReminderDefaults);
    REQUIRE(screen.tap("##default-batteries"));  // leave this one out
    REQUIRE(screen.tap("##default-certificate"));
    REQUIRE(screen.tap("##default-certificate-date"));
    screen.type("2026-03-01");
    REQUIRE(screen.tap("##defaults-add"));
    CHECK(u.f.app->nav().current().screen() == Screen::Today);
    CHECK(u.offer().answered());
    CHECK_FALSE(screen.visible("##today-upkeep"));
    CHECK(store::ReminderStore(*u.f.db).loadAll().size() == 5);
    std::optional<core::Reminder> cert = store::ReminderStore(*u.f.db).findBySource("certificate");
    REQUIRE(cert);
    CHECK(cert->dueAt == BerlinUi::at(2025, 12, 31, 9));  // 60 days before 1 March 2026
}

TEST_CASE("a reminder coming due while the app is open shows an alert that opens it") {
    BerlinUi u;
    u.offer().dismiss();
    app::ReminderDraft& d = u.editor().draft(0);
    d.title = "Check the radio";
    d.date = "2025-01-20";
    d.time = "08:30";
    long long id = *u.editor().save(d);
    platform::Headless screen(*u.f.app);
    std::string open = "##alert-open-" + std::to_string(id);
    CHECK_FALSE(screen.visible(open));
    CHECK(screen.ui().secondsUntilNextChange() == doctest::Approx(60.0));
    u.f.clock.set(BerlinUi::at(2025, 1, 20, 8, 30));
    screen.frame(2);
    REQUIRE(screen.visible(open));
    CHECK(screen.visible("##reminder-" + std::to_string(id)));  // and on Today
    REQUIRE(screen.tap(open));
    CHECK(u.f.app->nav().current() == app::Route{app::route::ReminderDetail{id}});
    CHECK_FALSE(screen.visible(open));
}

TEST_CASE("every tap target on the reminder screens is at least 48 points tall") {
    BerlinUi u;
    app::ReminderDraft& d = u.editor().draft(0);
    d.title = "Test the smoke alarms";
    d.recurrence = {core::Repeat::WeekdayOfMonth, 1, 1, 6};
    long long id = *u.editor().save(d);
    u.f.clock.set(BerlinUi::at(2025, 2, 1, 12));  // due (the first Saturday of February): Snooze shows
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
    u.f.app->nav().push(app::route::ReminderDefaults{});
    screen.frame(2);
    REQUIRE(screen.tap("##default-certificate"));
    checkAll("defaults");
}

TEST_CASE("--open reminder:ID opens the app on that reminder's detail, and a bad link says why") {
    AppFixture f;
    app::ReminderDraft& d = f.app->reminderEditor().draft(0);
    d.title = "Test the smoke alarms";
    d.date = "2020-03-07";
    d.time = "10:00";
    std::optional<long long> id = f.app->reminderEditor().save(d);
    REQUIRE(id);
    f.app->nav().selectTab(app::Tab::Plan);
    platform::Headless screen(*f.app);
    CHECK(f.app->openLink("reminder:" + std::to_string(*id)));
    screen.frame(3);
    CHECK(f.app->nav().tab() == app::Tab::Reminders);
    CHECK(f.app->nav().current() == app::Route{app::route::ReminderDetail{*id}});
    REQUIRE(f.app->nav().canGoBack());  // Back leads to the reminders list

    CHECK_FALSE(f.app->openLink("reminder:" + std::to_string(*id + 100)));
    CHECK(f.app->notices().text().find("That reminder no longer exists") != std::string::npos);
    CHECK_FALSE(f.app->openLink("reminder:x1"));
    CHECK_FALSE(f.app->openLink("plan"));
    CHECK(f.app->notices().text().find("Steadfast cannot open \"plan\": it opens reminder:ID") != std::string::npos);
    CHECK(f.app->nav().current() == app::Route{app::route::ReminderDetail{*id}});  // where it was
}
