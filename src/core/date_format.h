#pragma once
// Every date, time, duration and count Steadfast writes goes through here: on the screens, in the
// printed plan, in the incident log, in file names and in exports. ICU formats them: the words
// (day and month names) follow the UI language, the order and punctuation follow the country
// (ICU's locale language_COUNTRY: "Thu, 3 Dec 2026" in Britain, "Thu, Dec 3, 2026" in the US,
// "الخميس، 3 ديسمبر 2026" in Arabic). The weekday is always there and the month is a word,
// so no date reads as 03/12 in one country and 12/03 in another; times use a 24-hour clock
// ("09:00"); digits are Western ("0-9") in every language, as the content writes them. Dates the
// user types stay ISO 8601 ("2026-12-03"). Before any language or country is set: international
// English ("Thu, 3 Dec 2026").
#include <string>

#include "core/calendar_date.h"
#include "core/clock.h"
#include "core/recurrence.h"

namespace core {

// The UI language ("en", "ar") and the country ("GB", "" for none) the formats follow.
void setFormatLanguage(const std::string& language);
void setFormatCountry(const std::string& country);

// The day weeks start on where the user is (0 Sunday … 6 Saturday): Monday in Britain and with
// no country, Sunday in the US, Saturday in much of the Arab world.
int firstWeekday();

// 1234567 → "1,234,567" in English, "1.234.567" in German, "1,234,567" in Arabic (Western digits).
std::string formatNumber(long long n);

// "Thu, 3 Dec 2026"; "Thu, 3 Dec" when the year is currentYear (0: always with the year).
std::string formatDate(const CalendarDate& day, int currentYear = 0);
// "3 December 2026" (the country's order): the long form, for a date that stands alone (when a guide was checked).
std::string formatLongDate(const CalendarDate& day);
// Short forms for the axis of a chart: "3 Dec", "Dec" or "Dec 2026".
std::string formatDayMonth(const CalendarDate& day);
std::string formatMonth(const CalendarDate& day, bool withYear);
// "09:00"
std::string formatTime(int hour, int minute);
// "Thu, 3 Dec 2026, 09:00" (the year left out as in formatDate).
std::string formatDateTime(const CalendarDate& day, int hour, int minute, int currentYear = 0);

// A moment on the device's local clock, in the formats above.
std::string formatDate(TimePoint t, int currentYear = 0);
std::string formatTime(TimePoint t);
std::string formatTimeWithSeconds(TimePoint t);  // "14:03:12", for the incident log
std::string formatDateTime(TimePoint t, int currentYear = 0);
// The time alone when t is on the same local day as `day`, else the date and time ("Wed, 4 Mar, 09:02").
std::string formatTimeNear(TimePoint t, TimePoint day);
int localYear(TimePoint t);

// A wall-clock time in a named zone (reminders keep their own).
std::string formatDate(const LocalDateTime& local);  // "Tue, 3 Mar 2026"
std::string formatDateTime(const LocalDateTime& local, int currentYear);
// t in zone tzid; the year is left out when it is the year of `now` there.
std::string formatDateTime(TimePoint t, const std::string& tzid, TimePoint now);

// The weekday's name in the UI language (0 = Sunday … 6 = Saturday): "Saturday", "السبت".
std::string weekdayName(int weekday);

// "1:05", "12:30", "1:02:03" for a duration in whole seconds.
std::string formatDuration(long long seconds);

// For other programs and file names, not for reading.
std::string formatIsoUtc(TimePoint t);     // "2026-09-21T10:15:00.123Z": UTC, milliseconds
std::string formatFileStamp(TimePoint t);  // "2026-12-03-093000": local, sorts by time in a folder

}  // namespace core
