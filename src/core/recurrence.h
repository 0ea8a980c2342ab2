#pragma once
// Wall-clock times in a named time zone, and repeat rules as RFC 5545 RRULEs. libical does the
// calendar work (iterating rules, time-zone data, day arithmetic); nothing here hand-rolls dates.
//
// Why a time is kept as local wall time plus a TZID: "every month at 09:00" means 09:00 on the
// wall clock, before and after a DST change, so a rule is expanded in local time and each
// occurrence is then resolved to UTC in its zone. Resolution follows RFC 5545 §3.3.5: a local
// time that does not exist (inside a spring-forward gap) is read with the offset before the gap,
// and one that happens twice (fall-back) means the first of the two.
#include <compare>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "core/clock.h"

namespace core {

struct LocalDateTime {
    int year = 1970, month = 1, day = 1;  // month 1-12
    int hour = 0, minute = 0, second = 0;
    auto operator<=>(const LocalDateTime&) const = default;

    std::string toICal() const;                         // "20250131T090000"
    static std::optional<LocalDateTime> fromICal(std::string_view text);
    std::string isoDate() const;                         // "2025-01-31"
    std::string hhmm() const;                            // "09:00"
};

// "2025-01-31" and "9:00" / "09:00" as a person types them; nullopt when not a real date or time.
std::optional<LocalDateTime> parseIsoDate(std::string_view text);
std::optional<LocalDateTime> parseDateAndTime(std::string_view date, std::string_view time);
std::optional<std::pair<int, int>> parseHourMinute(std::string_view time);  // hour, minute

bool isKnownTimeZone(const std::string& tzid);
// UTC for the zones libical does not know, so a bad TZ never stops the app.
std::string knownTimeZoneOr(const std::string& tzid);

TimePoint toUtc(const LocalDateTime& local, const std::string& tzid);
LocalDateTime toLocal(TimePoint t, const std::string& tzid);
LocalDateTime addDays(const LocalDateTime& local, int days);  // calendar days, same wall time
int dayOfWeek(const LocalDateTime& local);                    // 0 = Sunday … 6 = Saturday
int daysInMonth(int month, int year);

// Midnight today and tomorrow where the user is, for "due today" (a day may be 23 or 25 hours).
struct DayBounds {
    TimePoint startOfToday;
    TimePoint startOfTomorrow;
};
DayBounds dayBounds(TimePoint now, const std::string& tzid);

// The repeat choices the editor offers. Each builds one RRULE.
enum class Repeat { Never, Days, Weeks, Months, Years, WeekdayOfMonth };

struct Recurrence {
    Repeat repeat = Repeat::Never;
    int interval = 1;     // every N days/weeks/months/years (WeekdayOfMonth: every N months)
    int weekOfMonth = 1;  // WeekdayOfMonth: 1-4, or -1 for the last
    int weekday = 6;      // WeekdayOfMonth: 0 = Sunday … 6 = Saturday
    bool operator==(const Recurrence&) const = default;

    static constexpr int kMaxInterval = 999;
};

// The RRULE value (without "RRULE:") for a recurrence starting at `start`; "" for Never.
// Monthly and yearly rules that start on a day some months lack (29-31, or 29 February) fall on
// the last day of the shorter months, written in plain RFC 5545 (BYMONTHDAY=31,-1;BYSETPOS=1), so
// "monthly on the 31st" does not silently skip five months a year and every calendar reads it.
std::string toRRule(const Recurrence& recurrence, const LocalDateTime& start);
// The editor's choice behind an RRULE this app wrote; nullopt for a rule it cannot show as one.
// The values are what a description is made of (app/reminder_text.h words them).
std::optional<Recurrence> recurrenceFromRRule(const std::string& rrule);
bool isValidRRule(const std::string& rrule);

// The first occurrence at or after `start` (a weekday-of-month rule may not hit `start` itself).
// `start` itself for "" (no repeat).
LocalDateTime firstOccurrence(const std::string& rrule, const LocalDateTime& start);
// The first occurrence strictly after `after`, of the rule anchored at dtstart in tzid; nullopt
// when there is none (no repeat and dtstart is not after `after`).
std::optional<TimePoint> nextOccurrenceAfter(const std::string& rrule, const LocalDateTime& dtstart,
                                             const std::string& tzid, TimePoint after);

}  // namespace core
