#include "app/reminders.h"

#include "core/date_format.h"
#include "core/text.h"
#include "store/atomic_file.h"

#include <SQLiteCpp/Exception.h>

#include <algorithm>
#include <set>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <tuple>

namespace app {

namespace fs = std::filesystem;
using core::TimePoint;

namespace {

std::string zoneFromPath(const std::string& path) {
    auto at = path.find("zoneinfo/");
    return at == std::string::npos ? "" : path.substr(at + 9);
}

std::string linkKind(const std::string& source) {
    if (source.rfind("kit:", 0) == 0) return "kit";
    return source;
}

}  // namespace

std::string localTimeZone() {
    if (const char* tz = std::getenv("TZ"); tz && *tz) {
        std::string name = tz;
        if (name[0] == ':') name.erase(0, 1);
        if (!name.empty() && name[0] == '/') name = zoneFromPath(name);
        if (core::isKnownTimeZone(name)) return name;
    }
    std::error_code ec;
    fs::path target = fs::read_symlink("/etc/localtime", ec);
    if (!ec) {
        std::string name = zoneFromPath(target.string());
        if (!name.empty() && core::isKnownTimeZone(name)) return name;
    }
    std::ifstream file("/etc/timezone");
    std::string name;
    if (std::getline(file, name) && core::isKnownTimeZone(core::trim(name))) return core::trim(name);
    return "UTC";
}

const std::vector<UpkeepDefault>& upkeepDefaults() {
    static const std::vector<UpkeepDefault> all{
        {"smoke-test", "Test the smoke alarms", "Press the test button on every alarm until it sounds.", "First Saturday of every month"},
        {"batteries", "Replace the smoke alarm batteries", "Fit new batteries in every alarm that takes them, then test it.", "Every year"},
        {"water-food", "Rotate stored water and food", "Use up what is oldest and replace it, so the kit never expires.", "Every 6 months"},
        {"plan-review", "Review the household plan", "Check contacts, meeting places, medicines and the kit with everyone at home.", "Every 6 months"},
        {"drill", "Practise an evacuation drill", "Walk the escape routes with everyone at home and meet at the meeting place.", "In two weeks, then every 6 months"},
        {"certificate", "Renew your first-aid or CPR certificate", "", "60 days before it expires", true},
    };
    return all;
}

Reminders::Reminders(store::Database& db, const core::Clock& clock, NoticeSink notice, std::string tzid)
    : db_(db), store_(db), clock_(clock), notice_(std::move(notice)), tzid_(core::knownTimeZoneOr(tzid)) {
    lastCheck_ = clock_.now();
    refresh();
}

void Reminders::setTimeZone(const std::string& tzid) {
    tzid_ = core::knownTimeZoneOr(tzid);
    refresh();
}

bool Reminders::fail(const std::string& what, const std::exception& e) {
    if (notice_) notice_(what + ": " + e.what());
    return false;
}

void Reminders::refresh() {
    TimePoint now = clock_.now();
    std::vector<store::DoneEntry> done;
    try {
        active_ = store_.loadActive();
        done = store_.recentlyDone(5);
        defaultsOffered_ = store_.defaultsOffered();
    } catch (const SQLite::Exception& e) {
        fail("Reminders could not be read", e);
    }
    lists_.recentlyDone.clear();
    for (const store::DoneEntry& d : done) lists_.recentlyDone.push_back({d.reminderId, d.title, core::formatDateTime(d.at, tzid_, now)});
    resort(now);
    scheduleNextCheck(now);
}

struct Reminders::RowClock {
    core::TimePoint now;
    core::LocalDateTime tomorrow;
    int year;
};

ReminderRow Reminders::makeRow(const core::Reminder& r, core::DueState state, const RowClock& clock) const {
    ReminderRow row{r, state, {}, {}};
    bool snoozed = r.snoozedUntil && r.dueAt && *r.snoozedUntil > *r.dueAt && *r.snoozedUntil > clock.now;
    core::LocalDateTime local = core::toLocal(snoozed ? *r.snoozedUntil : r.dueAt.value_or(clock.now), tzid_);
    std::string prefix = snoozed ? "Snoozed until " : "";
    switch (state) {
        case core::DueState::Overdue: row.when = "Overdue · " + core::formatDateTime(local, clock.year); break;
        case core::DueState::DueToday: row.when = prefix + (snoozed ? "today, " : "Today, ") + core::formatTime(local.hour, local.minute); break;
        default: {
            const core::LocalDateTime& t = clock.tomorrow;
            bool isTomorrow = local.year == t.year && local.month == t.month && local.day == t.day;
            row.when = prefix + (isTomorrow ? (snoozed ? "tomorrow, " : "Tomorrow, ") + core::formatTime(local.hour, local.minute)
                                            : core::formatDateTime(local, clock.year));
        }
    }
    std::string kind = linkKind(r.source);
    if (kind == "kit") row.repeat = "Kit expiry";
    else if (kind == "certificate") row.repeat = "Certificate expiry";
    else if (kind == "practice") row.repeat = "Quiz practice";
    else {
        auto [it, added] = repeatText_.try_emplace(r.rrule);
        if (added) it->second = core::describeRRule(r.rrule);
        row.repeat = it->second;
    }
    return row;
}

void Reminders::resort(TimePoint now) {
    core::DayBounds today = core::dayBounds(now, tzid_);
    core::DueIndex index = core::sortByDue(active_, today, now);
    core::LocalDateTime nowLocal = core::toLocal(now, tzid_);
    RowClock clock{now, core::addDays(nowLocal, 1), nowLocal.year};
    auto fill = [&](std::vector<ReminderRow>& out, const std::vector<size_t>& which, core::DueState state) {
        out.clear();
        out.reserve(which.size());
        for (size_t i : which) out.push_back(makeRow(active_[i], state, clock));
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
        if (notify_) notify_(r.title, "Due now (" + when + ")");
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
        detail_.due = core::isDue(*r, core::dayBounds(now, tzid_));
        auto full = [&](TimePoint t) { return core::formatDateTime(t, tzid_, now); };
        if (r->finished()) {
            detail_.when = "Done. It does not repeat.";
        } else {
            bool snoozed = r->snoozedUntil && *r->snoozedUntil > *r->dueAt && *r->snoozedUntil > now;
            core::DueState state = core::classify(*r, core::dayBounds(now, tzid_), now);
            std::string due = (state == core::DueState::Overdue ? "Overdue since " : "Due ") + full(*r->dueAt);
            detail_.when = snoozed ? "Snoozed until " + full(*r->snoozedUntil) + " (" + due + ")" : due;
        }
        std::string kind = linkKind(r->source);
        detail_.repeat = core::describeRRule(r->rrule);
        if (kind == "kit")
            detail_.link = "Follows a kit item's expiry: due " + std::to_string(kKitDaysBefore) +
                           " days before it. When the item is replaced, this moves.";
        else if (kind == "certificate")
            detail_.link = "Follows your certificate's expiry: due " + std::to_string(kCertificateDaysBefore) + " days before it.";
        else if (kind == "practice")
            detail_.link = "Quiz cards are due for review.";
        for (const core::ReminderEvent& e : store_.history(id)) {
            std::string line;
            switch (e.kind) {
                case core::ReminderEventKind::Done: line = "Done " + full(e.at) + (e.occurrence ? " · was due " + full(*e.occurrence) : ""); break;
                case core::ReminderEventKind::Skipped: line = "Skipped " + full(e.at) + (e.occurrence ? " · was due " + full(*e.occurrence) : ""); break;
                case core::ReminderEventKind::Snoozed: line = "Snoozed " + full(e.at) + (e.until ? " · until " + full(*e.until) : ""); break;
                case core::ReminderEventKind::Moved: line = "Moved " + full(e.at) + (e.until ? " · now due " + full(*e.until) : ""); break;
            }
            detail_.history.push_back(line);
        }
    } catch (const SQLite::Exception& e) {
        fail("The reminder could not be read", e);
    }
    return detail_;
}

ReminderDraft& Reminders::draft(long long id) {
    for (ReminderDraft& d : drafts_)
        if (d.id == id) return d;
    ReminderDraft d;
    d.id = id;
    TimePoint now = clock_.now();
    core::LocalDateTime tomorrow = core::addDays(core::toLocal(now, tzid_), 1);
    d.date = tomorrow.isoDate();
    if (id != 0) {
        try {
            if (std::optional<core::Reminder> r = store_.find(id)) {
                d.title = r->title;
                d.notes = r->notes;
                d.source = r->source;
                // Editing starts from the occurrence now waiting, so a changed time does not
                // re-anchor the rule in the past.
                core::LocalDateTime at = r->dueAt ? core::toLocal(*r->dueAt, r->tzid) : r->start;
                d.date = at.isoDate();
                d.time = at.hhmm();
                if (std::optional<core::Recurrence> rec = core::recurrenceFromRRule(r->rrule))
                    d.recurrence = *rec;
                else
                    d.keptRRule = r->rrule;
                if (r->source == "certificate" && r->linkedAt)
                    d.certificateExpiry = core::addDays(core::toLocal(*r->linkedAt, tzid_), kCertificateDaysBefore).isoDate();
            }
        } catch (const SQLite::Exception& e) {
            fail("The reminder could not be read", e);
        }
    }
    drafts_.push_back(d);
    return drafts_.back();
}

void Reminders::discardDraft(long long id) {
    drafts_.remove_if([&](const ReminderDraft& d) { return d.id == id; });
}

void Reminders::prepareSnoozeDraft(long long id) {
    if (snoozeDraftFor_ == id) return;
    snoozeDraftFor_ = id;
    core::LocalDateTime inAnHour = core::toLocal(clock_.now() + std::chrono::hours(1), tzid_);
    snoozeDate = inAnHour.isoDate();
    snoozeTime = inAnHour.hhmm();
}

std::optional<long long> Reminders::save(ReminderDraft& draft) {
    TimePoint now = clock_.now();
    draft.error.clear();
    std::string title = core::trim(draft.title);
    if (title.empty()) {
        draft.error = "Give the reminder a title.";
        return std::nullopt;
    }
    try {
        std::optional<core::Reminder> existing;
        if (draft.id != 0) {
            existing = store_.find(draft.id);
            if (!existing) {
                draft.error = "This reminder was deleted, so it cannot be saved.";
                return std::nullopt;
            }
        }
        if (existing && existing->source == "certificate") {
            std::optional<TimePoint> due = daysBeforeDate(draft.certificateExpiry, kCertificateDaysBefore);
            if (!due) {
                draft.error = "\"" + draft.certificateExpiry + "\" is not a date. Write the expiry date as YYYY-MM-DD, for example 2027-03-01.";
                return std::nullopt;
            }
            if (!syncLinkedReminder("certificate", title, *due,
                                    draft.notes.empty() ? "Your certificate expires on " + core::trim(draft.certificateExpiry) + "." : draft.notes))
                return std::nullopt;
            long long id = draft.id;
            discardDraft(id);
            return id;
        }
        std::optional<core::LocalDateTime> start = core::parseDateAndTime(draft.date, draft.time);
        if (!core::parseIsoDate(draft.date)) {
            draft.error = "\"" + draft.date + "\" is not a date. Write it as YYYY-MM-DD, for example 2026-03-01.";
            return std::nullopt;
        }
        if (!start) {
            draft.error = "\"" + draft.time + "\" is not a time. Write it as HH:MM, for example 09:00.";
            return std::nullopt;
        }
        if (draft.recurrence.interval < 1 || draft.recurrence.interval > core::Recurrence::kMaxInterval) {
            draft.error = "Repeat every 1 to " + std::to_string(core::Recurrence::kMaxInterval) + ".";
            return std::nullopt;
        }
        std::string rrule = draft.keptRRule.empty() ? core::toRRule(draft.recurrence, *start) : draft.keptRRule;
        core::LocalDateTime first = core::firstOccurrence(rrule, *start);
        TimePoint due = core::toUtc(first, tzid_);
        long long id = draft.id;
        if (!existing) {
            core::Reminder r;
            r.title = title;
            r.notes = draft.notes;
            r.start = first;
            r.tzid = tzid_;
            r.rrule = rrule;
            r.dueAt = due;
            id = store_.insert(r, now);
        } else {
            core::Reminder r = *existing;
            r.title = title;
            r.notes = draft.notes;
            core::LocalDateTime was = r.dueAt ? core::toLocal(*r.dueAt, r.tzid) : r.start;
            if (first != was || rrule != r.rrule || (r.finished() && first != r.start)) {
                core::ReminderChange change = core::moveTo(r, now, due);
                change.after.start = first;
                change.after.tzid = tzid_;
                change.after.rrule = rrule;
                store_.apply(change, now);
            } else {
                store_.update(r, now);
            }
        }
        discardDraft(draft.id);
        refresh();
        return id;
    } catch (const SQLite::Exception& e) {
        draft.error = std::string("The reminder could not be saved: ") + e.what();
        return std::nullopt;
    }
}

bool Reminders::act(long long id, std::optional<TimePoint> occurrence, const char* failure,
                    const std::function<std::optional<core::ReminderChange>(const core::Reminder&, std::string&)>& decide) {
    TimePoint now = clock_.now();
    try {
        std::optional<core::Reminder> r = store_.find(id);
        if (!r) {
            notice_("This reminder was deleted.");
            return false;
        }
        // Nothing waiting, or the occurrence the user saw was acted on already (a second tap).
        if (r->finished() || (occurrence && r->dueAt != occurrence)) return true;
        std::string message;
        std::optional<core::ReminderChange> change = decide(*r, message);
        if (!change) {
            notice_(message);
            return false;
        }
        long long eventId = store_.apply(*change, now);
        outcome_ = ActionOutcome{id, message, now + std::chrono::seconds(kUndoSeconds), true, *r, change->after, eventId};
        dismissAlert(id);
        refresh();
        return true;
    } catch (const SQLite::Exception& e) {
        return fail(failure, e);
    }
}

// Done and Skip both move on to the next occurrence; only the history line and the words differ.
bool Reminders::advance(long long id, std::optional<TimePoint> occurrence, bool done) {
    TimePoint now = clock_.now();
    return act(id, occurrence, done ? "Marking the reminder done failed" : "Skipping the reminder failed",
               [&](const core::Reminder& r, std::string& message) {
                   core::ReminderChange c = done ? core::markDone(r, now) : core::skipOccurrence(r, now);
                   message = std::string(done ? "Marked done. " : "Skipped this time. ") +
                             (c.after.dueAt ? "Next due " + core::formatDateTime(*c.after.dueAt, tzid_, now) + "."
                                            : "It does not repeat, so it is finished.");
                   return std::optional(c);
               });
}

bool Reminders::markDone(long long id, std::optional<TimePoint> occurrence) { return advance(id, occurrence, true); }

bool Reminders::skip(long long id, std::optional<TimePoint> occurrence) { return advance(id, occurrence, false); }

bool Reminders::snoozeTo(long long id, TimePoint until) {
    TimePoint now = clock_.now();
    return act(id, std::nullopt, "Snoozing the reminder failed", [&](const core::Reminder& r, std::string& message) {
        if (!core::snoozeMovesIt(r, until)) {
            message = "It is not due until " + core::formatDateTime(*r.dueAt, tzid_, now) + ", so snoozing to " +
                      core::formatDateTime(until, tzid_, now) + " would not change it.";
            return std::optional<core::ReminderChange>();
        }
        message = "Snoozed until " + core::formatDateTime(until, tzid_, now) + ".";
        return std::optional(core::snooze(r, now, until));
    });
}

bool Reminders::snoozeFor(long long id, std::chrono::minutes duration) { return snoozeTo(id, clock_.now() + duration); }

bool Reminders::snoozeUntil(long long id, const std::string& date, const std::string& time) {
    std::optional<core::LocalDateTime> local = core::parseDateAndTime(date, time);
    if (!local) {
        notice_("Write the snooze time as a date YYYY-MM-DD and a time HH:MM, for example 2026-03-01 and 18:00.");
        return false;
    }
    TimePoint until = core::toUtc(*local, tzid_);
    if (until <= clock_.now()) {
        notice_("Choose a time that is still to come.");
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
            notice_("The reminder has changed since, so nothing was undone.");
            outcome_.reset();
            return false;
        }
        store_.undo(o.before, o.eventId, now);
    } catch (const SQLite::Exception& e) {
        return fail("Undoing failed", e);
    }
    outcome_ = ActionOutcome{o.reminderId, "Undone: the reminder is as it was.", now + std::chrono::seconds(kUndoSeconds), false, {}, {}, 0};
    refresh();
    return true;
}

