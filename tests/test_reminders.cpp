// Reminders: recurrence on the wall clock (month ends, leap years, DST) in a fixed zone with a
// manual clock; done, snooze and skip histories; linked reminders following their data; the
// first-run upkeep offer; the iCalendar export read back by an independent parser.
#include <doctest/doctest.h>

#include <SQLiteCpp/SQLiteCpp.h>
#include <cstdio>
#include <cstdlib>
#include <ctime>

#include "app/reminder_text.h"
#include "app/reminders.h"
#include "core/date_format.h"
#include "core/recurrence.h"
#include "core/reminder.h"
#include "store/reminder_store.h"
#include "support.h"

using namespace test;
using core::LocalDateTime;
using core::Recurrence;
using core::Repeat;
using core::TimePoint;

namespace {

// Sets TZ for the test (the app reads it to know the user's zone) and puts it back after.
struct ScopedTimeZone {
    std::string saved;
    bool had = false;
    explicit ScopedTimeZone(const char* tz) {
        if (const char* old = std::getenv("TZ")) {
            had = true;
            saved = old;
        }
        setenv("TZ", tz, 1);
        tzset();
    }
    ~ScopedTimeZone() {
        if (had)
            setenv("TZ", saved.c_str(), 1);
        else
            unsetenv("TZ");
        tzset();
    }
};

const std::string kBerlin = "Europe/Berlin";

LocalDateTime at(int y, int mo, int d, int h = 9, int mi = 0) { return {y, mo, d, h, mi, 0}; }
TimePoint berlin(int y, int mo, int d, int h = 9, int mi = 0) { return core::toUtc(at(y, mo, d, h, mi), kBerlin); }
long long utcSeconds(TimePoint t) { return core::toEpochMs(t) / 1000; }
// Seconds since the epoch of a UTC wall time, computed independently of libical.
long long utc(int y, int mo, int d, int h, int mi) {
    std::tm tm{};
    tm.tm_year = y - 1900;
    tm.tm_mon = mo - 1;
    tm.tm_mday = d;
    tm.tm_hour = h;
    tm.tm_min = mi;
    return static_cast<long long>(timegm(&tm));
}

// The next n occurrences after dtstart, as local wall times in Berlin.
std::vector<LocalDateTime> occurrences(const std::string& rrule, LocalDateTime start, int n) {
    std::vector<LocalDateTime> out{start};
    TimePoint after = core::toUtc(start, kBerlin);
    while (static_cast<int>(out.size()) < n) {
        std::optional<TimePoint> next = core::nextOccurrenceAfter(rrule, start, kBerlin, after);
        REQUIRE(next);
        out.push_back(core::toLocal(*next, kBerlin));
        after = *next;
    }
    return out;
}

std::string days(const std::vector<LocalDateTime>& list) {
    std::string s;
    for (const auto& l : list) s += (s.empty() ? "" : " ") + l.isoDate();
    return s;
}

}  // namespace

TEST_CASE("monthly reminders on the 29th to 31st fall on the last day of shorter months") {
    Recurrence monthly{Repeat::Months, 1};
    std::string rule = core::toRRule(monthly, at(2025, 1, 31));
    CHECK(rule == "FREQ=MONTHLY;BYMONTHDAY=31,-1;BYSETPOS=1");
    CHECK(days(occurrences(rule, at(2025, 1, 31), 5)) == "2025-01-31 2025-02-28 2025-03-31 2025-04-30 2025-05-31");
    std::string on30 = core::toRRule(monthly, at(2025, 1, 30));
    CHECK(days(occurrences(on30, at(2025, 1, 30), 4)) == "2025-01-30 2025-02-28 2025-03-30 2025-04-30");
    // In a leap year February has its 29th.
    std::string on29 = core::toRRule(monthly, at(2024, 1, 29));
    CHECK(days(occurrences(on29, at(2024, 1, 29), 3)) == "2024-01-29 2024-02-29 2024-03-29");
    // Every 6 months from 31 August: the end of February, then 31 August again.
    std::string halfYear = core::toRRule({Repeat::Months, 6}, at(2025, 8, 31));
    CHECK(days(occurrences(halfYear, at(2025, 8, 31), 3)) == "2025-08-31 2026-02-28 2026-08-31");
    // An ordinary day keeps its day.
    CHECK(core::toRRule(monthly, at(2025, 1, 15)) == "FREQ=MONTHLY");
    CHECK(days(occurrences("FREQ=MONTHLY", at(2025, 1, 15), 3)) == "2025-01-15 2025-02-15 2025-03-15");
}

