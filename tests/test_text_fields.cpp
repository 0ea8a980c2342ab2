// Text fields draw what a user types through the text engine: Arabic shaped as HarfBuzz shapes it,
// right-aligned, the caret where the next letter goes; numbers inside Arabic left to right; Latin
// as before. Typed through ImGui's own input queue, saved as the logical string.
#include <doctest/doctest.h>

#include <cfloat>
#include <imgui.h>
#include <imgui_internal.h>
#include <nlohmann/json.hpp>

#include "platform/headless.h"
#include "support.h"
#include "test_text_support.h"
#include "ui/fields.h"
#include "ui/text/paragraph.h"
#include "ui/text/text.h"

using namespace test;
namespace keys = platform::keys;

namespace {

const ui::DrawnField& drawn(const std::string& id) {
    INFO(id);
    REQUIRE(ui::drawnFields().count(id) == 1);
    const ui::DrawnField& field = ui::drawnFields().at(id);
    REQUIRE(field.frameCount == ImGui::GetFrameCount());  // drawn in the last frame
    return field;
}

// HarfBuzz's own glyph ids for a word of one script, left to right as drawn (hb-shape, from
// libharfbuzz-bin), in the font the text engine picks for it in `text` (digits inside Arabic take
// the Arabic font's).
std::vector<uint32_t> hbShapeIds(const std::string& word, bool rtl, const std::string& text = {}) {
    const std::string& context = text.empty() ? word : text;
    ui::text::Paragraph p = ui::text::shapeParagraph(context, regularFonts(), ui::text::BaseDirection::AutoLtr, "en");
    auto at = static_cast<uint32_t>(context.find(word));
    auto run = std::find_if(p.runs.begin(), p.runs.end(), [&](const ui::text::Run& r) { return r.start <= at && at < r.end; });
    REQUIRE(run != p.runs.end());
    const ui::text::Face& face = *run->face;
    std::string command = "hb-shape --font-funcs=ot --no-glyph-names --output-format=json --face-index=" +
                          std::to_string(face.file().index) + " --direction=" + (rtl ? "rtl" : "ltr") + " --language=en " +
                          quoted(face.file().path) + " " + quoted(word);
    std::vector<uint32_t> ids;
    for (const auto& g : nlohmann::json::parse(commandOutput(command))) ids.push_back(g["g"].get<uint32_t>());
    return ids;
}

// Whether `part` appears in `whole`, in the same order, side by side.
bool containsRun(const std::vector<uint32_t>& whole, const std::vector<uint32_t>& part) {
    return std::search(whole.begin(), whole.end(), part.begin(), part.end()) != whole.end();
}

// A press and release of the mouse at a point, as a finger taps.
void tapAt(platform::Headless& screen, float x, float y) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(x, y);
    screen.frame();
    io.MouseDown[0] = true;
    screen.frame();
    io.MouseDown[0] = false;
    screen.frame();
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
}

// Where ImGui's cursor is in the field being edited, in characters from the start of the text.
int cursorOf(const std::string& id) {
    ImGuiInputTextState* state = ImGui::GetInputTextState(ImGui::GetActiveID());
    REQUIRE(state != nullptr);
    INFO(id);
    return state->Stb.cursor;
}

float padX() { return ImGui::GetStyle().FramePadding.x; }

// The app in a language for as long as it lives; English again after.
struct InLanguage {
    AppFixture& f;
    InLanguage(AppFixture& fixture, const char* language) : f(fixture) {
        i18n::setCatalogFolder(STEADFAST_SOURCE_PO_DIR);
        f.app->startInLanguage(language);
    }
    ~InLanguage() {
        f.app->startInLanguage("en");
        ui::text::setLanguage("en");
    }
};

// A new member's screen with the name field tapped, in a language.
struct NewMember {
    AppFixture f;
    InLanguage language;
    platform::Headless screen{*f.app, 420, 3000};
    explicit NewMember(const char* code = "en") : language(f, code) {
        REQUIRE(screen.tap("##tab-Plan"));
        REQUIRE(screen.tap("##add-member"));
        REQUIRE(screen.tap("##member-name"));
    }
    std::string savedName() { return f.db->sql().execAndGet("SELECT name FROM plan_members").getString(); }
};

}  // namespace

