// The checklist screens, driven headlessly: the whole run from a template through a restart to the
// history, notes, the list editor, tap-target sizes, and a History screen that reads the database
// only when a new page comes into view.
#include <doctest/doctest.h>
#include <imgui.h>

#include "platform/headless.h"
#include "store/checklist_runs.h"
#include "ui/widgets.h"
#include "support.h"
#include "ui_support.h"

using namespace test;
using namespace std::chrono_literals;
using app::Screen;

TEST_CASE("start a template, tick three items, restart, resume, finish, and find the run in the history") {
    AppFixture f;
    long long runId = 0;
    {
        platform::Headless screen(*f.app);
        REQUIRE(screen.tap("##tab-Checklists"));
        REQUIRE(scrollTo(screen, "##checklist-go-bag"));
        REQUIRE(screen.tap("##checklist-go-bag"));
        CHECK(f.app->nav().current() == app::Route{app::route::ChecklistStart{core::templateKey("go-bag")}});
        REQUIRE(screen.tap("##mode-real"));
        REQUIRE(screen.tap("##performed-by"));
        screen.type("Robin");
        REQUIRE(screen.tap("##start-run"));
        REQUIRE(f.app->nav().current().screen() == Screen::ChecklistRun);
        runId = f.app->nav().current().as<app::route::ChecklistRun>().runId;
        for (const char* item : {"##item-0", "##item-1", "##item-2"}) {
            f.clock.advance(15s);
            REQUIRE(screen.tap(item));
        }
        CHECK(f.app->runs().run(runId)->doneCount() == 3);
    }
    // The app is killed and started again: Today offers the run.
    f.restart();
    platform::Headless screen(*f.app);
    REQUIRE(screen.visible("##resume-" + std::to_string(runId)));
    REQUIRE(screen.tap("##resume-" + std::to_string(runId)));
    CHECK(f.app->nav().current() == app::Route{app::route::ChecklistRun{runId}});
    const core::Run* run = f.app->runs().run(runId);
    REQUIRE(run);
    CHECK(run->mode == core::RunMode::Real);
    CHECK(run->performedBy == "Robin");
    CHECK(run->doneCount() == 3);

    f.clock.advance(1min);
    REQUIRE(scrollTo(screen, "##finish-run"));
    REQUIRE(screen.tap("##finish-run"));
    REQUIRE(screen.tap("##confirm-finish"));  // items are left: it asks first
    CHECK(f.app->nav().current() == app::Route{app::route::RunDetail{runId}});
    CHECK(f.app->runs().run(runId)->status == core::RunStatus::Finished);

    REQUIRE(screen.tap("##tab-Checklists"));
    CHECK_FALSE(screen.visible("##resume-" + std::to_string(runId)));
    REQUIRE(screen.tap("##history"));
    CHECK(f.app->nav().current().screen() == Screen::ChecklistHistory);
    REQUIRE(screen.visible("##run-" + std::to_string(runId)));
    REQUIRE(screen.tap("##filter-practice"));
    CHECK_FALSE(screen.visible("##run-" + std::to_string(runId)));
    REQUIRE(screen.tap("##filter-real"));
    REQUIRE(screen.tap("##run-" + std::to_string(runId)));
    CHECK(f.app->nav().current() == app::Route{app::route::RunDetail{runId}});
}

TEST_CASE("a note typed on the run screen is saved, and kept while the user looks elsewhere") {
    AppFixture f;
    f.app->nav().selectTab(app::Tab::Checklists);
    std::optional<long long> runId = f.app->runs().start(core::templateKey("go-bag"));
    REQUIRE(runId);
    platform::Headless screen(*f.app);
    REQUIRE(screen.tap("##note-1"));
    screen.type("Tins expire");
    REQUIRE(screen.tap("##tab-Today"));
    REQUIRE(screen.tap("##resume-" + std::to_string(*runId)));
    REQUIRE(screen.visible("##note-text"));
    screen.frame();  // the reopened note field takes the keyboard focus on the frame after it shows
    screen.type(" in May");
    REQUIRE(screen.tap("##save-note"));
    CHECK(f.app->runs().run(*runId)->items[1].note == "Tins expire in May");
    CHECK_FALSE(screen.visible("##note-text"));
    CHECK(f.app->notices().text().empty());
}

