// Translations: content/<language>/ gives the words, the English file keeps every fact, and each
// problem names the translated file and its line. The shipped Arabic is complete.
#include <algorithm>
#include <doctest/doctest.h>

#include "core/emergency.h"
#include "core/text.h"
#include "support.h"

using namespace test;

namespace {

const std::string kHeaderTail = "translated = 2026-12-03\nreviewed = false\n";

// A complete, valid Arabic translation of writeMinimalTree.
void writeMinimalTranslation(const fs::path& dir) {
    writeFile(dir / "ar" / "emergency_numbers.toml",
              "[translation]\nfrom = \"emergency_numbers.toml\"\n" + kHeaderTail +
                  "[[country]]\ncode = \"GB\"\nname = \"المملكة المتحدة\"\naliases = [\"بريطانيا\"]\n");
    writeFile(dir / "ar" / "kit.toml", "[translation]\nfrom = \"kit.toml\"\n" + kHeaderTail +
                                           "[guideline]\nsection = \"الحقيبة\"\n[[item]]\nid = \"water\"\nname = \"مياه الشرب\"\n"
                                           "category = \"الماء\"\n");
    std::string guide = "title = \"الحروق\"\ncategory = \"الإصابات\"\nsummary = \"برِّد الحرق.\"\n"
                        "[translation]\nfrom = \"guides/burns.toml\"\nenglish_checked = 2026-12-03\n" + kHeaderTail +
                        "[guideline]\nsection = \"الإسعافات الأولية\"\n"
                        "[[step]]\ntext = \"برِّد الحرق.\"\ntimer = { label = \"التبريد\" }\n";
    for (int i = 0; i < 4; ++i) guide += "[[question]]\nprompt = \"سؤال\"\nchoices = [\"أ\", \"ب\"]\nexplanation = \"لأن\"\n";
    writeFile(dir / "ar" / "guides" / "burns.toml", guide);
    writeFile(dir / "ar" / "checklists" / "go-bag.toml",
              "title = \"حقيبة الطوارئ\"\nsummary = \"جهِّزها.\"\n[translation]\nfrom = \"checklists/go-bag.toml\"\n" + kHeaderTail +
                  "[[section]]\ntitle = \"الماء\"\n[[section.item]]\ntext = \"ماء\"\n");
    writeFile(dir / "ar" / "triage.toml", "[translation]\nfrom = \"triage.toml\"\n" + kHeaderTail +
                                              "[[node]]\nid = \"a\"\nquestion = \"هل احترق؟\"\n[[node.answer]]\nlabel = \"نعم\"\n");
}

// Replaces the first `from` with `to` in a file; returns the 1-based line where `from` began.
int replaceIn(const fs::path& file, const std::string& from, const std::string& to) {
    std::string text = readFile(file);
    size_t at = text.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, from);
    text.replace(at, from.size(), to);
    writeFile(file, text);
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
}

// A content tree with its Arabic translation, to break one piece at a time: the minimal one, or a
// copy of the shipped content.
struct Translated {
    TempDir dir;
    Translated() {
        writeMinimalTree(dir.path);
        writeMinimalTranslation(dir.path);
    }
    struct Shipped {};
    explicit Translated(Shipped) { fs::copy(contentDir(), dir.path, fs::copy_options::recursive); }
    // Replaces `from` with `to` in a translated file (relative to ar/); returns the line where `from` began.
    int edit(const std::string& file, const std::string& from, const std::string& to) { return replaceIn(dir / "ar" / file, from, to); }
    content::LoadResult load() const { return content::loadContent(dir.path, "ar"); }
};

// The one problem a load reports, which must be in `file`.
content::Problem onlyProblem(const content::LoadResult& loaded, const std::string& file) {
    INFO(joined(loaded.problems));
    REQUIRE(loaded.problems.size() == 1);
    CHECK(loaded.problems[0].file == file);
    return loaded.problems[0];
}

// The content, and the one problem, once `from` is replaced with `to` in a translated file (relative to ar/).
struct Edited {
    content::LoadResult loaded;
    content::Problem problem;
};
Edited afterEdit(const std::string& file, const std::string& from, const std::string& to) {
    Translated t;
    t.edit(file, from, to);
    Edited e{t.load(), {}};
    e.problem = onlyProblem(e.loaded, "ar/" + file);
    return e;
}
content::Problem problemAfterEdit(const std::string& file, const std::string& from, const std::string& to) {
    return afterEdit(file, from, to).problem;
}

bool hasArabicLetter(const std::string& text) {
    // U+0620–U+064A in UTF-8: D8 A0 to D9 8A.
    for (size_t i = 0; i + 1 < text.size(); ++i) {
        auto a = static_cast<unsigned char>(text[i]), b = static_cast<unsigned char>(text[i + 1]);
        if ((a == 0xD8 && b >= 0xA0) || (a == 0xD9 && b <= 0x8A)) return true;
    }
    return false;
}

