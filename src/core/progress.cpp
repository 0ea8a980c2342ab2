#include "core/progress.h"

#include <algorithm>
#include <chrono>

#include "core/recurrence.h"

namespace core {
namespace {

int weekdayOf(const CalendarDate& d) {
    namespace chr = std::chrono;
    chr::year_month_day ymd{chr::year{d.year}, chr::month{static_cast<unsigned>(d.month)}, chr::day{static_cast<unsigned>(d.day)}};
    return static_cast<int>(chr::weekday(chr::sys_days(ymd)).c_encoding());
}

TimePoint midnight(const CalendarDate& d, const std::string& tzid) { return toUtc(LocalDateTime{d.year, d.month, d.day, 0, 0, 0}, tzid); }

CalendarDate localDay(TimePoint t, const std::string& tzid) {
    LocalDateTime l = toLocal(t, tzid);
    return {l.year, l.month, l.day};
}

// Whether any of the sorted slot start times falls in [from, to).
bool anyIn(const std::vector<TimePoint>& sorted, TimePoint from, TimePoint to) {
    auto it = std::lower_bound(sorted.begin(), sorted.end(), from);
    return it != sorted.end() && *it < to;
}

}  // namespace

CalendarDate weekStart(const CalendarDate& day, int firstWeekday) {
    return day.plusDays(-((weekdayOf(day) - firstWeekday + 7) % 7));
}

std::vector<Bucket> periodBuckets(Period period, TimePoint now, int count, const std::string& tzid, int firstWeekday) {
    CalendarDate today = localDay(now, tzid);
    std::vector<Bucket> out;
    out.reserve(static_cast<size_t>(std::max(count, 0)));
    for (int i = count - 1; i >= 0; --i) {
        CalendarDate first, next;
        if (period == Period::Week) {
            first = weekStart(today, firstWeekday).plusDays(-7 * i);
            next = first.plusDays(7);
        } else {
            first = CalendarDate{today.year, today.month, 1}.plusMonths(-i);
            next = first.plusMonths(1);
        }
        out.push_back({midnight(first, tzid), midnight(next, tzid), first});
    }
    return out;
}

std::vector<Sum> sumInto(const std::vector<Bucket>& buckets, const std::vector<Slot>& slots) {
    std::vector<Sum> sums(buckets.size());
    if (buckets.empty()) return sums;
    for (const Slot& s : slots) {
        TimePoint t = slotStart(s.slot);
        if (t < buckets.front().start || t >= buckets.back().end) continue;
        // Buckets are in order and adjoin: the last one starting at or before t holds it.
        auto it = std::upper_bound(buckets.begin(), buckets.end(), t, [](TimePoint v, const Bucket& b) { return v < b.start; });
        Sum& sum = sums[static_cast<size_t>(it - buckets.begin() - 1)];
        sum.count += s.count;
        sum.a += s.a;
        sum.b += s.b;
    }
    return sums;
}

Series ratioOfSums(const std::vector<Sum>& sums) {
    Series out;
    for (const Sum& s : sums) out.push_back(s.count > 0 && s.b > 0 ? std::optional<double>(s.a / s.b) : std::nullopt);
    return out;
}

Series meanOfA(const std::vector<Sum>& sums) {
    Series out;
    for (const Sum& s : sums) out.push_back(s.count > 0 ? std::optional<double>(s.a / static_cast<double>(s.count)) : std::nullopt);
    return out;
}

Series meanOfB(const std::vector<Sum>& sums) {
    Series out;
    for (const Sum& s : sums) out.push_back(s.count > 0 ? std::optional<double>(s.b / static_cast<double>(s.count)) : std::nullopt);
    return out;
}

Streak practiceStreak(const std::vector<long long>& practicedSlots, TimePoint now, const std::string& tzid, int firstWeekday) {
    std::vector<TimePoint> times;
    times.reserve(practicedSlots.size());
    for (long long s : practicedSlots) times.push_back(slotStart(s));
    std::sort(times.begin(), times.end());
    Streak streak;
    CalendarDate week = weekStart(localDay(now, tzid), firstWeekday);
    TimePoint end = midnight(week.plusDays(7), tzid);
    TimePoint start = midnight(week, tzid);
    streak.thisWeek = anyIn(times, start, end);
    streak.weeks = streak.thisWeek ? 1 : 0;
    // Back one week at a time (each found by its local midnight, so a week with a DST change is
    // 167 or 169 hours long) until one has no practice.
    while (!times.empty() && start > times.front()) {
        week = week.plusDays(-7);
        end = start;
        start = midnight(week, tzid);
        if (!anyIn(times, start, end)) break;
        ++streak.weeks;
    }
    return streak;
}

bool WeeklyGoal::empty() const {
    return std::all_of(target.begin(), target.end(), [](int n) { return n <= 0; });
}

bool GoalProgress::met(const WeeklyGoal& goal) const {
    for (int k = 0; k < kPracticeKinds; ++k)
        if (done[static_cast<size_t>(k)] < goal.target[static_cast<size_t>(k)]) return false;
    return true;
}

std::optional<TimePoint> goalReminderDue(const WeeklyGoal& goal, const GoalProgress& progress, TimePoint now, const std::string& tzid,
                                         int firstWeekday) {
    if (goal.empty() || progress.met(goal)) return std::nullopt;
    CalendarDate week = weekStart(localDay(now, tzid), firstWeekday);
    CalendarDate day = week.plusDays((goal.reminderWeekday - firstWeekday + 7) % 7);
    return toUtc(LocalDateTime{day.year, day.month, day.day, goal.reminderHour, 0, 0}, tzid);
}

}  // namespace core