TEST_CASE("a plain RFC 5545 monthly rule on the 31st skips short months, which is why the editor does not write one") {
    CHECK(days(occurrences("FREQ=MONTHLY", at(2025, 1, 31), 3)) == "2025-01-31 2025-03-31 2025-05-31");
}

TEST_CASE("yearly reminders on 29 February fall on 28 February outside leap years") {
    std::string rule = core::toRRule({Repeat::Years, 1}, at(2024, 2, 29));
    CHECK(rule == "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29,-1;BYSETPOS=1");
    CHECK(days(occurrences(rule, at(2024, 2, 29), 5)) == "2024-02-29 2025-02-28 2026-02-28 2027-02-28 2028-02-29");
    // Every 4 years from a leap day stays on leap days; 2100 is not a leap year.
    std::string everyFour = core::toRRule({Repeat::Years, 4}, at(2096, 2, 29));
    CHECK(days(occurrences(everyFour, at(2096, 2, 29), 2)) == "2096-02-29 2100-02-28");
    // Adding days crosses the leap day.
    CHECK(core::addDays(at(2024, 2, 28), 1).isoDate() == "2024-02-29");
    CHECK(core::addDays(at(2023, 2, 28), 1).isoDate() == "2023-03-01");
}

TEST_CASE("a weekly reminder stays at 09:00 local time across both DST changes in Berlin") {
    ScopedTimeZone tz("Europe/Berlin");
    // 24 March 2025 09:00 CET is 08:00 UTC; 31 March 09:00 CEST is 07:00 UTC.
    auto list = occurrences("FREQ=WEEKLY", at(2025, 3, 24), 2);
    CHECK(list[1] == at(2025, 3, 31));
    CHECK(utcSeconds(berlin(2025, 3, 24)) == utc(2025, 3, 24, 8, 0));
    CHECK(utcSeconds(berlin(2025, 3, 31)) == utc(2025, 3, 31, 7, 0));
    // And back in October: 20 October 07:00 UTC, 27 October 08:00 UTC.
    auto autumn = occurrences("FREQ=WEEKLY", at(2025, 10, 20), 2);
    CHECK(autumn[1] == at(2025, 10, 27));
    CHECK(utcSeconds(core::toUtc(autumn[1], kBerlin)) == utc(2025, 10, 27, 8, 0));
    // The day with 23 hours still counts as one day for "due today".
    core::DayBounds shortDay = core::dayBounds(berlin(2025, 3, 30, 12), kBerlin);
    CHECK(utcSeconds(shortDay.startOfToday) == utc(2025, 3, 29, 23, 0));
    CHECK(utcSeconds(shortDay.startOfTomorrow) == utc(2025, 3, 30, 22, 0));
}

TEST_CASE("a daily reminder inside the skipped hour comes at 03:30 and returns to 02:30 the next day") {
    // RFC 5545: a local time that does not exist is read with the offset before the gap.
    auto list = occurrences("FREQ=DAILY", at(2025, 3, 29, 2, 30), 3);
    CHECK(utcSeconds(core::toUtc(list[1], kBerlin)) == utc(2025, 3, 30, 1, 30));  // 03:30 CEST
    CHECK(list[1].hour == 3);
    CHECK(list[2] == at(2025, 3, 31, 2, 30));  // no drift after the gap
    // In the repeated hour of October, the first 02:30 (CEST) is meant.
    CHECK(utcSeconds(core::toUtc(at(2025, 10, 26, 2, 30), kBerlin)) == utc(2025, 10, 26, 0, 30));
}