const content::LoadResult& realArabic() {
    static const content::LoadResult loaded = content::loadContent(contentDir(), "ar");
    return loaded;
}

}  // namespace

TEST_CASE("a translation replaces the words and keeps every id, number and timer of the English") {
    Translated t;
    auto loaded = t.load();
    INFO(joined(loaded.problems));
    REQUIRE(loaded.ok());
    const core::Content& c = loaded.content;
    CHECK(c.language == "ar");
    REQUIRE(c.guides.size() == 1);
    const core::Guide& g = c.guides[0];
    CHECK(g.id == "burns");
    CHECK(g.title == "الحروق");
    CHECK(g.category == "الإصابات");
    CHECK(g.steps[0].text == "برِّد الحرق.");
    REQUIRE(g.steps[0].timer);
    CHECK(g.steps[0].timer->label == "التبريد");
    CHECK(g.steps[0].timer->id == "cool");
    CHECK(g.steps[0].timer->kind == core::TimerKind::Countdown);
    CHECK(g.steps[0].timer->seconds == 1200);
    CHECK(g.questions[0].answer == 1);
    CHECK(g.questions[0].choices == std::vector<std::string>{"أ", "ب"});
    CHECK(g.sources == std::vector<std::string>{"ERC 2025"});  // citations stay as published
    CHECK(g.guideline.name == "ERC");
    CHECK(g.guideline.section == "الإسعافات الأولية");
    CHECK(g.guideline.checked == core::CalendarDate{2026, 12, 3});
    // The guide says it is a translation that no first-aid trainer has reviewed yet.
    CHECK(g.translation.language == "ar");
    CHECK(g.translation.from == "guides/burns.toml");
    CHECK(g.translation.translated == core::CalendarDate{2026, 12, 3});
    CHECK(g.translation.needsReview());

    REQUIRE(c.checklists.size() == 1);
    CHECK(c.checklists[0].title == "حقيبة الطوارئ");
    CHECK(c.checklists[0].sections[0].items[0].text == "ماء");
    CHECK(c.checklists[0].translation.needsReview());

    REQUIRE(c.triage.nodes.size() == 1);
    CHECK(c.triage.nodes[0].question == "هل احترق؟");
    CHECK(c.triage.nodes[0].answers[0].label == "نعم");
    CHECK(c.triage.nodes[0].answers[0].next == "guide:burns");

    REQUIRE(c.kit.items.size() == 1);
    CHECK(c.kit.items[0].name == "مياه الشرب");
    CHECK(c.kit.items[0].perPersonPerDay == doctest::Approx(3.8));
    CHECK(c.kit.items[0].unit == "litres");  // units are worded by the UI

    REQUIRE(c.numbers.countries.size() == 1);
    const core::CountryNumbers& gb = c.numbers.countries[0];
    CHECK(gb.name == "المملكة المتحدة");
    CHECK(gb.number() == "999");
    CHECK(gb.sources == std::vector<std::string>{"NHS"});
    // Found by its Arabic names, and still by its English one.
    for (const char* query : {"بريطانيا", "المملكة", "United Kingdom", "GB"}) {
        INFO(query);
        auto found = core::searchCountries(c.numbers, query);
        REQUIRE(found.size() == 1);
        CHECK(found[0]->code == "GB");
    }

    // English stays the default, and "en" is English too.
    CHECK(content::loadContent(t.dir.path).content.guides[0].title == "Burns");
    CHECK(content::loadContent(t.dir.path, "en").content.guides[0].title == "Burns");
    CHECK_FALSE(content::loadContent(t.dir.path).content.guides[0].translation.isTranslation());
}

TEST_CASE("a key that is not translatable is reported with its line, and the English fact is kept") {
    auto [loaded, p] = afterEdit("guides/burns.toml", "timer = { label = \"التبريد\" }", "timer = { label = \"التبريد\", seconds = 60 }");
    CHECK(p.line == 13);
    CHECK(p.message.find("'seconds' is not translatable") != std::string::npos);
    CHECK(loaded.content.guides[0].steps[0].timer->seconds == 1200);

    auto gotoProblem = problemAfterEdit("triage.toml", "label = \"نعم\"", "label = \"نعم\"\ngoto = \"guide:other\"");
    CHECK(gotoProblem.line == 10);
    CHECK(gotoProblem.message.find("'goto' is not translatable") != std::string::npos);
}

TEST_CASE("a translated key that the English file does not have is reported with its line") {
    auto p = problemAfterEdit("guides/burns.toml", "text = \"برِّد الحرق.\"", "text = \"برِّد الحرق.\"\ndetail = \"تفصيل\"");
    CHECK(p.line == 13);
    CHECK(p.message.find("'detail' is not in the English") != std::string::npos);
}