TEST_CASE("abandoning from the run screen asks first, then keeps the run as abandoned") {
    AppFixture f;
    f.app->nav().selectTab(app::Tab::Checklists);
    std::optional<long long> runId = f.app->runs().start(core::templateKey("evacuation"));
    REQUIRE(runId);
    platform::Headless screen(*f.app);
    REQUIRE(scrollTo(screen, "##abandon-run"));
    REQUIRE(screen.tap("##abandon-run"));
    CHECK(f.app->runs().run(*runId)->status == core::RunStatus::InProgress);
    REQUIRE(screen.tap("##cancel-abandon"));
    REQUIRE(screen.tap("##abandon-run"));
    REQUIRE(screen.tap("##confirm-abandon"));
    CHECK(f.app->runs().run(*runId)->status == core::RunStatus::Abandoned);
    CHECK(f.app->nav().current().screen() == Screen::RunDetail);
}

TEST_CASE("a list made on the Checklists tab is edited and run through the screens") {
    AppFixture f;
    platform::Headless screen(*f.app);
    REQUIRE(screen.tap("##tab-Checklists"));
    REQUIRE(screen.tap("##new-list"));
    REQUIRE(screen.tap("##new-list-title"));
    screen.type("Camping");
    REQUIRE(screen.tap("##create-list"));
    REQUIRE(f.app->nav().current().screen() == Screen::ListEditor);
    long long listId = f.app->nav().current().as<app::route::ListEditor>().listId;
    const core::UserList* list = f.app->lists().list(listId);
    REQUIRE(list);
    REQUIRE(list->sections.size() == 1);
    long long section = list->sections[0].id;

    REQUIRE(screen.tap("##add-item-" + std::to_string(section)));
    REQUIRE(screen.tap("##item-text"));
    screen.type("Tent");
    REQUIRE(screen.tap("##save-item"));
    REQUIRE(screen.tap("##add-item-" + std::to_string(section)));
    REQUIRE(screen.tap("##item-text"));
    screen.type("Sleeping bag");
    REQUIRE(screen.tap("##save-item"));
    list = f.app->lists().list(listId);
    REQUIRE(list->sections[0].items.size() == 2);
    long long bag = list->sections[0].items[1].id;
    REQUIRE(screen.tap("##edit-item-" + std::to_string(bag)));
    REQUIRE(screen.tap("##item-up"));
    REQUIRE(screen.tap("##save-item"));
    list = f.app->lists().list(listId);
    CHECK(list->sections[0].items[0].text == "Sleeping bag");
    CHECK(list->sections[0].items[1].text == "Tent");

    REQUIRE(scrollTo(screen, "##open-list"));
    REQUIRE(screen.tap("##open-list"));
    REQUIRE(screen.tap("##start-run"));
    CHECK(f.app->nav().current().screen() == Screen::ChecklistRun);
}

TEST_CASE("deleting a list from the editor asks first") {
    AppFixture f;
    f.app->nav().selectTab(app::Tab::Checklists);
    std::optional<long long> listId = f.app->lists().duplicateTemplate("pet-kit");
    REQUIRE(listId);
    platform::Headless screen(*f.app);
    REQUIRE(scrollTo(screen, "##delete-list"));
    REQUIRE(screen.tap("##delete-list"));
    CHECK(f.app->lists().list(*listId));
    REQUIRE(scrollTo(screen, "##confirm-delete-list"));
    REQUIRE(screen.tap("##confirm-delete-list"));
    CHECK_FALSE(f.app->lists().list(*listId));
    CHECK(f.app->nav().current().screen() == Screen::Checklists);
}

