// Shaping: the glyphs the text engine draws are HarfBuzz's own answer (hb-shape, from
// libharfbuzz-bin) on the same font, run by run, for Arabic, Hebrew, Devanagari and mixed text.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "test_text_support.h"
#include "ui/text/paragraph.h"

using ui::text::BaseDirection;
using ui::text::Paragraph;
using ui::text::Run;
using ui::text::ShapedGlyph;

namespace {

std::string scriptTag(hb_script_t script) {
    char tag[5] = {};
    hb_tag_to_string(hb_script_to_iso15924_tag(script), tag);
    return tag;
}

// "glyph=cluster@dx,dy+advance|…", hb-shape's own notation, so a mismatch reads plainly.
std::string describe(const std::vector<ShapedGlyph>& glyphs) {
    std::string out;
    for (const ShapedGlyph& g : glyphs)
        out += std::to_string(g.id) + "=" + std::to_string(g.cluster) + "@" + std::to_string(g.xOffset) + "," +
               std::to_string(g.yOffset) + "+" + std::to_string(g.advance) + "|";
    return out;
}

// hb-shape on the run's font file, with its direction, script, language and the text around it.
std::vector<ShapedGlyph> hbShape(const Paragraph& p, const Run& run, const std::string& language) {
    std::string command = "hb-shape --font-funcs=ot --utf8-clusters --no-glyph-names --output-format=json --face-index=" +
                          std::to_string(run.face->file().index) + " --direction=" + (run.rtl() ? "rtl" : "ltr") +
                          " --script=" + scriptTag(run.script) + " --language=" + language +
                          " --text-before=" + test::quoted(p.text.substr(0, run.start)) +
                          " --text-after=" + test::quoted(p.text.substr(run.end)) + " " + test::quoted(run.face->file().path) + " " +
                          test::quoted(p.text.substr(run.start, run.end - run.start));
    std::vector<ShapedGlyph> out;
    for (const auto& g : nlohmann::json::parse(test::commandOutput(command)))
        out.push_back({g["g"].get<uint32_t>(), run.start + g["cl"].get<uint32_t>(), g["ax"].get<int32_t>(), g["dx"].get<int32_t>(),
                       g["dy"].get<int32_t>()});
    return out;
}

Paragraph shapedLikeHarfBuzz(const std::string& text, BaseDirection base, const std::string& language) {
    Paragraph p = ui::text::shapeParagraph(text, test::regularFonts(), base, language);
    for (const Run& run : p.runs) {
        INFO("run of \"", p.text.substr(run.start, run.end - run.start), "\" in ", run.face->file().path);
        CHECK(describe(run.glyphs) == describe(hbShape(p, run, language)));
    }
    return p;
}

bool fontIs(const Run& run, const std::string& fileStem) { return run.face->file().path.find(fileStem) != std::string::npos; }

// Each word: one run, in the given direction and font, shaped as hb-shape shapes it.
void checkWords(const std::vector<const char*>& words, const std::string& language, bool rtl, const std::string& fileStem) {
    for (const char* word : words) {
        INFO(word);
        Paragraph p = shapedLikeHarfBuzz(word, BaseDirection::AutoLtr, language);
        REQUIRE(p.runs.size() == 1);
        CHECK(p.rtl == rtl);
        CHECK(p.runs[0].rtl() == rtl);
        CHECK(fontIs(p.runs[0], fileStem));
    }
}

const ShapedGlyph* glyphAt(const Run& run, uint32_t cluster) {
    for (const ShapedGlyph& g : run.glyphs)
        if (g.cluster == cluster) return &g;
    return nullptr;
}

}  // namespace