bool Reminders::remove(long long id) {
    try {
        store_.remove(id);
    } catch (const SQLite::Exception& e) {
        return fail("The reminder could not be deleted", e);
    }
    discardDraft(id);
    dismissAlert(id);
    refresh();
    return true;
}

bool Reminders::syncLinkedReminder(const std::string& source, const std::string& title, TimePoint dueAt,
                                   const std::optional<std::string>& notes) {
    TimePoint now = clock_.now();
    try {
        std::optional<core::Reminder> existing = store_.findBySource(source);
        if (!existing) {
            core::Reminder r;
            r.title = title;
            r.notes = notes.value_or("");
            r.tzid = tzid_;
            r.start = core::toLocal(dueAt, tzid_);
            r.dueAt = dueAt;
            r.source = source;
            r.linkedAt = dueAt;
            store_.insert(r, now);
        } else {
            core::Reminder r = *existing;
            r.title = title;
            if (notes) r.notes = *notes;
            if (r.linkedAt != dueAt) {
                core::ReminderChange change = core::moveTo(r, now, dueAt);
                change.after.linkedAt = dueAt;
                change.after.start = core::toLocal(dueAt, tzid_);
                change.after.tzid = tzid_;
                change.after.rrule.clear();
                store_.apply(change, now);
            } else if (r.title != existing->title || r.notes != existing->notes) {
                store_.update(r, now);
            }
        }
    } catch (const SQLite::Exception& e) {
        return fail("The reminder for " + title + " could not be saved", e);
    }
    refresh();
    return true;
}

