// One reminder: when it is due and how it repeats, Done, Skip, Snooze (1 hour, 1 day, 1 week or
// a time of one's own), Edit, Delete after a confirmation, and its history.
#include <algorithm>
#include <cstdlib>
#include <imgui.h>

#include "core/text.h"
#include "i18n/i18n.h"
#include "ui/icons.h"
#include "ui/screens/label.h"
#include "ui/screens/reminder_widgets.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {

namespace {
using i18n::fillIn, i18n::tr, i18n::trc;

class ReminderDetailScreen final : public ScreenOf<app::route::ReminderDetail> {
public:
    ReminderDetailScreen() : ScreenOf(core::textId("Reminder")) {}

private:
    void show(ScreenContext& ctx, const app::route::ReminderDetail& route) override {
        app::App& app = ctx.app;
        app::Reminders& reminders = app.reminders();
        long long id = route.reminderId;
        // A copy: an action below refreshes the cached detail while this frame still draws.
        const app::ReminderDetail d = reminders.detail(id);
        if (!d.found) {
            emptyState(ICON_INFO, tr("This reminder is gone."), tr("It was deleted. Go back to the list."));
            return;
        }
        const core::Reminder& r = d.reminder;

        ImGui::PushFont(ctx.fonts.title);
        paragraph(r.title);
        ImGui::PopFont();
        bool overdue = d.overdue;
        ImGui::PushStyleColor(ImGuiCol_Text, overdue ? palette().warning : ImGui::GetStyleColorVec4(ImGuiCol_Text));
        paragraphf("%s %s", overdue ? ICON_WARNING : ICON_CLOCK, d.when.c_str());
        ImGui::PopStyleColor();
        mutedText((std::string(ICON_CALENDAR "  ") + d.repeat).c_str());
        if (!r.notes.empty()) {
            beginCard();
            paragraph(r.notes);
            endCard();
        }
        if (!d.link.empty()) mutedText(d.link.c_str());

        if (const app::ActionOutcome* outcome = reminders.outcomeFor(id)) {
            // What Done, Skip or Snooze did, where their buttons were, for a few seconds: a second
            // tap lands on these words, not on another Done.
            beginCard();
            ImGui::Dummy(ImVec2(0, 0));
            float top = ImGui::GetCursorPosY();
            textLine(palette().success, ICON_CHECK);
            ImGui::SameLine();
            paragraph(outcome->message);
            ImGui::SetCursorPosY(std::max(ImGui::GetCursorPosY(), top + tapHeight() * 1.5f));
            if (outcome->undoable && tapButton(labelWithId(ICON_BACK, tr("Undo"), "##reminder-undo").c_str(), -1)) reminders.undo();
            endCard();
        } else if (!r.finished()) {
            ImGui::Spacing();
            // Done is the plain action for an occurrence that is due; one still to come can be done
            // early, on purpose.
            // TRANSLATORS: a button that marks the reminder done.
            const char* done = d.due ? trc("button", "Done") : tr("Done early");
            if (tapButton(labelWithId(ICON_CHECK, done, "##reminder-done").c_str(), -1, d.due ? Tone::Success : Tone::Normal))
                reminders.markDone(id, r.dueAt);
            if (r.repeats() && tapButton(labelWithId(ICON_FORWARD, tr("Skip this one"), "##reminder-skip").c_str())) reminders.skip(id, r.dueAt);

            if (d.due) {  // snoozing a reminder not due yet would change nothing
                heading(std::string(ICON_BELL_SLASH "  ") + tr("Snooze"));
                // TRANSLATORS: four buttons side by side on a phone: keep each short.
                const std::string snoozes[] = {labelWithId(tr("1 hour"), "##snooze-hour"), labelWithId(tr("1 day"), "##snooze-day"),
                                               labelWithId(tr("1 week"), "##snooze-week"),
                                               // TRANSLATORS: another length of time, chosen with a date and time.
                                               labelWithId(trc("snooze", "Other"), "##snooze-custom")};
                const char* snoozeLabels[] = {snoozes[0].c_str(), snoozes[1].c_str(), snoozes[2].c_str(), snoozes[3].c_str()};
                int tapped = choiceRow(snoozeLabels, 4, customSnoozeFor_ == id ? 3 : -1);
                using namespace std::chrono;
                if (tapped == 0) reminders.snoozeFor(id, hours(1));
                if (tapped == 1) reminders.snoozeFor(id, hours(24));
                if (tapped == 2) reminders.snoozeFor(id, hours(24 * 7));
                if (tapped == 3) customSnoozeFor_ = customSnoozeFor_ == id ? -1 : id;
                if (customSnoozeFor_ == id) {
                    reminders.prepareSnoozeDraft(id);
                    beginCard();
                    dateField(tr("Snooze until (date)"), "##snooze-date", reminders.snoozeDate);
                    timeField(tr("Time"), "##snooze-time", reminders.snoozeTime);
                    if (tapButton(labelWithId(tr("Snooze until then"), "##snooze-until").c_str(), -1, Tone::Accent) &&
                        reminders.snoozeUntil(id, reminders.snoozeDate, reminders.snoozeTime))
                        customSnoozeFor_ = -1;
                    endCard();
                }
            }
        }

        ImGui::Spacing();
        float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) / 2;
        if (tapButton(labelWithId(ICON_EDIT, tr("Edit"), "##reminder-edit").c_str(), half)) app.nav().push(app::route::ReminderEdit{id});
        ImGui::SameLine();
        if (tapButton(labelWithId(ICON_TRASH, tr("Delete"), "##reminder-delete").c_str(), half)) confirmDeleteFor_ = id;
        if (confirmDeleteFor_ == id) {
            beginCard();
            paragraph(fillIn(tr("Delete \"{title}\" and its history? This cannot be undone."), "title", r.title));
            float w = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) / 2;
            bool confirmed = tapButton(labelWithId(tr("Delete"), "##reminder-delete-confirm").c_str(), w, Tone::Emergency);
            ImGui::SameLine();
            // TRANSLATORS: the answer that does not delete: keep the reminder as it is.
            if (tapButton(labelWithId(tr("Keep"), "##reminder-delete-cancel").c_str(), w)) confirmDeleteFor_ = -1;
            endCard();
            if (confirmed) {
                confirmDeleteFor_ = -1;
                if (reminders.remove(id)) app.nav().back();
                return;
            }
        }

        heading(std::string(ICON_HISTORY "  ") + tr("History"));
        if (d.history.empty()) {
            mutedText(tr("Nothing yet. Done, skipped and snoozed show here."));
        } else {
            beginCard();
            for (const std::string& line : d.history) mutedText(line.c_str());
            endCard();
        }
    }

    // What is unfolded, by reminder; the reminder itself lives in the app.
    long long customSnoozeFor_ = -1;
    long long confirmDeleteFor_ = -1;
};
}  // namespace

std::unique_ptr<Screen> makeReminderDetailScreen() { return std::make_unique<ReminderDetailScreen>(); }

}  // namespace ui
