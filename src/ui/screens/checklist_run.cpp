// A run in progress: tap anywhere on an item's row to tick or untick it (saved at once), add a
// note to an item, then finish (with what was skipped) or abandon.
#include <cfloat>
#include <charconv>
#include <imgui.h>

#include "core/date_format.h"
#include "i18n/i18n.h"
#include "ui/fields.h"
#include "ui/run_wording.h"
#include "ui/icons.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {
using i18n::fillIn, i18n::tr, i18n::trn;

std::string runTitle(ScreenContext& ctx, long long runId) {
    const core::Run* r = ctx.app.runs().run(runId);
    return r ? app::runTitle(r->checklistKey, r->title, ctx.app.content()) : tr("Run");
}

namespace {

// A timed practice drill: the time left to the target, then the time over it.
void drawCountdown(ScreenContext& ctx, const core::Run& run) {
    long long elapsed = std::chrono::duration_cast<std::chrono::seconds>(ctx.app.clock().now() - run.started).count();
    long long left = *run.targetSeconds - elapsed;
    ImGui::PushFont(ctx.fonts.large);
    if (left >= 0)
        paragraph(left <= 10 ? palette().warning : palette().accent,
                  ICON_CLOCK "  " + i18n::fillIn(i18n::tr("{time} left"), "time", core::formatDuration(left)));
    else
        paragraph(palette().warning, ICON_CLOCK "  " + i18n::fillIn(i18n::tr("{time} over the target"), "time", core::formatDuration(-left)));
    ImGui::PopFont();
    mutedText(i18n::fillIn(i18n::tr("Target {time}"), "time", core::formatDuration(*run.targetSeconds)));
}

void drawHeader(ScreenContext& ctx, const core::Run& run) {
    beginCard();
    ImVec4 modeColour = run.mode == core::RunMode::Real ? palette().emergency : palette().accent;
    textLinef(modeColour, "%s %s", run.mode == core::RunMode::Real ? ICON_SHIELD : ICON_PRACTICE, runModeLabel(run.mode));
    std::string when = core::formatTimeNear(run.started, ctx.app.clock().now());
    std::string started = run.performedBy.empty() ? fillIn(tr("Started {when}"), "when", when)
                                                  : fillIn(fillIn(tr("Started {when} by {name}"), "when", when), "name", run.performedBy);
    mutedText(started);
    int done = run.doneCount(), total = static_cast<int>(run.items.size());
    paragraph(doneOfTotal(done, total));
    // The count is above the bar, not on it: no text colour reads well on both of its parts.
    progressBar(total ? static_cast<float>(done) / static_cast<float>(total) : 0.0f, em() * 0.45f, palette().success,
                ImGui::GetStyle().Colors[ImGuiCol_WindowBg]);
    if (run.countsDown()) drawCountdown(ctx, run);
    if (!run.participants.empty()) mutedText(i18n::fillIn(i18n::tr("Taking part: {names}"), "names", joinedNames(run.participants)));
    endCard();
}

// Which note editor was drawn last, and when: the field takes the focus when one opens.
struct NoteEditorShown {
    int frame = -2;
    int position = -1;
};

void drawNoteEditor(app::App& app, NoteEditorShown& shown) {
    beginCard();
    textLine(tr("Note on this item"));
    // Focus the field when the editor opens (not drawn last frame, or for another item), so typing
    // goes into it.
    if (ImGui::GetFrameCount() - shown.frame > 1 || shown.position != app.runs().noteDraft().position) ImGui::SetKeyboardFocusHere();
    shown.frame = ImGui::GetFrameCount();
    shown.position = app.runs().noteDraft().position;
    textArea("##note-text", app.runs().noteDraft().text, 3);
    Answer answer = answerButtons(labelled(tr("Save note"), "##save-note").c_str(), Tone::Accent, labelled(tr("Cancel"), "##cancel-note").c_str());
    if (answer == Answer::Act) app.runs().saveNoteDraft();
    if (answer == Answer::Keep) app.runs().closeNote();
    endCard();
}

// The note button beside an item: the pencil at the top, level with the item's first line, and
// under it, small, the time the item was ticked.
bool noteButton(const std::string& id, float width, float height, const std::optional<core::TimePoint>& tickedAt) {
    bool pressed = tapButton(id.c_str(), width, Tone::Normal, height);
    if (!ImGui::IsItemVisible()) return pressed;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImFont* font = ImGui::GetFont();
    float size = ImGui::GetFontSize();
    ImVec2 min = ImGui::GetItemRectMin();
    float top = min.y + ImGui::GetStyle().FramePadding.y;
    ImVec2 pencil = textSize(ICON_EDIT, 0, font, size);
    drawText(dl, ImVec2(min.x + (width - pencil.x) / 2, top), ImGui::GetColorU32(ImGuiCol_Text), ICON_EDIT, 0, font, size);
    if (tickedAt) {
        std::string time = core::formatTime(*tickedAt);
        float small = size * 0.75f;
        ImVec2 dim = textSize(time, 0, font, small);
        drawText(dl, ImVec2(min.x + (width - dim.x) / 2, top + pencil.y), ImGui::GetColorU32(palette().muted), time, 0, font, small);
    }
    return pressed;
}

// shownConfirm: the confirmation shown last frame.
void drawEndButtons(app::App& app, const core::Run& run, app::RunConfirm& shownConfirm) {
    int left = static_cast<int>(run.items.size()) - run.doneCount();
    app::RunConfirm& confirm = app.runs().runConfirm();
    // A confirmation that just opened is scrolled fully into view once.
    bool justOpened = confirm != shownConfirm && confirm != app::RunConfirm::None;
    shownConfirm = confirm;
    ImGui::Spacing();
    if (confirm == app::RunConfirm::Finish) {
        beginCard();
        paragraph(trn("%d item is not ticked. Finish anyway? It will be listed as skipped.",
                      "%d items are not ticked. Finish anyway? They will be listed as skipped.", left));
        Answer answer =
            answerButtons(labelled(tr("Finish anyway"), "##confirm-finish").c_str(), Tone::Accent, labelled(tr("Keep going"), "##cancel-finish").c_str());
        if (answer == Answer::Act) app.runs().finish(run.id);
        if (answer == Answer::Keep) confirm = app::RunConfirm::None;
        endCard();
        if (justOpened) ImGui::SetScrollHereY(1.0f);
    } else if (confirm == app::RunConfirm::Abandon) {
        beginCard();
        paragraph(tr("Abandon this run? It stays in the history, marked as abandoned."));
        Answer answer =
            answerButtons(labelled(tr("Abandon"), "##confirm-abandon").c_str(), Tone::Emergency, labelled(tr("Keep going"), "##cancel-abandon").c_str());
        if (answer == Answer::Act) app.runs().abandon(run.id);
        if (answer == Answer::Keep) confirm = app::RunConfirm::None;
        endCard();
        if (justOpened) ImGui::SetScrollHereY(1.0f);
    } else {
        // TRANSLATORS: a button: finish the run, with the number of items not ticked yet.
        std::string finishLabel = left == 0 ? labelled(ICON_FLAG, tr("Finish"), "##finish-run")
                                            : labelled(ICON_FLAG, trn("Finish (%d left)", "Finish (%d left)", left).c_str(), "##finish-run");
        if (tapButton(finishLabel.c_str(), -1, Tone::Accent)) {
            if (left == 0)
                app.runs().finish(run.id);
            else
                confirm = app::RunConfirm::Finish;
        }
        if (tapButton(labelled(ICON_CLOSE, tr("Abandon this run"), "##abandon-run").c_str())) confirm = app::RunConfirm::Abandon;
    }
}


class ChecklistRunScreen final : public ScreenOf<app::route::ChecklistRun> {
private:
    std::string titleOf(ScreenContext& ctx, const app::route::ChecklistRun& route) override { return runTitle(ctx, route.runId); }
    void show(ScreenContext& ctx, const app::route::ChecklistRun& route) override {
        long long runId = route.runId;
        const core::Run* run = ctx.app.runs().run(runId);
        if (!run) {
            emptyState(ICON_WARNING, tr("This run is not in the database."), tr("Go back and choose another run."));
            return;
        }
        if (run->status != core::RunStatus::InProgress) {
            drawRunRecord(ctx, runId);  // ended meanwhile: show what it recorded
            return;
        }
        drawHeader(ctx, *run);

        const std::string none;
        std::string section;
        float noteW = tapHeight();
        for (const core::RunItem& it : run->items) {
            if (it.position == 0 || it.section != section) heading(it.section.c_str());
            section = it.section;
            std::string rowId = "##item-" + std::to_string(it.position);
            std::string noteId = "##note-" + std::to_string(it.position);
            float rowW = ImGui::GetContentRegionAvail().x - noteW - ImGui::GetStyle().ItemSpacing.x;
            int position = it.position;  // the run may change under `it` when the tap is saved
            // The time of the tick goes beside the row, under the note button, not in it: a tick must
            // not re-wrap the text and move the rows below (the next tap would land on the wrong item).
            if (checkRow(rowId.c_str(), it.ticked(), {it.text, it.detail, it.note, none}, rowW)) ctx.app.runs().toggle(runId, position);
            float rowH = ImGui::GetItemRectSize().y;
            ImGui::SameLine();
            if (noteButton(noteId, noteW, rowH, it.tickedAt)) ctx.app.runs().openNote(runId, position);
            if (ctx.app.runs().noteDraft().runId == runId && ctx.app.runs().noteDraft().position == position) drawNoteEditor(ctx.app, noteEditorShown_);
        }
        drawEndButtons(ctx.app, *run, shownConfirm_);
    }

    NoteEditorShown noteEditorShown_;
    app::RunConfirm shownConfirm_ = app::RunConfirm::None;
};
}  // namespace

std::unique_ptr<Screen> makeChecklistRunScreen() { return std::make_unique<ChecklistRunScreen>(); }

}  // namespace ui
