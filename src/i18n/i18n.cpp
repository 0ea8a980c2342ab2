#include "i18n/i18n.h"

#include <algorithm>
#include <cstdlib>
#include <memory>

#include "core/date_format.h"
#include "i18n/direction.h"

namespace i18n {
namespace {
namespace fs = std::filesystem;

struct State {
    fs::path folder;
    std::string language = "en";
    Catalog catalog;
};
State& state() {
    static State s;
    return s;
}

// "ar_EG.UTF-8@latin" → "ar_EG"; "" for C and POSIX.
std::string localeName(std::string_view value) {
    std::string name(value.substr(0, value.find_first_of(".@")));
    if (name == "C" || name == "POSIX") return {};
    return name;
}

bool hasWords(const std::string& code) {
    if (code == "en" || code.rfind("en_", 0) == 0) return true;
    std::error_code ec;
    return fs::is_regular_file(state().folder / (code + ".po"), ec);
}

// The most specific name there are words for: "ar_EG" → "ar_EG.po" if there is one, else "ar".
std::string withWords(const std::string& name) {
    if (name.empty()) return {};
    if (hasWords(name)) return name.rfind("en", 0) == 0 ? "en" : name;
    std::string base = name.substr(0, name.find('_'));
    return hasWords(base) ? base : std::string{};
}
}  // namespace

void setCatalogFolder(const fs::path& folder) { state().folder = folder; }
const fs::path& catalogFolder() { return state().folder; }

std::vector<std::string> availableLanguages() {
    std::vector<std::string> languages;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(state().folder, ec))
        if (entry.path().extension() == ".po") languages.push_back(entry.path().stem().string());
    std::sort(languages.begin(), languages.end());
    languages.insert(languages.begin(), "en");
    return languages;
}

std::vector<CatalogProblem> setLanguage(const std::string& language) {
    std::vector<CatalogProblem> problems;
    State& s = state();
    std::string code = withWords(localeName(language));
    if (code.empty() || code == "en") {
        if (code.empty() && !language.empty() && language != "en")
            problems.push_back({(s.folder / (language + ".po")).string(), 0, "there are no words for this language; English is shown"});
        s.language = "en";
        s.catalog = Catalog{};
        core::setFormatLanguage("en");
        return problems;
    }
    s.catalog = Catalog::read(s.folder / (code + ".po"), problems);
    s.language = code;
    core::setFormatLanguage(code);
    return problems;
}

const std::string& language() { return state().language; }

bool writtenRightToLeft(std::string_view language) {
    std::string_view primary = language.substr(0, language.find_first_of("-_"));
    for (std::string_view rtl : {"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ps", "sd", "ug", "ur", "yi"})
        if (primary == rtl) return true;
    return false;
}

std::string languageFromLocale(const char* languageList, const char* lcAll, const char* lcMessages, const char* lang) {
    // LANGUAGE is consulted only when the locale is not C, as gettext does.
    const char* locale = lcAll && *lcAll ? lcAll : lcMessages && *lcMessages ? lcMessages : lang;
    std::string localeCode = locale ? localeName(locale) : std::string{};
    if (languageList && *languageList && !localeCode.empty()) {
        std::string_view list(languageList);
        while (!list.empty()) {
            size_t colon = list.find(':');
            std::string code = withWords(localeName(list.substr(0, colon)));
            if (!code.empty()) return code;
            list.remove_prefix(colon == std::string_view::npos ? list.size() : colon + 1);
        }
    }
    std::string code = withWords(localeCode);
    return code.empty() ? "en" : code;
}

std::string languageFromEnvironment() {
    return languageFromLocale(std::getenv("LANGUAGE"), std::getenv("LC_ALL"), std::getenv("LC_MESSAGES"), std::getenv("LANG"));
}

const char* tr(const char* english) {
    const std::string* found = state().catalog.find({}, english);
    return found ? found->c_str() : english;
}

const char* trc(const char* context, const char* english) {
    const std::string* found = state().catalog.find(context, english);
    return found ? found->c_str() : english;
}

std::string fillIn(std::string_view text, std::string_view name, std::string_view value) {
    std::string result(text);
    std::string token = "{" + std::string(name) + "}";
    for (size_t at = result.find(token); at != std::string::npos; at = result.find(token, at + value.size()))
        result.replace(at, token.size(), value);
    return result;
}

std::string trn(const char* singular, const char* plural, long long n) {
    unsigned long count = static_cast<unsigned long>(n < 0 ? -n : n);
    const std::string* found = state().catalog.findPlural({}, singular, count);
    std::string text = found ? *found : std::string(count == 1 ? singular : plural);
    std::string number = core::formatNumber(n);
    size_t at = text.find("%d");
    if (at != std::string::npos) text.replace(at, 2, number);
    return fillIn(text, "n", number);
}

std::string wording(const core::Wording& words) {
    std::string text = words.plural ? trn(words.key, words.plural, words.count) : std::string(tr(words.key));
    std::vector<core::Wording::Value> values = words.values;
    for (auto& v : values) {
        if (v.kind == core::Wording::Value::Kind::Key) v.text = tr(v.text.c_str());
        if (v.kind == core::Wording::Value::Kind::Number) v.text = core::formatNumber(std::stoll(v.text));
    }
    return core::fillInValues(std::move(text), values);
}

}  // namespace i18n
