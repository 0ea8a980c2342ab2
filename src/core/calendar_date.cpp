#include "core/calendar_date.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>

namespace core {
namespace {

namespace chr = std::chrono;

chr::year_month_day toYmd(const CalendarDate& d) {
    return chr::year{d.year} / chr::month{static_cast<unsigned>(d.month)} / chr::day{static_cast<unsigned>(d.day)};
}

CalendarDate fromYmd(const chr::year_month_day& ymd) {
    return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
            static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

}  // namespace

std::string CalendarDate::iso() const {
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
    return text;
}

std::optional<CalendarDate> CalendarDate::parse(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    auto number = [&](size_t from, size_t count) {
        int value = 0;
        for (size_t i = from; i < from + count; ++i) {
            if (text[i] < '0' || text[i] > '9') return -1;
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    CalendarDate d{number(0, 4), number(5, 2), number(8, 2)};
    if (d.year < 1 || d.month < 1 || d.day < 1) return std::nullopt;
    if (!toYmd(d).ok()) return std::nullopt;
    return d;
}

CalendarDate CalendarDate::plusDays(int days) const {
    return fromYmd(chr::year_month_day{chr::sys_days{toYmd(*this)} + chr::days{days}});
}

CalendarDate CalendarDate::plusMonths(int months) const {
    chr::year_month_day ymd = toYmd(*this);
    chr::year_month ym = chr::year_month{ymd.year(), ymd.month()} + chr::months{months};
    chr::day last = chr::year_month_day_last{ym.year(), chr::month_day_last{ym.month()}}.day();
    return fromYmd(ym / std::min(ymd.day(), last));
}

int CalendarDate::daysUntil(const CalendarDate& later) const {
    return static_cast<int>((chr::sys_days{toYmd(later)} - chr::sys_days{toYmd(*this)}).count());
}

CalendarDate localDate(TimePoint t) {
    std::time_t seconds = std::chrono::system_clock::to_time_t(t);
    std::tm local{};
    localtime_r(&seconds, &local);
    return {local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

}  // namespace core