TEST_CASE("an Arabic name typed into a member's field is drawn shaped, right-aligned, the caret at its visual end, and saved as typed") {
    NewMember m;
    const std::string name = "محمد";
    m.screen.type(name);
    const ui::DrawnField& field = drawn("##member-name");
    REQUIRE(field.lines.size() == 1);
    CHECK_FALSE(field.hint);
    CHECK(field.rtl);
    // The glyphs drawn are HarfBuzz's: joined forms, right to left.
    CHECK(ui::text::glyphIds(field.font, field.lines[0]) == hbShapeIds(name, true));
    // Right-aligned inside the field, and the caret at the end of the word: its left edge.
    const ui::Rect box = field.lineBoxes[0];  // a copy: the next frame draws the field again
    CHECK(box.x1 == doctest::Approx(field.frame.x1 - padX()));
    CHECK(box.x0 > field.frame.cx());
    REQUIRE(field.caret);
    CHECK(std::abs(field.caretX - box.x0) <= 1.0f);
    float atEnd = field.caretX;

    // Arrow keys move through the text in reading order: one letter back is one letter to the right.
    m.screen.pressKey(keys::Left);
    CHECK(cursorOf("##member-name") == 3);
    CHECK(drawn("##member-name").caretX > atEnd + 2);
    CHECK(drawn("##member-name").caretX < box.x1);

    // A tap at the right end of the word puts the caret before its first letter; at the left end, after its last.
    tapAt(m.screen, box.x1 - 1, box.cy());
    CHECK(cursorOf("##member-name") == 0);
    CHECK(std::abs(drawn("##member-name").caretX - box.x1) <= 1.0f);
    tapAt(m.screen, box.x0 + 1, box.cy());
    CHECK(cursorOf("##member-name") == 4);

    REQUIRE(m.screen.tap("##member-medical_conditions"));  // leaving the field saves it
    CHECK(m.f.app->plan().plan().members.at(0).name == name);
    CHECK(m.savedName() == name);
}

TEST_CASE("a Latin name draws and edits as before: ImGui's own glyphs, left-aligned, the caret after the last letter") {
    NewMember m;
    m.screen.type("Ada");
    const ui::DrawnField& field = drawn("##member-name");
    REQUIRE(field.lines.size() == 1);
    CHECK(field.lines[0] == "Ada");  // no shaping needed: ImGui's atlas draws it
    CHECK_FALSE(field.rtl);
    const ui::Rect box = field.lineBoxes[0];
    CHECK(box.x0 == doctest::Approx(field.frame.x0 + padX()));
    CHECK(std::abs(field.caretX - box.x1) <= 1.0f);
    m.screen.pressKey(keys::Left);
    float beforeLastA = drawn("##member-name").caretX;
    CHECK(beforeLastA < box.x1 - 2);
    CHECK(beforeLastA > box.x0 + 2);
    m.screen.pressKey(keys::Backspace);
    m.screen.type("n");
    REQUIRE(m.screen.tap("##member-medical_conditions"));
    CHECK(m.savedName() == "Ana");
}

TEST_CASE("an empty field shows its hint, and a tap in a field places the caret at the nearest letter") {
    NewMember m;
    const ui::DrawnField& empty = drawn("##member-name");
    CHECK(empty.hint);
    CHECK_FALSE(empty.rtl);  // an English UI
    REQUIRE(empty.caret);
    CHECK(empty.caretX == doctest::Approx(empty.frame.x0 + padX()));
    m.screen.type("Ada Lovelace");
    const ui::Rect box = drawn("##member-name").lineBoxes[0];
    tapAt(m.screen, box.x0 + 1, box.cy());
    CHECK(cursorOf("##member-name") == 0);
    tapAt(m.screen, box.x1 + 30, box.cy());  // past the end of the text
    CHECK(cursorOf("##member-name") == 12);
}

