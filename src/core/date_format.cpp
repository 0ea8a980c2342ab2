#include "core/date_format.h"

#include <chrono>
#include <cstdio>
#include <ctime>

namespace core {
namespace {
const char* const kWeekdays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

std::tm localParts(TimePoint t) {
    std::time_t seconds = std::chrono::system_clock::to_time_t(t);
    std::tm local{};
    localtime_r(&seconds, &local);
    return local;
}
}  // namespace

std::string formatDate(const CalendarDate& day, int currentYear) {
    namespace chr = std::chrono;
    chr::year_month_day ymd{chr::year{day.year}, chr::month{static_cast<unsigned>(day.month)}, chr::day{static_cast<unsigned>(day.day)}};
    unsigned weekday = chr::weekday{chr::sys_days{ymd}}.c_encoding();
    std::string text = std::string(kWeekdays[weekday]) + " " + std::to_string(day.day) + " " + kMonths[(day.month + 11) % 12];
    if (day.year != currentYear) text += " " + std::to_string(day.year);
    return text;
}

std::string formatTime(int hour, int minute) {
    char text[8];
    std::snprintf(text, sizeof text, "%02d:%02d", hour % 100, minute % 100);
    return text;
}

std::string formatDateTime(const CalendarDate& day, int hour, int minute, int currentYear) {
    return formatDate(day, currentYear) + ", " + formatTime(hour, minute);
}

std::string formatDate(TimePoint t, int currentYear) { return formatDate(localDate(t), currentYear); }

std::string formatTime(TimePoint t) {
    std::tm local = localParts(t);
    return formatTime(local.tm_hour, local.tm_min);
}

std::string formatDateTime(TimePoint t, int currentYear) {
    std::tm local = localParts(t);
    return formatDateTime({local.tm_year + 1900, local.tm_mon + 1, local.tm_mday}, local.tm_hour, local.tm_min, currentYear);
}

std::string formatTimeNear(TimePoint t, TimePoint day) {
    if (localDate(t) == localDate(day)) return formatTime(t);
    return formatDateTime(t, localYear(day));
}

int localYear(TimePoint t) { return localParts(t).tm_year + 1900; }

}  // namespace core
