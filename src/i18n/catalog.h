#pragma once
// One language's UI strings, read from its gettext PO file (po/ar.po) when the language is chosen.
// The PO file is what translators and their tools (Poedit, Lokalize, msgmerge) edit, and it is
// read as it is: a new language is a new .po file beside the others, with nothing to compile.
// Fuzzy and untranslated entries are left out, so the English shows until a translator confirms.
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "i18n/plural_forms.h"

namespace i18n {

struct CatalogProblem {
    std::string file;
    int line = 0;  // 0: the whole file
    std::string message;
    std::string toString() const { return file + (line ? ":" + std::to_string(line) : "") + ": " + message; }
};

class Catalog {
public:
    Catalog() = default;  // English: every lookup gives its own id back
    // Reads a PO file. Entries it cannot read are reported with their line and left out.
    static Catalog read(const std::filesystem::path& file, std::vector<CatalogProblem>& problems);
    static Catalog parse(std::string_view text, const std::string& fileName, std::vector<CatalogProblem>& problems);

    // The translation of id in context ("" for none), or nullptr.
    const std::string* find(std::string_view context, std::string_view id) const;
    // The plural form for n, or nullptr when the entry is not translated.
    const std::string* findPlural(std::string_view context, std::string_view id, unsigned long n) const;
    const PluralForms& pluralForms() const { return plural_; }
    size_t size() const { return entries_.size(); }
    // A header field ("Language", "Language-Team", ...), "" when absent.
    std::string headerField(std::string_view name) const;

private:
    static std::string key(std::string_view context, std::string_view id);
    std::map<std::string, std::vector<std::string>, std::less<>> entries_;
    std::string header_;
    PluralForms plural_;
};

}  // namespace i18n
