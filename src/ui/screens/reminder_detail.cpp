// One reminder: when it is due and how it repeats, Done, Skip, Snooze (1 hour, 1 day, 1 week or
// a time of one's own), Edit, Delete after a confirmation, and its history.
#include <algorithm>
#include <cstdlib>
#include <imgui.h>

#include "ui/icons.h"
#include "ui/screens/reminder_widgets.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {

namespace {
class ReminderDetailScreen final : public ScreenOf<app::route::ReminderDetail> {
public:
    ReminderDetailScreen() : ScreenOf("Reminder") {}

private:
    void show(ScreenContext& ctx, const app::route::ReminderDetail& route) override {
        app::App& app = ctx.app;
        app::Reminders& reminders = app.reminders();
        long long id = route.reminderId;
        // A copy: an action below refreshes the cached detail while this frame still draws.
        const app::ReminderDetail d = reminders.detail(id);
        if (!d.found) {
            emptyState(ICON_INFO, "This reminder is gone.", "It was deleted. Go back to the list.");
            return;
        }
        const core::Reminder& r = d.reminder;

        ImGui::PushFont(ctx.fonts.title);
        paragraph(r.title);
        ImGui::PopFont();
        bool overdue = d.when.rfind("Overdue", 0) == 0;
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
            if (outcome->undoable && tapButton(ICON_BACK "  Undo##reminder-undo", -1)) reminders.undo();
            endCard();
        } else if (!r.finished()) {
            ImGui::Spacing();
            // Done is the plain action for an occurrence that is due; one still to come can be done
            // early, on purpose.
            if (tapButton(d.due ? ICON_CHECK "  Done##reminder-done" : ICON_CHECK "  Done early##reminder-done", -1,
                          d.due ? Tone::Success : Tone::Normal))
                reminders.markDone(id, r.dueAt);
            if (r.repeats() && tapButton(ICON_FORWARD "  Skip this one##reminder-skip")) reminders.skip(id, r.dueAt);

            if (d.due) {  // snoozing a reminder not due yet would change nothing
                heading(ICON_BELL_SLASH "  Snooze");
                const char* snoozes[] = {"1 hour##snooze-hour", "1 day##snooze-day", "1 week##snooze-week", "Other##snooze-custom"};
                int tapped = choiceRow(snoozes, 4, customSnoozeFor_ == id ? 3 : -1);
                using namespace std::chrono;
                if (tapped == 0) reminders.snoozeFor(id, hours(1));
                if (tapped == 1) reminders.snoozeFor(id, hours(24));
                if (tapped == 2) reminders.snoozeFor(id, hours(24 * 7));
                if (tapped == 3) customSnoozeFor_ = customSnoozeFor_ == id ? -1 : id;
                if (customSnoozeFor_ == id) {
                    reminders.prepareSnoozeDraft(id);
                    beginCard();
                    dateField("Snooze until (date)", "##snooze-date", reminders.snoozeDate);
                    timeField("Time", "##snooze-time", reminders.snoozeTime);
                    if (tapButton("Snooze until then##snooze-until", -1, Tone::Accent) &&
                        reminders.snoozeUntil(id, reminders.snoozeDate, reminders.snoozeTime))
                        customSnoozeFor_ = -1;
                    endCard();
                }
            }
        }

        ImGui::Spacing();
        float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) / 2;
        if (tapButton(ICON_EDIT "  Edit##reminder-edit", half)) app.nav().push(app::route::ReminderEdit{id});
        ImGui::SameLine();
        if (tapButton(ICON_TRASH "  Delete##reminder-delete", half)) confirmDeleteFor_ = id;
        if (confirmDeleteFor_ == id) {
            beginCard();
            paragraphf("Delete \"%s\" and its history? This cannot be undone.", r.title.c_str());
            float w = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) / 2;
            bool confirmed = tapButton("Delete##reminder-delete-confirm", w, Tone::Emergency);
            ImGui::SameLine();
            if (tapButton("Keep##reminder-delete-cancel", w)) confirmDeleteFor_ = -1;
            endCard();
            if (confirmed) {
                confirmDeleteFor_ = -1;
                if (reminders.remove(id)) app.nav().back();
                return;
            }
        }

        heading(ICON_HISTORY "  History");
        if (d.history.empty()) {
            mutedText("Nothing yet. Done, skipped and snoozed show here.");
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