TEST_CASE("a missing translation is reported with its line and the English is shown") {
    auto [loaded, p] = afterEdit("checklists/go-bag.toml", "summary = \"جهِّزها.\"\n", "");
    CHECK(p.message.find("'summary' is not translated") != std::string::npos);
    CHECK(p.line == 1);
    CHECK(loaded.content.checklists[0].summary == "Pack it.");
    CHECK(loaded.content.checklists[0].title == "حقيبة الطوارئ");

    auto timerProblem = problemAfterEdit("guides/burns.toml", "timer = { label = \"التبريد\" }\n", "");
    CHECK(timerProblem.line == 11);  // the [[step]] without it
    CHECK(timerProblem.message.find("'timer' is not translated") != std::string::npos);
}

TEST_CASE("a list or array of tables of another length is reported and the English is shown") {
    auto [loaded, p] = afterEdit("guides/burns.toml", "choices = [\"أ\", \"ب\"]", "choices = [\"أ\", \"ب\", \"ج\"]");
    CHECK(p.line == 16);
    CHECK(p.message.find("'choices' has 3 items and the English 2") != std::string::npos);
    CHECK(loaded.content.guides[0].questions[0].choices == std::vector<std::string>{"a", "b"});

    auto [stepsLoaded, stepsProblem] = afterEdit("guides/burns.toml", "[[question]]", "[[step]]\ntext = \"خطوة زائدة\"\n[[question]]");
    CHECK(stepsProblem.line == 11);
    CHECK(stepsProblem.message.find("2 [[step]] here and 1 in guides/burns.toml") != std::string::npos);
    CHECK(stepsLoaded.content.guides[0].steps[0].text == "Cool the burn.");
}

TEST_CASE("an id that does not match the English is reported with its line") {
    Translated t;
    t.edit("triage.toml", "id = \"a\"", "id = \"b\"");
    auto loaded = t.load();
    INFO(joined(loaded.problems));
    REQUIRE(loaded.problems.size() == 2);
    CHECK(loaded.problems[0].toString() == "ar/triage.toml:6: there is no id 'b' in triage.toml");
    CHECK(loaded.problems[1].file == "ar/triage.toml");
    CHECK(loaded.problems[1].message.find("'a' is not translated") != std::string::npos);
    CHECK(loaded.content.triage.nodes[0].question == "Burnt?");

    Translated country;
    country.edit("emergency_numbers.toml", "code = \"GB\"", "code = \"GR\"");
    CHECK(country.load().problems.at(0).toString() == "ar/emergency_numbers.toml:6: there is no code 'GR' in emergency_numbers.toml");

    auto stepProblem = problemAfterEdit("guides/burns.toml", "[[step]]\n", "[[step]]\nid = \"cooling\"\n");  // a step matched by position may repeat its English id, and it must agree
    CHECK(stepProblem.line == 12);
    CHECK(stepProblem.message.find("'id' is 'cooling', but the English in this place has ''") != std::string::npos);
}

TEST_CASE("an English file with no translation, and a translation with no English file, are reported") {
    Translated t;
    fs::remove(t.dir / "ar" / "checklists" / "go-bag.toml");
    writeFile(t.dir / "ar" / "guides" / "scalds.toml", "title = \"السمط\"\n");
    auto loaded = t.load();
    INFO(joined(loaded.problems));
    REQUIRE(loaded.problems.size() == 2);
    CHECK(loaded.problems[0].toString() == "ar/checklists/go-bag.toml:0: is missing: it translates checklists/go-bag.toml, which is shown in English");
    CHECK(loaded.problems[1].toString() == "ar/guides/scalds.toml:0: has no English file guides/scalds.toml to translate");
    CHECK(loaded.content.checklists[0].title == "Go-bag");
    CHECK_FALSE(loaded.content.checklists[0].translation.isTranslation());

    auto none = content::loadContent(t.dir.path, "fr");
    REQUIRE(none.problems.size() == 1);
    CHECK(none.problems[0].file == "fr");
    CHECK(none.content.guides[0].title == "Burns");
}

