#pragma once
// Progress over time: practice events summed into weeks or months on the user's calendar, the
// streak of weeks with practice, and the weekly goal. Pure: the rows come from the store, the
// zone and the first day of the week from the caller.
//
// The store sums events per quarter hour (`Slot`), which keeps ten years of practice to a few
// thousand rows, and is exact: every time zone's offset from UTC is a whole number of quarter
// hours, so a slot never straddles a local midnight and lands in one week and one month.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/calendar_date.h"
#include "core/clock.h"

namespace core {

constexpr long long kSlotMs = 15 * 60 * 1000;
inline long long slotOf(TimePoint t) {
    long long ms = toEpochMs(t);
    return ms >= 0 ? ms / kSlotMs : (ms - kSlotMs + 1) / kSlotMs;
}
inline TimePoint slotStart(long long slot) { return fromEpochMs(slot * kSlotMs); }

// Events in one quarter hour: how many, and two sums whose meaning the query gives (answers
// right; a score; seconds taken and seconds aimed for).
struct Slot {
    long long slot = 0;
    long long count = 0;
    double a = 0, b = 0;
};

enum class Period { Week, Month };

// A week or a month on the local calendar: [start, end) in UTC, and its first day.
struct Bucket {
    TimePoint start, end;
    CalendarDate first;
};

// The first day of the week (0 Sunday … 6 Saturday) on or before `day`.
CalendarDate weekStart(const CalendarDate& day, int firstWeekday);
// The `count` weeks or months up to and including the one `now` is in, oldest first.
std::vector<Bucket> periodBuckets(Period period, TimePoint now, int count, const std::string& tzid, int firstWeekday);

// The slots summed per bucket (slots outside every bucket are left out).
struct Sum {
    long long count = 0;
    double a = 0, b = 0;
};
std::vector<Sum> sumInto(const std::vector<Bucket>& buckets, const std::vector<Slot>& slots);

// One value per bucket, nullopt where there was nothing to measure.
using Series = std::vector<std::optional<double>>;
Series ratioOfSums(const std::vector<Sum>& sums);  // a / b: e.g. right answers over answers (b = count)
Series meanOfA(const std::vector<Sum>& sums);      // a / count: e.g. mean seconds per decision
Series meanOfB(const std::vector<Sum>& sums);      // b / count

// The weeks in a row with practice (any slot with a count), counting back from the week `now` is
// in; a week not practised yet does not end a streak until it is over ("practised 4 weeks in a
// row" stays true on Monday morning). `slots` in any order.
struct Streak {
    int weeks = 0;
    bool thisWeek = false;  // the current week has practice already
};
Streak practiceStreak(const std::vector<long long>& practicedSlots, TimePoint now, const std::string& tzid, int firstWeekday);

// What the user practises each week, and when to be reminded of what is left.
enum class PracticeKind { Quiz, Scenario, Rhythm, Drill };
constexpr int kPracticeKinds = 4;
struct WeeklyGoal {
    std::array<int, kPracticeKinds> target{};  // 0: not part of the goal
    int reminderWeekday = 5;                   // 0 Sunday … 6 Saturday: remind then if the week's goal is not met
    int reminderHour = 18;
    bool empty() const;
};
struct GoalProgress {
    std::array<int, kPracticeKinds> done{};
    bool met(const WeeklyGoal& goal) const;
};
// When this week's gentle reminder is due: the reminder weekday at the hour in the week `now` is
// in, or nullopt when the goal is empty or met.
std::optional<TimePoint> goalReminderDue(const WeeklyGoal& goal, const GoalProgress& progress, TimePoint now, const std::string& tzid,
                                         int firstWeekday);

// A first-aid course or certificate the user took.
struct Certificate {
    long long id = 0;
    std::string name;      // "Emergency First Aid at Work"
    std::string provider;  // "St John Ambulance"
    std::optional<CalendarDate> takenOn, expiresOn;
    bool operator==(const Certificate&) const = default;
};

}  // namespace core
