#pragma once
// Reminders as the app holds them: the due lists the screens draw (cached, refreshed on every
// change and once a minute, never queried per frame), the actions the screens call, reminders
// that follow other data (kit expiry, a certificate, quiz practice), the first-run upkeep
// offer, alerts for reminders that come due while the app runs, and the iCalendar export.
// No ImGui here; tests drive the same actions the screens do.
#include <filesystem>
#include <functional>
#include <list>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/kit_inventory.h"
#include "core/reminder.h"
#include "store/database.h"
#include "store/reminder_store.h"

namespace app {

// The zone the user is in: TZ when set to a zone name, else the system's (/etc/localtime,
// /etc/timezone); "UTC" when none is known to libical.
std::string localTimeZone();

// What the editor holds while the user types. It stays until saved or discarded, so a failed
// save or leaving the screen loses nothing.
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

// One row of a due list, with the text the screens show, made when the lists are refreshed.
struct ReminderRow {
    core::Reminder reminder;
    core::DueState state = core::DueState::Upcoming;
    std::string when;    // "Overdue · Sat 1 Mar, 10:00", "Today, 18:00", "Tue 4 Mar, 09:00"
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
    core::Reminder reminder;
    std::string when;        // "Due Tue 4 Mar 2026, 09:00", "Snoozed until …", "Finished"
    std::string repeat;
    std::string link;        // what the reminder follows, "" for the user's own
    std::vector<std::string> history;  // newest first, one line per event
};

// What Done, Skip or Snooze just did, shown for a few seconds with a way to take it back.
struct ActionOutcome {
    long long reminderId = 0;
    std::string message;  // "Marked done. Next due Sat 2 Jan, 10:00."
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
    std::string body;  // "Due Sat 7 Mar 2020, 10:00", and the notes on the next line
};

// What `steadfast reminders notify` did: how many it showed, and those it could not show (then
// nothing is recorded for them, so the next run tries again).
struct NotifyRun {
    int shown = 0;
    std::vector<DueNotification> notShown;
};

// The upkeep reminders offered on first run.
struct UpkeepDefault {
    std::string key;    // stable: "smoke-test", "batteries", "water-food", "plan-review", "drill", "certificate"
    std::string title;
    std::string notes;
    std::string schedule;    // shown in the offer: "First Saturday of every month"
    bool needsDate = false;  // the certificate: asks for its expiry date
};
const std::vector<UpkeepDefault>& upkeepDefaults();

// The user's choices on the offer screen, kept while they decide.
struct DefaultsChoice {
    std::set<std::string> chosen;
    std::string certificateExpiry;  // "YYYY-MM-DD"
    bool initialised = false;
};

class Reminders {
public:
    using NoticeSink = std::function<void(std::string)>;
    using NotificationSink = std::function<void(const std::string& title, const std::string& body)>;

    static constexpr int kKitDaysBefore = 30;          // a kit item's expiry: remind 30 days before
    static constexpr int kCertificateDaysBefore = 60;  // a certificate's expiry: remind 60 days before
    static constexpr int kLinkedHour = 9;              // linked reminders fall due at 09:00 local time

    Reminders(store::Database& db, const core::Clock& clock, NoticeSink notice, std::string tzid = localTimeZone());

    const std::string& timeZone() const { return tzid_; }
    void setTimeZone(const std::string& tzid);

    // The lists, as of the last refresh or tick.
    const DueLists& lists() const { return lists_; }
    int dueCount() const { return lists_.dueCount(); }
    const ReminderDetail& detail(long long id);

    // Actions. Each saves at once; a failure reaches the user through the notice and returns false.
    // save: new or edited; the draft is cleared on success, and on failure draft.error says why.
    std::optional<long long> save(ReminderDraft& draft);
    // Done, Skip and Snooze act on one occurrence: given the occurrence the user saw (its due
    // time), they do nothing when it was already acted on (a second tap). Each leaves an outcome
    // that says what it did and can be undone for kUndoSeconds.
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

    // The draft for a reminder (0: a new one), made from the reminder on first use.
    ReminderDraft& draft(long long id);
    void discardDraft(long long id);
    // The custom snooze time being typed on the detail screen.
    std::string snoozeDate, snoozeTime;
    void prepareSnoozeDraft(long long id);  // fills both with one hour from now, once per reminder