bool Reminders::removeLinkedReminder(const std::string& source) {
    try {
        if (std::optional<core::Reminder> r = store_.findBySource(source)) return remove(r->id);
    } catch (const SQLite::Exception& e) {
        return fail("The reminder could not be deleted", e);
    }
    return true;
}

std::optional<TimePoint> Reminders::daysBeforeDate(const std::string& date, int daysBefore) const {
    std::optional<core::LocalDateTime> day = core::parseIsoDate(date);
    if (!day) return std::nullopt;
    core::LocalDateTime at = core::addDays(*day, -daysBefore);
    at.hour = kLinkedHour;
    return core::toUtc(at, tzid_);
}

bool Reminders::syncKitExpiry(long long kitItemId, const std::string& itemName, const std::string& expiresOn) {
    if (core::trim(expiresOn).empty()) return removeKitExpiry(kitItemId);
    std::optional<TimePoint> due = daysBeforeDate(expiresOn, kKitDaysBefore);
    if (!due) {
        notice_("The expiry date \"" + expiresOn + "\" of " + itemName + " is not a date (YYYY-MM-DD), so it has no reminder.");
        return false;
    }
    return syncLinkedReminder(kitSource(kitItemId), "Replace " + itemName, *due,
                              itemName + " in the kit expires on " + core::trim(expiresOn) + ".");
}

