#pragma once
// How the locale writes a date, a time and a number, behind one small interface: ICU on the desktop
// (core/icu_formats.cpp), the browser's Intl on the web (platform/web/intl_formats.cpp), which has
// the same CLDR data inside and spares the download of ICU's. date_format.cpp decides what to show.
#include <string>

namespace core::locale_formats {

// The UI language ("en", "ar") and the country ("GB", "" for none) the formats follow; a change
// drops the formatters made for the previous ones.
void setLocale(const std::string& language, const std::string& country);

// A wall-clock moment, given as milliseconds since 1970 read as UTC (the caller's zone is already
// applied), through an ICU date skeleton: "EEEdMMMy", "dMMMMy", "HHmm", "HHmmss", "EEEdMMMyHHmm", ...
// Western digits in every language; a 24-hour clock.
std::string wallClock(double utcMilliseconds, const char* skeleton);

// 1234567 → "1,234,567" in English, "1.234.567" in German; Western digits.
std::string integer(long long n);

// The first day of the locale's week: 0 Sunday, 1 Monday, ... 6 Saturday.
int firstWeekday();

}  // namespace core::locale_formats