TEST_CASE("Arabic notes with a number keep the number left to right, and a long note wraps like a label") {
    AppFixture f;
    f.app->upkeepOffer().dismiss();
    platform::Headless screen(*f.app, 420, 3000);
    REQUIRE(screen.tap("##tab-Reminders"));
    REQUIRE(screen.tap("##reminder-add"));
    REQUIRE(screen.tap("##reminder-title"));
    screen.type("الدواء");
    REQUIRE(screen.tap("##reminder-notes"));
    const std::string call = "اتصل بـ 997 الآن";
    screen.type(call);
    const ui::DrawnField& field = drawn("##reminder-notes");
    REQUIRE(field.lines.size() == 1);
    CHECK(field.rtl);
    std::vector<uint32_t> ids = ui::text::glyphIds(field.font, field.lines[0]);
    CHECK(containsRun(ids, hbShapeIds("997", false, call)));  // 9, 9, 7 from left to right
    std::vector<uint32_t> now = hbShapeIds("الآن", true, call);
    CHECK(std::vector<uint32_t>(ids.begin(), ids.begin() + static_cast<long>(std::min(ids.size(), now.size()))) == now);  // the last word is leftmost
    CHECK(field.lineBoxes[0].x1 == doctest::Approx(field.frame.x1 - padX()));
    CHECK(std::abs(field.caretX - field.lineBoxes[0].x0) <= 1.0f);
    CHECK(f.app->reminderEditor().draft(0).notes == call);

    // A note longer than the field: lines broken between words as the engine breaks a label, each
    // aligned right, none wider than the field.
    const std::string note = " الدواء في الخزانة 2 حبة، والمفتاح مع الجار في الطابق الثاني، ورقم الطبيب على الثلاجة";
    screen.type(note);
    screen.frame();
    const ui::DrawnField& wrapped = drawn("##reminder-notes");
    CHECK(wrapped.lines.size() >= 2);
    float inner = wrapped.frame.x1 - wrapped.frame.x0 - 2 * padX();
    const ui::text::Wrapped& label = ui::text::wrap(wrapped.font, call + note, inner * wrapped.font->FontSize / wrapped.fontSize,
                                                    ui::text::Direction::Auto);
    REQUIRE(label.lines.size() == wrapped.lines.size());
    for (size_t i = 0; i < wrapped.lines.size(); ++i) {
        CHECK(wrapped.lines[i] == label.lines[i].text);
        CHECK(wrapped.lineBoxes[i].x1 == doctest::Approx(wrapped.frame.x1 - padX()));
        CHECK(wrapped.lineBoxes[i].x0 >= wrapped.frame.x0 + padX() - 1);
        CHECK(wrapped.lineBoxes[i].y1 <= wrapped.frame.y1);
    }
    REQUIRE(screen.tap("##reminder-save"));
    CHECK(f.db->sql().execAndGet("SELECT notes FROM reminders").getString() == call + note);
}

TEST_CASE("in Arabic an empty field's hint and caret are on the right, and a Latin name typed into it is left-aligned") {
    NewMember m("ar");
    const ui::DrawnField& empty = drawn("##member-name");
    CHECK(empty.hint);
    CHECK(empty.rtl);
    REQUIRE(empty.caret);
    CHECK(empty.lineBoxes[0].x1 == doctest::Approx(empty.frame.x1 - padX()));
    CHECK(empty.caretX == doctest::Approx(empty.frame.x1 - padX()));
    m.screen.type("Ada");
    const ui::DrawnField& latin = drawn("##member-name");
    CHECK_FALSE(latin.rtl);
    CHECK(latin.lineBoxes[0].x0 == doctest::Approx(latin.frame.x0 + padX()));
    CHECK(std::abs(latin.caretX - latin.lineBoxes[0].x1) <= 1.0f);
}

TEST_CASE("a name longer than its field scrolls so the caret stays inside it, Arabic and Latin") {
    for (const char* name : {"عبد الرحمن بن محمد بن عبد الله بن إبراهيم الأحمد الهاشمي القرشي", "Maximilian Alexander Ferdinand von Hohenberg-Wittelsbach"}) {
        INFO(std::string(name));
        NewMember m;
        m.screen.type(name);
        const ui::DrawnField& field = drawn("##member-name");
        REQUIRE(field.caret);
        CHECK(field.lineBoxes[0].x1 - field.lineBoxes[0].x0 > field.frame.x1 - field.frame.x0);  // longer than the field
        CHECK(field.caretX >= field.frame.x0 + padX() - 1);
        CHECK(field.caretX <= field.frame.x1 - padX() + 1);
    }
}