TEST_CASE("a translation that states other numbers than the English is refused, and the English is shown") {
    auto [loaded, p] = afterEdit("guides/burns.toml", "text = \"برِّد الحرق.\"", "text = \"برِّد الحرق 10 دقائق.\"");
    CHECK(p.line == 12);
    CHECK(p.message.find("states the numbers 10 and the English none") != std::string::npos);
    CHECK(loaded.content.guides[0].steps[0].text == "Cool the burn.");

    Translated dropped;  // a number left out is a fact lost
    std::string english = readFile(dropped.dir / "guides" / "burns.toml");
    const std::string step = "text = \"Cool the burn.\"";
    english.replace(english.find(step), step.size(), "text = \"Cool it for 20 minutes, then give 2 sips.\"");
    writeFile(dropped.dir / "guides" / "burns.toml", english);
    CHECK(onlyProblem(dropped.load(), "ar/guides/burns.toml").message.find("states the numbers none and the English 2, 20") != std::string::npos);
    // One and two may be said by the words, as Arabic does with the dual: "رشفتين" is 2 sips.
    dropped.edit("guides/burns.toml", "text = \"برِّد الحرق.\"", "text = \"برِّده 20 دقيقة، ثم أعطه رشفتين.\"");
    auto dual = dropped.load();
    INFO(joined(dual.problems));
    CHECK(dual.ok());
    CHECK(dual.content.guides[0].steps[0].text == "برِّده 20 دقيقة، ثم أعطه رشفتين.");

    CHECK(problemAfterEdit("guides/burns.toml", "text = \"برِّد الحرق.\"", "text = \"برِّد الحرق ٢٠ دقيقة.\"").message.find("digits than 0-9") != std::string::npos);  // Arabic-Indic digits cannot be checked against the English
}

TEST_CASE("the translation header says what it translates, from which English text, and who reviewed it") {
    auto p = problemAfterEdit("guides/burns.toml", "english_checked = 2026-12-03", "english_checked = 2026-01-10");
    CHECK(p.line == 6);
    CHECK(p.message.find("the English was checked on 2026-12-03") != std::string::npos);

    CHECK(problemAfterEdit("guides/burns.toml", "reviewed = false", "reviewed = true").message.find("missing 'reviewer'") != std::string::npos);

    Translated named;
    named.edit("guides/burns.toml", "reviewed = false", "reviewed = true\nreviewer = \"A. Trainer, first-aid trainer\"");
    auto loaded = named.load();
    REQUIRE(loaded.ok());
    CHECK(loaded.content.guides[0].translation.reviewed);
    CHECK_FALSE(loaded.content.guides[0].translation.needsReview());

    CHECK(problemAfterEdit("kit.toml", "from = \"kit.toml\"", "from = \"guides/kit.toml\"").line == 2);

    CHECK(problemAfterEdit("triage.toml", "[translation]\nfrom = \"triage.toml\"\n" + kHeaderTail, "").message == "missing [translation]");
}

TEST_CASE("guides that share an English category share its translation") {
    Translated t;
    std::string english = readFile(t.dir / "guides" / "burns.toml");
    english.replace(english.find("id = \"burns\""), 12, "id = \"scalds\"");
    writeFile(t.dir / "guides" / "scalds.toml", english);
    std::string arabic = readFile(t.dir / "ar" / "guides" / "burns.toml");
    arabic.replace(arabic.find("guides/burns.toml"), 17, "guides/scalds.toml");
    arabic.replace(arabic.find("الإصابات"), std::string("الإصابات").size(), "إصابات");
    writeFile(t.dir / "ar" / "guides" / "scalds.toml", arabic);
    auto p = onlyProblem(t.load(), "ar/guides/scalds.toml");
    CHECK(p.line == 2);
    CHECK(p.message.find("the category 'Injuries' is") != std::string::npos);
}

TEST_CASE("check-content checks every translation folder it finds, with file and line") {
    Translated t;
    t.edit("guides/burns.toml", "timer = { label = \"التبريد\" }", "timer = { label = \"التبريد\", seconds = 60 }");
    std::string out = (t.dir / "out.txt").string();
    std::string cmd = std::string(STEADFAST_BINARY) + " check-content " + t.dir.path.string() + " > " + out;
    int status = std::system(cmd.c_str());
    CHECK(WEXITSTATUS(status) == 1);
    std::string printed = readFile(out);
    INFO(printed);
    CHECK(printed.find((t.dir / "ar" / "guides" / "burns.toml").string() + ":13: 'seconds' is not translatable") != std::string::npos);
    CHECK(printed.find("translation to ar: 1 problem(s)") != std::string::npos);

    CHECK(content::languagesIn(t.dir.path) == std::vector<std::string>{"ar"});
    CHECK(content::isLanguageCode("pt-BR"));
    CHECK_FALSE(content::isLanguageCode("guides"));
}

