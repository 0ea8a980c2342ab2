// Keyboard, touch-style dragging and scroll positions, driven headlessly through the same shell
// the window uses.
#include <doctest/doctest.h>

#include <imgui.h>

#include "focus_order.h"
#include "platform/headless.h"
#include "support.h"
#include "ui/keyboard_focus.h"
#include "ui/widgets.h"

using namespace test;
using app::Screen;
namespace keys = platform::keys;

TEST_CASE("Space and Enter do nothing until Tab shows the focus ring, then activate what it is on") {
    AppFixture f;
    platform::Headless screen(*f.app);
    screen.pressKey(keys::Space);
    screen.pressKey(keys::Enter);
    CHECK(f.app->nav().depth() == 1);
    CHECK(ui::focus::focusedKey().empty());

    screen.pressKey(keys::Tab);  // the top bar comes first: Emergency, then Settings
    CHECK(ui::focus::focusedKey() == "##emergency");
    CHECK(ui::focus::ringVisible());
    screen.pressKey(keys::Tab);
    CHECK(ui::focus::focusedKey() == "##settings");
    screen.pressKey(keys::Enter);
    CHECK(f.app->nav().current().screen() == Screen::Settings);

    screen.pressKey(keys::Tab);  // on the new screen the ring starts at its first control
    CHECK(ui::focus::focusedKey() == "##back");
    screen.pressKey(keys::Space);
    CHECK(f.app->nav().current().screen() == Screen::Today);

    // Shift+Tab from the first control wraps round to the last: the Reminders tab.
    screen.pressKey(keys::Tab);
    screen.keyDown(keys::LeftShift);
    screen.pressKey(keys::Tab);
    screen.keyUp(keys::LeftShift);
    CHECK(ui::focus::focusedKey() == "##tab-Reminders");
    screen.pressKey(keys::Enter);
    CHECK(f.app->nav().current().screen() == Screen::Reminders);
}

TEST_CASE("Tab follows the screen from top to bottom") {
    AppFixture f;
    f.app->nav().selectTab(app::Tab::Plan);
    platform::Headless screen(*f.app, 420, 4000);  // every control on screen, so each has a place
    std::vector<std::string> order = tabOrder(screen);
    REQUIRE(order.size() > 10);
    CHECK(order.front() == "##emergency");
    CHECK(order.back() == "##tab-Reminders");
    for (size_t i = 1; i < order.size(); ++i) {
        INFO(order[i - 1] << " then " << order[i]);
        const ui::Rect& a = ui::tapTargets().at(order[i - 1]);
        const ui::Rect& b = ui::tapTargets().at(order[i]);
        bool sameRow = std::abs(a.cy() - b.cy()) < 1.0f;
        CHECK((sameRow ? b.cx() > a.cx() : b.cy() > a.cy()));
    }
}

TEST_CASE("Tab into a text field types there, and Tab goes on to the next control") {
    AppFixture f;
    f.app->upkeepOffer().dismiss();
    f.app->nav().selectTab(app::Tab::Reminders);
    f.app->nav().push(app::route::ReminderEdit{});
    platform::Headless screen(*f.app);
    for (int i = 0; i < 10 && ui::focus::focusedKey() != "##reminder-title"; ++i) screen.pressKey(keys::Tab);
    REQUIRE(ui::focus::focusedKey() == "##reminder-title");
    screen.type("Torch batteries");
    screen.pressKey(keys::Tab);
    CHECK(ui::focus::focusedKey() == "##reminder-notes");
    screen.type("AA");
    CHECK(f.app->reminderEditor().draft(0).title == "Torch batteries");
    CHECK(f.app->reminderEditor().draft(0).notes == "AA");
}

TEST_CASE("a key pressed and released between two frames still counts") {
    AppFixture f;
    std::string slow;
    {
        platform::Headless screen(*f.app);
        for (int i = 0; i < 12; ++i) screen.pressKey(keys::Tab);
        slow = ui::focus::focusedKey();
    }
    platform::Headless screen(*f.app);
    for (int i = 0; i < 12; ++i) {  // twelve quick taps, each shorter than a frame
        screen.keyDown(keys::Tab);
        screen.keyUp(keys::Tab);
        screen.frame();
    }
    screen.frame(30);  // the taps that came faster than frames are shown one by one
    CHECK(ui::focus::focusedKey() == slow);

    // A shortcut tapped between frames: Ctrl+4 opens the Plan tab.
    screen.keyDown(keys::LeftControl);
    screen.frame();
    screen.keyDown('4');
    screen.keyUp('4');
    screen.frame(2);
    screen.keyUp(keys::LeftControl);
    screen.frame();
    CHECK(f.app->nav().current().screen() == Screen::Plan);
}

