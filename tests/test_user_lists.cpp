// The user's own lists: each editing operation, duplicating a template, deleting a list while its
// runs stay, and runs that stay true after their list is edited.
#include <doctest/doctest.h>

#include "support.h"

using namespace test;

namespace {

// The list as "Section: item, item | Section: item", to compare whole lists at once.
std::string shape(app::ListEditor& lists, long long listId) {
    const core::UserList* l = lists.list(listId);
    if (!l) return "(deleted)";
    std::string out;
    for (const auto& s : l->sections) {
        if (!out.empty()) out += " | ";
        out += s.title + ":";
        for (size_t i = 0; i < s.items.size(); ++i) out += (i ? ", " : " ") + s.items[i].text;
    }
    return out;
}

long long itemId(app::ListEditor& lists, long long listId, const std::string& text) {
    for (const auto& s : lists.list(listId)->sections)
        for (const auto& it : s.items)
            if (it.text == text) return it.id;
    FAIL("no item " << text);
    return 0;
}

long long sectionId(app::ListEditor& lists, long long listId, const std::string& title) {
    for (const auto& s : lists.list(listId)->sections)
        if (s.title == title) return s.id;
    FAIL("no section " << title);
    return 0;
}

// A list "Camping" with Shelter: Tent, Pegs and Food: Stove.
long long camping(AppFixture& f) {
    std::optional<long long> id = f.app->lists().createList("Camping");
    REQUIRE(id);
    REQUIRE(f.app->lists().renameSection(sectionId(f.app->lists(), *id, "Items"), "Shelter"));
    REQUIRE(f.app->lists().addItem(sectionId(f.app->lists(), *id, "Shelter"), "Tent"));
    REQUIRE(f.app->lists().addItem(sectionId(f.app->lists(), *id, "Shelter"), "Pegs"));
    std::optional<long long> food = f.app->lists().addSection(*id, "Food");
    REQUIRE(food);
    REQUIRE(f.app->lists().addItem(*food, "Stove", "Gas cartridge too"));
    REQUIRE(shape(f.app->lists(), *id) == "Shelter: Tent, Pegs | Food: Stove");
    return *id;
}

}  // namespace

TEST_CASE("a new list starts with one section, opens in the editor, and needs a name") {
    AppFixture f;
    CHECK_FALSE(f.app->lists().createList("   "));
    CHECK(f.app->notices().text() == "The list's name cannot be empty.");
    CHECK(f.app->lists().all().empty());
    f.app->notices().dismiss();

    std::optional<long long> id = f.app->lists().createList("  Camping trip ");
    REQUIRE(id);
    CHECK(f.app->nav().current() == app::Route{app::route::ListEditor{*id}});
    CHECK(shape(f.app->lists(), *id) == "Items:");
    REQUIRE(f.app->lists().all().size() == 1);
    CHECK(f.app->lists().all()[0].title == "Camping trip");
    CHECK(f.app->lists().editor(*id).title == "Camping trip");
    // An empty list cannot be started yet.
    CHECK_FALSE(f.app->runs().start(core::listKey(*id)));
    CHECK(f.app->notices().text().find("Add at least one item") == 0);
}

TEST_CASE("a list is renamed, and a name too long is refused with the typed name kept") {
    AppFixture f;
    long long id = camping(f);
    REQUIRE(f.app->lists().renameList(id, "Camping weekend"));
    CHECK(f.app->lists().list(id)->title == "Camping weekend");
    f.restart();
    CHECK(f.app->lists().list(id)->title == "Camping weekend");

    app::ListEditorDraft& ed = f.app->lists().editor(id);
    ed.title = std::string(70, 'x');
    CHECK_FALSE(f.app->lists().saveEditorTitle());
    CHECK(f.app->notices().text().find("at most 60") != std::string::npos);
    CHECK(ed.title == std::string(70, 'x'));
    CHECK(f.app->lists().list(id)->title == "Camping weekend");
}

TEST_CASE("items are added, edited and deleted") {
    AppFixture f;
    long long id = camping(f);
    long long pegs = itemId(f.app->lists(), id, "Pegs");
    REQUIRE(f.app->lists().editItem(pegs, "Tent pegs", "Spare ones too"));
    CHECK(shape(f.app->lists(), id) == "Shelter: Tent, Tent pegs | Food: Stove");
    CHECK(f.app->lists().list(id)->sections[0].items[1].detail == "Spare ones too");
    CHECK_FALSE(f.app->lists().editItem(pegs, "", ""));
    CHECK_FALSE(f.app->lists().addItem(sectionId(f.app->lists(), id, "Food"), std::string(121, 'a')));
    CHECK(shape(f.app->lists(), id) == "Shelter: Tent, Tent pegs | Food: Stove");
    REQUIRE(f.app->lists().deleteItem(itemId(f.app->lists(), id, "Tent")));
    CHECK(shape(f.app->lists(), id) == "Shelter: Tent pegs | Food: Stove");
    REQUIRE(f.app->lists().addItem(sectionId(f.app->lists(), id, "Shelter"), "Mallet"));
    CHECK(shape(f.app->lists(), id) == "Shelter: Tent pegs, Mallet | Food: Stove");
}