TEST_CASE("every English content file has its Arabic counterpart, and the Arabic loads with no problems") {
    const auto& loaded = realArabic();
    INFO(joined(loaded.problems));
    CHECK(loaded.problems.empty());
    for (const char* folder : {"guides", "checklists", "scenarios"})
        for (const auto& entry : fs::directory_iterator(contentDir() / folder)) {
            INFO(entry.path().string());
            CHECK(fs::exists(contentDir() / "ar" / folder / entry.path().filename()));
        }
    for (const char* file : {"emergency_numbers.toml", "kit.toml", "triage.toml", "alert_signals.toml"})
        CHECK(fs::exists(contentDir() / "ar" / file));
    std::string out = (fs::temp_directory_path() / ("steadfast-check-" + std::to_string(::getpid()) + ".txt")).string();
    std::string cmd = std::string(STEADFAST_BINARY) + " check-content " + contentDir().string() + " > " + out;
    CHECK(WEXITSTATUS(std::system(cmd.c_str())) == 0);
    CHECK(readFile(out).find("translation to ar: no problems") != std::string::npos);
    fs::remove(out);
}

TEST_CASE("the shipped Arabic keeps every fact of the English and leaves no guide or checklist text in English") {
    const core::Content& en = realContent().content;
    const core::Content& ar = realArabic().content;
    REQUIRE(ar.guides.size() == en.guides.size());
    for (const core::Guide& e : en.guides) {
        const core::Guide* a = ar.guide(e.id);
        INFO(e.id);
        REQUIRE(a);
        CHECK(a->translation.needsReview());
        CHECK(hasArabicLetter(a->title));
        CHECK(hasArabicLetter(a->summary));
        CHECK(a->sources == e.sources);
        CHECK(a->guideline.name == e.guideline.name);
        CHECK(a->guideline.edition == e.guideline.edition);
        CHECK(a->guideline.checked == e.guideline.checked);
        REQUIRE(a->steps.size() == e.steps.size());
        for (size_t i = 0; i < e.steps.size(); ++i) {
            const core::Step &se = e.steps[i], &sa = a->steps[i];
            INFO("step " << i + 1);
            CHECK(hasArabicLetter(sa.text));
            CHECK(sa.id == se.id);
            CHECK(sa.onlyVariant == se.onlyVariant);
            CHECK(sa.call == se.call);
            CHECK(sa.metronome == se.metronome);
            REQUIRE(sa.timer.has_value() == se.timer.has_value());
            if (se.timer) {
                CHECK(sa.timer->id == se.timer->id);
                CHECK(sa.timer->seconds == se.timer->seconds);
                CHECK(sa.timer->callAfterSeconds == se.timer->callAfterSeconds);
                CHECK(hasArabicLetter(sa.timer->label));
            }
        }
        REQUIRE(a->questions.size() == e.questions.size());
        for (size_t i = 0; i < e.questions.size(); ++i) {
            CHECK(a->questions[i].answer == e.questions[i].answer);
            CHECK(a->questions[i].choices.size() == e.questions[i].choices.size());
            CHECK(hasArabicLetter(a->questions[i].prompt));
        }
    }
    REQUIRE(ar.checklists.size() == en.checklists.size());
    for (const core::ChecklistTemplate& e : en.checklists) {
        const core::ChecklistTemplate* a = ar.checklist(e.id);
        INFO(e.id);
        REQUIRE(a);
        CHECK(hasArabicLetter(a->title));
        CHECK(a->sources == e.sources);
        CHECK(a->itemCount() == e.itemCount());
    }
    // The triage leads to the same places.
    REQUIRE(ar.triage.nodes.size() == en.triage.nodes.size());
    for (const core::TriageNode& e : en.triage.nodes) {
        const core::TriageNode* a = ar.triage.find(e.id);
        REQUIRE(a);
        CHECK(hasArabicLetter(a->question));
        CHECK(a->call == e.call);
        REQUIRE(a->answers.size() == e.answers.size());
        for (size_t i = 0; i < e.answers.size(); ++i) {
            CHECK(a->answers[i].next == e.answers[i].next);
            CHECK(a->answers[i].unresponsive == e.answers[i].unresponsive);
        }
    }
    // The kit's amounts and every country's numbers are the English ones.
    REQUIRE(ar.kit.items.size() == en.kit.items.size());
    for (size_t i = 0; i < en.kit.items.size(); ++i) {
        CHECK(ar.kit.items[i].id == en.kit.items[i].id);
        CHECK(ar.kit.items[i].perPersonPerDay == en.kit.items[i].perPersonPerDay);
        CHECK(ar.kit.items[i].fixed == en.kit.items[i].fixed);
        CHECK(hasArabicLetter(ar.kit.items[i].name));
    }
    REQUIRE(ar.numbers.countries.size() == en.numbers.countries.size());
    for (const core::CountryNumbers& e : en.numbers.countries) {
        const core::CountryNumbers* a = ar.numbers.find(e.code);
        INFO(e.code);
        REQUIRE(a);
        CHECK(hasArabicLetter(a->name));
        CHECK(a->number() == e.number());
        CHECK(a->single == e.single);
        CHECK(a->sources == e.sources);
    }
}

