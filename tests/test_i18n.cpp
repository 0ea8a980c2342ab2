// The UI's words in the user's language: PO catalogues read at run time, Arabic's six plural
// forms, dates and numbers through ICU, and the language chosen from the environment, --lang and
// Settings (kept in the database).
#include <doctest/doctest.h>

#include <unicode/plurrule.h>

#include <algorithm>
#include <cstdlib>
#include <optional>

#include "core/date_format.h"
#include "i18n/i18n.h"
#include "platform/headless.h"
#include "store/settings_store.h"
#include "support.h"

using namespace test;

namespace {

const char* const kArabicPluralForms =
    "Plural-Forms: nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5;\n";

// The locale variables set for one test and put back after it.
class Environment {
public:
    Environment(std::initializer_list<std::pair<const char*, const char*>> values) {
        for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
            const char* old = std::getenv(name);
            saved_.push_back({name, old ? std::optional<std::string>(old) : std::nullopt});
            unsetenv(name);
        }
        for (const auto& [name, value] : values) setenv(name, value, 1);
    }
    ~Environment() {
        for (const auto& [name, value] : saved_) {
            if (value)
                setenv(name.c_str(), value->c_str(), 1);
            else
                unsetenv(name.c_str());
        }
    }

private:
    std::vector<std::pair<std::string, std::optional<std::string>>> saved_;
};

using test::ShippedCatalogues;

}  // namespace

TEST_CASE("Arabic plural forms: 0, 1, 2, 3, 11 and 100 each take their own form") {
    auto forms = i18n::PluralForms::parse(kArabicPluralForms);
    REQUIRE(forms);
    CHECK(forms->count() == 6);
    CHECK(forms->index(0) == 0);
    CHECK(forms->index(1) == 1);
    CHECK(forms->index(2) == 2);
    CHECK(forms->index(3) == 3);
    CHECK(forms->index(10) == 3);
    CHECK(forms->index(11) == 4);
    CHECK(forms->index(99) == 4);
    CHECK(forms->index(100) == 5);
    CHECK(forms->index(102) == 5);
    CHECK(forms->index(103) == 3);
    CHECK(forms->index(111) == 4);
}

TEST_CASE("the Arabic rule in po/ar.po agrees with ICU's CLDR plural categories for every count to 10000") {
    ShippedCatalogues shipped;
    std::vector<i18n::CatalogProblem> problems;
    i18n::Catalog ar = i18n::Catalog::read(fs::path(STEADFAST_SOURCE_PO_DIR) / "ar.po", problems);
    CHECK(problems.empty());
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::PluralRules> rules(icu::PluralRules::forLocale(icu::Locale("ar"), status));
    REQUIRE(U_SUCCESS(status));
    const char* const cldrOrder[] = {"zero", "one", "two", "few", "many", "other"};
    for (int n = 0; n <= 10000; ++n) {
        std::string category;
        rules->select(static_cast<int32_t>(n)).toUTF8String(category);
        int expected = static_cast<int>(std::find(std::begin(cldrOrder), std::end(cldrOrder), category) - std::begin(cldrOrder));
        if (ar.pluralForms().index(static_cast<unsigned long>(n)) != expected) {
            CHECK_MESSAGE(false, "n = " << n << ": ICU says " << category);
            break;
        }
    }
}

TEST_CASE("trn gives the Arabic form for the count, with the number written in") {
    ShippedCatalogues shipped;
    CHECK(i18n::setLanguage("ar").empty());
    CHECK(i18n::language() == "ar");
    CHECK(i18n::trn("%d day", "%d days", 0) == "لا أيام");
    CHECK(i18n::trn("%d day", "%d days", 1) == "يوم واحد");
    CHECK(i18n::trn("%d day", "%d days", 2) == "يومان");
    CHECK(i18n::trn("%d day", "%d days", 3) == "3 أيام");
    CHECK(i18n::trn("%d day", "%d days", 11) == "11 يومًا");
    CHECK(i18n::trn("%d day", "%d days", 100) == "100 يوم");
    CHECK(std::string(i18n::tr("Household emergency plan")) == "خطة الطوارئ المنزلية");
    CHECK(std::string(i18n::tr("a sentence no catalogue has")) == "a sentence no catalogue has");

    i18n::setLanguage("en");
    CHECK(i18n::trn("%d day", "%d days", 1) == "1 day");
    CHECK(i18n::trn("%d day", "%d days", 0) == "0 days");
    CHECK(i18n::trn("%d day", "%d days", 1200) == "1,200 days");
    CHECK(std::string(i18n::tr("Household emergency plan")) == "Household emergency plan");
}

