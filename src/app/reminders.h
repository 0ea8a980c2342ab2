#pragma once
// Reminders as the app holds them: the due lists the screens draw (cached, refreshed on every
// change and once a minute, never queried per frame), one reminder with its history, Done, Skip
// and Snooze with their undo, and alerts for reminders that come due while the app runs. Editing
// (reminder_editor.h), reminders that follow other data (linked_reminders.h) and the first-run
// offer (upkeep_offer.h) build on this. No ImGui here; tests drive the same actions the screens do.
#include <chrono>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/notices.h"
#include "app/time_zone.h"
#include "core/clock.h"
#include "core/reminder.h"
#include "store/database.h"
#include "store/reminder_store.h"

namespace app {

// One row of a due list, with the text the screens show, made when the lists are refreshed.
struct ReminderRow {
    core::Reminder reminder;
    core::DueState state = core::DueState::Upcoming;
    std::string when;    // "Overdue · Sat, 1 Mar, 10:00", "Today, 18:00", "Tue, 4 Mar, 09:00"
    std::string repeat;  // "Every month"
};

struct DoneRow {
    long long reminderId = 0;
    std::string title;
    std::string when;  // when it was done
};

struct DueLists {
    std::vector<ReminderRow> overdue, dueToday, upcoming;
    std::vector<DoneRow> recentlyDone;
    int dueCount() const { return static_cast<int>(overdue.size() + dueToday.size()); }
    bool empty() const { return overdue.empty() && dueToday.empty() && upcoming.empty(); }
};

// One reminder with its history, for the detail screen (cached by id).
struct ReminderDetail {
    bool found = false;
    bool due = false;  // core::isDue: Done is the plain action and Snooze is offered
    bool overdue = false;  // core::DueState::Overdue: `when` is shown as a warning
    core::Reminder reminder;
    std::string when;        // "Due Tue, 4 Mar 2026, 09:00", "Snoozed until …", "Finished"
    std::string repeat;
    std::string link;        // what the reminder follows, "" for the user's own
    std::vector<std::string> history;  // newest first, one line per event
};

// What Done, Skip or Snooze just did, shown for a few seconds with a way to take it back.
struct ActionOutcome {
    long long reminderId = 0;
    std::string message;  // "Marked done. Next due Sat, 2 Jan, 10:00."
    core::TimePoint shownUntil{};
    bool undoable = false;
    core::Reminder before, after;  // the reminder before and after the action
    long long eventId = 0;         // the history line the action wrote
};

// A reminder that came due while the app was running.
struct ReminderAlert {
    long long reminderId = 0;
    std::string title;
    std::string when;
};

// A reminder due now that no desktop notification has told about yet.
struct DueNotification {
    long long reminderId = 0;
    core::TimePoint occurrence{};  // the due (or snoozed-until) time: each is told once
    std::string title;
    std::string body;  // "Due Sat, 7 Mar 2020, 10:00", and the notes on the next line
};

// What `steadfast reminders notify` did: how many it showed, and those it could not show (then
// nothing is recorded for them, so the next run tries again).
struct NotifyRun {
    int shown = 0;
    std::vector<DueNotification> notShown;
};

class Reminders {
public:
    // A notification for the reminder `reminderId` (a click on it may open it: App::openReminder).
    using NotificationSink = std::function<void(const std::string& title, const std::string& body, long long reminderId)>;

    Reminders(store::Database& db, const core::Clock& clock, Notices& notices, std::string tzid = localTimeZone());

    const std::string& timeZone() const { return tzid_; }
    void setTimeZone(const std::string& tzid);
    const core::Clock& clock() const { return clock_; }
    store::ReminderStore& store() { return store_; }
    Notices& notices() { return notices_; }
    // The reminders not finished, soonest first, as of the last refresh.
    const std::vector<core::Reminder>& active() const { return active_; }