TEST_CASE("the next occurrence is found far from the start, also with intervals") {
    // Weekly every 3 weeks from 5 January 2015: each occurrence is 21 days after the one before.
    LocalDateTime start = at(2015, 1, 5);
    std::string rule = core::toRRule({Repeat::Weeks, 3}, start);
    LocalDateTime expected = start;
    while (core::toUtc(expected, kBerlin) <= berlin(2025, 2, 1, 12)) expected = core::addDays(expected, 21);
    std::optional<TimePoint> next = core::nextOccurrenceAfter(rule, start, kBerlin, berlin(2025, 2, 1, 12));
    REQUIRE(next);
    CHECK(core::toLocal(*next, kBerlin) == expected);
    // Every 6 months from 15 January 2015 keeps January and July.
    next = core::nextOccurrenceAfter("FREQ=MONTHLY;INTERVAL=6", at(2015, 1, 15), kBerlin, berlin(2025, 2, 1));
    REQUIRE(next);
    CHECK(core::toLocal(*next, kBerlin) == at(2025, 7, 15));
    // A one-off has no occurrence after itself.
    CHECK_FALSE(core::nextOccurrenceAfter("", at(2025, 1, 1), kBerlin, berlin(2025, 1, 1)));
}

TEST_CASE("weekday-of-month rules build, read back and describe themselves") {
    Recurrence second{Repeat::WeekdayOfMonth, 1, 2, 6};
    std::string rule = core::toRRule(second, at(2025, 3, 5));
    CHECK(rule == "FREQ=MONTHLY;BYDAY=2SA");
    CHECK(core::firstOccurrence(rule, at(2025, 3, 5, 10)) == at(2025, 3, 8, 10));
    CHECK(days(occurrences(rule, at(2025, 3, 8), 3)) == "2025-03-08 2025-04-12 2025-05-10");
    CHECK(core::recurrenceFromRRule(rule) == second);
    CHECK(app::describeRecurrence(second) == "Second Saturday of every month");
    Recurrence last{Repeat::WeekdayOfMonth, 2, -1, 1};
    CHECK(core::toRRule(last, at(2025, 1, 1)) == "FREQ=MONTHLY;INTERVAL=2;BYDAY=-1MO");
    CHECK(core::recurrenceFromRRule("FREQ=MONTHLY;INTERVAL=2;BYDAY=-1MO") == last);
    CHECK(app::describeRecurrence(last) == "Last Monday of every 2 months");
    for (Recurrence r : {Recurrence{Repeat::Days, 3}, Recurrence{Repeat::Weeks, 1}, Recurrence{Repeat::Months, 6}, Recurrence{Repeat::Years, 1}})
        CHECK(core::recurrenceFromRRule(core::toRRule(r, at(2025, 1, 31))) == r);
    CHECK(app::describeRecurrence({Repeat::Months, 6}) == "Every 6 months");
    CHECK(app::describeRecurrence({Repeat::Days, 1}) == "Every day");
    CHECK(app::describeRRule("") == "Once");
    CHECK(app::describeRRule("FREQ=MONTHLY;COUNT=3") == "Custom repeat");
    CHECK_FALSE(core::isValidRRule("FREQ=SOMETIMES"));
}