TEST_CASE("Arabic words are shaped as hb-shape shapes them: lam-alef, harakat, taa marbuta, tatweel") {
    REQUIRE_MESSAGE(test::commandExists("hb-shape"), "hb-shape is missing: scripts/setup-deps installs libharfbuzz-bin");
    checkWords({"لا", "سلام", "الإسعاف", "الآن", "مُحَمَّد", "مدرسة", "اتصـــال", "إسعافاتٌ أوّليّة", "النَّزِيف"}, "ar", true, "NotoNaskhArabic");

    // What the comparison stands for, told plainly. Noto Naskh draws lam-alef as two glyphs made
    // for each other (its 'rlig' feature): the alef has no advance of its own, it sits in the lam.
    auto glyphs = [](const char* text) { return ui::text::shapeParagraph(text, test::regularFonts(), BaseDirection::Rtl, "ar").runs[0].glyphs; };
    std::vector<ShapedGlyph> lamAlef = glyphs("لا"), lamMeem = glyphs("لم");
    REQUIRE(lamAlef.size() == 2);
    CHECK(lamAlef[0].advance == 0);                // the alef, leftmost
    CHECK(lamAlef[1].id != lamMeem[1].id);         // not the lam that starts "لم"
    CHECK(glyphs("الآن")[1].advance == 0);          // the alef with madda inside its lam
    int marks = 0;
    for (const ShapedGlyph& g : glyphs("مُحَمَّد")) marks += g.advance == 0 && g.yOffset > 0 ? 1 : 0;
    CHECK(marks == 3);  // damma, fatha, and shadda with fatha as one: above their letters, no advance
    Paragraph school = ui::text::shapeParagraph("مدرسة", test::regularFonts(), BaseDirection::Rtl, "ar");
    const ShapedGlyph* finalTaa = glyphAt(school.runs[0], static_cast<uint32_t>(std::string("مدرس").size()));
    REQUIRE(finalTaa);
    CHECK(finalTaa->id != glyphs("ة")[0].id);  // taa marbuta joined to the seen before it: its final form
    Paragraph call = ui::text::shapeParagraph("اتصـــال", test::regularFonts(), BaseDirection::Rtl, "ar");
    for (uint32_t tatweel : {6u, 8u, 10u}) CHECK(glyphAt(call.runs[0], tatweel));  // each tatweel stretches the joint
}

TEST_CASE("Hebrew with niqqud and Devanagari conjuncts are shaped as hb-shape shapes them, in their own fonts") {
    REQUIRE(test::commandExists("hb-shape"));
    checkWords({"שָׁלוֹם", "עזרה ראשונה", "מגן דוד אדום"}, "he", true, "NotoSansHebrew");
    checkWords({"प्राथमिक चिकित्सा", "क्षत्रिय", "हृदय"}, "hi", false, "NotoSansDevanagari");
    // The reph and the conjunct: fewer glyphs than characters, and the vowel sign i before its consonant.
    Paragraph first = ui::text::shapeParagraph("प्राथमिक", test::regularFonts(), BaseDirection::Ltr, "hi");
    CHECK(first.runs[0].glyphs.size() < 8);
    Paragraph ki = ui::text::shapeParagraph("कि", test::regularFonts(), BaseDirection::Ltr, "hi");
    REQUIRE(ki.runs[0].glyphs.size() == 2);
    CHECK(ki.runs[0].glyphs[0].id != ui::text::shapeParagraph("क", test::regularFonts(), BaseDirection::Ltr, "hi").runs[0].glyphs[0].id);
}

TEST_CASE("mixed sentences are split into runs by direction, script and font, each shaped as hb-shape shapes it") {
    REQUIRE(test::commandExists("hb-shape"));
    SUBCASE("Arabic with a number and a Latin word inside") {
        Paragraph p = shapedLikeHarfBuzz("اتصل بـ 112 ثم ابدأ CPR فورًا", BaseDirection::Rtl, "ar");
        REQUIRE(p.runs.size() == 5);
        CHECK(p.runs[0].level == 1);
        CHECK(p.text.substr(p.runs[1].start, p.runs[1].end - p.runs[1].start) == "112");
        CHECK(p.runs[1].level == 2);  // numbers run left to right inside right-to-left text
        CHECK(p.text.substr(p.runs[3].start, p.runs[3].end - p.runs[3].start) == "CPR");
        CHECK(p.runs[3].level == 2);
        CHECK(fontIs(p.runs[3], "DejaVuSans"));
        CHECK(fontIs(p.runs[4], "NotoNaskhArabic"));
    }
    SUBCASE("English with an Arabic name inside") {
        Paragraph p = shapedLikeHarfBuzz("Call محمد علي now", BaseDirection::Ltr, "en");
        REQUIRE(p.runs.size() == 3);
        CHECK_FALSE(p.rtl);
        CHECK(p.runs[1].level == 1);
        CHECK(p.text.substr(p.runs[1].start, p.runs[1].end - p.runs[1].start) == "محمد علي");  // one run, the space inside
    }
    SUBCASE("a time in Arabic text") { shapedLikeHarfBuzz("الساعة 10:30 صباحًا", BaseDirection::AutoLtr, "ar"); }
    SUBCASE("names typed in Cyrillic, Greek, Chinese and Hebrew, each in a font that has them") {
        Paragraph p = shapedLikeHarfBuzz("Олена, Ελένη, 王小明 и יוסף", BaseDirection::AutoLtr, "en");
        std::vector<std::string> fonts;
        for (const Run& run : p.runs) fonts.push_back(run.face->file().path);
        CHECK(fontIs(p.runs.front(), "DejaVuSans"));
        bool cjk = false, hebrew = false;
        for (const Run& run : p.runs) {
            std::string part = p.text.substr(run.start, run.end - run.start);
            if (part.find("王") != std::string::npos) cjk = fontIs(run, "NotoSansCJK");
            if (part.find("יוסף") != std::string::npos) hebrew = fontIs(run, "NotoSansHebrew") && run.rtl();
        }
        CHECK(cjk);
        CHECK(hebrew);
        for (const Run& run : p.runs)
            for (const ShapedGlyph& g : run.glyphs) CHECK(g.id != 0);  // no missing-glyph boxes
    }
}

