// The bridge into ImGui: shaped text as strings of atlas codes that plain ImGui widgets draw, glyphs
// added between frames, a bounded cache, and a rendered screen that tesseract reads back.
#include <doctest/doctest.h>
#include <imgui.h>
#include <stb_image_write.h>

#include <cmath>
#include <functional>

#include "core/text.h"
#include "support.h"
#include "test_text_support.h"
#include "ui/fonts.h"
#include "ui/text/text.h"
#include "ui/text/utf8.h"

namespace text = ui::text;

namespace {

// An ImGui context with the app's fonts, as the app builds them; the UI in `language`.
struct ImGuiWithFonts {
    ui::Fonts fonts;
    explicit ImGuiWithFonts(const char* language = "en", float scale = 1.0f) {
        ImGui::CreateContext();
        ImGui::GetIO().IniFilename = nullptr;
        ImGui::StyleColorsLight();
        text::setLanguage(language);
        fonts = ui::buildFonts(scale);
    }
    ~ImGuiWithFonts() {
        text::detach();
        text::setLanguage("en");
        ImGui::DestroyContext();
    }

    // One frame as the platform draws it: glyphs the frame asked for are added and it is drawn again.
    // Returns how many passes it took.
    int frame(const std::function<void()>& draw, ImVec2 size = ImVec2(420, 200)) {
        int passes = 0;
        for (int pass = 0; pass < 2; ++pass, ++passes) {
            text::updateAtlas();
            unsigned char* pixels;
            int w, h;
            ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
            ImGui::GetIO().DisplaySize = size;
            ImGui::GetIO().DeltaTime = 1.0f / 60.0f;
            ImGui::NewFrame();
            ImGui::SetNextWindowPos(ImVec2(0, 0));
            ImGui::SetNextWindowSize(size);
            ImGui::Begin("##text", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBackground);
            draw();
            ImGui::End();
            ImGui::Render();
            if (!text::glyphsPending()) return passes + 1;
        }
        return passes;
    }
};

// ImGui's draw data drawn on the CPU as the OpenGL backend draws it (textured triangles, linear
// filtering, alpha blending), so a test can look at pixels without a GPU.
std::vector<unsigned char> rasterise(ImDrawData* data, int width, int height) {
    unsigned char* tex;
    int tw, th;
    ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&tex, &tw, &th);
    std::vector<float> rgb(static_cast<size_t>(width) * height * 3, 1.0f);
    auto texel = [&](int x, int y, int c) {
        x = std::clamp(x, 0, tw - 1);
        y = std::clamp(y, 0, th - 1);
        return tex[(static_cast<size_t>(y) * tw + x) * 4 + c] / 255.0f;
    };
    auto sample = [&](float u, float v, int c) {
        float x = u * tw - 0.5f, y = v * th - 0.5f;
        int x0 = static_cast<int>(std::floor(x)), y0 = static_cast<int>(std::floor(y));
        float fx = x - x0, fy = y - y0;
        return (texel(x0, y0, c) * (1 - fx) + texel(x0 + 1, y0, c) * fx) * (1 - fy) +
               (texel(x0, y0 + 1, c) * (1 - fx) + texel(x0 + 1, y0 + 1, c) * fx) * fy;
    };
    for (int n = 0; n < data->CmdListsCount; ++n) {
        const ImDrawList* list = data->CmdLists[n];
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            for (unsigned t = 0; t + 2 < cmd.ElemCount; t += 3) {
                const ImDrawVert* v[3];
                for (int k = 0; k < 3; ++k) v[k] = &list->VtxBuffer[cmd.VtxOffset + list->IdxBuffer[cmd.IdxOffset + t + k]];
                float area = (v[1]->pos.x - v[0]->pos.x) * (v[2]->pos.y - v[0]->pos.y) - (v[1]->pos.y - v[0]->pos.y) * (v[2]->pos.x - v[0]->pos.x);
                if (area == 0) continue;
                int x0 = std::max(static_cast<int>(std::floor(std::min({v[0]->pos.x, v[1]->pos.x, v[2]->pos.x, cmd.ClipRect.z}))), 0);
                int x1 = std::min(static_cast<int>(std::ceil(std::max({v[0]->pos.x, v[1]->pos.x, v[2]->pos.x}))), width);
                int y0 = std::max(static_cast<int>(std::floor(std::min({v[0]->pos.y, v[1]->pos.y, v[2]->pos.y}))), 0);
                int y1 = std::min(static_cast<int>(std::ceil(std::max({v[0]->pos.y, v[1]->pos.y, v[2]->pos.y}))), height);
                x0 = std::max(x0, static_cast<int>(cmd.ClipRect.x));
                y0 = std::max(y0, static_cast<int>(cmd.ClipRect.y));
                x1 = std::min(x1, static_cast<int>(cmd.ClipRect.z));
                y1 = std::min(y1, static_cast<int>(cmd.ClipRect.w));
                for (int y = y0; y < y1; ++y)
                    for (int x = x0; x < x1; ++x) {
                        float px = x + 0.5f, py = y + 0.5f, w[3];
                        for (int k = 0; k < 3; ++k) {
                            const ImDrawVert* a = v[(k + 1) % 3];
                            const ImDrawVert* b = v[(k + 2) % 3];
                            w[k] = ((b->pos.x - a->pos.x) * (py - a->pos.y) - (b->pos.y - a->pos.y) * (px - a->pos.x)) / area;
                        }
                        if (w[0] < 0 || w[1] < 0 || w[2] < 0) continue;
                        float u = w[0] * v[0]->uv.x + w[1] * v[1]->uv.x + w[2] * v[2]->uv.x;
                        float vv = w[0] * v[0]->uv.y + w[1] * v[1]->uv.y + w[2] * v[2]->uv.y;
                        ImVec4 col = ImGui::ColorConvertU32ToFloat4(v[0]->col);
                        float alpha = col.w * sample(u, vv, 3);
                        float* out = &rgb[(static_cast<size_t>(y) * width + x) * 3];
                        const float c[3] = {col.x * sample(u, vv, 0), col.y * sample(u, vv, 1), col.z * sample(u, vv, 2)};
                        for (int k = 0; k < 3; ++k) out[k] = out[k] * (1 - alpha) + c[k] * alpha;
                    }
            }
        }
    }
    std::vector<unsigned char> bytes(rgb.size());
    for (size_t i = 0; i < rgb.size(); ++i) bytes[i] = static_cast<unsigned char>(std::lround(std::clamp(rgb[i], 0.0f, 1.0f) * 255));
    return bytes;
}

