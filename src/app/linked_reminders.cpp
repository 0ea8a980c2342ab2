#include "app/linked_reminders.h"

#include <set>

#include "app/reminder_text.h"
#include "core/date_format.h"
#include "core/text.h"
#include "i18n/i18n.h"

namespace app {
using core::TimePoint;
using i18n::fillIn, i18n::tr, i18n::trn;

namespace {
// "Mon, 1 Mar 2027" for "2027-03-01" (checked to be a date already).
std::string longDate(const std::string& iso) {
    std::optional<core::LocalDateTime> day = core::parseIsoDate(iso);
    return day ? core::formatDate(*day) : core::trim(iso);
}
}  // namespace

bool LinkedReminders::sync(const std::string& source, const std::string& title, TimePoint dueAt, const std::optional<std::string>& notes) {
    TimePoint now = reminders_.clock().now();
    const std::string& tzid = reminders_.timeZone();
    store::ReminderStore& store = reminders_.store();
    try {
        std::optional<core::Reminder> existing = store.findBySource(source);
        if (!existing) {
            core::Reminder r;
            r.title = title;
            r.notes = notes.value_or("");
            r.tzid = tzid;
            r.start = core::toLocal(dueAt, tzid);
            r.dueAt = dueAt;
            r.source = source;
            r.linkedAt = dueAt;
            store.insert(r, now);
        } else {
            core::Reminder r = *existing;
            r.title = title;
            if (notes) r.notes = *notes;
            if (r.linkedAt != dueAt) {
                core::ReminderChange change = core::moveTo(r, now, dueAt);
                change.after.linkedAt = dueAt;
                change.after.start = core::toLocal(dueAt, tzid);
                change.after.tzid = tzid;
                change.after.rrule.clear();
                store.apply(change, now);
            } else if (r.title != existing->title || r.notes != existing->notes) {
                store.update(r, now);
            }
        }
    } catch (const std::exception& e) {
        return reminders_.notices().failed(fillIn(tr("The reminder for {title} could not be saved"), "title", title), e);
    }
    reminders_.refresh();
    return true;
}

bool LinkedReminders::remove(const std::string& source) {
    try {
        if (std::optional<core::Reminder> r = reminders_.store().findBySource(source)) return reminders_.remove(r->id);
    } catch (const std::exception& e) {
        return reminders_.notices().failed(tr("The reminder could not be deleted"), e);
    }
    return true;
}

std::optional<TimePoint> LinkedReminders::daysBeforeDate(const std::string& date, int daysBefore) const {
    std::optional<core::LocalDateTime> day = core::parseIsoDate(date);
    if (!day) return std::nullopt;
    core::LocalDateTime at = core::addDays(*day, -daysBefore);
    at.hour = kLinkedHour;
    return core::toUtc(at, reminders_.timeZone());
}

std::string LinkedReminders::notADate(const std::string& typed) {
    return fillIn(tr("\"{typed}\" is not a date. Write the expiry date as YYYY-MM-DD, for example 2027-03-01."), "typed", typed);
}

bool LinkedReminders::syncKitExpiry(long long kitItemId, const std::string& itemName, const std::string& expiresOn) {
    if (core::trim(expiresOn).empty()) return removeKitExpiry(kitItemId);
    std::optional<TimePoint> due = daysBeforeDate(expiresOn, kKitDaysBefore);
    if (!due) {
        reminders_.notices().show(
            fillIn(fillIn(tr("The expiry date \"{date}\" of {item} is not a date (YYYY-MM-DD), so it has no reminder."), "date", expiresOn), "item", itemName));
        return false;
    }
    std::string notes = fillIn(fillIn(tr("{item} in the kit expires on {date}."), "date", longDate(expiresOn)), "item", itemName);
    return sync(kitSource(kitItemId), fillIn(tr("Replace {item}"), "item", itemName), *due, notes);
}

bool LinkedReminders::setCertificateExpiry(const std::string& expiresOn) {
    std::optional<TimePoint> due = daysBeforeDate(expiresOn, kCertificateDaysBefore);
    if (!due) {
        reminders_.notices().show(notADate(expiresOn));
        return false;
    }
    const core::UpkeepDefault* d = upkeep_.expiryDated();
    return sync("certificate", d ? d->title : tr("Renew your certificate"), *due,
                certificateNote(expiresOn));
}

std::string LinkedReminders::certificateNote(const std::string& expiresOn) {
    return fillIn(tr("Your certificate expires on {date}."), "date", longDate(expiresOn));
}

void LinkedReminders::syncKitExpiries(const std::vector<core::KitExpiry>& dated) {
    std::set<std::string> keep;
    for (const core::KitExpiry& item : dated) {
        syncKitExpiry(item.id, item.name, item.expiresOn.iso());
        keep.insert(kitSource(item.id));
    }
    std::vector<std::string> stale;
    for (const core::Reminder& r : reminders_.active())
        if (r.source.rfind("kit:", 0) == 0 && !keep.count(r.source)) stale.push_back(r.source);
    for (const std::string& source : stale) remove(source);
}

bool LinkedReminders::syncPractice(int reviewsDue, TimePoint earliestDue) {
    practice_ = {reviewsDue, earliestDue};
    if (reviewsDue <= 0) return remove("practice");
    return sync("practice", trn("Practise: %d question due", "Practise: %d questions due", reviewsDue), earliestDue);
}

void LinkedReminders::rewordIn(const std::vector<core::KitExpiry>& dated) {
    syncKitExpiries(dated);
    if (practice_) syncPractice(practice_->first, practice_->second);
}

}  // namespace app
