#pragma once
// A day on the wall calendar, with no time or zone: expiry dates, drill dates. Stored and
// exchanged as "YYYY-MM-DD".
#include <compare>
#include <optional>
#include <string>
#include <string_view>

#include "core/clock.h"

namespace core {

struct CalendarDate {
    int year = 1970;
    int month = 1;  // 1..12
    int day = 1;    // 1..31

    auto operator<=>(const CalendarDate&) const = default;

    std::string iso() const;  // "2026-05-31"
    // Strict "YYYY-MM-DD" naming a real day (no 2026-02-30); nullopt otherwise.
    static std::optional<CalendarDate> parse(std::string_view text);

    CalendarDate plusDays(int days) const;
    // The same day n months later, or the month's last day when it is shorter (31 Jan + 1 = 28 Feb).
    CalendarDate plusMonths(int months) const;
    CalendarDate plusYears(int years) const { return plusMonths(years * 12); }
    // Days from this date to `later` (negative when later is earlier).
    int daysUntil(const CalendarDate& later) const;
};

// The date on the user's local calendar at time t.
CalendarDate localDate(TimePoint t);

}  // namespace core
