// The words core and content return as keys and values, read in Arabic: the plan's checks (on
// the screen and in the printed plan), the content problems shown on Today, the plan's limits and
// a new list's first section, an incident's guide, and the counted "n of total" lines.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>

#include "app/checklist_runner.h"
#include "app/first_aid.h"
#include "app/list_editor.h"
#include "core/plan.h"
#include "i18n/i18n.h"
#include "support.h"
#include "ui/run_wording.h"

using namespace test;

namespace {
std::vector<std::string> openChecks(const core::Plan& plan) {
    std::vector<std::string> texts;
    for (const auto& c : core::planChecks(plan))
        if (!c.done) texts.push_back(i18n::wording(c.text));
    return texts;
}

bool has(const std::vector<std::string>& texts, const std::string& text) {
    return std::find(texts.begin(), texts.end(), text) != texts.end();
}

// pdftotext's text of a PDF with the embedding marks round Arabic and the spaces dropped (it
// places Arabic letter by letter).
std::string pdfLetters(const fs::path& pdf) {
    TempDir out;
    REQUIRE(std::system(("pdftotext -raw -enc UTF-8 '" + pdf.string() + "' '" + (out / "plan.txt").string() + "'").c_str()) == 0);
    std::string text = readFile(out / "plan.txt");
    std::string letters;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 3, "\u202b") == 0 || text.compare(i, 3, "\u202c") == 0) {
            i += 2;
            continue;
        }
        if (text[i] != ' ' && text[i] != '\n') letters += text[i];
    }
    return letters;
}
}  // namespace

TEST_CASE("the plan's checks are a key and a name, worded in Arabic with the name in place") {
    ShippedCatalogues shipped;
    core::Plan plan = core::Plan::empty(3);
    core::Member ada;
    ada.id = 1;
    ada.name = "Ada";
    plan.members.push_back(ada);
    core::Contact grace = core::Contact::ofKind("ice");
    grace.id = 2;
    grace.name = "غريس";
    plan.contacts.push_back(grace);

    i18n::setLanguage("en");
    std::vector<std::string> english = openChecks(plan);
    CHECK(has(english, "Choose the age group of Ada"));
    CHECK(has(english, "Add the phone number of غريس"));
    CHECK(has(english, "Copy documents: 0 of 9 done"));  // the pets' records are not needed without pets

    REQUIRE(i18n::setLanguage("ar").empty());
    std::vector<std::string> arabic = openChecks(plan);
    CHECK(has(arabic, "اختر الفئة العمرية للفرد Ada"));
    CHECK(has(arabic, "أضف رقم هاتف غريس"));
    CHECK(has(arabic, "أضف جهة اتصال خارج المدينة ورقم هاتفها"));
    CHECK(has(arabic, "اختر مكان تجمّع: في الحي"));
    CHECK(has(arabic, "دوّن مكان محبس الماء الرئيسي"));
    // The count takes its Arabic plural form: none, then ten and more.
    CHECK(has(arabic, "انسخ الوثائق: لم تُنسخ أي وثيقة من 9"));
    for (auto& d : plan.documents) d.have = true;
    plan.documents[0].have = false;
    CHECK(has(openChecks(plan), "انسخ الوثائق: نُسخت 8 وثائق من 9"));
}

TEST_CASE("the printed plan lists what is still to do in Arabic") {
    ShippedCatalogues shipped;
    AppFixture f;
    f.app->startInLanguage("ar");
    fs::path pdf = f.dir / "plan-ar.pdf";
    app::PlanFileResult r = f.app->plan().exportTo(pdf, core::Paper::A4, "112");
    INFO(r.message);
    REQUIRE(r.ok);
    std::string letters = pdfLetters(pdf);
    CHECK(letters.find("أضفأفرادأسرتك") != std::string::npos);
    CHECK(letters.find("أضفرقمهاتفمركزالسموم") != std::string::npos);
    CHECK(letters.find("Addthepeople") == std::string::npos);
}

TEST_CASE("a content problem is worded in Arabic, with its file, key and line as they are") {
    ShippedCatalogues shipped;
    TempDir dir;
    writeMinimalTree(dir.path);
    writeFile(dir / "checklists" / "go-bag.toml", "id = \"go-bag\"\ntitle = \"Go-bag\"\nsummary = \"Pack it.\"\nsources = [\"FEMA\"]\n"
                                                  "detial = \"x\"\n[[section]]\ntitle = \"Water\"\n[[section.item]]\ntext = \"Water\"\n");
    fs::remove(dir / "upkeep.toml");
    content::LoadResult loaded = content::loadContent(dir.path);
    REQUIRE(loaded.problems.size() == 2);
    const content::Problem& unknown = loaded.problems[0].file == "upkeep.toml" ? loaded.problems[1] : loaded.problems[0];
    const content::Problem& missing = loaded.problems[0].file == "upkeep.toml" ? loaded.problems[0] : loaded.problems[1];
    // The English stays for the command line and the people who write content.
    CHECK(unknown.toString() == "checklists/go-bag.toml:5: unknown key 'detial'");
    CHECK(missing.toString() == "upkeep.toml:0: is missing");

    REQUIRE(i18n::setLanguage("ar").empty());
    CHECK(i18n::wording(unknown.words) == "مفتاح غير معروف 'detial'");
    CHECK(i18n::wording(missing.words) == "مفقود");
    CHECK(unknown.line == 5);
    CHECK(unknown.file == "checklists/go-bag.toml");
}