TEST_CASE("items move up and down, and across into the next section") {
    AppFixture f;
    long long id = camping(f);
    long long pegs = itemId(f.app->lists(), id, "Pegs");
    REQUIRE(f.app->lists().moveItem(pegs, -1));
    CHECK(shape(f.app->lists(), id) == "Shelter: Pegs, Tent | Food: Stove");
    REQUIRE(f.app->lists().moveItem(pegs, -1));  // already first in the first section: stays
    CHECK(shape(f.app->lists(), id) == "Shelter: Pegs, Tent | Food: Stove");
    long long tent = itemId(f.app->lists(), id, "Tent");
    REQUIRE(f.app->lists().moveItem(tent, +1));  // last in its section: to the start of the next
    CHECK(shape(f.app->lists(), id) == "Shelter: Pegs | Food: Tent, Stove");
    REQUIRE(f.app->lists().moveItem(tent, -1));  // first in its section: to the end of the one above
    CHECK(shape(f.app->lists(), id) == "Shelter: Pegs, Tent | Food: Stove");
    long long stove = itemId(f.app->lists(), id, "Stove");
    REQUIRE(f.app->lists().moveItem(stove, +1));
    CHECK(shape(f.app->lists(), id) == "Shelter: Pegs, Tent | Food: Stove");
    f.restart();
    CHECK(shape(f.app->lists(), id) == "Shelter: Pegs, Tent | Food: Stove");
}

TEST_CASE("sections are added, renamed, reordered and deleted with their items") {
    AppFixture f;
    long long id = camping(f);
    REQUIRE(f.app->lists().addSection(id, "Clothes"));
    CHECK_FALSE(f.app->lists().addSection(id, " "));
    CHECK(shape(f.app->lists(), id) == "Shelter: Tent, Pegs | Food: Stove | Clothes:");
    REQUIRE(f.app->lists().renameSection(sectionId(f.app->lists(), id, "Food"), "Cooking"));
    REQUIRE(f.app->lists().moveSection(sectionId(f.app->lists(), id, "Clothes"), -1));
    CHECK(shape(f.app->lists(), id) == "Shelter: Tent, Pegs | Clothes: | Cooking: Stove");
    REQUIRE(f.app->lists().moveSection(sectionId(f.app->lists(), id, "Shelter"), -1));
    CHECK(shape(f.app->lists(), id) == "Shelter: Tent, Pegs | Clothes: | Cooking: Stove");
    REQUIRE(f.app->lists().moveSection(sectionId(f.app->lists(), id, "Shelter"), +1));
    CHECK(shape(f.app->lists(), id) == "Clothes: | Shelter: Tent, Pegs | Cooking: Stove");
    REQUIRE(f.app->lists().deleteSection(sectionId(f.app->lists(), id, "Shelter")));
    CHECK(shape(f.app->lists(), id) == "Clothes: | Cooking: Stove");
    REQUIRE(f.app->lists().addItem(sectionId(f.app->lists(), id, "Clothes"), "Rain jacket"));
    f.restart();
    CHECK(shape(f.app->lists(), id) == "Clothes: Rain jacket | Cooking: Stove");
}

TEST_CASE("the editor's drafts save what they edit and keep the text when saving fails") {
    AppFixture f;
    long long id = camping(f);
    app::ListEditorDraft& ed = f.app->lists().editor(id);

    f.app->lists().newItemDraft(sectionId(f.app->lists(), id, "Food"));
    ed.text = "";
    ed.detail = "a detail typed first";
    CHECK_FALSE(f.app->lists().saveEditorDraft());
    CHECK(ed.target == app::ListEditorDraft::Target::NewItem);
    CHECK(ed.detail == "a detail typed first");
    ed.text = "Matches";
    REQUIRE(f.app->lists().saveEditorDraft());
    CHECK(ed.target == app::ListEditorDraft::Target::None);
    CHECK(shape(f.app->lists(), id) == "Shelter: Tent, Pegs | Food: Stove, Matches");

    f.app->lists().editItemDraft(itemId(f.app->lists(), id, "Stove"));
    CHECK(ed.text == "Stove");
    CHECK(ed.detail == "Gas cartridge too");
    ed.text = "Camping stove";
    REQUIRE(f.app->lists().saveEditorDraft());

    f.app->lists().editSectionDraft(sectionId(f.app->lists(), id, "Food"));
    CHECK(ed.text == "Food");
    ed.text = "Kitchen";
    REQUIRE(f.app->lists().saveEditorDraft());

    f.app->lists().newSectionDraft();
    ed.text = "First aid";
    REQUIRE(f.app->lists().saveEditorDraft());
    CHECK(shape(f.app->lists(), id) == "Shelter: Tent, Pegs | Kitchen: Camping stove, Matches | First aid:");
}

