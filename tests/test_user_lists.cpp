// The user's own lists: each editing operation, duplicating a template, deleting a list while its
// runs stay, and runs that stay true after their list is edited.
#include <doctest/doctest.h>

#include "support.h"

using namespace test;

namespace {

// The list as "Section: item, item | Section: item", to compare whole lists at once.
std::string shape(app::Checklists& cl, long long listId) {
    const core::UserList* l = cl.list(listId);
    if (!l) return "(deleted)";
    std::string out;
    for (const auto& s : l->sections) {
        if (!out.empty()) out += " | ";
        out += s.title + ":";
        for (size_t i = 0; i < s.items.size(); ++i) out += (i ? ", " : " ") + s.items[i].text;
    }
    return out;
}

long long itemId(app::Checklists& cl, long long listId, const std::string& text) {
    for (const auto& s : cl.list(listId)->sections)
        for (const auto& it : s.items)
            if (it.text == text) return it.id;
    FAIL("no item " << text);
    return 0;
}

long long sectionId(app::Checklists& cl, long long listId, const std::string& title) {
    for (const auto& s : cl.list(listId)->sections)
        if (s.title == title) return s.id;
    FAIL("no section " << title);
    return 0;
}

// A list "Camping" with Shelter: Tent, Pegs and Food: Stove.
long long camping(AppFixture& f) {
    app::Checklists& cl = f.app->checklists();
    std::optional<long long> id = cl.createList("Camping");
    REQUIRE(id);
    REQUIRE(cl.renameSection(sectionId(cl, *id, "Items"), "Shelter"));
    REQUIRE(cl.addItem(sectionId(cl, *id, "Shelter"), "Tent"));
    REQUIRE(cl.addItem(sectionId(cl, *id, "Shelter"), "Pegs"));
    std::optional<long long> food = cl.addSection(*id, "Food");
    REQUIRE(food);
    REQUIRE(cl.addItem(*food, "Stove", "Gas cartridge too"));
    REQUIRE(shape(cl, *id) == "Shelter: Tent, Pegs | Food: Stove");
    return *id;
}

}  // namespace

TEST_CASE("a new list starts with one section, opens in the editor, and needs a name") {
    AppFixture f;
    app::Checklists& cl = f.app->checklists();
    CHECK_FALSE(cl.createList("   "));
    CHECK(f.app->notice() == "The list's name cannot be empty.");
    CHECK(cl.userLists().empty());
    f.app->dismissNotice();

    std::optional<long long> id = cl.createList("  Camping trip ");
    REQUIRE(id);
    CHECK(f.app->nav().current() == app::Route{app::Screen::ListEditor, std::to_string(*id)});
    CHECK(shape(cl, *id) == "Items:");
    REQUIRE(cl.userLists().size() == 1);
    CHECK(cl.userLists()[0].title == "Camping trip");
    CHECK(cl.editor(*id).title == "Camping trip");
    // An empty list cannot be started yet.
    CHECK_FALSE(cl.start(core::listKey(*id)));
    CHECK(f.app->notice().find("Add at least one item") == 0);
}

TEST_CASE("a list is renamed, and a name too long is refused with the typed name kept") {
    AppFixture f;
    app::Checklists& cl = f.app->checklists();
    long long id = camping(f);
    REQUIRE(cl.renameList(id, "Camping weekend"));
    CHECK(cl.list(id)->title == "Camping weekend");
    f.restart();
    app::Checklists& again = f.app->checklists();
    CHECK(again.list(id)->title == "Camping weekend");

    app::ListEditorDraft& ed = again.editor(id);
    ed.title = std::string(70, 'x');
    CHECK_FALSE(again.saveEditorTitle());
    CHECK(f.app->notice().find("at most 60") != std::string::npos);
    CHECK(ed.title == std::string(70, 'x'));
    CHECK(again.list(id)->title == "Camping weekend");
}

