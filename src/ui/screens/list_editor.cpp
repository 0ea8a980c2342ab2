// Editing one of the user's lists: its name; sections and items added, edited, moved and
// deleted; the list deleted after a confirmation. One thing is edited at a time, in place.
#include <algorithm>
#include <functional>
#include <imgui.h>

#include "ui/fields.h"
#include "ui/run_wording.h"
#include "ui/icons.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {

namespace {
using Target = app::ListEditorDraft::Target;
// Taps that change the list run after the frame has drawn it, so the loops never read a list that
// changed under them.
using Action = std::function<void()>;

void drawItemEditor(app::ListEditor& cl, app::ListEditorDraft& ed, Action& action) {
    bool isNew = ed.target == Target::NewItem;
    beginCard();
    textLine(isNew ? "New item" : "Edit item");
    mutedText("What to do or to pack");
    bool enter = textField("##item-text", "", "For example: Spare glasses", ed.text).entered;
    mutedText("Detail (optional)");
    enter = textField("##item-detail", "", "A line that explains it", ed.detail).entered || enter;
    float half = splitWidth(2);
    if (tapButton(isNew ? "Add##save-item" : "Save##save-item", half, Tone::Accent) || enter) action = [&cl] { cl.saveEditorDraft(); };
    ImGui::SameLine();
    if (cardButton("Cancel##cancel-item", half)) action = [&cl] { cl.closeEditorDraft(); };
    if (!isNew) {
        long long itemId = ed.targetId;
        const char* moves[] = {ICON_UP "  Up##item-up", ICON_DOWN "  Down##item-down", ICON_TRASH "  Delete##delete-item"};
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_WindowBg));  // buttons on a card
        int tapped = choiceRow(moves, 3, -1);
        ImGui::PopStyleColor();
        if (tapped == 0) action = [&cl, itemId] { cl.moveItem(itemId, -1); };
        if (tapped == 1) action = [&cl, itemId] { cl.moveItem(itemId, +1); };
        if (tapped == 2)
            action = [&cl, itemId] {
                if (cl.deleteItem(itemId)) cl.closeEditorDraft();
            };
    }
    endCard();
}

void drawSectionEditor(app::ListEditor& cl, app::ListEditorDraft& ed, const core::UserListSection* section, Action& action) {
    bool isNew = ed.target == Target::NewSection;
    beginCard();
    textLine(isNew ? "New section" : "Edit section");
    bool enter = textField("##section-title", "", "Name of the section", ed.text).entered;
    float half = splitWidth(2);
    if (tapButton(isNew ? "Add section##save-section" : "Save##save-section", half, Tone::Accent) || enter)
        action = [&cl] { cl.saveEditorDraft(); };
    ImGui::SameLine();
    if (cardButton("Cancel##cancel-section", half)) action = [&cl] { cl.closeEditorDraft(); };
    if (section) {
        long long sectionId = section->id;
        auto remove = [&cl, sectionId] {
            if (cl.deleteSection(sectionId)) cl.closeEditorDraft();
        };
        if (ed.confirmDeleteSection) {
            size_t n = section->items.size();
            paragraphf("Delete this section and its %zu %s?", n, n == 1 ? "item" : "items");
            Answer answer = answerButtons("Delete section##confirm-delete-section", Tone::Emergency, "Keep it##cancel-delete-section");
            if (answer == Answer::Act) action = remove;
            if (answer == Answer::Keep) ed.confirmDeleteSection = false;
        } else {
            float third = splitWidth(3);
            if (cardButton(ICON_UP "  Up##section-up", third)) action = [&cl, sectionId] { cl.moveSection(sectionId, -1); };
            ImGui::SameLine();
            if (cardButton(ICON_DOWN "  Down##section-down", third)) action = [&cl, sectionId] { cl.moveSection(sectionId, +1); };
            ImGui::SameLine();
            if (cardButton(ICON_TRASH "  Delete##delete-section", third)) {
                // A section with items asks first; an empty one just goes.
                if (section->items.empty())
                    action = remove;
                else
                    ed.confirmDeleteSection = true;
            }
        }
    }
    endCard();
}

