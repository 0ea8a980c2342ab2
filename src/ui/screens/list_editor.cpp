// Editing one of the user's lists: its name; sections and items added, edited, moved and
// deleted; the list deleted after a confirmation. One thing is edited at a time, in place.
#include <algorithm>
#include <functional>
#include <imgui.h>

#include "core/text.h"
#include "i18n/i18n.h"
#include "ui/fields.h"
#include "ui/run_wording.h"
#include "ui/icons.h"
#include "ui/screens/label.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {

namespace {
using i18n::fillIn, i18n::tr;
using Target = app::ListEditorDraft::Target;
// Taps that change the list run after the frame has drawn it, so the loops never read a list that
// changed under them.
using Action = std::function<void()>;

void drawItemEditor(app::ListEditor& cl, app::ListEditorDraft& ed, Action& action) {
    bool isNew = ed.target == Target::NewItem;
    beginCard();
    textLine(isNew ? tr("New item") : tr("Edit item"));
    mutedText(tr("What to do or to pack"));
    bool enter = textField("##item-text", "", tr("For example: Spare glasses"), ed.text).entered;
    mutedText(tr("Detail (optional)"));
    enter = textField("##item-detail", "", tr("A line that explains it"), ed.detail).entered || enter;
    float half = splitWidth(2);
    // TRANSLATORS: Add and Save are half a phone screen wide, beside Cancel.
    if (tapButton(labelWithId(isNew ? tr("Add") : tr("Save"), "##save-item").c_str(), half, Tone::Accent) || enter)
        action = [&cl] { cl.saveEditorDraft(); };
    ImGui::SameLine();
    if (cardButton(labelWithId(tr("Cancel"), "##cancel-item").c_str(), half)) action = [&cl] { cl.closeEditorDraft(); };
    if (!isNew) {
        long long itemId = ed.targetId;
        // TRANSLATORS: Up, Down and Delete share a row on a phone: keep each short.
        const std::string moves[] = {labelWithId(ICON_UP, tr("Up"), "##item-up"), labelWithId(ICON_DOWN, tr("Down"), "##item-down"),
                                     labelWithId(ICON_TRASH, tr("Delete"), "##delete-item")};
        const char* moveLabels[] = {moves[0].c_str(), moves[1].c_str(), moves[2].c_str()};
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_WindowBg));  // buttons on a card
        int tapped = choiceRow(moveLabels, 3, -1);
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
    textLine(isNew ? tr("New section") : tr("Edit section"));
    bool enter = textField("##section-title", "", tr("Name of the section"), ed.text).entered;
    float half = splitWidth(2);
    if (tapButton(labelWithId(isNew ? tr("Add section") : tr("Save"), "##save-section").c_str(), half, Tone::Accent) || enter)
        action = [&cl] { cl.saveEditorDraft(); };
    ImGui::SameLine();
    if (cardButton(labelWithId(tr("Cancel"), "##cancel-section").c_str(), half)) action = [&cl] { cl.closeEditorDraft(); };
    if (section) {
        long long sectionId = section->id;
        auto remove = [&cl, sectionId] {
            if (cl.deleteSection(sectionId)) cl.closeEditorDraft();
        };
        if (ed.confirmDeleteSection) {
            size_t n = section->items.size();
            paragraph(i18n::trn("Delete this section and its {n} item?", "Delete this section and its {n} items?", static_cast<long long>(n)));
            Answer answer = answerButtons(labelWithId(tr("Delete section"), "##confirm-delete-section").c_str(), Tone::Emergency,
                                          labelWithId(tr("Keep it"), "##cancel-delete-section").c_str());
            if (answer == Answer::Act) action = remove;
            if (answer == Answer::Keep) ed.confirmDeleteSection = false;
        } else {
            float third = splitWidth(3);
            if (cardButton(labelWithId(ICON_UP, tr("Up"), "##section-up").c_str(), third)) action = [&cl, sectionId] { cl.moveSection(sectionId, -1); };
            ImGui::SameLine();
            if (cardButton(labelWithId(ICON_DOWN, tr("Down"), "##section-down").c_str(), third)) action = [&cl, sectionId] { cl.moveSection(sectionId, +1); };
            ImGui::SameLine();
            if (cardButton(labelWithId(ICON_TRASH, tr("Delete"), "##delete-section").c_str(), third)) {
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
    ListEditorScreen() : ScreenOf(core::textId("Edit list")) {}

private:
    void show(ScreenContext& ctx, const app::route::ListEditor& route) override {
        app::ListEditor& cl = ctx.app.lists();
        long long listId = route.listId;
        const core::UserList* list = cl.list(listId);
        if (!list) {
            emptyState(ICON_WARNING, tr("This list has been deleted."), tr("Its past runs are still in the history."));
            return;
        }
        app::ListEditorDraft& ed = cl.editor(listId);
        Action action;

        // TRANSLATORS: a heading over the list's name.
        heading(tr("Name"));
        bool enter = textField("##list-title", "", tr("Name of the list"), ed.title).entered;
        if (ed.title != list->title) {
            float half = splitWidth(2);
            if (tapButton(labelWithId(tr("Save name"), "##save-title").c_str(), half, Tone::Accent) || enter)
                action = [&cl] { cl.saveEditorTitle(); };
            ImGui::SameLine();
            if (tapButton(labelWithId(tr("Undo"), "##reset-title").c_str(), half)) ed.title = list->title;
        }
        if (!list->fromTemplate.empty())
            if (const core::ChecklistTemplate* t = ctx.app.content().checklist(list->fromTemplate))
                mutedText(fillIn(tr("Copied from the template {title}. Editing this list leaves the template unchanged."), "title", t->title));

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
                std::string id = labelWithId(ICON_PLUS, tr("Add item"), "##add-item-" + std::to_string(s.id));
                long long sectionId = s.id;
                if (tapButton(id.c_str())) action = [&cl, sectionId] { cl.newItemDraft(sectionId); };
            }
        }

        ImGui::Spacing();
        if (ed.target == Target::NewSection)
            drawSectionEditor(cl, ed, nullptr, action);
        else if (tapButton(labelWithId(ICON_PLUS, tr("Add section"), "##add-section").c_str()))
            action = [&cl] { cl.newSectionDraft(); };

        heading(tr("Use it"));
        if (tapButton(labelWithId(ICON_PLAY, tr("Open this list to run it"), "##open-list").c_str())) action = [&ctx, listId] { ctx.app.runs().openChecklist(core::listKey(listId)); };
        if (ed.confirmDeleteList) {
            beginCard();
            paragraph(fillIn(tr("Delete \"{title}\"? Its past runs stay in the history."), "title", list->title));
            Answer answer = answerButtons(labelWithId(tr("Delete list"), "##confirm-delete-list").c_str(), Tone::Emergency,
                                          labelWithId(tr("Keep it"), "##cancel-delete-list").c_str());
            if (answer == Answer::Act) action = [&cl, listId] { cl.deleteList(listId); };
            if (answer == Answer::Keep) ed.confirmDeleteList = false;
            endCard();
        } else if (tapButton(labelWithId(ICON_TRASH, tr("Delete this list"), "##delete-list").c_str())) {
            ed.confirmDeleteList = true;
        }

        if (action) action();
    }
};
}  // namespace

std::unique_ptr<Screen> makeListEditorScreen() { return std::make_unique<ListEditorScreen>(); }

}  // namespace ui
