// The text engine: shaping and line layout of a guide step's paragraph in English and in Arabic
// (cold: shaped and laid out every time; cached: what a frame pays once the paragraph was drawn),
// and the font atlas: built at start-up, glyphs added when Arabic first appears and when a new
// word does, and rebuilt when their region is full. CPU only (no GPU upload), the app's own fonts
// at phone size.
//
// Usage: bench_text [iterations]   (default 2000)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <imgui.h>
#include <vector>

#include "content/loader.h"
#include "ui/fonts.h"
#include "ui/text/layout.h"
#include "ui/text/text.h"
#include "ui/text/utf8.h"

using Clock = std::chrono::steady_clock;
namespace text = ui::text;

namespace {

double usSince(Clock::time_point t0) { return std::chrono::duration<double, std::micro>(Clock::now() - t0).count(); }

// The detail of the compressions step of adult CPR, from the content, and its Arabic. The Arabic is
// the bench's own until the Arabic content exists; it is as long and as rich (lam-alef, harakat,
// punctuation, quotation marks) as a translated step is.
std::string englishStep() {
    content::LoadResult loaded = content::loadContent(STEADFAST_SOURCE_CONTENT_DIR);
    for (const core::Guide& g : loaded.content.guides)
        if (g.id == "adult-cpr")
            for (const core::Step& s : g.steps)
                if (s.id == "compressions") return s.detail;
    std::fprintf(stderr, "bench_text: the adult CPR compressions step is missing from the content\n");
    std::exit(1);
}
const std::string kArabicStep =
    "ضع كعب إحدى يديك على النصف السفلي من عظمة القص، واليد الأخرى فوقها، مع إبقاء الذراعين مستقيمتين "
    "والكتفين فوق يديك. اترك الصدر يرتفع كاملًا بعد كل ضغطة. لستَ مدرَّبًا أو لا ترغب في إعطاء أنفاس "
    "الإنقاذ؟ اختر «بلا أنفاس» في ضابط الإيقاع.";

struct Timing {
    double median, p95;
};
Timing timing(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return {v[v.size() / 2], v[v.size() * 95 / 100]};
}

void row(const char* what, Timing t) { std::printf("  %-52s median %8.2f µs   p95 %8.2f µs\n", what, t.median, t.p95); }

// Shaping and layout with no cache at all, as the first frame that shows the paragraph pays.
Timing cold(text::FontSet& fonts, const std::string& paragraph, text::BaseDirection base, const char* language, int iterations) {
    std::vector<double> us;
    for (int i = 0; i < iterations; ++i) {
        auto t0 = Clock::now();
        text::Paragraph p = text::shapeParagraph(paragraph, fonts, base, language);
        std::vector<text::Line> lines = text::layoutLines(p, 16, 380, language);
        us.push_back(usSince(t0));
        if (lines.empty()) std::abort();
    }
    return timing(us);
}

// What a frame pays once the paragraph was drawn: wrap() finds it in the cache.
Timing cached(ImFont* font, const std::string& paragraph, int iterations) {
    std::vector<double> us;
    text::wrap(font, paragraph, 380);
    for (int i = 0; i < iterations; ++i) {
        auto t0 = Clock::now();
        const text::Wrapped& w = text::wrap(font, paragraph, 380);
        us.push_back(usSince(t0));
        if (w.lines.empty()) std::abort();
    }
    return timing(us);
}

double msOf(const std::function<void()>& f) {
    auto t0 = Clock::now();
    f();
    return usSince(t0) / 1000.0;
}

}  // namespace

int main(int argc, char** argv) {
    int iterations = argc > 1 ? std::atoi(argv[1]) : 2000;
    const std::string english = englishStep();
    std::printf("Paragraphs: English %zu bytes, Arabic %zu bytes, wrapped at 380 px, body text (19 px)\n", english.size(), kArabicStep.size());

    std::unique_ptr<text::FontSource> source = text::fontconfigSource();
    text::FontSet fonts(*source, {ui::findFontFile("DejaVu Sans"), 0}, false);
    double firstArabic = msOf([&] { text::shapeParagraph(kArabicStep, fonts, text::BaseDirection::Rtl, "ar"); });
    std::printf("== Shaping and layout (HarfBuzz, FriBidi, libunibreak), one paragraph\n");
    std::printf("  %-52s %8.2f ms\n", "first Arabic ever (finding and opening its font)", firstArabic);
    row("English, cold", cold(fonts, english, text::BaseDirection::Ltr, "en", iterations));
    row("Arabic, cold", cold(fonts, kArabicStep, text::BaseDirection::Rtl, "ar", iterations));

    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    auto upload = [] {
        unsigned char* pixels;
        int w, h;
        ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    };
    ui::Fonts built;
    double startupAtlas = msOf([&] {
        built = ui::buildFonts(1.0f);
        upload();
    });

    std::printf("== Through the ImGui bridge (wrap(), cached)\n");
    text::setLanguage("en");
    row("English, cached (ImGui's own glyphs)", cached(built.body, english, iterations));
    std::vector<double> us;
    for (int i = 0; i < iterations; ++i) {
        auto t0 = Clock::now();
        const char* drawn = text::label(built.body, "Start CPR##start");
        us.push_back(usSince(t0));
        if (!drawn) std::abort();
    }
    row("an English button label, passed through", timing(us));
    text::setLanguage("ar");
    text::wrap(built.body, kArabicStep, 380);  // queues its glyphs
    double arabicAtlas = msOf([&] {
        text::updateAtlas();
        upload();
    });
    row("Arabic, cached", cached(built.body, kArabicStep, iterations));

    text::wrap(built.body, "النزيف الشديد", 380);  // one new word
    double newWord = msOf([&] {
        text::updateAtlas();
        upload();
    });
    // Words in the title size until the region is full and the atlas is rebuilt larger.
    double fullRebuild = 0;
    int rebuilds = text::stats().rebuilds;
    for (char32_t letter = 0x0628; letter <= 0x064A && text::stats().rebuilds == rebuilds; ++letter) {
        std::string word;
        for (char32_t c : {letter, char32_t(0x0627), letter, char32_t(0x0020), letter}) text::appendUtf8(word, c);
        text::label(built.huge, word);
        fullRebuild = msOf([&] {
            text::updateAtlas();
            upload();
        });
    }
    int width = 0, height = 0;
    unsigned char* pixels;
    ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);

    std::printf("== Font atlas (rasterise, pack, convert to RGBA; no GPU upload)\n");
    std::printf("  %-52s %8.2f ms\n", "built at start-up (Latin, icons; 4 sizes)", startupAtlas);
    std::printf("  %-52s %8.2f ms\n", "Arabic paragraph first shown: its glyphs added", arabicAtlas);
    std::printf("  %-52s %8.2f ms\n", "one more new word's glyphs added", newWord);
    std::printf("  %-52s %8.2f ms\n", "rebuilt, when the region for shaped glyphs is full", fullRebuild);
    std::printf("  %-52s %5zu glyphs, %d rebuild(s), texture %dx%d\n", "shaped glyphs in the atlas", text::stats().glyphs,
                text::stats().rebuilds, width, height);
    text::detach();
    ImGui::DestroyContext();
    return 0;
}
