#include "app/upkeep_offer.h"

#include <algorithm>

#include "app/reminder_text.h"
#include "i18n/i18n.h"

namespace app {
using core::TimePoint;

UpkeepOffer::UpkeepOffer(Reminders& reminders, LinkedReminders& linked, const core::UpkeepDefaults& defaults)
    : reminders_(reminders), linked_(linked), defaults_(defaults) {
    try {
        answered_ = reminders_.store().defaultsOffered();
    } catch (const std::exception& e) {
        reminders_.notices().failed(i18n::tr("Reminders could not be read"), e);
    }
}

DefaultsChoice& UpkeepOffer::choice() {
    if (!choice_.initialised) {
        // Offer everything not already there.
        choice_.initialised = true;
        for (const core::UpkeepDefault& d : defaults_.items) {
            bool present = std::any_of(reminders_.active().begin(), reminders_.active().end(), [&](const core::Reminder& r) {
                return d.needsDate() ? r.source == "certificate" : r.title == d.title;
            });
            if (!present && !d.needsDate()) choice_.chosen.insert(d.id);
        }
    }
    return choice_;
}

bool UpkeepOffer::addChosen() {
    DefaultsChoice& chosen = choice();
    const std::string& tzid = reminders_.timeZone();
    TimePoint now = reminders_.clock().now();
    const core::UpkeepDefault* certificate = defaults_.expiryDated();
    bool withCertificate = certificate && chosen.chosen.count(certificate->id);
    if (withCertificate && !linked_.daysBeforeDate(chosen.certificateExpiry, kCertificateDaysBefore)) {
        reminders_.notices().show(chosen.certificateExpiry.empty()
                                      ? i18n::tr("Enter the date your certificate expires (YYYY-MM-DD), or leave the certificate out.")
                                      : LinkedReminders::notADate(chosen.certificateExpiry));
        return false;
    }
    std::vector<core::Reminder> add;
    for (const core::UpkeepDefault& d : defaults_.items) {
        if (!chosen.chosen.count(d.id) || d.needsDate()) continue;
        core::Reminder r;
        r.title = d.title;
        r.notes = d.notes;
        r.tzid = tzid;
        std::tie(r.start, r.rrule) = core::upkeepSchedule(defaults_, d, core::toLocal(now, tzid), tzid);
        r.dueAt = core::toUtc(r.start, tzid);
        add.push_back(r);
    }
    try {
        reminders_.store().insertAll(add, now);
        reminders_.store().setDefaultsOffered(true);
    } catch (const std::exception& e) {
        return reminders_.notices().failed(i18n::tr("The upkeep reminders could not be added"), e);
    }
    answered_ = true;
    if (withCertificate && !linked_.setCertificateExpiry(chosen.certificateExpiry)) return false;
    choice_ = DefaultsChoice{};
    reminders_.refresh();
    return true;
}

void UpkeepOffer::dismiss() {
    try {
        reminders_.store().setDefaultsOffered(true);
    } catch (const std::exception& e) {
        reminders_.notices().failed(i18n::tr("The choice could not be saved"), e);
        return;
    }
    answered_ = true;
    reminders_.refresh();
}

}  // namespace app
