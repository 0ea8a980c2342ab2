#pragma once
// Which way a language is written: its screens and printed pages mirror when right to left.
#include <string_view>

namespace i18n {

// Whether a language (BCP 47: "ar", "fa-IR") is written right to left: Arabic, Hebrew, Persian,
// Urdu, ...
bool writtenRightToLeft(std::string_view language);

}  // namespace i18n