TEST_CASE("a PO file: fuzzy and untranslated entries show the English, contexts are kept apart, problems name their line") {
    std::vector<i18n::CatalogProblem> problems;
    std::string pluralLine = kArabicPluralForms;
    pluralLine.pop_back();  // the header's lines end in \n inside their quotes
    i18n::Catalog c = i18n::Catalog::parse("msgid \"\"\nmsgstr \"\"\n\"Language: ar\\n\"\n\"" + pluralLine + "\\n\"\n\n"
                                               "#, fuzzy\nmsgid \"Open\"\nmsgstr \"افتح\"\n\n"
                                               "msgctxt \"state\"\nmsgid \"Open\"\nmsgstr \"مفتوح\"\n\n"
                                               "msgid \"Close\"\nmsgstr \"\"\n\n"
                                               "msgid \"Say \\\"hi\\\"\"\nmsgstr \"\"\n\"قل \\\"مرحبًا\\\"\"\n\n"
                                               "msgid \"Bad\"\nmsgstr unquoted\n\n"
                                               "#~ msgid \"Gone\"\n#~ msgstr \"ذهب\"\n",
                                           "ar.po", problems);
    CHECK(c.find("", "Open") == nullptr);  // fuzzy: not confirmed by a translator
    REQUIRE(c.find("state", "Open"));
    CHECK(*c.find("state", "Open") == "مفتوح");
    CHECK(c.find("", "Close") == nullptr);
    REQUIRE(c.find("", "Say \"hi\""));
    CHECK(*c.find("", "Say \"hi\"") == "قل \"مرحبًا\"");
    CHECK(c.find("", "Gone") == nullptr);
    CHECK(c.headerField("Language") == "ar");
    CHECK(c.pluralForms().count() == 6);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].toString() == "ar.po:22: the string after msgstr is not quoted right");
}

TEST_CASE("a Plural-Forms rule that cannot be read is reported") {
    std::string error;
    CHECK_FALSE(i18n::PluralForms::parse("Plural-Forms: nplurals=2; plural=n >;\n", &error));
    CHECK(error.find("Plural-Forms") == 0);
    CHECK_FALSE(i18n::PluralForms::parse("Plural-Forms: nplurals=9; plural=n;\n", &error));
}

TEST_CASE("the language comes from LANGUAGE, LC_ALL, LC_MESSAGES and LANG, as gettext reads them") {
    ShippedCatalogues shipped;
    CHECK(i18n::languageFromLocale(nullptr, nullptr, nullptr, "ar_EG.UTF-8") == "ar");
    CHECK(i18n::languageFromLocale(nullptr, nullptr, nullptr, "en_GB.UTF-8") == "en");
    CHECK(i18n::languageFromLocale(nullptr, nullptr, "ar_SA.UTF-8", "en_GB.UTF-8") == "ar");
    CHECK(i18n::languageFromLocale(nullptr, "en_US.UTF-8", "ar_SA.UTF-8", "ar_SA.UTF-8") == "en");
    CHECK(i18n::languageFromLocale("fr:ar:en", nullptr, nullptr, "en_GB.UTF-8") == "ar");  // the first with words
    CHECK(i18n::languageFromLocale("ar", "C", nullptr, nullptr) == "en");                  // LANGUAGE is ignored in the C locale
    CHECK(i18n::languageFromLocale(nullptr, nullptr, nullptr, "de_DE.UTF-8") == "en");     // no words for German yet
    CHECK(i18n::languageFromLocale(nullptr, nullptr, nullptr, nullptr) == "en");
    Environment env{{"LANG", "ar_JO.UTF-8"}};
    CHECK(i18n::languageFromEnvironment() == "ar");
}