TEST_CASE("dates and times typed by a person are checked") {
    CHECK(core::parseIsoDate("2024-02-29"));
    CHECK_FALSE(core::parseIsoDate("2025-02-29"));
    CHECK_FALSE(core::parseIsoDate("2025-13-01"));
    CHECK_FALSE(core::parseIsoDate("1 March"));
    CHECK(core::parseDateAndTime("2025-03-01", "9:05") == at(2025, 3, 1, 9, 5));
    CHECK_FALSE(core::parseDateAndTime("2025-03-01", "24:00"));
    CHECK_FALSE(core::parseDateAndTime("2025-03-01", "9.30"));
    CHECK(core::formatDateTime(berlin(2026, 3, 3), kBerlin, berlin(2026, 1, 1)) == "Tue, 3 Mar, 09:00");
    CHECK(core::formatDateTime(berlin(2027, 3, 3), kBerlin, berlin(2026, 1, 1)) == "Wed, 3 Mar 2027, 09:00");
}

TEST_CASE("reminders sort into overdue, due today and upcoming by the local day") {
    core::DayBounds today = core::dayBounds(berlin(2025, 6, 10, 12), kBerlin);
    std::vector<core::Reminder> list(5);
    list[0].dueAt = berlin(2025, 6, 9, 23, 59);   // yesterday: overdue
    list[1].dueAt = berlin(2025, 6, 10, 0, 0);    // today, already passed: due today
    list[2].dueAt = berlin(2025, 6, 10, 23, 59);  // later today
    list[3].dueAt = berlin(2025, 6, 9, 9);        // overdue, but snoozed to tomorrow
    list[3].snoozedUntil = berlin(2025, 6, 11, 8);
    list[4].dueAt.reset();                        // finished
    core::DueIndex index = core::sortByDue(list, today, berlin(2025, 6, 10, 12));
    CHECK(index.overdue == std::vector<size_t>{0});
    CHECK(index.dueToday == std::vector<size_t>{1, 2});
    CHECK(index.upcoming == std::vector<size_t>{3});
    CHECK(index.finished == std::vector<size_t>{4});
    // When the snooze has run out, the reminder is overdue again by its occurrence.
    index = core::sortByDue(list, today, berlin(2025, 6, 11, 8));
    CHECK(index.overdue == std::vector<size_t>{0, 3});
}

namespace {
// An app in Berlin at a known time.
struct BerlinApp {
    ScopedTimeZone tz{"Europe/Berlin"};
    AppFixture f;
    BerlinApp() {
        f.clock.set(berlin(2025, 1, 20, 8));
        f.restart();  // the app reads the zone when it starts
    }
    app::Reminders& rem() { return f.app->reminders(); }
    app::ReminderEditor& editor() { return f.app->reminderEditor(); }
    app::LinkedReminders& linked() { return f.app->linkedReminders(); }
    app::UpkeepOffer& offer() { return f.app->upkeepOffer(); }
    long long add(const std::string& title, const std::string& date, const std::string& time, Recurrence rec) {
        app::ReminderDraft& d = editor().draft(0);
        d.title = title;
        d.date = date;
        d.time = time;
        d.recurrence = rec;
        std::optional<long long> id = editor().save(d);
        REQUIRE(id);
        return *id;
    }
    core::Reminder get(long long id) {
        std::optional<core::Reminder> r = store::ReminderStore(*f.db).find(id);
        REQUIRE(r);
        return *r;
    }
};
}  // namespace

