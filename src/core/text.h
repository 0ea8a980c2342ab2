#pragma once
// Small text helpers shared by the lower layers.
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"

namespace core {

std::string toLower(std::string_view s);
std::vector<std::string> splitWords(std::string_view s);
// "1:05", "12:30", "1:02:03" for a duration in whole seconds.
std::string formatDuration(long long seconds);
// Characters, not bytes: "–" is one character.
size_t utf8Length(std::string_view s);
// Arabic as a search compares it: the hamza forms of alef (أ إ آ ٱ) as ا, ة as ه, ى as ي, ؤ as و,
// ئ as ي, and the short vowel marks and tatweel dropped, so "الامارات" finds "الإمارات".
std::string foldArabic(std::string_view s);
// Without leading and trailing spaces, tabs and line breaks.
std::string trim(std::string_view s);
// "2026-09-21T10:15:00.123Z": UTC, millisecond precision, for exports other programs read.
std::string isoUtc(TimePoint t);

}  // namespace core
