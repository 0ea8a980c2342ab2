// Dates, numbers and language names in the browser: its Intl (the same CLDR data ICU has), behind
// the interfaces the desktop fills with ICU (core/locale_formats.h, i18n::nativeName). Shipping
// ICU's data to the browser would cost megabytes the browser already has.
#include <emscripten.h>

#include <cstdlib>
#include <memory>
#include <string>

#include "core/locale_formats.h"
#include "i18n/i18n.h"

namespace {
// The first day of the week as the browser's CLDR data gives it (Intl.Locale weekInfo: 1 Monday …
// 7 Sunday); Monday where the browser does not say.
EM_JS(int, intl_first_weekday, (const char* locale), {
    try {
        const l = new Intl.Locale(UTF8ToString(locale));
        const info = l.weekInfo || (l.getWeekInfo && l.getWeekInfo());
        if (info && info.firstDay) return info.firstDay % 7;
    } catch (e) {}
    return 1;
});

// An ICU skeleton's fields as Intl.DateTimeFormat options, in the locale ("en-001" when English has
// no country: day before month, as the desktop), on a 24-hour clock with Western digits.
// clang-format off
EM_JS(char*, intl_wall_clock, (const char* locale, double ms, const char* skeleton), {
    const s = UTF8ToString(skeleton);
    const options = { timeZone: "UTC", numberingSystem: "latn", hourCycle: "h23" };
    if (s.includes("EEE")) options.weekday = "short";
    if (s.includes("d")) options.day = "numeric";
    if (s.includes("MMMM")) options.month = "long"; else if (s.includes("MMM")) options.month = "short";
    if (s.includes("y")) options.year = "numeric";
    if (s.includes("HH")) options.hour = "2-digit";
    if (s.includes("mm")) options.minute = "2-digit";
    if (s.includes("ss")) options.second = "2-digit";
    const key = UTF8ToString(locale) + "|" + s;
    Module.intlFormats = Module.intlFormats || new Map();
    let format = Module.intlFormats.get(key);
    if (!format) {
        format = new Intl.DateTimeFormat(UTF8ToString(locale), options);
        Module.intlFormats.set(key, format);
    }
    const text = format.format(new Date(ms));
    const size = lengthBytesUTF8(text) + 1;
    const out = _malloc(size);
    stringToUTF8(text, out, size);
    return out;
});

EM_JS(char*, intl_integer, (const char* locale, double n), {
    const text = new Intl.NumberFormat(UTF8ToString(locale), { numberingSystem: "latn", maximumFractionDigits: 0 }).format(n);
    const size = lengthBytesUTF8(text) + 1;
    const out = _malloc(size);
    stringToUTF8(text, out, size);
    return out;
});

EM_JS(char*, intl_language_name, (const char* language), {
    const code = UTF8ToString(language);
    let text = "";
    try { text = new Intl.DisplayNames([code], { type: "language" }).of(code) || ""; } catch (e) {}
    // A list of choices starts each with a capital, as the languages' own menus do.
    if (text) text = text.charAt(0).toLocaleUpperCase(code) + text.slice(1);
    const size = lengthBytesUTF8(text) + 1;
    const out = _malloc(size);
    stringToUTF8(text, out, size);
    return out;
});
// clang-format on

std::string taken(char* text) {
    std::unique_ptr<char, decltype(&std::free)> owned(text, &std::free);
    return owned.get();
}

std::string& currentLocale() {
    static std::string locale = "en-001";
    return locale;
}

}  // namespace

namespace core::locale_formats {

void setLocale(const std::string& language, const std::string& country) {
    std::string region = country.empty() && language == "en" ? std::string("001") : country;
    currentLocale() = region.empty() ? language : language + "-" + region;
}

std::string wallClock(double utcMilliseconds, const char* skeleton) {
    return taken(intl_wall_clock(currentLocale().c_str(), utcMilliseconds, skeleton));
}

std::string integer(long long n) { return taken(intl_integer(currentLocale().c_str(), static_cast<double>(n))); }

int firstWeekday() { return intl_first_weekday(currentLocale().c_str()); }

}  // namespace core::locale_formats

namespace i18n {

std::string nativeName(const std::string& language) {
    std::string name = taken(intl_language_name(language.c_str()));
    return name.empty() ? language : name;
}

}  // namespace i18n
