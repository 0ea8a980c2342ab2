#include "app/reminders.h"

#include <algorithm>

#include "app/reminder_text.h"
#include "core/date_format.h"
#include "i18n/i18n.h"

namespace app {

using core::TimePoint;

Reminders::Reminders(store::Database& db, const core::Clock& clock, Notices& notices, std::string tzid)
    : store_(db), clock_(clock), notices_(notices), tzid_(core::knownTimeZoneOr(tzid)) {
    lastCheck_ = clock_.now();
    refresh();
}

void Reminders::setTimeZone(const std::string& tzid) {
    tzid_ = core::knownTimeZoneOr(tzid);
    refresh();
}

void Reminders::refresh() {
    TimePoint now = clock_.now();
    std::vector<store::DoneEntry> done;
    try {
        active_ = store_.loadActive();
        done = store_.recentlyDone(5);
    } catch (const std::exception& e) {
        notices_.failed(i18n::tr("Reminders could not be read"), e);
    }
    lists_.recentlyDone.clear();
    for (const store::DoneEntry& d : done) lists_.recentlyDone.push_back({d.reminderId, d.title, core::formatDateTime(d.at, tzid_, now)});
    resort(now);
    scheduleNextCheck(now);
}

void Reminders::resort(TimePoint now) {
    core::DayBounds today = core::dayBounds(now, tzid_);
    core::DueIndex index = core::sortByDue(active_, today, now);
    RowClock clock = RowClock::at(now, tzid_);
    auto fill = [&](std::vector<ReminderRow>& out, const std::vector<size_t>& which, core::DueState state) {
        out.clear();
        out.reserve(which.size());
        for (size_t i : which) {
            const core::Reminder& r = active_[i];
            out.push_back({r, state, rowWhen(r, state, clock), rowRepeat(r, repeatText_)});
        }
    };
    fill(lists_.overdue, index.overdue, core::DueState::Overdue);
    fill(lists_.dueToday, index.dueToday, core::DueState::DueToday);
    fill(lists_.upcoming, index.upcoming, core::DueState::Upcoming);
    ++revision_;
}

void Reminders::scheduleNextCheck(TimePoint now) {
    // Once a minute at most apart, at midnight (overdue begins), and when the next one comes due.
    TimePoint next = std::min(now + std::chrono::minutes(1), core::dayBounds(now, tzid_).startOfTomorrow);
    for (const core::Reminder& r : active_) {
        TimePoint due = r.effectiveDue();
        if (due > now && due < next) next = due;
    }
    nextCheck_ = next;
}

void Reminders::tick() {
    TimePoint now = clock_.now();
    if (now < nextCheck_) return;
    for (const core::Reminder& r : active_) {
        TimePoint due = r.effectiveDue();
        if (due <= lastCheck_ || due > now) continue;
        std::string when = core::formatDateTime(due, tzid_, now);
        alerts_.erase(std::remove_if(alerts_.begin(), alerts_.end(), [&](const ReminderAlert& a) { return a.reminderId == r.id; }),
                      alerts_.end());
        alerts_.push_back({r.id, r.title, when});
        if (notify_) {
            notify_(r.title, i18n::fillIn(i18n::tr("Due now ({when})"), "when", when), r.id);
            try {
                store_.recordNotified(r.id, due, now);  // the timer's `reminders notify` does not tell it again
            } catch (const SQLite::Exception&) {
                // Not recorded: at worst the timer tells it once more.
            }
        }
    }
    lastCheck_ = now;
    resort(now);
    scheduleNextCheck(now);
}

double Reminders::secondsUntilNextChange() const {
    TimePoint next = nextCheck_;
    if (outcome_ && outcome_->shownUntil > clock_.now()) next = std::min(next, outcome_->shownUntil);  // the outcome goes away
    auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(next - clock_.now()).count();
    return std::max(0.0, static_cast<double>(wait) / 1000.0);
}

void Reminders::dismissAlert(long long reminderId) {
    alerts_.erase(std::remove_if(alerts_.begin(), alerts_.end(), [&](const ReminderAlert& a) { return a.reminderId == reminderId; }),
                  alerts_.end());
}

const ReminderDetail& Reminders::detail(long long id) {
    if (id == detailId_ && revision_ == detailRevision_) return detail_;
    detailId_ = id;
    detailRevision_ = revision_;
    detail_ = ReminderDetail{};
    TimePoint now = clock_.now();
    try {
        std::optional<core::Reminder> r = store_.find(id);
        if (!r) return detail_;
        detail_.found = true;
        detail_.reminder = *r;
        core::DayBounds today = core::dayBounds(now, tzid_);
        detail_.due = core::isDue(*r, today);
        detail_.overdue = core::classify(*r, today, now) == core::DueState::Overdue;
        detail_.when = detailWhen(*r, tzid_, now);
        detail_.repeat = describeRRule(r->rrule);
        detail_.link = linkText(r->source);
        for (const core::ReminderEvent& e : store_.history(id)) detail_.history.push_back(historyLine(e, tzid_, now));
    } catch (const std::exception& e) {
        notices_.failed(i18n::tr("The reminder could not be read"), e);
    }
    return detail_;
}

void Reminders::prepareSnoozeDraft(long long id) {
    if (snoozeDraftFor_ == id) return;
    snoozeDraftFor_ = id;
    core::LocalDateTime inAnHour = core::toLocal(clock_.now() + std::chrono::hours(1), tzid_);
    snoozeDate = inAnHour.isoDate();
    snoozeTime = inAnHour.hhmm();
}

bool Reminders::act(long long id, std::optional<TimePoint> occurrence, const char* failure,
                    const std::function<std::optional<core::ReminderChange>(const core::Reminder&, std::string&)>& decide) {
    TimePoint now = clock_.now();
    try {
        std::optional<core::Reminder> r = store_.find(id);
        if (!r) {
            notices_.show(i18n::tr("This reminder was deleted."));
            return false;
        }
        // Nothing waiting, or the occurrence the user saw was acted on already (a second tap).
        if (r->finished() || (occurrence && r->dueAt != occurrence)) return true;
        std::string message;
        std::optional<core::ReminderChange> change = decide(*r, message);
        if (!change) {
            notices_.show(message);
            return false;
        }
        long long eventId = store_.apply(*change, now);
        outcome_ = ActionOutcome{id, message, now + std::chrono::seconds(kUndoSeconds), true, *r, change->after, eventId};
        dismissAlert(id);
        refresh();
        return true;
    } catch (const std::exception& e) {
        return notices_.failed(failure, e);
    }
}

// Done and Skip both move on to the next occurrence; only the history line and the words differ.
bool Reminders::advance(long long id, std::optional<TimePoint> occurrence, bool done) {
    TimePoint now = clock_.now();
    return act(id, occurrence, done ? i18n::tr("Marking the reminder done failed") : i18n::tr("Skipping the reminder failed"),
               [&](const core::Reminder& r, std::string& message) {
                   core::ReminderChange c = done ? core::markDone(r, now) : core::skipOccurrence(r, now);
                   message = std::string(done ? i18n::tr("Marked done.") : i18n::tr("Skipped this time.")) + " " +
                             (c.after.dueAt ? i18n::fillIn(i18n::tr("Next due {when}."), "when", core::formatDateTime(*c.after.dueAt, tzid_, now))
                                            : i18n::tr("It does not repeat, so it is finished."));
                   return std::optional(c);
               });
}

bool Reminders::markDone(long long id, std::optional<TimePoint> occurrence) { return advance(id, occurrence, true); }

bool Reminders::skip(long long id, std::optional<TimePoint> occurrence) { return advance(id, occurrence, false); }

bool Reminders::snoozeTo(long long id, TimePoint until) {
    TimePoint now = clock_.now();
    return act(id, std::nullopt, i18n::tr("Snoozing the reminder failed"), [&](const core::Reminder& r, std::string& message) {
        if (!core::snoozeMovesIt(r, until)) {
            message = i18n::fillIn(i18n::fillIn(i18n::tr("It is not due until {due}, so snoozing to {until} would not change it."), "due",
                                            core::formatDateTime(*r.dueAt, tzid_, now)),
                                 "until", core::formatDateTime(until, tzid_, now));
            return std::optional<core::ReminderChange>();
        }
        message = i18n::fillIn(i18n::tr("Snoozed until {when}."), "when", core::formatDateTime(until, tzid_, now));
        return std::optional(core::snooze(r, now, until));
    });
}

bool Reminders::snoozeFor(long long id, std::chrono::minutes duration) { return snoozeTo(id, clock_.now() + duration); }

bool Reminders::snoozeUntil(long long id, const std::string& date, const std::string& time) {
    std::optional<core::LocalDateTime> local = core::parseDateAndTime(date, time);
    if (!local) {
        notices_.show(i18n::tr("Write the snooze time as a date YYYY-MM-DD and a time HH:MM, for example 2026-03-01 and 18:00."));
        return false;
    }
    TimePoint until = core::toUtc(*local, tzid_);
    if (until <= clock_.now()) {
        notices_.show(i18n::tr("Choose a time that is still to come."));
        return false;
    }
    bool ok = snoozeTo(id, until);
    if (ok) snoozeDraftFor_ = -1;
    return ok;
}

const ActionOutcome* Reminders::outcomeFor(long long id) const {
    if (!outcome_ || outcome_->reminderId != id || clock_.now() >= outcome_->shownUntil) return nullptr;
    return &*outcome_;
}

bool Reminders::undo() {
    TimePoint now = clock_.now();
    if (!outcome_ || !outcome_->undoable || now >= outcome_->shownUntil) return false;
    ActionOutcome o = *outcome_;
    try {
        std::optional<core::Reminder> r = store_.find(o.reminderId);
        if (!r || *r != o.after) {  // changed since (edited, moved by its kit item): keep what is there
            notices_.show(i18n::tr("The reminder has changed since, so nothing was undone."));
            outcome_.reset();
            return false;
        }
        store_.undo(o.before, o.eventId, now);
    } catch (const std::exception& e) {
        return notices_.failed(i18n::tr("Undoing failed"), e);
    }
    outcome_ = ActionOutcome{o.reminderId, i18n::tr("Undone: the reminder is as it was."), now + std::chrono::seconds(kUndoSeconds), false, {}, {}, 0};
    refresh();
    return true;
}

bool Reminders::remove(long long id) {
    try {
        store_.remove(id);
    } catch (const std::exception& e) {
        return notices_.failed(i18n::tr("The reminder could not be deleted"), e);
    }
    if (onRemoved_) onRemoved_(id);
    dismissAlert(id);
    refresh();
    return true;
}

std::vector<DueNotification> Reminders::unnotifiedDue() {
    std::vector<DueNotification> out;
    TimePoint now = clock_.now();
    for (const core::Reminder& r : store_.loadActive()) {
        TimePoint due = r.effectiveDue();
        if (due > now || store_.notified(r.id, due)) continue;
        std::string body = i18n::fillIn(i18n::tr("Due {when}"), "when", core::formatDateTime(due, tzid_, now));
        if (!r.notes.empty()) body += "\n" + r.notes;
        out.push_back({r.id, due, r.title, body});
    }
    return out;
}

NotifyRun Reminders::notifyDue(const std::function<bool(const DueNotification&)>& show) {
    NotifyRun run;
    run.notShown = unnotifiedDue();
    while (!run.notShown.empty()) {
        const DueNotification& n = run.notShown.front();
        if (!show(n)) break;
        store_.recordNotified(n.reminderId, n.occurrence, clock_.now());
        ++run.shown;
        run.notShown.erase(run.notShown.begin());
    }
    return run;
}

std::string Reminders::dueReport() const {
    std::string out;
    for (const auto* list : {&lists_.overdue, &lists_.dueToday})
        for (const ReminderRow& row : *list) out += row.reminder.title + " (" + row.when + ")\n";
    return out;
}

}  // namespace app