TEST_CASE("the shipped Arabic scenarios keep every decision, its right choice, citation and time limit") {
    const core::Content& en = realContent().content;
    const core::Content& ar = realArabic().content;
    REQUIRE(en.scenarios.size() == 28);
    REQUIRE(ar.scenarios.size() == en.scenarios.size());
    for (const core::Scenario& e : en.scenarios) {
        const core::Scenario* a = ar.scenario(e.id);
        INFO(e.id);
        REQUIRE(a);
        CHECK(hasArabicLetter(a->title));
        CHECK(hasArabicLetter(a->setting));
        REQUIRE(a->trains.size() == e.trains.size());
        for (size_t i = 0; i < e.trains.size(); ++i) CHECK(a->trains[i].text() == e.trains[i].text());
        CHECK(a->sources == e.sources);
        REQUIRE(a->decisions.size() == e.decisions.size());
        for (size_t i = 0; i < e.decisions.size(); ++i) {
            const core::ScenarioDecision &de = e.decisions[i], &da = a->decisions[i];
            INFO("decision " << de.id);
            CHECK(da.id == de.id);
            CHECK(da.rightChoice() == de.rightChoice());
            CHECK(da.rightChoice() >= 0);
            CHECK(da.cites.text() == de.cites.text());
            CHECK(da.secondsAllowed() == de.secondsAllowed());
            CHECK(da.readingSeconds() <= da.secondsAllowed());
            CHECK(hasArabicLetter(da.situation));
            REQUIRE(da.choices.size() == de.choices.size());
            for (const core::ScenarioChoice& c : da.choices) {
                CHECK(hasArabicLetter(c.text));
                CHECK(hasArabicLetter(c.feedback));
            }
        }
    }
    // The list a user picks from is in Arabic order.
    CHECK(std::is_sorted(ar.scenarios.begin(), ar.scenarios.end(), [](const auto& x, const auto& y) { return x.title < y.title; }));
}

TEST_CASE("the shipped Arabic alert signals keep every country, signal, sound and source of the English") {
    const core::Content& en = realContent().content;
    const core::Content& ar = realArabic().content;
    REQUIRE_FALSE(en.alertSignals.empty());
    REQUIRE(ar.alertSignals.size() == en.alertSignals.size());
    for (const core::CountrySignals& e : en.alertSignals) {
        const core::CountrySignals* a = ar.signalsFor(e.code);
        INFO(e.code);
        REQUIRE(a);
        CHECK(hasArabicLetter(a->name));
        CHECK(a->sources == e.sources);
        CHECK(a->checked == e.checked);
        CHECK(a->note.empty() == e.note.empty());
        REQUIRE(a->signals.size() == e.signals.size());
        for (size_t i = 0; i < e.signals.size(); ++i) {
            const core::AlertSignal &se = e.signals[i], &sa = a->signals[i];
            INFO(se.id);
            CHECK(sa.id == se.id);
            CHECK(sa.sound.pattern == se.sound.pattern);
            CHECK(sa.sound.seconds == se.sound.seconds);
            CHECK(sa.sound.riseSeconds == se.sound.riseSeconds);
            CHECK(sa.sound.fallSeconds == se.sound.fallSeconds);
            CHECK(sa.sound.onSeconds == se.sound.onSeconds);
            CHECK(sa.sound.offSeconds == se.sound.offSeconds);
            CHECK(hasArabicLetter(sa.name));
            CHECK(hasArabicLetter(sa.meaning));
            REQUIRE(sa.actions.size() == se.actions.size());
            for (const std::string& action : sa.actions) CHECK(hasArabicLetter(action));
        }
    }
    // Saudi Arabia's tones carry the names the General Directorate of Civil Defense gives them.
    const core::CountrySignals* sa = ar.signalsFor("SA");
    REQUIRE(sa);
    CHECK(sa->signals.at(1).name == "النغمة الثانية: وقوع الخطر");
}

// ---- Problems in a translated scenario or alert-signal file, each with its file and line.

namespace {

const std::string kBurnScenario = "scenarios/kitchen-burn.toml";

}  // namespace

TEST_CASE("a missing word in an Arabic scenario is reported with its file and line, and the English is shown") {
    Translated copy{Translated::Shipped{}};
    // The second choice of the first decision loses its feedback.
    const std::string feedback =
        "feedback = \"نعم. الجلد المحروق يتورم بسرعة، فانزع الساعات والخواتم والملابس الضيقة مبكرًا. اترك ما التصق بالحرق وبرّد فوقه.\"\n";
    int line = copy.edit(kBurnScenario, feedback, "");
    auto loaded = copy.load();
    INFO(joined(loaded.problems));
    REQUIRE(loaded.problems.size() == 1);
    const content::Problem& p = loaded.problems[0];
    CHECK(p.file == "ar/" + kBurnScenario);
    CHECK(p.line == line - 2);  // the [[decision.choice]] that lacks it
    CHECK(p.message.find("'feedback' is not translated") != std::string::npos);
    const core::Scenario* s = loaded.content.scenario("kitchen-burn");
    REQUIRE(s);
    CHECK(s->decisions[0].choices[1].feedback.rfind("Yes. Burned skin swells fast", 0) == 0);
    CHECK(s->decisions[0].choices[1].text == "انزع الساعة والكمّ المبلل، إلا إن كانا ملتصقين بالجلد");
    CHECK(s->decisions[0].rightChoice() == 1);
}

