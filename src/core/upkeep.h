#pragma once
// The upkeep reminders offered on first run (content/upkeep.toml): testing the smoke alarms,
// rotating stored water and food, reviewing the plan, a drill, renewing a first-aid certificate.
// Each says how it repeats and when it first falls due; the certificate's follows a date the
// user gives instead.
#include <string>
#include <utility>
#include <vector>

#include "core/recurrence.h"

namespace core {

struct UpkeepDefault {
    enum class FirstDue {
        NextOccurrence,  // the rule's first day after today ("the first Saturday of the month")
        AfterOnePeriod,  // one period of the rule from today ("a year from today")
        InDays,          // inDays days from today, then as the rule repeats
        ExpiryDate,      // follows a date the user gives: the reminder that follows their certificate
    };
    std::string id;        // stable: the offer's choices are kept by it
    std::string title;
    std::string notes;
    std::string schedule;  // what the offer says: "First Saturday of every month"
    Recurrence repeat;     // Repeat::Never for ExpiryDate
    FirstDue first = FirstDue::NextOccurrence;
    int inDays = 0;
    bool needsDate() const { return first == FirstDue::ExpiryDate; }
};

struct UpkeepDefaults {
    std::vector<UpkeepDefault> items;  // in the order the offer lists them
    int hour = 10, minute = 0;         // when each falls due, on the user's clock

    // The one that follows the certificate's expiry date; nullptr when the content has none.
    const UpkeepDefault* expiryDated() const;
};

// When a default first falls due (on the wall clock of tzid) and its RRULE, counted from `today`
// (a local date; the time of day is the defaults' own). Not for ExpiryDate.
std::pair<LocalDateTime, std::string> upkeepSchedule(const UpkeepDefaults& all, const UpkeepDefault& d, LocalDateTime today,
                                                     const std::string& tzid);

}  // namespace core