// The section's name, wrapping, with a button to edit it beside it.
void drawSectionHeader(app::ListEditor& cl, const core::UserListSection& s, Action& action) {
    float buttonW = tapHeight();
    ImGui::Spacing();
    ImVec2 start = ImGui::GetCursorScreenPos();
    float textW = ImGui::GetContentRegionAvail().x - buttonW - ImGui::GetStyle().ItemSpacing.x;
    float textH = textSize(s.title, textW).y;
    float rowH = std::max(tapHeight(), textH);
    ImGui::SetCursorScreenPos(ImVec2(start.x, start.y + (rowH - textH) / 2));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + textW);
    textLine(palette().accent, s.title);
    ImGui::PopTextWrapPos();
    ImGui::SetCursorScreenPos(ImVec2(start.x + textW + ImGui::GetStyle().ItemSpacing.x, start.y + (rowH - tapHeight()) / 2));
    std::string id = ICON_EDIT "##edit-section-" + std::to_string(s.id);
    long long sectionId = s.id;
    if (tapButton(id.c_str(), buttonW)) action = [&cl, sectionId] { cl.editSectionDraft(sectionId); };
    ImGui::SetCursorScreenPos(ImVec2(start.x, start.y + rowH + ImGui::GetStyle().ItemSpacing.y));
    ImGui::Dummy(ImVec2(0, 0));
}


class ListEditorScreen final : public ScreenOf<app::route::ListEditor> {
public:
    ListEditorScreen() : ScreenOf("Edit list") {}

private:
    void show(ScreenContext& ctx, const app::route::ListEditor& route) override {
        app::ListEditor& cl = ctx.app.lists();
        long long listId = route.listId;
        const core::UserList* list = cl.list(listId);
        if (!list) {
            emptyState(ICON_WARNING, "This list has been deleted.", "Its past runs are still in the history.");
            return;
        }
        app::ListEditorDraft& ed = cl.editor(listId);
        Action action;

        heading("Name");
        bool enter = textField("##list-title", "", "Name of the list", ed.title).entered;
        if (ed.title != list->title) {
            float half = splitWidth(2);
            if (tapButton("Save name##save-title", half, Tone::Accent) || enter) action = [&cl] { cl.saveEditorTitle(); };
            ImGui::SameLine();
            if (tapButton("Undo##reset-title", half)) ed.title = list->title;
        }
        if (!list->fromTemplate.empty())
            if (const core::ChecklistTemplate* t = ctx.app.content().checklist(list->fromTemplate))
                mutedText(("Copied from the template " + t->title + ". Editing this list leaves the template unchanged.").c_str());

        for (const core::UserListSection& s : list->sections) {
            if (ed.target == Target::Section && ed.targetId == s.id)
                drawSectionEditor(cl, ed, &s, action);
            else
                drawSectionHeader(cl, s, action);
            for (const core::UserListItem& it : s.items) {
                if (ed.target == Target::Item && ed.targetId == it.id) {
                    drawItemEditor(cl, ed, action);
                    continue;
                }
                std::string id = "##edit-item-" + std::to_string(it.id);
                long long itemId = it.id;
                if (listRow(id.c_str(), nullptr, it.text.c_str(), it.detail.c_str())) action = [&cl, itemId] { cl.editItemDraft(itemId); };
            }
            if (ed.target == Target::NewItem && ed.targetId == s.id) {
                drawItemEditor(cl, ed, action);
            } else {
                std::string id = ICON_PLUS "  Add item##add-item-" + std::to_string(s.id);
                long long sectionId = s.id;
                if (tapButton(id.c_str())) action = [&cl, sectionId] { cl.newItemDraft(sectionId); };
            }
        }

        ImGui::Spacing();
        if (ed.target == Target::NewSection)
            drawSectionEditor(cl, ed, nullptr, action);
        else if (tapButton(ICON_PLUS "  Add section##add-section"))
            action = [&cl] { cl.newSectionDraft(); };

        heading("Use it");
        if (tapButton(ICON_PLAY "  Open this list to run it##open-list")) action = [&ctx, listId] { ctx.app.runs().openChecklist(core::listKey(listId)); };
        if (ed.confirmDeleteList) {
            beginCard();
            paragraphf("Delete \"%s\"? Its past runs stay in the history.", list->title.c_str());
            Answer answer = answerButtons("Delete list##confirm-delete-list", Tone::Emergency, "Keep it##cancel-delete-list");
            if (answer == Answer::Act) action = [&cl, listId] { cl.deleteList(listId); };
            if (answer == Answer::Keep) ed.confirmDeleteList = false;
            endCard();
        } else if (tapButton(ICON_TRASH "  Delete this list##delete-list")) {
            ed.confirmDeleteList = true;
        }

        if (action) action();
    }
};
}  // namespace

std::unique_ptr<Screen> makeListEditorScreen() { return std::make_unique<ListEditorScreen>(); }

}  // namespace ui