TEST_CASE("an Arabic scenario may not move the right choice, rename a decision or outgrow its time limit") {
    {
        Translated copy{Translated::Shipped{}};  // which choice is right is a fact of the English file
        int line = copy.edit(kBurnScenario, "text = \"اتركهما حتى يراه طبيب\"\n", "text = \"اتركهما حتى يراه طبيب\"\nright = true\n");
        auto loaded = copy.load();
        INFO(joined(loaded.problems));
        REQUIRE(loaded.problems.size() == 1);
        CHECK(loaded.problems[0].toString() == "ar/" + kBurnScenario + ":" + std::to_string(line + 1) +
                                                   ": 'right' is not translatable: ids, numbers, timers, units and sources stay in " + kBurnScenario);
        CHECK(loaded.content.scenario("kitchen-burn")->decisions[0].rightChoice() == 1);
    }
    {
        Translated copy{Translated::Shipped{}};  // decisions are matched by position, and a repeated id must agree
        int line = copy.edit(kBurnScenario, "id = \"cooling-time\"", "id = \"keep-warm\"");
        auto loaded = copy.load();
        INFO(joined(loaded.problems));
        REQUIRE(loaded.problems.size() == 1);
        CHECK(loaded.problems[0].line == line);
        CHECK(loaded.problems[0].message.find("'id' is 'keep-warm', but the English in this place has 'cooling-time'") != std::string::npos);
        CHECK(loaded.content.scenario("kitchen-burn")->decisions[2].situation.rfind("After 5 minutes", 0) == 0);
    }
    {
        Translated copy{Translated::Shipped{}};  // "cooling" allows 20 seconds: 250 more characters take 25 more to read
        int line = copy.edit(kBurnScenario, "situation = \"كيف تعالج الحرق؟\"", "situation = \"كيف تعالج الحرق؟" + std::string(250, '.') + "\"");
        auto loaded = copy.load();
        INFO(joined(loaded.problems));
        REQUIRE(loaded.problems.size() == 1);
        CHECK(loaded.problems[0].file == "ar/" + kBurnScenario);
        CHECK(loaded.problems[0].line == line - 2);  // its [[decision]]
        CHECK(loaded.problems[0].message.find("decision 'cooling' takes") != std::string::npos);
        CHECK(loaded.problems[0].message.find("timed mode allows 20") != std::string::npos);
    }
}

TEST_CASE("a missing Arabic scenario or alert signal is reported with its file, and the English is shown") {
    Translated copy{Translated::Shipped{}};
    fs::remove(copy.dir / "ar" / kBurnScenario);
    int line = copy.edit("alert_signals.toml", "[[country.signal]]\nid = \"test\"", "[[country.signal]]\nid = \"tests\"");
    auto loaded = copy.load();
    INFO(joined(loaded.problems));
    REQUIRE(loaded.problems.size() == 3);
    CHECK(loaded.problems[0].toString() == "ar/scenarios/kitchen-burn.toml:0: is missing: it translates scenarios/kitchen-burn.toml, which is shown in English");
    CHECK(loaded.problems[1].toString() == "ar/alert_signals.toml:" + std::to_string(line + 1) + ": there is no id 'tests' in alert_signals.toml");
    CHECK(loaded.problems[2].file == "ar/alert_signals.toml");
    CHECK(loaded.problems[2].message.find("[[signal]] with id 'test' is not translated") != std::string::npos);
    CHECK(loaded.content.scenario("kitchen-burn")->title == "Boiling water in the kitchen");
    const core::CountrySignals* fi = loaded.content.signalsFor("FI");
    REQUIRE(fi);
    CHECK(fi->name == "فنلندا");
    CHECK(fi->signals.at(2).name == "Test signal");
}

