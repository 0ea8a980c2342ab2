// The layout mirrors in a right-to-left language: the tab bar, Back, progress bars, switches,
// the keyboard's order and dragging, driven headlessly in Arabic and, for contrast, in English.
#include <doctest/doctest.h>

#include <algorithm>
#include <cfloat>
#include <imgui.h>
#include <optional>

#include "focus_order.h"
#include "i18n/i18n.h"
#include "platform/headless.h"
#include "support.h"
#include "ui/keyboard_focus.h"
#include "ui/text/text.h"
#include "ui/theme.h"
#include "ui/widgets.h"

using namespace test;
using app::Screen;
namespace keys = platform::keys;

namespace {

constexpr float kWidth = 420, kHeight = 860;

// The app shown in a language for this test; English again after it.
struct InLanguage {
    explicit InLanguage(AppFixture& f, const char* language) : f_(f) {
        i18n::setCatalogFolder(STEADFAST_SOURCE_PO_DIR);
        f.app->startInLanguage(language);
    }
    ~InLanguage() {
        f_.app->startInLanguage("en");
        ui::text::setLanguage("en");
    }
    AppFixture& f_;
};

// The box around every solid shape (not a letter) drawn last frame in this colour inside `within`.
std::optional<ui::Rect> solidBox(const ImVec4& colour, const ui::Rect& within) {
    ImU32 wanted = ImGui::GetColorU32(colour);
    ImVec2 white = ImGui::GetIO().Fonts->TexUvWhitePixel;
    std::optional<ui::Rect> box;
    ImDrawData* data = ImGui::GetDrawData();
    for (int l = 0; l < data->CmdListsCount; ++l)
        for (const ImDrawVert& v : data->CmdLists[l]->VtxBuffer) {
            if (v.col != wanted || v.uv.x != white.x || v.uv.y != white.y) continue;
            if (v.pos.x < within.x0 || v.pos.x > within.x1 || v.pos.y < within.y0 || v.pos.y > within.y1) continue;
            if (!box) box = ui::Rect{v.pos.x, v.pos.y, v.pos.x, v.pos.y};
            box->x0 = std::min(box->x0, v.pos.x);
            box->y0 = std::min(box->y0, v.pos.y);
            box->x1 = std::max(box->x1, v.pos.x);
            box->y1 = std::max(box->y1, v.pos.y);
        }
    return box;
}

const ui::Rect& target(const std::string& key) {
    INFO(key);
    REQUIRE(ui::tapTargets().count(key) == 1);
    return ui::tapTargets().at(key);
}

}  // namespace

TEST_CASE("in Arabic the tab bar runs from right to left and each tab shows its screen") {
    AppFixture f;
    InLanguage arabic(f, "ar");
    platform::Headless screen(*f.app, kWidth, kHeight);
    struct {
        const char* target;
        Screen screen;
    } tabs[] = {{"##tab-Today", Screen::Today},
                {"##tab-First aid", Screen::FirstAid},
                {"##tab-Checklists", Screen::Checklists},
                {"##tab-Plan", Screen::Plan},
                {"##tab-Reminders", Screen::Reminders}};
    float previous = FLT_MAX;
    for (const auto& t : tabs) {  // the first tab at the right edge, each next one to its left
        INFO(t.target);
        float x = target(t.target).cx();
        CHECK(x < previous);
        previous = x;
    }
    CHECK(target("##tab-Today").x1 == doctest::Approx(kWidth));
    for (const auto& t : {tabs[1], tabs[2], tabs[3], tabs[4], tabs[0]}) {
        INFO(t.target);
        REQUIRE(screen.tap(t.target));
        CHECK(f.app->nav().current().screen() == t.screen);
    }
}

TEST_CASE("Back and the title sit on the right in Arabic, Emergency and Settings on the left, and the other way in English") {
    for (const char* language : {"ar", "en"}) {
        INFO(language);
        bool rtl = std::string(language) == "ar";
        AppFixture f;
        InLanguage shown(f, language);
        platform::Headless screen(*f.app, kWidth, kHeight);
        REQUIRE(screen.tap("##tab-First aid"));
        REQUIRE(screen.tap("##guide-" + f.app->content().guides.front().id));
        const ui::Rect& back = target("##back");
        CHECK((rtl ? back.cx() > kWidth / 2 : back.cx() < kWidth / 2));
        CHECK((rtl ? target("##emergency").cx() < kWidth / 2 : target("##emergency").cx() > kWidth / 2));
        CHECK((rtl ? target("##settings").x0 < target("##emergency").x0 : target("##settings").x0 > target("##emergency").x0));
        REQUIRE(screen.tap("##back"));
        CHECK(f.app->nav().current().screen() == Screen::FirstAid);
    }
}