TEST_CASE("marking a monthly reminder done moves it to the next month and keeps the completion") {
    BerlinApp a;
    CHECK(a.rem().timeZone() == "Europe/Berlin");
    long long id = a.add("Test the smoke alarms", "2025-01-31", "10:00", {Repeat::Months, 1});
    CHECK(a.get(id).dueAt == berlin(2025, 1, 31, 10));
    CHECK(a.rem().lists().upcoming.size() == 1);

    a.f.clock.set(berlin(2025, 1, 31, 11));
    a.rem().refresh();
    REQUIRE(a.rem().lists().dueToday.size() == 1);
    CHECK(a.rem().dueCount() == 1);
    REQUIRE(a.rem().markDone(id));
    CHECK(a.get(id).dueAt == berlin(2025, 2, 28, 10));
    CHECK(a.rem().dueCount() == 0);

    // Done late: three months overdue, the next one is after today, not a past month.
    a.f.clock.set(berlin(2025, 5, 15, 12));
    a.rem().refresh();
    CHECK(a.rem().lists().overdue.size() == 1);
    REQUIRE(a.rem().markDone(id));
    CHECK(a.get(id).dueAt == berlin(2025, 5, 31, 10));

    std::vector<core::ReminderEvent> history = store::ReminderStore(*a.f.db).history(id);
    REQUIRE(history.size() == 2);
    CHECK(history[0].kind == core::ReminderEventKind::Done);
    CHECK(history[0].occurrence == berlin(2025, 2, 28, 10));
    CHECK(history[0].at == berlin(2025, 5, 15, 12));
    CHECK(history[1].occurrence == berlin(2025, 1, 31, 10));
    CHECK(a.rem().detail(id).history.size() == 2);
    CHECK(a.rem().lists().recentlyDone.size() == 2);
}

TEST_CASE("snooze hides a reminder until its time, then it is due again, and the history keeps it") {
    BerlinApp a;
    long long id = a.add("Rotate water", "2025-01-20", "09:00", {Repeat::Months, 6});
    a.f.clock.set(berlin(2025, 1, 20, 9, 30));
    a.rem().refresh();
    REQUIRE(a.rem().lists().dueToday.size() == 1);

    REQUIRE(a.rem().snoozeFor(id, std::chrono::hours(24)));
    CHECK(a.rem().dueCount() == 0);
    CHECK(a.get(id).snoozedUntil == berlin(2025, 1, 21, 9, 30));
    CHECK(a.get(id).dueAt == berlin(2025, 1, 20, 9));  // the occurrence itself stays
    CHECK(a.rem().lists().upcoming.front().when == "Snoozed until tomorrow, 09:30");

    // A custom snooze must be in the future and a real date; the bad one changes nothing.
    CHECK_FALSE(a.rem().snoozeUntil(id, "2025-01-19", "10:00"));
    CHECK(a.f.app->notices().text().find("still to come") != std::string::npos);
    CHECK_FALSE(a.rem().snoozeUntil(id, "2025-02-30", "10:00"));
    CHECK(a.get(id).snoozedUntil == berlin(2025, 1, 21, 9, 30));
    REQUIRE(a.rem().snoozeUntil(id, "2025-01-22", "18:00"));

    a.f.clock.set(berlin(2025, 1, 22, 18, 1));
    a.rem().tick();
    REQUIRE(a.rem().lists().overdue.size() == 1);  // its occurrence was on the 20th
    // Done clears the snooze and moves to the next occurrence.
    REQUIRE(a.rem().markDone(id));
    core::Reminder r = a.get(id);
    CHECK_FALSE(r.snoozedUntil);
    CHECK(r.dueAt == berlin(2025, 7, 20, 9));

    std::vector<core::ReminderEvent> h = store::ReminderStore(*a.f.db).history(id);
    REQUIRE(h.size() == 3);
    CHECK(h[0].kind == core::ReminderEventKind::Done);
    CHECK(h[1].kind == core::ReminderEventKind::Snoozed);
    CHECK(h[1].until == berlin(2025, 1, 22, 18));
    CHECK(h[2].kind == core::ReminderEventKind::Snoozed);
    CHECK(h[2].until == berlin(2025, 1, 21, 9, 30));
}

