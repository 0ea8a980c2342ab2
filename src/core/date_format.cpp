#include "core/date_format.h"

#include <unicode/calendar.h>
#include <unicode/datefmt.h>
#include <unicode/dtptngen.h>
#include <unicode/numfmt.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <map>
#include <memory>

namespace core {
namespace {

// The ICU locale and a formatter per pattern skeleton, made once per locale: making one costs
// tens of microseconds, a screen of reminders formats dozens of dates every frame it lays out.
struct Formats {
    std::string language = "en";
    std::string country;
    std::map<std::string, std::unique_ptr<icu::SimpleDateFormat>> dates;
    std::unique_ptr<icu::NumberFormat> numbers;
    int firstWeekday = -1;  // not looked up yet

    icu::Locale locale() const {
        // International English when no country is chosen: day before month, no US order.
        std::string region = country.empty() && language == "en" ? std::string("001") : country;
        std::string name = region.empty() ? language : language + "_" + region;
        return icu::Locale::createCanonical((name + "@numbers=latn").c_str());
    }
    void clear() {
        dates.clear();
        numbers.reset();
        firstWeekday = -1;
    }
};
Formats& formats() {
    static Formats f;
    return f;
}

icu::SimpleDateFormat* dateFormat(const char* skeleton) {
    Formats& f = formats();
    auto& slot = f.dates[skeleton];
    if (!slot) {
        UErrorCode status = U_ZERO_ERROR;
        icu::Locale locale = f.locale();
        std::unique_ptr<icu::DateTimePatternGenerator> generator(icu::DateTimePatternGenerator::createInstance(locale, status));
        icu::UnicodeString pattern = U_SUCCESS(status) ? generator->getBestPattern(skeleton, status) : icu::UnicodeString(skeleton);
        slot = std::make_unique<icu::SimpleDateFormat>(pattern, locale, status);
        slot->adoptTimeZone(icu::TimeZone::createTimeZone("UTC"));  // the parts given are already local
    }
    return slot.get();
}

// A wall-clock date and time (the caller's zone already applied) through one skeleton.
std::string formatParts(const CalendarDate& day, int hour, int minute, int second, const char* skeleton) {
    namespace chr = std::chrono;
    chr::year_month_day ymd{chr::year{day.year}, chr::month{static_cast<unsigned>(day.month)}, chr::day{static_cast<unsigned>(day.day)}};
    double days = chr::sys_days{ymd}.time_since_epoch().count();
    UDate when = ((days * 24 + hour) * 60 + minute) * 60000.0 + second * 1000.0;
    icu::UnicodeString text;
    dateFormat(skeleton)->format(when, text);
    std::string out;
    text.toUTF8String(out);
    return out;
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
    formats().language = language.empty() ? "en" : language;
    formats().clear();
}

void setFormatCountry(const std::string& country) {
    formats().country = country;
    formats().clear();
}

std::string formatNumber(long long n) {
    Formats& f = formats();
    if (!f.numbers) {
        UErrorCode status = U_ZERO_ERROR;
        f.numbers.reset(icu::NumberFormat::createInstance(f.locale(), status));
        if (U_FAILURE(status)) return std::to_string(n);
    }
    icu::UnicodeString text;
    f.numbers->format(static_cast<int64_t>(n), text);
    std::string out;
    text.toUTF8String(out);
    return out;
}

int firstWeekday() {
    Formats& f = formats();
    if (f.firstWeekday < 0) {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Calendar> calendar(icu::Calendar::createInstance(f.locale(), status));
        f.firstWeekday = U_SUCCESS(status) ? static_cast<int>(calendar->getFirstDayOfWeek(status)) - UCAL_SUNDAY : 1;
        if (U_FAILURE(status)) f.firstWeekday = 1;
    }
    return f.firstWeekday;
}

std::string formatDayMonth(const CalendarDate& day) { return formatParts(day, 0, 0, 0, "dMMM"); }
std::string formatMonth(const CalendarDate& day, bool withYear) { return formatParts(day, 0, 0, 0, withYear ? "MMMy" : "MMM"); }
std::string formatWeekday(int weekday) { return formatParts(CalendarDate{2026, 11, 29}.plusDays(weekday), 0, 0, 0, "EEEE"); }

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