// The picture scaled up twice (as a phone's screen is seen), written as PNG.
void writePng(const std::filesystem::path& file, const std::vector<unsigned char>& rgb, int width, int height) {
    std::vector<unsigned char> big(rgb.size() * 4);
    for (int y = 0; y < height * 2; ++y)
        for (int x = 0; x < width * 2; ++x)
            for (int c = 0; c < 3; ++c) big[(static_cast<size_t>(y) * width * 2 + x) * 3 + c] = rgb[(static_cast<size_t>(y / 2) * width + x / 2) * 3 + c];
    REQUIRE(stbi_write_png(file.c_str(), width * 2, height * 2, 3, big.data(), width * 2 * 3));
}

std::string withoutSpaces(std::string s) {
    std::erase_if(s, [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\f'; });
    return s;
}

// Every code point of a string, to look at what label() made.
std::vector<char32_t> codes(const char* s) { return text::decodeUtf8(s).codepoints; }

}  // namespace

TEST_CASE("English the atlas covers passes through unchanged, and nothing is added to the atlas") {
    ImGuiWithFonts imgui;
    const char* start = "Start CPR: push hard and fast – 100 to 120 a minute";
    CHECK(text::label(imgui.fonts.body, start) == start);
    std::string name = "Zoë Müller##member";
    CHECK(text::label(imgui.fonts.body, name) == name.c_str());
    CHECK_FALSE(text::isRtl(start));
    CHECK(text::width(imgui.fonts.body, start) == imgui.fonts.body->CalcTextSizeA(imgui.fonts.body->FontSize, FLT_MAX, 0, start).x);
    CHECK_FALSE(text::glyphsPending());
    CHECK(text::stats().glyphs == 0);
    CHECK(text::stats().labels == 0);

    // In an Arabic UI, a name typed in Latin still passes through; a bare number belongs to the
    // right-to-left paragraph around it, and so does any text in the UI's own direction.
    text::setLanguage("ar");
    std::string typed = "Anna 2";
    CHECK(text::label(imgui.fonts.body, typed, text::Direction::Auto) == typed.c_str());
    std::string number = "112 999";
    CHECK(text::label(imgui.fonts.body, number, text::Direction::Auto) != number.c_str());
    CHECK(text::label(imgui.fonts.body, typed) != typed.c_str());
    CHECK(text::drawnAsIs(imgui.fonts.body, typed, text::Direction::Auto));
    CHECK_FALSE(text::drawnAsIs(imgui.fonts.body, "محمد", text::Direction::Auto));
    CHECK_FALSE(text::drawnAsIs(imgui.fonts.body, "Олена", text::Direction::Auto));  // not in the atlas until typed or shaped
}

TEST_CASE("Arabic becomes atlas codes in visual order that a plain ImGui widget draws, added before the frame is shown") {
    ImGuiWithFonts imgui("ar");
    ImFont* body = imgui.fonts.body;
    const std::string call = "اتصل بالإسعاف الآن";
    const char* drawn = text::label(body, call + "##call");
    std::string visual = drawn;
    REQUIRE(visual.size() > 7);
    CHECK(visual.substr(visual.size() - 6) == "##call");  // the id stays as it was
    std::vector<char32_t> glyphs = codes(visual.substr(0, visual.size() - 6).c_str());
    for (char32_t c : glyphs) CHECK((c >= 0xE000 && c <= 0xEFFF));
    CHECK(text::glyphsPending());  // not in the atlas yet: the frame will be drawn again

    int passes = imgui.frame([&] { ImGui::Button(text::label(body, call + "##call")); });
    CHECK(passes == 1);  // the glyphs asked for above were added before this frame
    CHECK_FALSE(text::glyphsPending());
    for (char32_t c : glyphs) CHECK(body->FindGlyphNoFallback(static_cast<ImWchar>(c)) != nullptr);
    CHECK(std::string(text::label(body, call)) == visual.substr(0, visual.size() - 6));  // the same codes again
    CHECK(text::isRtl(call));
    // ImGui measures the string exactly as wide as the engine laid it out.
    CHECK(ImGui::CalcTextSize(text::label(body, call)).x == doctest::Approx(text::width(body, call)).epsilon(0.001));

    text::Stats before = text::stats();
    CHECK(imgui.frame([&] { ImGui::TextUnformatted(text::label(body, call)); }) == 1);
    CHECK(text::stats().textureUpdates == before.textureUpdates);  // nothing new: the atlas is left alone

    // A new word the frame has not drawn before: the frame is drawn twice, the second time whole,
    // and its glyphs go into the free part of the atlas without rebuilding it.
    CHECK(imgui.frame([&] { ImGui::TextUnformatted(text::label(body, "النزيف الشديد")); }) == 2);
    CHECK(text::stats().textureUpdates == before.textureUpdates + 1);
    CHECK(text::stats().rebuilds == before.rebuilds);
    for (char32_t c : codes(text::label(body, "النزيف الشديد"))) CHECK(body->FindGlyphNoFallback(static_cast<ImWchar>(c)) != nullptr);
}

TEST_CASE("wrapped text through the bridge: right-to-left lines to align right, no line wider than asked, English with ImGui's own glyphs") {
    ImGuiWithFonts imgui("ar");
    ImFont* body = imgui.fonts.body;
    const std::string steps = "ضع يديك في منتصف الصدر واضغط بقوة وبسرعة مئة إلى مئة وعشرين مرة في الدقيقة";
    // Drawn by textWrapped, each line ends at the right edge of the window's content.
    imgui.frame([&] { text::textWrapped(steps); });
    float right = 0;
    for (const ImDrawVert& v : ImGui::GetDrawData()->CmdLists[0]->VtxBuffer) right = std::max(right, v.pos.x);
    CHECK(right == doctest::Approx(420 - ImGui::GetStyle().WindowPadding.x).epsilon(0.01));

    imgui.frame([&] {
        for (const text::WrappedLine& line : text::wrap(body, steps, 160).lines) ImGui::TextUnformatted(line.text.c_str());
    });
    const text::Wrapped& lines = text::wrap(body, steps, 160);
    REQUIRE(lines.lines.size() >= 3);
    CHECK(lines.rtl);
    for (const text::WrappedLine& line : lines.lines) {
        CHECK(line.width <= 160);
        CHECK(body->CalcTextSizeA(body->FontSize, FLT_MAX, 0, line.text.c_str()).x == doctest::Approx(line.width));
    }

    text::setLanguage("en");
    size_t glyphs = text::stats().glyphs;
    const text::Wrapped& english = text::wrap(body, "Press hard and fast in the centre of the chest", 150);
    REQUIRE(english.lines.size() >= 2);
    CHECK_FALSE(english.rtl);
    std::string joined;
    for (const text::WrappedLine& line : english.lines) {
        CHECK(line.width <= 150);
        CHECK(line.width == doctest::Approx(body->CalcTextSizeA(body->FontSize, FLT_MAX, 0, line.text.c_str()).x));
        joined += (joined.empty() ? "" : " ") + line.text;
    }
    CHECK(joined == "Press hard and fast in the centre of the chest");
    CHECK(text::stats().glyphs == glyphs);  // all ImGui's own
}

TEST_CASE("a clock that changes every second does not grow the caches or the atlas without end") {
    ImGuiWithFonts imgui("ar");
    ImFont* huge = imgui.fonts.huge;
    for (int second = 0; second < 3000; ++second) {
        char clock[16];
        std::snprintf(clock, sizeof clock, "%02d:%02d", second / 60, second % 60);
        imgui.frame([&] { ImGui::TextUnformatted(text::label(huge, clock)); });
        REQUIRE(text::stats().labels <= text::stats().labelCapacity + 1);  // what this frame drew is kept until the next
    }
    text::updateAtlas();  // the next frame starts
    CHECK(text::stats().labels <= text::stats().labelCapacity);
    CHECK(text::stats().labels > 100);  // it does cache
    // Eleven characters at a few pixel phases each, not a glyph per time shown.
    CHECK(text::stats().glyphs <= 11 * 8);
}

TEST_CASE("when the region for shaped glyphs fills up, the atlas is rebuilt larger and every glyph drawn before is still there") {
    ImGuiWithFonts imgui("ar");
    ImFont* huge = imgui.fonts.huge;
    std::vector<std::string> shown;
    int rebuilds = -1;
    for (char32_t letter = 0x0628; letter <= 0x064A && static_cast<int>(shown.size()) < 60; ++letter) {
        std::string word;
        for (char32_t c : {letter, char32_t(0x0627), letter, char32_t(' '), letter}) text::appendUtf8(word, c);  // its forms
        shown.push_back(word);
        imgui.frame([&] { ImGui::TextUnformatted(text::label(huge, word)); }, ImVec2(420, 200));
        if (rebuilds < 0) rebuilds = text::stats().rebuilds;
    }
    CHECK(text::stats().rebuilds > rebuilds);  // it did fill up at least once
    for (const std::string& word : shown)
        for (char32_t c : codes(text::label(huge, word))) CHECK(huge->FindGlyphNoFallback(static_cast<ImWchar>(c)) != nullptr);
    CHECK_FALSE(text::glyphsPending());
}

TEST_CASE("a font that runs out of its 4096 codes frees them and the frame gets what it shows") {
    ImGuiWithFonts imgui;
    ImFont* body = imgui.fonts.body;
    // Chinese names, sixty new ideographs a frame: more than 4096 glyphs in all.
    char32_t next = 0x4E00;
    std::string last;
    for (int frame = 0; frame < 75; ++frame) {
        last.clear();
        for (int i = 0; i < 60; ++i) text::appendUtf8(last, next++);
        imgui.frame([&] { ImGui::TextUnformatted(text::label(body, last)); });
    }
    CHECK(text::stats().glyphs < 1000);  // freed once, then only what the last frames drew
    for (char32_t c : codes(text::label(body, last))) CHECK(body->FindGlyphNoFallback(static_cast<ImWchar>(c)) != nullptr);
    CHECK_FALSE(text::glyphsPending());
}

TEST_CASE("names typed in any script get glyphs, shaped") {
    ImGuiWithFonts imgui;
    ImFont* body = imgui.fonts.body;
    for (const char* name : {"Олена Шевченко", "Ελένη Παπαδοπούλου", "محمد الأحمد", "יוסף כהן", "अनन्या शर्मा", "王小明", "김민준"}) {
        INFO(name);
        imgui.frame([&] { ImGui::TextUnformatted(text::label(body, name, text::Direction::Auto)); });
        const char* drawn = text::label(body, name, text::Direction::Auto);
        for (char32_t c : codes(drawn)) CHECK(body->FindGlyphNoFallback(static_cast<ImWchar>(c)) != nullptr);
        CHECK(text::width(body, name, text::Direction::Auto) > 20);
    }
}

TEST_CASE("Arabic drawn through the ImGui atlas reads back as the same words (tesseract)") {
    if (!test::commandExists("tesseract") || test::commandOutput("tesseract --list-langs").find("ara") == std::string::npos) {
        MESSAGE("skipped: tesseract with Arabic is not installed (scripts/setup-deps installs tesseract-ocr and tesseract-ocr-ara)");
        return;
    }
    test::TempDir dir;
    ImGuiWithFonts imgui("ar");
    const std::string call = "اتصل بالإسعاف الآن";
    const int width = 420, height = 60;
    auto ocr = [&](const std::function<void()>& draw, const char* name) {
        imgui.frame([&] {
            ImGui::PushFont(imgui.fonts.body);
            draw();
            ImGui::PopFont();
        }, ImVec2(width, height));
        std::filesystem::path png = dir / name;
        writePng(png, rasterise(ImGui::GetDrawData(), width, height), width, height);
        return test::commandOutput("tesseract " + png.string() + " stdout -l ara --psm 7");
    };
    std::string shaped = ocr([&] { text::textWrapped(call); }, "shaped.png");
    CHECK(withoutSpaces(shaped) == withoutSpaces(call));
}