TEST_CASE("dragging a list scrolls it, glides on after letting go, and taps nothing") {
    AppFixture f;
    f.app->nav().selectTab(app::Tab::Plan);
    platform::Headless screen(*f.app, 420, 860);
    REQUIRE(screen.visible("##missing-0"));  // a tap here would add a household member
    ui::Rect row = ui::tapTargets().at("##missing-0");
    screen.drag(row.cx(), row.cy(), 0, -300, 10);
    CHECK(f.app->nav().current().screen() == Screen::Plan);
    CHECK(f.app->nav().depth() == 1);
    CHECK(f.app->plan().plan().members.empty());
    float atRelease = screen.ui().contentScroll();
    CHECK(atRelease > 250);
    screen.frame(30);
    float glided = screen.ui().contentScroll();
    CHECK(glided > atRelease + 20);  // it went on moving after the finger let go
    screen.frame(120);
    CHECK(screen.ui().contentScroll() == doctest::Approx(screen.ui().contentScroll()));

    // Dragging down brings the top back; a press that does not move is still a tap.
    screen.drag(210, 400, 0, 2000, 10);
    screen.frame(120);
    CHECK(screen.ui().contentScroll() == doctest::Approx(0));
    REQUIRE(screen.tap("##missing-0"));
    CHECK(f.app->nav().current().screen() == Screen::PlanMember);
}

TEST_CASE("a slow drag that stops before letting go does not glide") {
    AppFixture f;
    f.app->nav().selectTab(app::Tab::Plan);
    platform::Headless screen(*f.app, 420, 860);
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(210, 500);
    screen.frame();
    io.MouseDown[0] = true;
    screen.frame();
    for (int i = 1; i <= 10; ++i) {
        io.MousePos = ImVec2(210, 500 - 20.0f * i);
        screen.frame();
    }
    screen.frame(10);  // held still
    io.MouseDown[0] = false;
    screen.frame();
    float atRelease = screen.ui().contentScroll();
    screen.frame(30);
    CHECK(screen.ui().contentScroll() == doctest::Approx(atRelease));
}

TEST_CASE("each screen keeps its scroll position when the user comes back to it") {
    AppFixture f;
    f.app->nav().selectTab(app::Tab::Plan);
    platform::Headless screen(*f.app, 420, 860);
    screen.drag(210, 600, 0, -400, 10);
    screen.frame(120);
    float scrolled = screen.ui().contentScroll();
    REQUIRE(scrolled > 300);
    std::string row = screen.visible("##home") ? "##home" : "##documents";
    REQUIRE(screen.visible(row));
    REQUIRE(screen.tap(row));  // an editor opens at its own top
    CHECK(f.app->nav().depth() == 2);
    CHECK(screen.ui().contentScroll() == doctest::Approx(0));
    REQUIRE(screen.tap("##back"));
    CHECK(screen.ui().contentScroll() == doctest::Approx(scrolled));

    // Another tab and back: the Plan tab is where it was, too.
    REQUIRE(screen.tap("##tab-Today"));
    CHECK(screen.ui().contentScroll() == doctest::Approx(0));
    REQUIRE(screen.tap("##tab-Plan"));
    CHECK(screen.ui().contentScroll() == doctest::Approx(scrolled));
}

TEST_CASE("the focus ring scrolls the control it moves to into view") {
    AppFixture f;
    f.app->nav().selectTab(app::Tab::Plan);
    platform::Headless screen(*f.app, 420, 860);
    for (int i = 0; i < 25; ++i) {
        screen.pressKey(keys::Tab);
        std::string key = ui::focus::focusedKey();
        INFO("Tab " << i + 1 << ": " << key);
        REQUIRE(screen.visible(key));
    }
    CHECK(screen.ui().contentScroll() > 300);
}
