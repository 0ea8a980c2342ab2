#include "core/date_format.h"

#include <chrono>
#include <cstdio>
#include <ctime>

#include "core/locale_formats.h"

namespace core {
namespace {

// A wall-clock date and time (the caller's zone already applied) through one skeleton.
std::string formatParts(const CalendarDate& day, int hour, int minute, int second, const char* skeleton) {
    namespace chr = std::chrono;
    chr::year_month_day ymd{chr::year{day.year}, chr::month{static_cast<unsigned>(day.month)}, chr::day{static_cast<unsigned>(day.day)}};
    double days = chr::sys_days{ymd}.time_since_epoch().count();
    return locale_formats::wallClock(((days * 24 + hour) * 60 + minute) * 60000.0 + second * 1000.0, skeleton);
}

// The language and country last set: either setter keeps the other.
struct Locale {
    std::string language = "en";
    std::string country;
};
Locale& currentLocale() {
    static Locale locale;
    return locale;
}

std::tm localParts(TimePoint t) {
    std::time_t seconds = std::chrono::system_clock::to_time_t(t);
    std::tm local{};
    localtime_r(&seconds, &local);
    return local;
}

CalendarDate dayOf(const std::tm& local) { return {local.tm_year + 1900, local.tm_mon + 1, local.tm_mday}; }
}  // namespace

void setFormatLanguage(const std::string& language) {
    currentLocale().language = language.empty() ? "en" : language;
    locale_formats::setLocale(currentLocale().language, currentLocale().country);
}

void setFormatCountry(const std::string& country) {
    currentLocale().country = country;
    locale_formats::setLocale(currentLocale().language, currentLocale().country);
}

std::string formatNumber(long long n) { return locale_formats::integer(n); }

int firstWeekday() { return locale_formats::firstWeekday(); }

std::string formatDayMonth(const CalendarDate& day) { return formatParts(day, 0, 0, 0, "dMMM"); }
std::string formatMonth(const CalendarDate& day, bool withYear) { return formatParts(day, 0, 0, 0, withYear ? "MMMy" : "MMM"); }

std::string formatDate(const CalendarDate& day, int currentYear) {
    if (day.month < 1 || day.month > 12) return day.iso();
    return formatParts(day, 0, 0, 0, day.year == currentYear ? "EEEdMMM" : "EEEdMMMy");
}

std::string formatLongDate(const CalendarDate& day) {
    if (day.month < 1 || day.month > 12) return day.iso();
    return formatParts(day, 0, 0, 0, "dMMMMy");
}

std::string formatTime(int hour, int minute) { return formatParts({2000, 1, 1}, hour % 24, minute % 60, 0, "HHmm"); }

std::string formatDateTime(const CalendarDate& day, int hour, int minute, int currentYear) {
    if (day.month < 1 || day.month > 12) return day.iso() + " " + formatTime(hour, minute);
    return formatParts(day, hour % 24, minute % 60, 0, day.year == currentYear ? "EEEdMMMHHmm" : "EEEdMMMyHHmm");
}

std::string formatDate(TimePoint t, int currentYear) { return formatDate(localDate(t), currentYear); }

std::string formatTime(TimePoint t) {
    std::tm local = localParts(t);
    return formatTime(local.tm_hour, local.tm_min);
}

std::string formatTimeWithSeconds(TimePoint t) {
    std::tm local = localParts(t);
    return formatParts(dayOf(local), local.tm_hour, local.tm_min, local.tm_sec % 60, "HHmmss");
}

std::string formatDateTime(TimePoint t, int currentYear) {
    std::tm local = localParts(t);
    return formatDateTime(dayOf(local), local.tm_hour, local.tm_min, currentYear);
}

std::string formatTimeNear(TimePoint t, TimePoint day) {
    if (localDate(t) == localDate(day)) return formatTime(t);
    return formatDateTime(t, localYear(day));
}

int localYear(TimePoint t) { return localParts(t).tm_year + 1900; }

std::string formatDate(const LocalDateTime& l) { return formatDate(CalendarDate{l.year, l.month, l.day}); }

std::string formatDateTime(const LocalDateTime& l, int currentYear) {
    return formatDateTime(CalendarDate{l.year, l.month, l.day}, l.hour, l.minute, currentYear);
}

std::string formatDateTime(TimePoint t, const std::string& tzid, TimePoint now) {
    return formatDateTime(toLocal(t, tzid), toLocal(now, tzid).year);
}

std::string weekdayName(int weekday) {
    // 1 January 2023 was a Sunday.
    return formatParts({2023, 1, 1 + std::clamp(weekday, 0, 6)}, 0, 0, 0, "EEEE");
}

std::string formatDuration(long long seconds) {
    bool negative = seconds < 0;
    if (negative) seconds = -seconds;
    long long h = seconds / 3600, m = (seconds / 60) % 60, s = seconds % 60;
    char buf[32];
    if (h > 0)
        std::snprintf(buf, sizeof buf, "%s%lld:%02lld:%02lld", negative ? "-" : "", h, m, s);
    else
        std::snprintf(buf, sizeof buf, "%s%lld:%02lld", negative ? "-" : "", m, s);
    return buf;
}

std::string formatIsoUtc(TimePoint t) {
    long long ms = toEpochMs(t);
    long long secs = ms >= 0 ? ms / 1000 : (ms - 999) / 1000;  // floor, so times before 1970 stay right
    int millis = static_cast<int>(ms - secs * 1000);
    std::time_t tt = static_cast<std::time_t>(secs);
    std::tm tm{};
    gmtime_r(&tt, &tm);
    char buf[96];  // room for any int the compiler can imagine in each field
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
                  tm.tm_min, tm.tm_sec, millis);
    return buf;
}

std::string formatFileStamp(TimePoint t) {
    std::tm local = localParts(t);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%d-%H%M%S", &local);
    return buf;
}

}  // namespace core
