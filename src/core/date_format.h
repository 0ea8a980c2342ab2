#pragma once
// How dates and times are written for the user, on every screen and in the printed plan. Every
// date the user reads goes through formatDate, so the format is one and can follow the user's
// locale in one place. For now it is English with the weekday and the day before the month
// ("Thu 3 Dec 2026") and a 24-hour clock ("09:00"): unambiguous wherever the user is, unlike
// 03/12/2026. Dates the user types stay ISO 8601 ("2026-12-03").
#include <string>

#include "core/calendar_date.h"
#include "core/clock.h"

namespace core {

// "Thu 3 Dec 2026"; "Thu 3 Dec" when the year is currentYear (0: always with the year).
std::string formatDate(const CalendarDate& day, int currentYear = 0);
// "09:00"
std::string formatTime(int hour, int minute);
// "Thu 3 Dec 2026, 09:00" (the year left out as in formatDate).
std::string formatDateTime(const CalendarDate& day, int hour, int minute, int currentYear = 0);

// A moment on the device's local clock, in the formats above.
std::string formatDate(TimePoint t, int currentYear = 0);
std::string formatTime(TimePoint t);
std::string formatDateTime(TimePoint t, int currentYear = 0);
// The time alone when t is on the same local day as `day`, else the date and time ("Wed 4 Mar, 09:02").
std::string formatTimeNear(TimePoint t, TimePoint day);
int localYear(TimePoint t);

}  // namespace core