// A guideline note is read by the user: it says what the guide follows and what it has not yet
// been checked against, never how the text was written ("was not read here").
TEST_CASE("no guideline or country note speaks of how the content was written, in English or Arabic") {
    const std::vector<std::string> writingPhrases = {"read here", "not read", "was read", "were read", "read in full",
                                                     "لم يُقرأ", "لم تُقرأ", "لم يُقرآ", "قُرئت"};
    auto check = [&](const std::string& where, const std::string& note) {
        INFO(where << ": " << note);
        std::string lower = core::toLower(note);
        for (const std::string& phrase : writingPhrases) CHECK(lower.find(phrase) == std::string::npos);
        // "هنا" (here) as a word, not as the start of "هناك" (there is).
        for (size_t at = note.find("هنا"); at != std::string::npos; at = note.find("هنا", at + 1)) {
            size_t after = at + std::string("هنا").size();
            bool standsAlone = after == note.size() || !hasArabicLetter(note.substr(after, 2));
            CHECK_FALSE(standsAlone);
        }
    };
    for (const core::Content* content : {&realContent().content, &realArabic().content}) {
        for (const core::Guide& g : content->guides) check(g.id, g.guideline.note);
        check("kit", content->kit.guideline.note);
        for (const core::NationalKit& n : content->kit.national) check("kit " + n.source, n.guideline.note);
        for (const core::CountryNumbers& c : content->numbers.countries) check(c.code, c.note);
    }
}

TEST_CASE("a user finds a country by its Arabic name") {
    const core::EmergencyNumbers& numbers = realArabic().content.numbers;
    for (auto [query, code] : {std::pair<std::string, std::string>{"السعودية", "SA"}, {"مصر", "EG"}, {"الامارات", "AE"},
                               {"المملكة العربية السعودية", "SA"}, {"Egypt", "EG"}, {"Saudi", "SA"}}) {
        INFO(query);
        auto found = core::searchCountries(numbers, query);
        REQUIRE_FALSE(found.empty());
        CHECK(found[0]->code == code);
    }
}

TEST_CASE("Arabic search ignores hamza forms, taa marbuta and vowel marks") {
    CHECK(core::foldArabic("الإمارات") == core::foldArabic("الامارات"));
    CHECK(core::foldArabic("أُسرة") == "اسره");
    CHECK(core::foldArabic("مستشفى") == "مستشفي");
    CHECK(core::foldArabic("CPR 112") == "CPR 112");
    const core::Guide* cpr = realArabic().content.guide("adult-cpr");
    REQUIRE(cpr);
    CHECK(cpr->matches("الانعاش"));  // typed without the hamza the title has
    CHECK(cpr->matches("CPR"));
    CHECK_FALSE(cpr->matches("لدغة"));
}

TEST_CASE("the app reads the content again in another language, and a guide in progress keeps its place") {
    AppFixture f;
    app::App& app = *f.app;
    app.useGuideNow("burns");
    app.firstAid().nextStep();
    app.firstAid().nextStep();
    app.firstAid().nextStep();
    const core::Step* englishStep = app.firstAid().currentStep();
    REQUIRE(englishStep);
    CHECK(englishStep->text.find("Cool the burn") == 0);
    REQUIRE(englishStep->timer);
    app.firstAid().startTimer(*englishStep->timer);
    core::TimePoint started = app.firstAid().timer("cooling")->startedAt;

    app.loadContentLanguage("ar");
    CHECK(app.content().language == "ar");
    CHECK(app.contentProblems().empty());
    CHECK(hasArabicLetter(app.content().guide("burns")->title));
    const core::Step* arabicStep = app.firstAid().currentStep();
    REQUIRE(arabicStep);
    CHECK(hasArabicLetter(arabicStep->text));
    REQUIRE(arabicStep->timer);
    CHECK(arabicStep->timer->seconds == 1200);
    // The running timer keeps its time and takes the new words.
    REQUIRE(app.firstAid().timer("cooling"));
    CHECK(app.firstAid().timer("cooling")->startedAt == started);
    CHECK(app.firstAid().timer("cooling")->spec.label == arabicStep->timer->label);
    CHECK(hasArabicLetter(app.content().triage.find("responsive")->question));

    app.loadContentLanguage("");
    CHECK(app.content().language.empty());
    CHECK(app.content().guide("burns")->title == "Burns and scalds");
    CHECK(app.firstAid().currentStep()->text.find("Cool the burn") == 0);
}

TEST_CASE("content that can no longer be read is not swapped in: the guides in use stay") {
    TempDir dir;
    writeMinimalTree(dir.path);
    writeMinimalTranslation(dir.path);
    core::ManualClock clock;
    store::Database db(dir / "steadfast.db");
    app::App app(content::loadContent(dir.path), db, clock);
    REQUIRE(app.loadContentLanguage("ar"));
    CHECK(app.content().guides[0].title == "الحروق");
    fs::remove_all(dir / "guides");
    CHECK_FALSE(app.loadContentLanguage(""));
    CHECK(app.content().guides.size() == 1);
    CHECK(app.content().guides[0].title == "الحروق");
    CHECK_FALSE(app.contentProblems().empty());  // and the problem is there to show
}

