// A language's name in itself, from ICU on the desktop (the web build asks the browser's Intl:
// platform/web/intl_formats.cpp).
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "i18n/i18n.h"

namespace i18n {

std::string nativeName(const std::string& language) {
    icu::Locale locale(language.c_str());
    icu::UnicodeString name;
    locale.getDisplayName(locale, name);
    std::string text;
    name.toUTF8String(text);
    // ICU writes a language's own name in lower case where the language does ("français"); a
    // list of choices starts each with a capital, as the languages' own menus do.
    icu::UnicodeString first(name, 0, 1);
    if (!name.isEmpty() && first.toUpper(locale) != icu::UnicodeString(name, 0, 1)) {
        icu::UnicodeString titled = first + icu::UnicodeString(name, 1);
        text.clear();
        titled.toUTF8String(text);
    }
    return text.empty() ? language : text;
}

}  // namespace i18n
