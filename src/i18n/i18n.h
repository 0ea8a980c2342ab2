#pragma once
// The UI's words in the user's language: the one place English becomes the text a user reads.
//
// Sources mark what a user reads with tr("Start"), trc("verb", "Check") and
// trn("%d item", "%d items", n); scripts/update-po extracts them with xgettext into
// po/steadfast.pot, and po/<language>.po holds a language's translations. The English words are
// the ids: a string with no translation (or a fuzzy one) shows in English. A widget's id is never
// its label, so a translated label changes no id a test or saved state depends on.
//
// The language is process-wide, like the text engine's direction: chosen at start (the setting,
// else --lang, else the system locale) and when the user picks another in Settings.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/text.h"
#include "i18n/catalog.h"

namespace i18n {

// Where the .po files are (po/ in the source tree, share/steadfast/po when installed).
void setCatalogFolder(const std::filesystem::path& folder);
const std::filesystem::path& catalogFolder();

// The languages there are words for: "en" first, then one per .po file, by code.
std::vector<std::string> availableLanguages();
// A language's name in its own words ("English", "العربية"), for the list in Settings.
std::string nativeName(const std::string& language);

// Makes `language` ("en", "ar", "ar_EG") the UI language; its PO file is read now. Returns the
// problems found in it (file:line); what could be read is used. A language with no .po file
// gives English words and is reported as a problem.
std::vector<CatalogProblem> setLanguage(const std::string& language);
const std::string& language();  // "en" until chosen

// The language to start in from the environment, as gettext reads it: LANGUAGE (a list, the first
// one there are words for), else LC_ALL, LC_MESSAGES, LANG ("ar_EG.UTF-8" → "ar"); "en" when none
// names a language there are words for. "C" and "POSIX" mean English.
std::string languageFromEnvironment();
// The same for given values (for tests).
std::string languageFromLocale(const char* languageList, const char* lcAll, const char* lcMessages, const char* lang);

// ---- The markers xgettext looks for (see scripts/update-po)

// The words in the UI language.
const char* tr(const char* english);
// The same, where one English word has two meanings ("Open" a file, "Open" as a state).
const char* trc(const char* context, const char* english);
// The form for count n ("%d item" / "%d items" in English; six forms in Arabic), with %d or {n}
// replaced by n as the language writes numbers.
std::string trn(const char* singular, const char* plural, long long n);
// Replaces {name} in a translated text by value: tr gives the sentence, this fills it, so a
// language can put the value where its grammar wants it.
std::string fillIn(std::string_view text, std::string_view name, std::string_view value);
// What core or content returned as a key and values, in the UI language: the key (or its plural
// form for the count) translated, then filled in.
std::string wording(const core::Wording& words);

}  // namespace i18n
