// The desktop's locale formats: ICU (see locale_formats.h).
#include <unicode/calendar.h>
#include <unicode/dtptngen.h>
#include <unicode/numfmt.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

#include <map>
#include <memory>

#include "core/locale_formats.h"

namespace core::locale_formats {
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

}  // namespace

void setLocale(const std::string& language, const std::string& country) {
    Formats& f = formats();
    f.language = language;
    f.country = country;
    f.dates.clear();
    f.numbers.reset();
    f.firstWeekday = -1;
}

std::string wallClock(double utcMilliseconds, const char* skeleton) {
    icu::UnicodeString text;
    dateFormat(skeleton)->format(utcMilliseconds, text);
    std::string out;
    text.toUTF8String(out);
    return out;
}

std::string integer(long long n) {
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
        int first = U_SUCCESS(status) ? static_cast<int>(calendar->getFirstDayOfWeek(status)) - UCAL_SUNDAY : 1;
        f.firstWeekday = U_SUCCESS(status) ? first : 1;
    }
    return f.firstWeekday;
}

}  // namespace core::locale_formats