bool Reminders::setCertificateExpiry(const std::string& expiresOn) {
    std::optional<TimePoint> due = daysBeforeDate(expiresOn, kCertificateDaysBefore);
    if (!due) {
        notice_("\"" + expiresOn + "\" is not a date. Write the expiry date as YYYY-MM-DD, for example 2027-03-01.");
        return false;
    }
    const UpkeepDefault& d = upkeepDefaults().back();
    return syncLinkedReminder("certificate", d.title, *due, "Your certificate expires on " + core::trim(expiresOn) + ".");
}

void Reminders::syncKitExpiries(const std::vector<core::KitExpiry>& dated) {
    std::set<std::string> keep;
    for (const core::KitExpiry& item : dated) {
        syncKitExpiry(item.id, item.name, item.expiresOn.iso());
        keep.insert(kitSource(item.id));
    }
    std::vector<std::string> stale;
    for (const core::Reminder& r : active_)
        if (r.source.rfind("kit:", 0) == 0 && !keep.count(r.source)) stale.push_back(r.source);
    for (const std::string& source : stale) removeLinkedReminder(source);
}

bool Reminders::syncPractice(int reviewsDue, TimePoint earliestDue) {
    if (reviewsDue <= 0) return removeLinkedReminder("practice");
    std::string title = "Practise: " + std::to_string(reviewsDue) + (reviewsDue == 1 ? " quiz card due" : " quiz cards due");
    return syncLinkedReminder("practice", title, earliestDue);
}