TEST_CASE("skip moves to the next occurrence and is recorded as skipped, not done") {
    BerlinApp a;
    long long id = a.add("Practise a drill", "2025-01-25", "10:00", {Repeat::Weeks, 2});
    REQUIRE(a.rem().skip(id));
    CHECK(a.get(id).dueAt == berlin(2025, 2, 8, 10));
    REQUIRE(a.rem().skip(id));
    CHECK(a.get(id).dueAt == berlin(2025, 2, 22, 10));
    std::vector<core::ReminderEvent> h = store::ReminderStore(*a.f.db).history(id);
    REQUIRE(h.size() == 2);
    for (const auto& e : h) CHECK(e.kind == core::ReminderEventKind::Skipped);
    CHECK(h[1].occurrence == berlin(2025, 1, 25, 10));
    CHECK(a.rem().lists().recentlyDone.empty());

    // A one-off is finished by done, and stays in the store with its history.
    long long once = a.add("Buy a fire blanket", "2025-01-21", "12:00", {});
    REQUIRE(a.rem().markDone(once));
    CHECK(a.get(once).finished());
    CHECK(a.rem().detail(once).when == "Done. It does not repeat.");
    CHECK(a.rem().lists().upcoming.size() == 1);
}

TEST_CASE("editing, bad input and delete after the history") {
    BerlinApp a;
    app::ReminderDraft& d = a.editor().draft(0);
    d.title = "   ";
    CHECK_FALSE(a.editor().save(d));
    CHECK(d.error == "Give the reminder a title.");
    d.title = "Check the torch";
    d.date = "2025-02-30";
    CHECK_FALSE(a.editor().save(d));
    CHECK(d.error.find("is not a date") != std::string::npos);
    CHECK(a.f.app->notices().text().empty());  // the editor shows it, beside the field, not the whole app
    d.date = "2025-02-03";
    d.time = "25:00";
    CHECK_FALSE(a.editor().save(d));
    // Nothing typed was lost.
    CHECK(a.editor().draft(0).title == "Check the torch");
    a.editor().draft(0).time = "18:00";
    std::optional<long long> id = a.editor().save(a.editor().draft(0));
    REQUIRE(id);
    CHECK(a.editor().draft(0).title.empty());  // a fresh draft after saving

    // Editing only the title keeps the schedule; changing the repeat moves it and says so.
    app::ReminderDraft& edit = a.editor().draft(*id);
    CHECK(edit.date == "2025-02-03");
    CHECK(edit.time == "18:00");
    edit.title = "Check the torches";
    REQUIRE(a.editor().save(edit));
    CHECK(a.get(*id).title == "Check the torches");
    CHECK(store::ReminderStore(*a.f.db).eventCount(*id) == 0);
    app::ReminderDraft& edit2 = a.editor().draft(*id);
    edit2.recurrence = {Repeat::WeekdayOfMonth, 1, 1, 6};
    REQUIRE(a.editor().save(edit2));
    core::Reminder r = a.get(*id);
    CHECK(r.rrule == "FREQ=MONTHLY;BYDAY=1SA");
    CHECK(r.dueAt == berlin(2025, 3, 1, 18));  // the first "first Saturday" on or after 3 February
    CHECK(store::ReminderStore(*a.f.db).eventCount(*id) == 1);

    REQUIRE(a.rem().markDone(*id));
    REQUIRE(a.rem().remove(*id));
    CHECK_FALSE(store::ReminderStore(*a.f.db).find(*id));
    CHECK(a.f.db->sql().execAndGet("SELECT count(*) FROM reminder_events").getInt() == 0);
    CHECK(a.rem().lists().empty());
}