    // Reminders that follow other data. `source` names the data ("kit:42"); the reminder is
    // created on first sync, and moved (and made active again, with a "moved" line in its
    // history) whenever dueAt differs from what the data asked for last time. A user's own edit
    // of the date stands until the data changes.
    bool syncLinkedReminder(const std::string& source, const std::string& title, core::TimePoint dueAt,
                            const std::optional<std::string>& notes = std::nullopt);
    bool removeLinkedReminder(const std::string& source);
    // Kit item `kitItemId` expires on `expiresOn` ("YYYY-MM-DD"; "" = no expiry: the reminder goes).
    bool syncKitExpiry(long long kitItemId, const std::string& itemName, const std::string& expiresOn);
    bool removeKitExpiry(long long kitItemId) { return removeLinkedReminder(kitSource(kitItemId)); }
    // Brings every kit reminder in step with the kit: one per dated item, none for items gone.
    void syncKitExpiries(const std::vector<core::KitExpiry>& dated);
    static std::string kitSource(long long kitItemId) { return "kit:" + std::to_string(kitItemId); }
    // The first-aid or CPR certificate expires on `expiresOn` ("YYYY-MM-DD").
    bool setCertificateExpiry(const std::string& expiresOn);
    // N quiz reviews are due, the earliest at `earliestDue`; one "practice" reminder (0 removes it).
    bool syncPractice(int reviewsDue, core::TimePoint earliestDue);
    // 09:00 local time `daysBefore` days before the date ("YYYY-MM-DD"); nullopt for a bad date.
    std::optional<core::TimePoint> daysBeforeDate(const std::string& date, int daysBefore) const;

    // The first-run offer of upkeep reminders.
    bool defaultsOffered() const { return defaultsOffered_; }
    DefaultsChoice& defaultsChoice();
    bool addChosenDefaults();  // adds what defaultsChoice() holds; marks the offer answered
    void dismissDefaults();    // "not now": the offer is answered, nothing added

    // Call every frame (cheap): once a minute, or when a reminder comes due, the lists are
    // sorted again and reminders that came due raise an alert and a desktop notification.
    void tick();
    double secondsUntilNextChange() const;
    const std::vector<ReminderAlert>& alerts() const { return alerts_; }
    void dismissAlert(long long reminderId);
    // Where notifications go (the desktop, in the app; nowhere in tests unless set).
    void setNotificationSink(NotificationSink sink) { notify_ = std::move(sink); }

    // Reminders due now whose occurrence no notification has told about (throws SQLite::Exception).
    std::vector<DueNotification> unnotifiedDue();
    // Shows each with `show` (false: it could not be shown) and records each one shown, at once,
    // so a run cut short never tells twice. Stops at the first that cannot be shown.
    NotifyRun notifyDue(const std::function<bool(const std::string& title, const std::string& body)>& show);

    // What is due today and overdue, one line each, for `steadfast reminders due`.
    std::string dueReport() const;
    // Every reminder with its rule as iCalendar text / into a file; the error message on failure.
    std::string iCalendarText();
    std::optional<std::string> exportICalendar(const std::filesystem::path& file);

    // Reload from the database and sort again (after a change made elsewhere).
    void refresh();

private:
    void resort(core::TimePoint now);
    void scheduleNextCheck(core::TimePoint now);
    struct RowClock;  // what every row's text needs about now, worked out once per sort
    ReminderRow makeRow(const core::Reminder& r, core::DueState state, const RowClock& clock) const;
    bool fail(const std::string& what, const std::exception& e);
    bool advance(long long id, std::optional<core::TimePoint> occurrence, bool done);
    bool snoozeTo(long long id, core::TimePoint until);
    // Applies one action to the occurrence the user saw and records its outcome.
    bool act(long long id, std::optional<core::TimePoint> occurrence, const char* failure,
             const std::function<std::optional<core::ReminderChange>(const core::Reminder&, std::string& message)>& decide);

    store::Database& db_;
    store::ReminderStore store_;
    const core::Clock& clock_;
    NoticeSink notice_;
    NotificationSink notify_;
    std::string tzid_;

    std::vector<core::Reminder> active_;  // from the store, soonest first
    mutable std::map<std::string, std::string> repeatText_;  // RRULE -> "Every month": reminders share rules
    DueLists lists_;
    int revision_ = 0;
    ReminderDetail detail_;
    long long detailId_ = -1;
    int detailRevision_ = -1;
    std::list<ReminderDraft> drafts_;  // a list: a draft's address stays while others come and go
    long long snoozeDraftFor_ = -1;
    DefaultsChoice defaultsChoice_;
    bool defaultsOffered_ = false;

    core::TimePoint lastCheck_{};
    core::TimePoint nextCheck_{};
    std::vector<ReminderAlert> alerts_;
    std::optional<ActionOutcome> outcome_;
};

}  // namespace app
