// Layout: line breaks at the opportunities Unicode allows, words kept whole, and each line in
// visual order (mixed runs, right-to-left lines read from the right).
#include <doctest/doctest.h>

#include <algorithm>

#include "core/text.h"
#include "test_text_support.h"
#include "ui/text/layout.h"

using ui::text::BaseDirection;
using ui::text::breakLines;
using ui::text::layoutLines;
using ui::text::Line;
using ui::text::LineRange;
using ui::text::Paragraph;

namespace {

// Break a text measured as one unit per character (ASCII) into its lines' visible text.
std::vector<std::string> brokenAt(const std::string& text, float width) {
    std::vector<float> advance(text.size(), 1.0f);
    std::vector<char> clusterStart(text.size(), 1);
    for (size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n') advance[i] = 0;
    std::vector<std::string> lines;
    for (const LineRange& r : breakLines(text, advance, clusterStart, width, "en")) lines.push_back(text.substr(r.start, r.visibleEnd - r.start));
    return lines;
}

// The words of the paragraph (split at spaces) in the order they appear on a line from left to
// right, told by the clusters of the glyphs drawn.
std::vector<std::string> wordsLeftToRight(const Paragraph& p, const Line& line) {
    std::vector<std::string> words;
    for (const auto& g : line.glyphs) {
        size_t start = p.text.rfind(' ', g.cluster);
        start = start == std::string::npos || start > g.cluster ? 0 : start + 1;
        size_t end = p.text.find(' ', g.cluster);
        std::string word = p.text.substr(start, (end == std::string::npos ? p.text.size() : end) - start);
        if (p.text[g.cluster] != ' ' && (words.empty() || words.back() != word)) words.push_back(word);
    }
    return words;
}

Paragraph shaped(const std::string& text, BaseDirection base, const char* language) {
    return ui::text::shapeParagraph(text, test::regularFonts(), base, language);
}

}  // namespace

TEST_CASE("lines break between words, spaces hang at the end of a line, a word wider than a line breaks between letters") {
    CHECK(brokenAt("Call the emergency number now", 12) == std::vector<std::string>{"Call the", "emergency", "number now"});
    CHECK(brokenAt("Call the emergency number now", 0) == std::vector<std::string>{"Call the emergency number now"});
    CHECK(brokenAt("Call the", 4) == std::vector<std::string>{"Call", "the"});  // "Call " fits: its space hangs
    CHECK(brokenAt("cardiopulmonary", 6) == std::vector<std::string>{"cardio", "pulmon", "ary"});
    CHECK(brokenAt("one\ntwo three", 20) == std::vector<std::string>{"one", "two three"});
    CHECK(brokenAt("", 20) == std::vector<std::string>{""});
    CHECK(brokenAt("well-known", 6) == std::vector<std::string>{"well-", "known"});  // after a hyphen, as UAX #14 allows
}

TEST_CASE("mixed runs are put in visual order: numbers and Latin left to right inside Arabic, an Arabic name reversed inside English") {
    SUBCASE("Arabic with a number and a Latin word") {
        Paragraph p = shaped("اتصل بـ 112 ثم ابدأ CPR فورًا", BaseDirection::Rtl, "ar");
        std::vector<Line> lines = layoutLines(p, 16, 0, "ar");
        REQUIRE(lines.size() == 1);
        CHECK(wordsLeftToRight(p, lines[0]) == std::vector<std::string>{"فورًا", "CPR", "ابدأ", "ثم", "112", "بـ", "اتصل"});
        // Inside "112" and "CPR" the glyphs read left to right; inside Arabic words, right to left.
        std::vector<uint32_t> clusters;
        for (const auto& g : lines[0].glyphs) clusters.push_back(g.cluster);
        size_t cpr = p.text.find("CPR"), number = p.text.find("112");
        auto position = [&](size_t cluster) { return std::find(clusters.begin(), clusters.end(), static_cast<uint32_t>(cluster)) - clusters.begin(); };
        CHECK(position(cpr) + 1 == position(cpr + 1));
        CHECK(position(number) + 2 == position(number + 2));
        CHECK(position(0) == static_cast<long>(clusters.size()) - 1);  // the first letter is the rightmost glyph
    }
    SUBCASE("English with an Arabic name") {
        Paragraph p = shaped("Call محمد علي now", BaseDirection::AutoLtr, "en");
        std::vector<Line> lines = layoutLines(p, 16, 0, "en");
        CHECK_FALSE(p.rtl);
        CHECK(wordsLeftToRight(p, lines[0]) == std::vector<std::string>{"Call", "علي", "محمد", "now"});
    }
    SUBCASE("a right-to-left paragraph keeps its closing punctuation on the left") {
        Paragraph p = shaped("هل يتنفس؟ (نعم/لا)", BaseDirection::AutoLtr, "ar");
        std::vector<Line> lines = layoutLines(p, 16, 0, "ar");
        CHECK(p.rtl);
        CHECK(lines[0].glyphs.back().cluster == 0);  // "هل" on the right
    }
    SUBCASE("positions follow the advances, with nothing overlapping") {
        Paragraph p = shaped("Call محمد now", BaseDirection::Ltr, "en");
        Line line = layoutLines(p, 16, 0, "en")[0];
        float pen = 0;
        for (const auto& g : line.glyphs) {
            CHECK(g.x == doctest::Approx(pen));
            pen += g.advance;
        }
        CHECK(line.width == doctest::Approx(pen));
    }
}

TEST_CASE("an Arabic paragraph wraps between words and each line reads from the right") {
    const std::string steps = "ضع يديك في منتصف الصدر واضغط بقوة وبسرعة مئة إلى مئة وعشرين مرة في الدقيقة";
    Paragraph p = shaped(steps, BaseDirection::Rtl, "ar");
    std::vector<Line> lines = layoutLines(p, 16, 120, "ar");
    REQUIRE(lines.size() >= 3);
    std::vector<std::string> words = core::splitWords(steps), seen;
    for (const Line& line : lines) {
        CHECK(line.width <= 120);
        // A line starts at a word's start and ends with a whole word.
        CHECK((line.range.start == 0 || p.text[line.range.start - 1] == ' '));
        CHECK((line.range.visibleEnd == p.text.size() || p.text[line.range.visibleEnd] == ' '));
        std::vector<std::string> onLine = wordsLeftToRight(p, line);
        seen.insert(seen.end(), onLine.rbegin(), onLine.rend());  // read from the right
    }
    CHECK(seen == words);  // every word once, whole, in reading order
}
