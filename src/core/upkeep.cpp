#include "core/upkeep.h"

namespace core {

const UpkeepDefault* UpkeepDefaults::expiryDated() const {
    for (const UpkeepDefault& d : items)
        if (d.needsDate()) return &d;
    return nullptr;
}

std::pair<LocalDateTime, std::string> upkeepSchedule(const UpkeepDefaults& all, const UpkeepDefault& d, LocalDateTime today,
                                                     const std::string& tzid) {
    today.hour = all.hour;
    today.minute = all.minute;
    today.second = 0;
    switch (d.first) {
        case UpkeepDefault::FirstDue::NextOccurrence: {
            LocalDateTime from = addDays(today, 1);
            std::string rule = toRRule(d.repeat, from);
            return {firstOccurrence(rule, from), rule};
        }
        case UpkeepDefault::FirstDue::AfterOnePeriod: {
            // The rule anchored today; its next occurrence is one period on, kept on the wall clock.
            TimePoint now = toUtc(today, tzid);
            TimePoint due = nextOccurrenceAfter(toRRule(d.repeat, today), today, tzid, now).value_or(now);
            LocalDateTime start = toLocal(due, tzid);
            return {start, toRRule(d.repeat, start)};
        }
        case UpkeepDefault::FirstDue::InDays: {
            LocalDateTime start = addDays(today, d.inDays);
            return {start, toRRule(d.repeat, start)};
        }
        case UpkeepDefault::FirstDue::ExpiryDate: break;
    }
    return {today, ""};
}

}  // namespace core