TEST_CASE("items are added, edited and deleted") {
    AppFixture f;
    app::Checklists& cl = f.app->checklists();
    long long id = camping(f);
    long long pegs = itemId(cl, id, "Pegs");
    REQUIRE(cl.editItem(pegs, "Tent pegs", "Spare ones too"));
    CHECK(shape(cl, id) == "Shelter: Tent, Tent pegs | Food: Stove");
    CHECK(cl.list(id)->sections[0].items[1].detail == "Spare ones too");
    CHECK_FALSE(cl.editItem(pegs, "", ""));
    CHECK_FALSE(cl.addItem(sectionId(cl, id, "Food"), std::string(121, 'a')));
    CHECK(shape(cl, id) == "Shelter: Tent, Tent pegs | Food: Stove");
    REQUIRE(cl.deleteItem(itemId(cl, id, "Tent")));
    CHECK(shape(cl, id) == "Shelter: Tent pegs | Food: Stove");
    REQUIRE(cl.addItem(sectionId(cl, id, "Shelter"), "Mallet"));
    CHECK(shape(cl, id) == "Shelter: Tent pegs, Mallet | Food: Stove");
}

TEST_CASE("items move up and down, and across into the next section") {
    AppFixture f;
    app::Checklists& cl = f.app->checklists();
    long long id = camping(f);
    long long pegs = itemId(cl, id, "Pegs");
    REQUIRE(cl.moveItem(pegs, -1));
    CHECK(shape(cl, id) == "Shelter: Pegs, Tent | Food: Stove");
    REQUIRE(cl.moveItem(pegs, -1));  // already first in the first section: stays
    CHECK(shape(cl, id) == "Shelter: Pegs, Tent | Food: Stove");
    long long tent = itemId(cl, id, "Tent");
    REQUIRE(cl.moveItem(tent, +1));  // last in its section: to the start of the next
    CHECK(shape(cl, id) == "Shelter: Pegs | Food: Tent, Stove");
    REQUIRE(cl.moveItem(tent, -1));  // first in its section: to the end of the one above
    CHECK(shape(cl, id) == "Shelter: Pegs, Tent | Food: Stove");
    long long stove = itemId(cl, id, "Stove");
    REQUIRE(cl.moveItem(stove, +1));
    CHECK(shape(cl, id) == "Shelter: Pegs, Tent | Food: Stove");
    f.restart();
    CHECK(shape(f.app->checklists(), id) == "Shelter: Pegs, Tent | Food: Stove");
}

TEST_CASE("sections are added, renamed, reordered and deleted with their items") {
    AppFixture f;
    app::Checklists& cl = f.app->checklists();
    long long id = camping(f);
    REQUIRE(cl.addSection(id, "Clothes"));
    CHECK_FALSE(cl.addSection(id, " "));
    CHECK(shape(cl, id) == "Shelter: Tent, Pegs | Food: Stove | Clothes:");
    REQUIRE(cl.renameSection(sectionId(cl, id, "Food"), "Cooking"));
    REQUIRE(cl.moveSection(sectionId(cl, id, "Clothes"), -1));
    CHECK(shape(cl, id) == "Shelter: Tent, Pegs | Clothes: | Cooking: Stove");
    REQUIRE(cl.moveSection(sectionId(cl, id, "Shelter"), -1));
    CHECK(shape(cl, id) == "Shelter: Tent, Pegs | Clothes: | Cooking: Stove");
    REQUIRE(cl.moveSection(sectionId(cl, id, "Shelter"), +1));
    CHECK(shape(cl, id) == "Clothes: | Shelter: Tent, Pegs | Cooking: Stove");
    REQUIRE(cl.deleteSection(sectionId(cl, id, "Shelter")));
    CHECK(shape(cl, id) == "Clothes: | Cooking: Stove");
    REQUIRE(cl.addItem(sectionId(cl, id, "Clothes"), "Rain jacket"));
    f.restart();
    CHECK(shape(f.app->checklists(), id) == "Clothes: Rain jacket | Cooking: Stove");
}

TEST_CASE("the editor's drafts save what they edit and keep the text when saving fails") {
    AppFixture f;
    app::Checklists& cl = f.app->checklists();
    long long id = camping(f);
    app::ListEditorDraft& ed = cl.editor(id);

    cl.newItemDraft(sectionId(cl, id, "Food"));
    ed.text = "";
    ed.detail = "a detail typed first";
    CHECK_FALSE(cl.saveEditorDraft());
    CHECK(ed.target == app::ListEditorDraft::Target::NewItem);
    CHECK(ed.detail == "a detail typed first");
    ed.text = "Matches";
    REQUIRE(cl.saveEditorDraft());
    CHECK(ed.target == app::ListEditorDraft::Target::None);
    CHECK(shape(cl, id) == "Shelter: Tent, Pegs | Food: Stove, Matches");

    cl.editItemDraft(itemId(cl, id, "Stove"));
    CHECK(ed.text == "Stove");
    CHECK(ed.detail == "Gas cartridge too");
    ed.text = "Camping stove";
    REQUIRE(cl.saveEditorDraft());

    cl.editSectionDraft(sectionId(cl, id, "Food"));
    CHECK(ed.text == "Food");
    ed.text = "Kitchen";
    REQUIRE(cl.saveEditorDraft());

    cl.newSectionDraft();
    ed.text = "First aid";
    REQUIRE(cl.saveEditorDraft());
    CHECK(shape(cl, id) == "Shelter: Tent, Pegs | Kitchen: Camping stove, Matches | First aid:");
}

