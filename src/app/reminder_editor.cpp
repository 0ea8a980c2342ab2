#include "app/reminder_editor.h"

#include "app/reminder_text.h"
#include "core/date_format.h"
#include "core/text.h"
#include "i18n/i18n.h"

namespace app {
using core::TimePoint;

ReminderDraft& ReminderEditor::draft(long long id) {
    for (ReminderDraft& d : drafts_)
        if (d.id == id) return d;
    ReminderDraft d;
    d.id = id;
    const std::string& tzid = reminders_.timeZone();
    core::LocalDateTime tomorrow = core::addDays(core::toLocal(reminders_.clock().now(), tzid), 1);
    d.date = tomorrow.isoDate();
    if (id != 0) {
        try {
            if (std::optional<core::Reminder> r = reminders_.store().find(id)) {
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
                    d.certificateExpiry = core::addDays(core::toLocal(*r->linkedAt, tzid), kCertificateDaysBefore).isoDate();
            }
        } catch (const std::exception& e) {
            reminders_.notices().failed(i18n::tr("The reminder could not be read"), e);
        }
    }
    drafts_.push_back(d);
    return drafts_.back();
}

void ReminderEditor::discardDraft(long long id) {
    drafts_.remove_if([&](const ReminderDraft& d) { return d.id == id; });
}

std::optional<long long> ReminderEditor::save(ReminderDraft& draft) {
    draft.error.clear();
    std::string title = core::trim(draft.title);
    if (title.empty()) {
        draft.error = i18n::tr("Give the reminder a title.");
        return std::nullopt;
    }
    try {
        std::optional<core::Reminder> existing;
        if (draft.id != 0) {
            existing = reminders_.store().find(draft.id);
            if (!existing) {
                draft.error = i18n::tr("This reminder was deleted, so it cannot be saved.");
                return std::nullopt;
            }
        }
        if (existing && existing->source == "certificate") return saveCertificate(draft, title);
        return saveScheduled(draft, title, existing);
    } catch (const std::exception& e) {
        draft.error = i18n::fillIn(i18n::tr("The reminder could not be saved: {error}"), "error", e.what());
        return std::nullopt;
    }
}

// The certificate's reminder: its date follows the expiry date the user edits.
std::optional<long long> ReminderEditor::saveCertificate(ReminderDraft& draft, const std::string& title) {
    std::optional<TimePoint> due = linked_.daysBeforeDate(draft.certificateExpiry, kCertificateDaysBefore);
    if (!due) {
        draft.error = LinkedReminders::notADate(draft.certificateExpiry);
        return std::nullopt;
    }
    // Written in the language of the moment, as the user's own note would be.
    std::string notes = draft.notes.empty() ? LinkedReminders::certificateNote(draft.certificateExpiry) : draft.notes;
    if (!linked_.sync("certificate", title, *due, notes)) return std::nullopt;
    long long id = draft.id;
    discardDraft(id);
    return id;
}

std::optional<long long> ReminderEditor::saveScheduled(ReminderDraft& draft, const std::string& title,
                                                       const std::optional<core::Reminder>& existing) {
    std::optional<core::LocalDateTime> start = core::parseDateAndTime(draft.date, draft.time);
    if (!core::parseIsoDate(draft.date)) {
        draft.error = i18n::fillIn(i18n::tr("\"{typed}\" is not a date: write it as YYYY-MM-DD, for example 2026-12-24."), "typed", draft.date);
        return std::nullopt;
    }
    if (!start) {
        draft.error = i18n::fillIn(i18n::tr("\"{typed}\" is not a time: write it as HH:MM, for example 18:30."), "typed", draft.time);
        return std::nullopt;
    }
    if (draft.recurrence.interval < 1 || draft.recurrence.interval > core::Recurrence::kMaxInterval) {
        draft.error = i18n::fillIn(i18n::tr("Repeat every 1 to {max}."), "max", core::formatNumber(core::Recurrence::kMaxInterval));
        return std::nullopt;
    }
    const std::string& tzid = reminders_.timeZone();
    TimePoint now = reminders_.clock().now();
    store::ReminderStore& store = reminders_.store();
    std::string rrule = draft.keptRRule.empty() ? core::toRRule(draft.recurrence, *start) : draft.keptRRule;
    core::LocalDateTime first = core::firstOccurrence(rrule, *start);
    TimePoint due = core::toUtc(first, tzid);
    long long id = draft.id;
    if (!existing) {
        core::Reminder r;
        r.title = title;
        r.notes = draft.notes;
        r.start = first;
        r.tzid = tzid;
        r.rrule = rrule;
        r.dueAt = due;
        id = store.insert(r, now);
    } else {
        core::Reminder r = *existing;
        r.title = title;
        r.notes = draft.notes;
        core::LocalDateTime was = r.dueAt ? core::toLocal(*r.dueAt, r.tzid) : r.start;
        if (first != was || rrule != r.rrule || (r.finished() && first != r.start)) {
            core::ReminderChange change = core::moveTo(r, now, due);
            change.after.start = first;
            change.after.tzid = tzid;
            change.after.rrule = rrule;
            store.apply(change, now);
        } else {
            store.update(r, now);
        }
    }
    discardDraft(draft.id);
    reminders_.refresh();
    return id;
}

}  // namespace app
