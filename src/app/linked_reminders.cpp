#include "app/linked_reminders.h"

#include <set>

#include "app/reminder_text.h"
#include "core/text.h"
#include "i18n/i18n.h"

namespace app {
using core::TimePoint;

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
        return reminders_.notices().failed("The reminder for " + title + " could not be saved", e);
    }
    reminders_.refresh();
    return true;
}

bool LinkedReminders::remove(const std::string& source) {
    try {
        if (std::optional<core::Reminder> r = reminders_.store().findBySource(source)) return reminders_.remove(r->id);
    } catch (const std::exception& e) {
        return reminders_.notices().failed(i18n::tr("The reminder could not be deleted"), e);
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
    return "\"" + typed + "\" is not a date. Write the expiry date as YYYY-MM-DD, for example 2027-03-01.";
}

bool LinkedReminders::syncKitExpiry(long long kitItemId, const std::string& itemName, const std::string& expiresOn) {
    if (core::trim(expiresOn).empty()) return removeKitExpiry(kitItemId);
    std::optional<TimePoint> due = daysBeforeDate(expiresOn, kKitDaysBefore);
    if (!due) {
        reminders_.notices().show("The expiry date \"" + expiresOn + "\" of " + itemName + " is not a date (YYYY-MM-DD), so it has no reminder.");
        return false;
    }
    return sync(kitSource(kitItemId), "Replace " + itemName, *due, itemName + " in the kit expires on " + core::trim(expiresOn) + ".");
}

bool LinkedReminders::setCertificateExpiry(const std::string& expiresOn) {
    std::optional<TimePoint> due = daysBeforeDate(expiresOn, kCertificateDaysBefore);
    if (!due) {
        reminders_.notices().show(notADate(expiresOn));
        return false;
    }
    const core::UpkeepDefault* d = upkeep_.expiryDated();
    return sync("certificate", d ? d->title : "Renew your certificate", *due, "Your certificate expires on " + core::trim(expiresOn) + ".");
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
    if (reviewsDue <= 0) return remove("practice");
    std::string title = "Practise: " + std::to_string(reviewsDue) + (reviewsDue == 1 ? " quiz card due" : " quiz cards due");
    return sync("practice", title, earliestDue);
}

}  // namespace app
