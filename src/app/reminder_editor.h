#pragma once
// Adding and editing reminders. What the user types stays in a draft until it is saved or
// discarded, so a failed save or leaving the screen loses nothing.
#include <list>
#include <optional>
#include <string>

#include "app/linked_reminders.h"
#include "app/reminders.h"
#include "core/recurrence.h"

namespace app {

struct ReminderDraft {
    long long id = 0;           // 0: a new reminder
    std::string title;
    std::string notes;
    std::string date;           // "YYYY-MM-DD": the first (or, when editing, the next) due day
    std::string time = "09:00"; // "HH:MM"
    core::Recurrence recurrence;
    std::string keptRRule;      // a rule the simple choices cannot show, kept unless a choice is made
    std::string source;         // the edited reminder's link, if any
    std::string certificateExpiry;  // source "certificate": the date edited instead of `date`
    std::string error;          // why the last Save did not save, shown in the editor
};

class ReminderEditor {
public:
    ReminderEditor(Reminders& reminders, LinkedReminders& linked) : reminders_(reminders), linked_(linked) {}

    // The draft for a reminder (0: a new one), made from the reminder on first use.
    ReminderDraft& draft(long long id);
    void discardDraft(long long id);
    // New or edited; the draft is cleared on success, and on failure draft.error says why.
    std::optional<long long> save(ReminderDraft& draft);

private:
    std::optional<long long> saveCertificate(ReminderDraft& draft, const std::string& title);
    std::optional<long long> saveScheduled(ReminderDraft& draft, const std::string& title, const std::optional<core::Reminder>& existing);

    Reminders& reminders_;
    LinkedReminders& linked_;
    std::list<ReminderDraft> drafts_;  // a list: a draft's address stays while others come and go
};

}  // namespace app