TEST_CASE("a template is duplicated into an editable list and the template stays as it is") {
    AppFixture f;
    app::Checklists& cl = f.app->checklists();
    const core::ChecklistTemplate& goBag = *f.app->content().checklist("go-bag");
    std::optional<long long> id = cl.duplicateTemplate("go-bag");
    REQUIRE(id);
    const core::UserList* l = cl.list(*id);
    REQUIRE(l);
    CHECK(l->title == goBag.title + " (my copy)");
    CHECK(l->fromTemplate == "go-bag");
    CHECK(l->itemCount() == goBag.itemCount());
    CHECK(l->sections[1].items[0].text == goBag.sections[1].items[0].text);
    CHECK(l->sections[1].items[0].detail == goBag.sections[1].items[0].detail);
    CHECK(f.app->nav().current().screen == app::Screen::ListEditor);

    REQUIRE(cl.editItem(l->sections[0].items[0].id, "Water for the car too"));
    CHECK(f.app->content().checklist("go-bag")->sections[0].items[0].text == goBag.sections[0].items[0].text);
    CHECK_FALSE(cl.duplicateTemplate("no-such-template"));
}

TEST_CASE("deleting a list keeps its past runs in the history") {
    AppFixture f;
    app::Checklists& cl = f.app->checklists();
    long long id = camping(f);
    f.app->nav().selectTab(app::Tab::Checklists);
    cl.openChecklist(core::listKey(id));
    std::optional<long long> runId = cl.start(core::listKey(id));
    REQUIRE(runId);
    REQUIRE(cl.toggle(*runId, 0));
    REQUIRE(cl.finish(*runId));
    f.app->nav().back();  // from the run's details to the list
    cl.openListEditor(id);

    REQUIRE(cl.deleteList(id));
    CHECK(cl.list(id) == nullptr);
    CHECK(cl.userLists().empty());
    CHECK(f.app->nav().current().screen == app::Screen::Checklists);  // the list's screens are left
    REQUIRE(cl.historyCount() == 1);
    CHECK(cl.historyRow(0)->title == "Camping");
    const core::Run* run = cl.run(*runId);
    REQUIRE(run);
    CHECK(run->items.size() == 3);
    CHECK(run->items[0].text == "Tent");
    // An edit of the list, now gone, says so.
    CHECK_FALSE(cl.renameList(id, "Again"));
    CHECK(f.app->notice().find("deleted") != std::string::npos);
    CHECK_FALSE(cl.start(core::listKey(id)));
}

TEST_CASE("the history stays true after a list is edited") {
    AppFixture f;
    app::Checklists& cl = f.app->checklists();
    long long id = camping(f);
    std::optional<long long> runId = cl.start(core::listKey(id));
    REQUIRE(runId);
    REQUIRE(cl.toggle(*runId, 1));
    REQUIRE(cl.setNote(*runId, 2, "Cartridge half full"));
    REQUIRE(cl.finish(*runId));

    REQUIRE(cl.renameList(id, "Camping (new)"));
    REQUIRE(cl.editItem(itemId(cl, id, "Pegs"), "Titanium pegs"));
    REQUIRE(cl.deleteItem(itemId(cl, id, "Tent")));
    REQUIRE(cl.moveSection(sectionId(cl, id, "Food"), -1));
    REQUIRE(cl.renameSection(sectionId(cl, id, "Food"), "Kitchen"));
    REQUIRE(cl.addItem(sectionId(cl, id, "Kitchen"), "Pan"));

    f.restart();
    app::Checklists& again = f.app->checklists();
    const core::Run* run = again.run(*runId);
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
    CHECK(again.historyRow(0)->title == "Camping");
    // A new run follows the list as it is now.
    std::optional<long long> next = again.start(core::listKey(id));
    REQUIRE(next);
    CHECK(again.run(*next)->title == "Camping (new)");
    CHECK(again.run(*next)->items[0].text == "Stove");
}