TEST_CASE("the guide player's progress bar fills from the right in Arabic and from the left in English") {
    for (const char* language : {"ar", "en"}) {
        INFO(language);
        bool rtl = std::string(language) == "ar";
        AppFixture f;
        InLanguage shown(f, language);
        const auto& guides = f.app->content().guides;
        auto plain = std::find_if(guides.begin(), guides.end(),
                                  [](const core::Guide& g) { return g.variants.empty() && g.steps.size() > 2 && !g.steps.front().metronome; });
        REQUIRE(plain != guides.end());
        f.app->useGuideNow(plain->id);
        platform::Headless screen(*f.app, kWidth, kHeight);
        REQUIRE(f.app->nav().current().screen() == Screen::Player);
        // Step 1 of n: a short fill in accent, above the tab bar (whose selected tab is accent too).
        auto fill = solidBox(ui::palette().accent, {0, 0, kWidth, kHeight * 0.8f});
        REQUIRE(fill);
        CHECK(fill->height() < 20);
        CHECK(fill->x1 - fill->x0 < kWidth / 2);
        if (rtl) {
            CHECK(fill->x0 > kWidth / 2);
            CHECK(fill->x1 > kWidth - 40);  // at the content's right edge (window padding and scrollbar room)
        } else {
            CHECK(fill->x1 < kWidth / 2);
            CHECK(fill->x0 < 40);
        }
        // Next is at the end of the footer: the left in Arabic.
        CHECK((rtl ? target("##step-next").cx() < kWidth / 2 : target("##step-next").cx() > kWidth / 2));
    }
}

TEST_CASE("a settings row's switch is at its end: on the left in Arabic, on the right in English") {
    for (const char* language : {"ar", "en"}) {
        INFO(language);
        bool rtl = std::string(language) == "ar";
        AppFixture f;
        InLanguage shown(f, language);
        app::BackgroundReminderState timer{true, true, true, ""};
        f.app->setBackgroundReminders({[&] { return timer; }, [&](bool on) {
                                           timer.enabled = timer.active = on;
                                           return std::string();
                                       }});
        platform::Headless screen(*f.app, kWidth, 2400);  // tall enough for all of Settings
        f.app->openSettings();
        screen.frame(3);
        const ui::Rect& row = target("##background-reminders");
        auto track = solidBox(ui::palette().accentFill, row);  // on: the track is filled
        REQUIRE(track);
        CHECK((rtl ? track->x1 < row.cx() : track->x0 > row.cx()));
        auto knob = solidBox(ui::palette().onColour, row);  // on: the knob at the track's end
        REQUIRE(knob);
        CHECK((rtl ? knob->cx() < track->cx() : knob->cx() > track->cx()));
        REQUIRE(screen.tap("##background-reminders"));
        CHECK_FALSE(timer.enabled);
    }
}

TEST_CASE("in Arabic Tab moves through the controls from right to left along a row, and the left arrow moves on") {
    AppFixture f;
    InLanguage arabic(f, "ar");
    f.app->nav().selectTab(app::Tab::Plan);
    platform::Headless screen(*f.app, kWidth, 4000);  // every control on screen, so each has a place
    std::vector<std::string> order = tabOrder(screen);
    REQUIRE(order.size() > 10);
    CHECK(order.front() == "##emergency");
    CHECK(order.back() == "##tab-Reminders");
    int sameRowPairs = 0;
    for (size_t i = 1; i < order.size(); ++i) {
        INFO(order[i - 1] << " then " << order[i]);
        const ui::Rect& a = ui::tapTargets().at(order[i - 1]);
        const ui::Rect& b = ui::tapTargets().at(order[i]);
        bool sameRow = std::abs(a.cy() - b.cy()) < 1.0f;
        sameRowPairs += sameRow;
        CHECK((sameRow ? b.cx() < a.cx() : b.cy() > a.cy()));
    }
    CHECK(sameRowPairs >= 4);  // the tab bar at least
    // The arrows follow the reading direction: left is the next control, right the one before.
    std::string now = ui::focus::focusedKey();
    screen.pressKey(keys::Left);
    CHECK(ui::focus::focusedKey() != now);
    screen.pressKey(keys::Right);
    CHECK(ui::focus::focusedKey() == now);
    screen.pressKey(keys::Left);
    std::string afterLeft = ui::focus::focusedKey();
    screen.pressKey(keys::Right);
    screen.pressKey(keys::Tab);
    CHECK(ui::focus::focusedKey() == afterLeft);
}

TEST_CASE("in Arabic dragging the content scrolls it and taps nothing") {
    AppFixture f;
    InLanguage arabic(f, "ar");
    f.app->nav().selectTab(app::Tab::Plan);
    platform::Headless screen(*f.app, kWidth, kHeight);
    REQUIRE(screen.visible("##missing-0"));
    ui::Rect row = ui::tapTargets().at("##missing-0");
    screen.drag(row.cx(), row.cy(), 0, -300, 10);
    CHECK(f.app->nav().depth() == 1);
    CHECK(screen.ui().contentScroll() > 250);
    screen.drag(kWidth / 2, 400, 0, 2000, 10);
    screen.frame(120);
    CHECK(screen.ui().contentScroll() == doctest::Approx(0));
    REQUIRE(screen.tap("##missing-0"));
    CHECK(f.app->nav().current().screen() == Screen::PlanMember);
}