TEST_CASE("every tap target on the checklist screens is at least 48 points tall") {
    AppFixture f;
    f.app->nav().selectTab(app::Tab::Checklists);
    std::optional<long long> runId = f.app->runs().start(core::templateKey("go-bag"));
    REQUIRE(runId);
    f.app->runs().toggle(*runId, 0);
    f.app->runs().openNote(*runId, 0);
    std::optional<long long> listId = f.app->lists().duplicateTemplate("go-bag");
    REQUIRE(listId);
    f.app->lists().editItemDraft(f.app->lists().list(*listId)->sections[0].items[0].id);
    f.app->history().pickerOpen() = true;
    f.app->lists().newListOpen() = true;

    platform::Headless screen(*f.app, 420, 5000);
    std::vector<app::Route> routes{app::route::Checklists{},
                                   app::route::Today{},
                                   app::route::ChecklistStart{core::templateKey("go-bag")},
                                   app::route::ChecklistRun{*runId},
                                   app::route::ChecklistHistory{},
                                   app::route::ListEditor{*listId},
                                   app::route::RunDetail{*runId}};
    for (const app::Route& route : routes) {
        f.app->nav().push(route);
        screen.frame(3);
        INFO(app::screenName(route.screen()));
        CHECK(ui::tapTargets().size() > 2);
        for (const auto& [label, rect] : ui::tapTargets()) {
            INFO(label);
            CHECK(rect.height() >= 48.0f);
        }
    }
}

TEST_CASE("the History screen reads the database only when a new page of runs comes into view") {
    AppFixture f;
    {
        store::ChecklistRuns runs(*f.db);
        std::vector<core::RunItem> items = core::runItemsFrom(f.app->content().checklist("go-bag")->sections);
        for (int i = 0; i < 400; ++i) {
            f.clock.advance(24h);
            long long id = runs.start({core::templateKey("go-bag"), "Emergency go-bag", core::RunMode::Practice, "", f.clock.now(), items});
            runs.end(id, core::RunStatus::Finished, f.clock.now() + 10min);
        }
    }
    platform::Headless screen(*f.app);
    f.app->nav().selectTab(app::Tab::Checklists);
    f.app->history().open({});
    screen.frame(2);
    long long reads = f.app->history().readCount();
    screen.frame(100);
    CHECK(f.app->history().readCount() == reads);  // still: no reads at all

    // Scrolling to the end loads each page of 50 once: 400 runs are 8 pages, at most 7 more.
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(200, 500);
    for (int i = 0; i < 400 && !screen.visible("##run-1"); ++i) {
        io.MouseWheel = -5.0f;
        screen.frame();
    }
    io.MouseWheel = 0;
    CHECK(screen.visible("##run-1"));
    CHECK(f.app->history().readCount() - reads <= 7);
    long long afterScroll = f.app->history().readCount();
    screen.frame(50);
    CHECK(f.app->history().readCount() == afterScroll);
}

TEST_CASE("ticking an item leaves its row and the rows below where they were, at every text size") {
    AppFixture f;
    long long runId = *f.app->runs().start(core::templateKey("go-bag"));
    f.app->nav().selectTab(app::Tab::Checklists);
    f.app->runs().openRun(runId);
    platform::Headless screen(*f.app, 420, 6000);  // every row on screen
    int position = 0;
    for (float scale : core::Settings::kTextScales) {
        INFO("text scale " << scale);
        f.app->setTextScale(scale);
        screen.frame(3);
        std::string row = "##item-" + std::to_string(position), next = "##item-" + std::to_string(position + 1);
        REQUIRE(screen.visible(row));
        ui::Rect before = ui::tapTargets().at(row), nextBefore = ui::tapTargets().at(next);
        REQUIRE(screen.tap(row));
        REQUIRE(f.app->runs().run(runId)->items[static_cast<size_t>(position)].ticked());
        ui::Rect after = ui::tapTargets().at(row), nextAfter = ui::tapTargets().at(next);
        CHECK(after.height() == doctest::Approx(before.height()));
        CHECK(nextAfter.y0 == doctest::Approx(nextBefore.y0));
        ++position;
    }
}
