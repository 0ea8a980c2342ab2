// Dates and times read the same on every screen: one format, from one function in core.
#include <doctest/doctest.h>

#include <cstdlib>
#include <ctime>

#include "core/date_format.h"
#include "core/recurrence.h"

TEST_CASE("a date reads as weekday, day, month and year, with the year left out in the current year") {
    CHECK(core::formatDate(core::CalendarDate{2026, 12, 3}) == "Thu, 3 Dec 2026");
    CHECK(core::formatDate(core::CalendarDate{2026, 12, 3}, 2026) == "Thu, 3 Dec");
    CHECK(core::formatDate(core::CalendarDate{2027, 1, 31}, 2026) == "Sun, 31 Jan 2027");
    CHECK(core::formatDate(core::CalendarDate{2028, 2, 29}) == "Tue, 29 Feb 2028");
    CHECK(core::formatTime(9, 5) == "09:05");
    CHECK(core::formatDateTime(core::CalendarDate{2026, 12, 3}, 18, 0, 2026) == "Thu, 3 Dec, 18:00");
}

TEST_CASE("reminders, checklist runs and incidents all write dates through the same format") {
    setenv("TZ", "Europe/London", 1);
    tzset();
    core::TimePoint t = core::toUtc({2026, 12, 3, 9, 30, 0}, "Europe/London");
    CHECK(core::formatDateTime(t, "Europe/London", t) == "Thu, 3 Dec, 09:30");
    CHECK(core::formatDate({2026, 12, 3, 9, 30, 0}) == "Thu, 3 Dec 2026");
    CHECK(core::formatDateTime(t) == "Thu, 3 Dec 2026, 09:30");
    CHECK(core::formatTimeNear(t, t + std::chrono::hours(2)) == "09:30");
    CHECK(core::formatTimeNear(t, t + std::chrono::hours(48)) == "Thu, 3 Dec, 09:30");
    unsetenv("TZ");
    tzset();
}