TEST_CASE("a template is duplicated into an editable list and the template stays as it is") {
    AppFixture f;
    const core::ChecklistTemplate& goBag = *f.app->content().checklist("go-bag");
    std::optional<long long> id = f.app->lists().duplicateTemplate("go-bag");
    REQUIRE(id);
    const core::UserList* l = f.app->lists().list(*id);
    REQUIRE(l);
    CHECK(l->title == goBag.title + " (my copy)");
    CHECK(l->fromTemplate == "go-bag");
    CHECK(l->itemCount() == goBag.itemCount());
    CHECK(l->sections[1].items[0].text == goBag.sections[1].items[0].text);
    CHECK(l->sections[1].items[0].detail == goBag.sections[1].items[0].detail);
    CHECK(f.app->nav().current().screen() == app::Screen::ListEditor);

    REQUIRE(f.app->lists().editItem(l->sections[0].items[0].id, "Water for the car too"));
    CHECK(f.app->content().checklist("go-bag")->sections[0].items[0].text == goBag.sections[0].items[0].text);
    CHECK_FALSE(f.app->lists().duplicateTemplate("no-such-template"));
}

TEST_CASE("deleting a list keeps its past runs in the history") {
    AppFixture f;
    long long id = camping(f);
    f.app->nav().selectTab(app::Tab::Checklists);
    f.app->runs().openChecklist(core::listKey(id));
    std::optional<long long> runId = f.app->runs().start(core::listKey(id));
    REQUIRE(runId);
    REQUIRE(f.app->runs().toggle(*runId, 0));
    REQUIRE(f.app->runs().finish(*runId));
    f.app->nav().back();  // from the run's details to the list
    f.app->lists().openListEditor(id);

    REQUIRE(f.app->lists().deleteList(id));
    CHECK(f.app->lists().list(id) == nullptr);
    CHECK(f.app->lists().all().empty());
    CHECK(f.app->nav().current().screen() == app::Screen::Checklists);  // the list's screens are left
    REQUIRE(f.app->history().count() == 1);
    CHECK(f.app->history().row(0)->title == "Camping");
    const core::Run* run = f.app->runs().run(*runId);
    REQUIRE(run);
    CHECK(run->items.size() == 3);
    CHECK(run->items[0].text == "Tent");
    // An edit of the list, now gone, says so.
    CHECK_FALSE(f.app->lists().renameList(id, "Again"));
    CHECK(f.app->notices().text().find("deleted") != std::string::npos);
    CHECK_FALSE(f.app->runs().start(core::listKey(id)));
}

TEST_CASE("the history stays true after a list is edited") {
    AppFixture f;
    long long id = camping(f);
    std::optional<long long> runId = f.app->runs().start(core::listKey(id));
    REQUIRE(runId);
    REQUIRE(f.app->runs().toggle(*runId, 1));
    REQUIRE(f.app->runs().setNote(*runId, 2, "Cartridge half full"));
    REQUIRE(f.app->runs().finish(*runId));

    REQUIRE(f.app->lists().renameList(id, "Camping (new)"));
    REQUIRE(f.app->lists().editItem(itemId(f.app->lists(), id, "Pegs"), "Titanium pegs"));
    REQUIRE(f.app->lists().deleteItem(itemId(f.app->lists(), id, "Tent")));
    REQUIRE(f.app->lists().moveSection(sectionId(f.app->lists(), id, "Food"), -1));
    REQUIRE(f.app->lists().renameSection(sectionId(f.app->lists(), id, "Food"), "Kitchen"));
    REQUIRE(f.app->lists().addItem(sectionId(f.app->lists(), id, "Kitchen"), "Pan"));

    f.restart();
    const core::Run* run = f.app->runs().run(*runId);
    REQUIRE(run);
    CHECK(run->title == "Camping");
    REQUIRE(run->items.size() == 3);
    CHECK(run->items[0].section == "Shelter");
    CHECK(run->items[0].text == "Tent");
    CHECK(run->items[1].text == "Pegs");
    CHECK(run->items[1].ticked());
    CHECK(run->items[2].section == "Food");
    CHECK(run->items[2].text == "Stove");
    CHECK(run->items[2].note == "Cartridge half full");
    CHECK(f.app->history().row(0)->title == "Camping");
    // A new run follows the list as it is now.
    std::optional<long long> next = f.app->runs().start(core::listKey(id));
    REQUIRE(next);
    CHECK(f.app->runs().run(*next)->title == "Camping (new)");
    CHECK(f.app->runs().run(*next)->items[0].text == "Stove");
}