TEST_CASE("a length problem in a content file takes the Arabic plural form of its count") {
    ShippedCatalogues shipped;
    TempDir dir;
    writeMinimalTree(dir.path);
    writeFile(dir / "checklists" / "go-bag.toml", "id = \"go-bag\"\ntitle = \"" + std::string(200, 'G') +
                                                      "\"\nsummary = \"Pack it.\"\nsources = [\"FEMA\"]\n"
                                                      "[[section]]\ntitle = \"Water\"\n[[section.item]]\ntext = \"Water\"\n");
    content::LoadResult loaded = content::loadContent(dir.path);
    auto tooLong = std::find_if(loaded.problems.begin(), loaded.problems.end(),
                                [](const content::Problem& p) { return p.message.find("200 characters") != std::string::npos; });
    REQUIRE_MESSAGE(tooLong != loaded.problems.end(), joined(loaded.problems));
    REQUIRE(i18n::setLanguage("ar").empty());
    std::string arabic = i18n::wording(tooLong->words);
    INFO(arabic);
    CHECK(arabic.rfind("طول 'title' 200 حرف؛", 0) == 0);
}

TEST_CASE("the plan's limits and a new list's first section are in Arabic") {
    ShippedCatalogues shipped;
    AppFixture f;
    f.app->startInLanguage("ar");
    for (size_t i = 0; i < core::kMaxPlanPets; ++i) REQUIRE(f.app->plan().add<core::Pet>() != 0);
    CHECK(f.app->plan().add<core::Pet>() == 0);
    CHECK(f.app->notices().text() == "لا تتّسع الخطة لأكثر من 100 حيوان أليف.");

    std::optional<long long> id = f.app->lists().createList("حقيبة الليل");
    REQUIRE(id);
    const core::UserList* list = f.app->lists().list(*id);
    REQUIRE(list);
    REQUIRE(list->sections.size() == 1);
    CHECK(list->sections[0].title == "البنود");
    // The section's name is the user's from then on: it stays as written in another language.
    f.app->setLanguage("en");
    CHECK(f.app->lists().list(*id)->sections[0].title == "البنود");
    std::optional<long long> english = f.app->lists().createList("Night bag");
    REQUIRE(english);
    CHECK(f.app->lists().list(*english)->sections[0].title == "Items");
}

TEST_CASE("an incident names its guide in today's language, and by the stored title once the guide is gone") {
    ShippedCatalogues shipped;
    AppFixture f;
    f.app->startInLanguage("en");
    f.app->firstAid().startGuide("adult-cpr");
    REQUIRE(f.app->firstAid().active());
    core::Incident incident = *f.app->firstAid().incident();
    const std::string english = f.app->content().guide("adult-cpr")->title;
    CHECK(incident.guideTitle == english);

    f.app->setLanguage("ar");
    const std::string arabic = f.app->content().guide("adult-cpr")->title;
    REQUIRE(arabic != english);
    CHECK(app::incidentTitle(incident, f.app->content()) == arabic);
    CHECK(app::incidentAsText(incident, f.app->content()).find(arabic) != std::string::npos);

    incident.guideId = "a-guide-since-removed";
    CHECK(app::incidentTitle(incident, f.app->content()) == english);
}

TEST_CASE("a run of a shipped checklist is named in today's language, a run of a user's list by the stored words") {
    ShippedCatalogues shipped;
    AppFixture f;
    f.app->startInLanguage("en");
    std::optional<long long> bagRun = f.app->runs().start(core::templateKey("go-bag"));
    REQUIRE(bagRun);
    const std::string english = f.app->content().checklist("go-bag")->title;
    CHECK(f.app->runs().run(*bagRun)->title == english);

    f.app->setLanguage("ar");
    const std::string arabic = f.app->content().checklist("go-bag")->title;
    REQUIRE(arabic != english);
    const core::Run* bag = f.app->runs().run(*bagRun);
    REQUIRE(bag);
    CHECK(bag->title == english);  // stored as it was: the record
    CHECK(app::runTitle(bag->checklistKey, bag->title, f.app->content()) == arabic);
    CHECK(app::runTitle(core::listKey(7), "Night bag", f.app->content()) == "Night bag");
    CHECK(app::runTitle(core::templateKey("a-checklist-since-removed"), english, f.app->content()) == english);
}

TEST_CASE("counted 'n of total' lines take the Arabic plural form of their count") {
    ShippedCatalogues shipped;
    REQUIRE(i18n::setLanguage("ar").empty());
    CHECK(ui::doneOfTotal(0, 5) == "لم يُنجز أي بند من 5");
    CHECK(ui::doneOfTotal(1, 5) == "أُنجز بند واحد من 5");
    CHECK(ui::doneOfTotal(2, 5) == "أُنجز بندان من 5");
    CHECK(ui::doneOfTotal(3, 12) == "أُنجزت 3 بنود من 12");
    CHECK(ui::doneOfTotal(11, 12) == "أُنجز 11 بندًا من 12");
    CHECK(i18n::fillIn(i18n::trn("{n} of {total} right", "{n} of {total} right", 2), "total", "8") == "إجابتان صحيحتان من 8");
    i18n::setLanguage("en");
    CHECK(ui::doneOfTotal(3, 12) == "3 of 12 done");
}
