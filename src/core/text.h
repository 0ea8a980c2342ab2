#pragma once
// Small text helpers shared by the lower layers.
#include <string>
#include <string_view>
#include <vector>

namespace core {

std::string toLower(std::string_view s);
std::vector<std::string> splitWords(std::string_view s);
// Characters, not bytes: "–" is one character.
size_t utf8Length(std::string_view s);
// Arabic as a search compares it: the hamza forms of alef (أ إ آ ٱ) as ا, ة as ه, ى as ي, ؤ as و,
// ئ as ي, and the short vowel marks and tatweel dropped, so "الامارات" finds "الإمارات".
std::string foldArabic(std::string_view s);
// Without leading and trailing spaces, tabs and line breaks.
std::string trim(std::string_view s);

// Marks English that core keeps as the id of a label (a field's name, a choice): core does no
// translating, the UI and the exports show it through i18n::tr(), and scripts/update-po extracts
// it for the translators. Nothing happens at run time.
constexpr const char* textId(const char* english) { return english; }

}  // namespace core