TEST_CASE("the paragraph direction comes from the first strong letter when asked, else from the UI") {
    CHECK(ui::text::resolvesRtl("محمد Smith", BaseDirection::AutoLtr));
    CHECK_FALSE(ui::text::resolvesRtl("Smith محمد", BaseDirection::AutoRtl));
    CHECK(ui::text::resolvesRtl("112", BaseDirection::AutoRtl));
    CHECK_FALSE(ui::text::resolvesRtl("112", BaseDirection::AutoLtr));
    CHECK(ui::text::resolvesRtl("Call", BaseDirection::Rtl));
}

TEST_CASE("malformed UTF-8 is drawn as U+FFFD, and the text around it is kept") {
    Paragraph p = ui::text::shapeParagraph(std::string("ab\xff" "c\xe2\x82"), test::regularFonts(), BaseDirection::Ltr, "en");
    CHECK(p.text == "ab\xEF\xBF\xBD" "c\xEF\xBF\xBD");
    size_t glyphs = 0;
    for (const Run& run : p.runs) glyphs += run.glyphs.size();
    CHECK(glyphs == 5);
}

TEST_CASE("fonts can come from files a build ships instead of fontconfig") {
    std::unique_ptr<ui::text::FontSource> system = ui::text::fontconfigSource();
    std::vector<ui::text::FontFile> arabic = system->forScript("Arab", false);
    REQUIRE_FALSE(arabic.empty());
    CHECK(arabic[0].sizeScale > 1.0f);  // drawn larger, to look as large as Latin beside it
    // Arabic as the Arabic font; Devanagari only as a file for whatever it covers.
    std::vector<ui::text::FontFile> devanagari = system->forScript("Deva", false);
    REQUIRE_FALSE(devanagari.empty());
    std::unique_ptr<ui::text::FontSource> bundled =
        ui::text::bundledSource({{{arabic[0].path, 0, 1.25f}, {"Arab"}}, {{devanagari[0].path, 0, 1.0f}, {"Zyyy"}}});
    ui::text::FontSet fonts(*bundled, {ui::findFontFile("DejaVu Sans"), 0}, false);
    Paragraph p = ui::text::shapeParagraph("Call محمد or अनन्या, 王", fonts, BaseDirection::Ltr, "en");
    auto runWith = [&](const std::string& part) -> const Run& {
        for (const Run& run : p.runs)
            if (p.text.substr(run.start, run.end - run.start).find(part) != std::string::npos) return run;
        FAIL("no run has " << part);
        return p.runs.front();
    };
    CHECK(runWith("محمد").face->file().path == arabic[0].path);
    CHECK(runWith("محمد").face->file().sizeScale == 1.25f);
    CHECK(runWith("अनन्या").face->file().path == devanagari[0].path);
    CHECK(runWith("Call").face->file().path == ui::findFontFile("DejaVu Sans"));
    CHECK(runWith("王").glyphs.back().id == 0);  // no shipped font has it: the missing-glyph box, not a crash
}