TEST_CASE("a language with no .po file shows English and says so") {
    ShippedCatalogues shipped;
    auto problems = i18n::setLanguage("xx");
    CHECK(i18n::language() == "en");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].message.find("no words for this language") != std::string::npos);
}

TEST_CASE("the languages offered are English and one per .po file, each by its own name") {
    ShippedCatalogues shipped;
    auto languages = i18n::availableLanguages();
    REQUIRE(languages.size() >= 2);
    CHECK(languages[0] == "en");
    CHECK(std::find(languages.begin(), languages.end(), "ar") != languages.end());
    CHECK(i18n::nativeName("en") == "English");
    CHECK(i18n::nativeName("ar") == "العربية");
}

TEST_CASE("dates: the words follow the language, the order follows the country, digits stay Western") {
    core::CalendarDate day{2026, 12, 3};
    CHECK(core::formatDate(day) == "Thu, 3 Dec 2026");
    core::setFormatCountry("US");
    CHECK(core::formatDate(day) == "Thu, Dec 3, 2026");
    core::setFormatCountry("GB");
    CHECK(core::formatDate(day) == "Thu, 3 Dec 2026");
    CHECK(core::formatLongDate(day) == "3 December 2026");
    CHECK(core::formatNumber(1234567) == "1,234,567");
    core::setFormatCountry("DE");
    core::setFormatLanguage("de");
    CHECK(core::formatNumber(1234567) == "1.234.567");
    core::setFormatLanguage("ar");
    core::setFormatCountry("EG");
    std::string arabic = core::formatDate(day);
    CHECK(arabic.find("الخميس") != std::string::npos);
    CHECK(arabic.find("ديسمبر") != std::string::npos);
    CHECK(arabic.find("2026") != std::string::npos);
    CHECK(core::formatTime(9, 5) == "09:05");
    core::setFormatLanguage("en");
    core::setFormatCountry("");
    CHECK(core::formatDate(day) == "Thu, 3 Dec 2026");
}

TEST_CASE("the first start follows the system locale, and the language is kept across restarts") {
    ShippedCatalogues shipped;
    AppFixture f;
    {
        Environment env{{"LANG", "ar_AE.UTF-8"}};
        f.app->startInLanguage("");
        CHECK(f.app->language() == "ar");
        CHECK(f.app->content().language == "ar");
        CHECK(f.app->settings().language == "ar");
    }
    Environment english{{"LANG", "en_GB.UTF-8"}};
    f.restart();
    CHECK(f.app->language() == "en");  // until the start chooses it
    f.app->startInLanguage("");
    CHECK(f.app->language() == "ar");  // the saved choice, not the system's now
    CHECK(store::loadSettings(*f.db).language == "ar");
}

TEST_CASE("--lang chooses the language for one run and changes no setting") {
    ShippedCatalogues shipped;
    Environment env{{"LANG", "en_GB.UTF-8"}};
    AppFixture f;
    f.app->startInLanguage("ar");
    CHECK(f.app->language() == "ar");
    CHECK(f.app->content().guides.front().translation.language == "ar");
    CHECK(store::loadSettings(*f.db).language.empty());
    f.restart();
    f.app->startInLanguage("");
    CHECK(f.app->language() == "en");
    CHECK(f.app->content().language.empty());
}

TEST_CASE("choosing العربية in Settings shows Arabic at once and keeps it") {
    ShippedCatalogues shipped;
    Environment env{{"LANG", "en_GB.UTF-8"}};
    AppFixture f;
    f.app->startInLanguage("");
    {
        platform::Headless screen(*f.app);
        REQUIRE(screen.tap("##settings"));
        REQUIRE(screen.tap("##language-ar"));
        CHECK(f.app->language() == "ar");
        CHECK(f.app->content().language == "ar");
        // A guide in Arabic says that no qualified first-aid trainer has reviewed it yet.
        const core::Guide& guide = f.app->content().guides.front();
        CHECK(guide.translation.needsReview());
        REQUIRE(screen.tap("##language-en"));
        CHECK(f.app->language() == "en");
        REQUIRE(screen.tap("##language-ar"));
    }
    f.restart();
    f.app->startInLanguage("");
    CHECK(f.app->language() == "ar");
}
