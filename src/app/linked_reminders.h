#pragma once
// Reminders that follow other data: a kit item's expiry, the user's first-aid certificate, the
// quiz questions and scenario decisions due for review. `source` names the data ("kit:42", "certificate", "practice"); the
// reminder is created on the first sync, and moved (and made active again, with a "moved" line in
// its history) whenever the date differs from what the data asked for last time. A user's own
// edit of the date stands until the data changes.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "app/reminders.h"
#include "core/kit_inventory.h"
#include "core/upkeep.h"

namespace app {

class LinkedReminders {
public:
    LinkedReminders(Reminders& reminders, const core::UpkeepDefaults& upkeep) : reminders_(reminders), upkeep_(upkeep) {}

    bool sync(const std::string& source, const std::string& title, core::TimePoint dueAt,
              const std::optional<std::string>& notes = std::nullopt);
    bool remove(const std::string& source);

    // Kit item `kitItemId` expires on `expiresOn` ("YYYY-MM-DD"; "" = no expiry: the reminder goes).
    bool syncKitExpiry(long long kitItemId, const std::string& itemName, const std::string& expiresOn);
    bool removeKitExpiry(long long kitItemId) { return remove(kitSource(kitItemId)); }
    // Brings every kit reminder in step with the kit: one per dated item, none for items gone.
    void syncKitExpiries(const std::vector<core::KitExpiry>& dated);
    static std::string kitSource(long long kitItemId) { return "kit:" + std::to_string(kitItemId); }
    // The first-aid or CPR certificate expires on `expiresOn` ("YYYY-MM-DD").
    bool setCertificateExpiry(const std::string& expiresOn);
    // N quiz reviews are due, the earliest at `earliestDue`; one "practice" reminder (0 removes it).
    bool syncPractice(int reviewsDue, core::TimePoint earliestDue);
    // Writes the titles and notes again in the UI language, after it changed: the kit's and the
    // quiz's reminders (the certificate's title is the content's, its note stays until the date changes).
    void rewordIn(const std::vector<core::KitExpiry>& dated);
    // 09:00 local time `daysBefore` days before the date ("YYYY-MM-DD"); nullopt for a bad date.
    std::optional<core::TimePoint> daysBeforeDate(const std::string& date, int daysBefore) const;
    const std::string& timeZone() const { return reminders_.timeZone(); }
    // What the user reads when an expiry date is not one.
    static std::string notADate(const std::string& typed);
    // "Your certificate expires on Mon, 1 Mar 2027.": the note of the certificate's reminder.
    static std::string certificateNote(const std::string& expiresOn);

private:
    Reminders& reminders_;
    const core::UpkeepDefaults& upkeep_;
    std::optional<std::pair<int, core::TimePoint>> practice_;  // as last told to syncPractice
};

}  // namespace app