TEST_CASE("kit-expiry reminders follow changes to the item") {
    BerlinApp a;
    // A stand-in for the kit: item 42 expires on 1 June 2025, so the reminder is on 2 May.
    REQUIRE(a.linked().syncKitExpiry(42, "Bottled water", "2025-06-01"));
    std::optional<core::Reminder> r = store::ReminderStore(*a.f.db).findBySource("kit:42");
    REQUIRE(r);
    CHECK(r->title == "Replace Bottled water");
    CHECK(r->dueAt == berlin(2025, 5, 2, 9));
    long long id = r->id;

    // Syncing the same expiry again (at every start) changes nothing.
    REQUIRE(a.linked().syncKitExpiry(42, "Bottled water", "2025-06-01"));
    CHECK(store::ReminderStore(*a.f.db).eventCount(id) == 0);

    // The user marks it done when it comes due, then replaces the item: the reminder moves to
    // 30 days before the new expiry and is active again; its history keeps both.
    a.f.clock.set(berlin(2025, 5, 2, 10));
    REQUIRE(a.rem().markDone(id));
    CHECK(a.get(id).finished());
    TimePoint newDue = *a.linked().daysBeforeDate("2026-06-01", 30);
    CHECK(newDue == berlin(2026, 5, 2, 9));
    REQUIRE(a.linked().sync("kit:42", "Replace Bottled water", newDue));
    CHECK(a.get(id).dueAt == berlin(2026, 5, 2, 9));
    CHECK(a.get(id).id == id);
    std::vector<core::ReminderEvent> h = store::ReminderStore(*a.f.db).history(id);
    REQUIRE(h.size() == 2);
    CHECK(h[0].kind == core::ReminderEventKind::Moved);
    CHECK(h[0].until == berlin(2026, 5, 2, 9));
    CHECK(h[1].kind == core::ReminderEventKind::Done);

    // An expiry that was already close makes the reminder overdue at once.
    REQUIRE(a.linked().syncKitExpiry(43, "Plasters", "2025-05-20"));
    CHECK(a.rem().lists().overdue.size() == 1);

    // A bad date says so and keeps the reminder as it was; an item without expiry loses it.
    CHECK_FALSE(a.linked().syncKitExpiry(42, "Bottled water", "June"));
    CHECK(a.get(id).dueAt == berlin(2026, 5, 2, 9));
    REQUIRE(a.linked().syncKitExpiry(42, "Bottled water", ""));
    CHECK_FALSE(store::ReminderStore(*a.f.db).findBySource("kit:42"));
    REQUIRE(a.linked().removeKitExpiry(43));
    CHECK(a.rem().lists().empty());
}

TEST_CASE("due quiz reviews show as one practice reminder") {
    BerlinApp a;
    REQUIRE(a.linked().syncPractice(3, berlin(2025, 1, 20, 7)));
    REQUIRE(a.rem().lists().dueToday.size() == 1);
    CHECK(a.rem().lists().dueToday[0].reminder.title == "Practise: 3 questions due");
    CHECK(a.rem().lists().dueToday[0].repeat == "Quiz practice");
    REQUIRE(a.linked().syncPractice(1, berlin(2025, 1, 20, 7)));
    CHECK(a.rem().lists().dueToday[0].reminder.title == "Practise: 1 question due");
    CHECK(a.rem().dueCount() == 1);
    REQUIRE(a.linked().syncPractice(0, berlin(2025, 1, 20, 7)));
    CHECK(a.rem().dueCount() == 0);
}