    // The lists, as of the last refresh or tick.
    const DueLists& lists() const { return lists_; }
    int dueCount() const { return lists_.dueCount(); }
    const ReminderDetail& detail(long long id);

    // Done, Skip and Snooze act on one occurrence: given the occurrence the user saw (its due
    // time), they do nothing when it was already acted on (a second tap). Each leaves an outcome
    // that says what it did and can be undone for kUndoSeconds. A failure reaches the user
    // through Notices and returns false.
    bool markDone(long long id, std::optional<core::TimePoint> occurrence = std::nullopt);
    bool skip(long long id, std::optional<core::TimePoint> occurrence = std::nullopt);
    // A snooze must end after the occurrence it snoozes (core::snoozeMovesIt), else the notice says why.
    bool snoozeFor(long long id, std::chrono::minutes duration);
    bool snoozeUntil(long long id, const std::string& date, const std::string& time);
    bool remove(long long id);
    static constexpr int kUndoSeconds = 10;
    // The outcome of the last Done, Skip, Snooze or Undo on this reminder, while it is shown.
    const ActionOutcome* outcomeFor(long long id) const;
    // Takes the last action back, if it is still shown and nothing changed the reminder since.
    bool undo();

    // The custom snooze time being typed on the detail screen.
    std::string snoozeDate, snoozeTime;
    void prepareSnoozeDraft(long long id);  // fills both with one hour from now, once per reminder

    // Call every frame (cheap): once a minute, or when a reminder comes due, the lists are
    // sorted again and reminders that came due raise an alert and a desktop notification.
    void tick();
    double secondsUntilNextChange() const;
    const std::vector<ReminderAlert>& alerts() const { return alerts_; }
    void dismissAlert(long long reminderId);
    // Where notifications go (the desktop, in the app; nowhere in tests unless set).
    void setNotificationSink(NotificationSink sink) { notify_ = std::move(sink); }
    // Told when a reminder is deleted, so a draft of it goes too.
    void setRemoved(std::function<void(long long id)> onRemoved) { onRemoved_ = std::move(onRemoved); }

    // Reminders due now whose occurrence no notification has told about (throws SQLite::Exception).
    std::vector<DueNotification> unnotifiedDue();
    // Shows each with `show` (false: it could not be shown) and records each one shown, at once,
    // so a run cut short never tells twice. Stops at the first that cannot be shown.
    NotifyRun notifyDue(const std::function<bool(const DueNotification&)>& show);

    // What is due today and overdue, one line each, for `steadfast reminders due`.
    std::string dueReport() const;

    // Reload from the database and sort again (after a change made here or elsewhere).
    void refresh();

private:
    void resort(core::TimePoint now);
    void scheduleNextCheck(core::TimePoint now);
    bool advance(long long id, std::optional<core::TimePoint> occurrence, bool done);
    bool snoozeTo(long long id, core::TimePoint until);
    // Applies one action to the occurrence the user saw and records its outcome.
    bool act(long long id, std::optional<core::TimePoint> occurrence, const char* failure,
             const std::function<std::optional<core::ReminderChange>(const core::Reminder&, std::string& message)>& decide);

    store::ReminderStore store_;
    const core::Clock& clock_;
    Notices& notices_;
    NotificationSink notify_;
    std::function<void(long long)> onRemoved_;
    std::string tzid_;

    std::vector<core::Reminder> active_;  // from the store, soonest first
    std::map<std::string, std::string> repeatText_;  // RRULE -> "Every month": reminders share rules
    DueLists lists_;
    int revision_ = 0;
    ReminderDetail detail_;
    long long detailId_ = -1;
    int detailRevision_ = -1;
    long long snoozeDraftFor_ = -1;

    core::TimePoint lastCheck_{};
    core::TimePoint nextCheck_{};
    std::vector<ReminderAlert> alerts_;
    std::optional<ActionOutcome> outcome_;
};

}  // namespace app