DefaultsChoice& Reminders::defaultsChoice() {
    if (!defaultsChoice_.initialised) {
        // Offer everything not already there.
        defaultsChoice_.initialised = true;
        for (const UpkeepDefault& d : upkeepDefaults()) {
            bool present = std::any_of(active_.begin(), active_.end(), [&](const core::Reminder& r) {
                return d.needsDate ? r.source == "certificate" : r.title == d.title;
            });
            if (!present && !d.needsDate) defaultsChoice_.chosen.insert(d.key);
        }
    }
    return defaultsChoice_;
}

bool Reminders::addChosenDefaults() {
    DefaultsChoice& choice = defaultsChoice();
    TimePoint now = clock_.now();
    std::optional<TimePoint> certificateDue;
    if (choice.chosen.count("certificate")) {
        certificateDue = daysBeforeDate(choice.certificateExpiry, kCertificateDaysBefore);
        if (!certificateDue) {
            notice_(choice.certificateExpiry.empty()
                        ? "Enter the date your certificate expires (YYYY-MM-DD), or leave the certificate out."
                        : "\"" + choice.certificateExpiry + "\" is not a date. Write the expiry date as YYYY-MM-DD, for example 2027-03-01.");
            return false;
        }
    }
    core::LocalDateTime today = core::toLocal(now, tzid_);
    today.hour = 10;
    today.minute = today.second = 0;
    // A reminder that first falls due one period from today, on the wall clock.
    auto afterOnePeriod = [&](core::Recurrence rec) {
        std::string rule = core::toRRule(rec, today);
        TimePoint due = core::nextOccurrenceAfter(rule, today, tzid_, core::toUtc(today, tzid_)).value_or(now);
        core::LocalDateTime start = core::toLocal(due, tzid_);
        return std::make_pair(start, core::toRRule(rec, start));
    };
    std::vector<core::Reminder> add;
    for (const UpkeepDefault& d : upkeepDefaults()) {
        if (!choice.chosen.count(d.key) || d.needsDate) continue;
        core::Reminder r;
        r.title = d.title;
        r.notes = d.notes;
        r.tzid = tzid_;
        if (d.key == "smoke-test") {
            core::Recurrence rec{core::Repeat::WeekdayOfMonth, 1, 1, 6};
            core::LocalDateTime from = core::addDays(today, 1);
            r.rrule = core::toRRule(rec, from);
            r.start = core::firstOccurrence(r.rrule, from);
        } else if (d.key == "batteries") {
            std::tie(r.start, r.rrule) = afterOnePeriod({core::Repeat::Years, 1});
        } else if (d.key == "water-food" || d.key == "plan-review") {
            std::tie(r.start, r.rrule) = afterOnePeriod({core::Repeat::Months, 6});
        } else if (d.key == "drill") {
            r.start = core::addDays(today, 14);
            r.rrule = core::toRRule({core::Repeat::Months, 6}, r.start);
        }
        r.dueAt = core::toUtc(r.start, tzid_);
        add.push_back(r);
    }
    try {
        store_.insertAll(add, now);
        store_.setDefaultsOffered(true);
    } catch (const SQLite::Exception& e) {
        return fail("The upkeep reminders could not be added", e);
    }
    if (certificateDue && !setCertificateExpiry(choice.certificateExpiry)) return false;
    defaultsChoice_ = DefaultsChoice{};
    refresh();
    return true;
}

void Reminders::dismissDefaults() {
    try {
        store_.setDefaultsOffered(true);
    } catch (const SQLite::Exception& e) {
        fail("The choice could not be saved", e);
        return;
    }
    refresh();
}

std::string Reminders::dueReport() const {
    std::string out;
    for (const auto* list : {&lists_.overdue, &lists_.dueToday})
        for (const ReminderRow& row : *list) out += row.reminder.title + " (" + row.when + ")\n";
    return out;
}

std::string Reminders::iCalendarText() { return core::toICalendar(store_.loadAll(), clock_.now()); }

std::optional<std::string> Reminders::exportICalendar(const fs::path& file) {
    std::string text;
    try {
        text = iCalendarText();
    } catch (const SQLite::Exception& e) {
        return std::string("Reminders could not be read: ") + e.what();
    }
    try {
        store::writeFileAtomically(file, text);
    } catch (const std::exception& e) {
        return e.what();
    }
    return std::nullopt;
}

}  // namespace app