TEST_CASE("the first-run offer adds the chosen upkeep reminders and a certificate reminder 60 days before expiry") {
    BerlinApp a;
    CHECK_FALSE(a.offer().answered());
    app::DefaultsChoice& choice = a.offer().choice();
    CHECK(choice.chosen.size() == 5);  // all but the certificate, which needs a date
    choice.chosen.erase("plan-review");
    choice.chosen.insert("certificate");
    choice.certificateExpiry = "soon";
    CHECK_FALSE(a.offer().addChosen());
    CHECK(a.rem().lists().empty());  // nothing added with a bad date
    CHECK(a.offer().choice().certificateExpiry == "soon");
    a.offer().choice().certificateExpiry = "2025-12-31";
    REQUIRE(a.offer().addChosen());
    CHECK(a.offer().answered());

    store::ReminderStore s(*a.f.db);
    std::vector<core::Reminder> all = s.loadAll();
    REQUIRE(all.size() == 5);
    auto byTitle = [&](const std::string& title) {
        for (const auto& r : all)
            if (r.title == title) return r;
        FAIL("missing " << title);
        return core::Reminder{};
    };
    core::Reminder smoke = byTitle("Test the smoke alarms");
    CHECK(smoke.rrule == "FREQ=MONTHLY;BYDAY=1SA");
    CHECK(smoke.dueAt == berlin(2025, 2, 1, 10));  // the first Saturday of February
    CHECK(byTitle("Replace the smoke alarm batteries").dueAt == berlin(2026, 1, 20, 10));
    CHECK(byTitle("Rotate stored water and food").dueAt == berlin(2025, 7, 20, 10));
    CHECK(byTitle("Rotate stored water and food").rrule == "FREQ=MONTHLY;INTERVAL=6");
    CHECK(byTitle("Practise an evacuation drill").dueAt == berlin(2025, 2, 3, 10));
    core::Reminder cert = byTitle("Renew your first-aid or CPR certificate");
    CHECK(cert.source == "certificate");
    CHECK(cert.dueAt == berlin(2025, 11, 1, 9));  // 60 days before 31 December
    CHECK(cert.notes == "Your certificate expires on " + core::formatDate(core::LocalDateTime{2025, 12, 31}) + ".");  // "Wed, 31 Dec 2025"

    // The offer stays answered after a restart; offered again, it leaves out what is there.
    a.f.restart();
    CHECK(a.f.app->upkeepOffer().answered());
    CHECK(a.f.app->upkeepOffer().choice().chosen == std::set<std::string>{"plan-review"});
}

TEST_CASE("a reminder that comes due while the app runs raises one alert and one notification") {
    BerlinApp a;
    std::vector<std::string> sent;
    std::vector<long long> sentIds;  // what a click on the notification opens
    a.rem().setNotificationSink([&](const std::string& title, const std::string&, long long reminderId) {
        sent.push_back(title);
        sentIds.push_back(reminderId);
    });
    long long id = a.add("Check the radio", "2025-01-20", "08:30", {});
    a.add("Already late", "2025-01-19", "08:30", {});
    a.rem().tick();
    CHECK(sent.empty());
    // The app wakes for it: the next change is the due time, within the minute.
    CHECK(a.rem().secondsUntilNextChange() <= 60.0);
    a.f.clock.set(berlin(2025, 1, 20, 8, 29) + std::chrono::seconds(30));
    CHECK(a.rem().secondsUntilNextChange() <= 30.0);
    a.f.clock.set(berlin(2025, 1, 20, 8, 30));
    a.rem().tick();
    REQUIRE(sent.size() == 1);
    CHECK(sent[0] == "Check the radio");
    CHECK(sentIds == std::vector<long long>{id});
    REQUIRE(a.rem().alerts().size() == 1);
    CHECK(a.rem().alerts()[0].reminderId == id);
    a.f.clock.advance(std::chrono::minutes(5));
    a.rem().tick();
    CHECK(sent.size() == 1);
    a.rem().dismissAlert(id);
    CHECK(a.rem().alerts().empty());
}

TEST_CASE("the due report lists overdue and today, one line each") {
    BerlinApp a;
    CHECK(a.rem().dueReport().empty());
    a.add("Test the smoke alarms", "2025-01-18", "10:00", {Repeat::Months, 1});
    a.add("Rotate water", "2025-01-20", "18:00", {});
    a.add("Later", "2025-03-01", "10:00", {});
    CHECK(a.rem().dueReport() == "Test the smoke alarms (Overdue · Sat, 18 Jan, 10:00)\nRotate water (Today, 18:00)\n");
}

TEST_CASE("the store's reminders survive a restart and keep their zone") {
    BerlinApp a;
    long long id = a.add("Water", "2025-03-01", "09:00", {Repeat::Months, 6});
    a.f.restart();
    core::Reminder r = a.get(id);
    CHECK(r.tzid == "Europe/Berlin");
    CHECK(r.start == at(2025, 3, 1));
    CHECK(r.rrule == "FREQ=MONTHLY;INTERVAL=6");
    CHECK(a.f.db->sql().execAndGet("SELECT dtstart FROM reminders").getString() == "20250301T090000");
}
