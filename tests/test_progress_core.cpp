// Progress rules: weeks as the locale starts them, streaks of weeks practised across week, time-zone
// and DST boundaries, weeks and months summed for the charts, and the weekly goal's reminder.
#include <doctest/doctest.h>

#include "core/date_format.h"
#include "core/progress.h"
#include "core/recurrence.h"

using core::CalendarDate;
using core::TimePoint;

namespace {
constexpr int kSunday = 0, kMonday = 1, kSaturday = 6;

TimePoint local(int y, int mo, int d, int h, int mi, const std::string& tz) { return core::toUtc(core::LocalDateTime{y, mo, d, h, mi, 0}, tz); }

std::vector<long long> slots(std::initializer_list<TimePoint> times) {
    std::vector<long long> out;
    for (TimePoint t : times) out.push_back(core::slotOf(t));
    return out;
}
}  // namespace

TEST_CASE("a week starts on the day the locale starts it") {
    CalendarDate thursday{2026, 12, 3};
    CHECK(core::weekStart(thursday, kMonday) == CalendarDate{2026, 11, 30});
    CHECK(core::weekStart(thursday, kSunday) == CalendarDate{2026, 11, 29});
    CHECK(core::weekStart(thursday, kSaturday) == CalendarDate{2026, 11, 28});
    CHECK(core::weekStart(CalendarDate{2026, 11, 30}, kMonday) == CalendarDate{2026, 11, 30});  // a Monday is its own week's start
    CHECK(core::weekStart(CalendarDate{2027, 1, 2}, kSaturday) == CalendarDate{2027, 1, 2});    // across a year
}

TEST_CASE("the locale's first day of the week comes from the country") {
    core::setFormatLanguage("en");
    core::setFormatCountry("US");
    CHECK(core::firstWeekday() == kSunday);
    core::setFormatCountry("GB");
    CHECK(core::firstWeekday() == kMonday);
    core::setFormatLanguage("ar");
    core::setFormatCountry("EG");
    CHECK(core::firstWeekday() == kSaturday);
    core::setFormatLanguage("en");
    core::setFormatCountry("");
    CHECK(core::firstWeekday() == kMonday);  // international English
}

TEST_CASE("a streak counts weeks in a row with practice and is broken by a week without") {
    const std::string tz = "Europe/London";
    TimePoint now = local(2026, 12, 3, 12, 0, tz);  // a Thursday
    // This week, the two before it, then a gap, then older practice that does not count.
    auto practised = slots({local(2026, 12, 1, 19, 0, tz), local(2026, 11, 24, 8, 0, tz), local(2026, 11, 17, 8, 0, tz),
                            local(2026, 11, 3, 8, 0, tz)});
    core::Streak s = core::practiceStreak(practised, now, tz, kMonday);
    CHECK(s.weeks == 3);
    CHECK(s.thisWeek);

    SUBCASE("a week not practised yet does not end the streak until it is over") {
        auto lastWeekOnly = slots({local(2026, 11, 24, 8, 0, tz), local(2026, 11, 17, 8, 0, tz)});
        core::Streak t = core::practiceStreak(lastWeekOnly, now, tz, kMonday);
        CHECK(t.weeks == 2);
        CHECK_FALSE(t.thisWeek);
        // A whole week later, the streak is gone.
        CHECK(core::practiceStreak(lastWeekOnly, local(2026, 12, 10, 12, 0, tz), tz, kMonday).weeks == 0);
    }
    SUBCASE("no practice, no streak") { CHECK(core::practiceStreak({}, now, tz, kMonday).weeks == 0); }
}

TEST_CASE("Sunday night and Monday morning are two weeks when weeks start on Monday, one when they start on Sunday") {
    const std::string tz = "Europe/Berlin";
    auto practised = slots({local(2026, 11, 29, 23, 30, tz), local(2026, 11, 30, 0, 30, tz)});
    TimePoint now = local(2026, 12, 1, 9, 0, tz);
    CHECK(core::practiceStreak(practised, now, tz, kMonday).weeks == 2);
    CHECK(core::practiceStreak(practised, now, tz, kSunday).weeks == 1);
}

TEST_CASE("the week a moment falls in depends on the user's time zone") {
    // Sunday 29 November 2026, 22:00 UTC: still Sunday in London, already Monday in Tokyo.
    TimePoint sundayNightUtc = local(2026, 11, 29, 22, 0, "UTC");
    TimePoint previousWeek = local(2026, 11, 25, 12, 0, "UTC");
    auto practised = slots({previousWeek, sundayNightUtc});
    TimePoint now = local(2026, 12, 2, 12, 0, "UTC");
    core::Streak london = core::practiceStreak(practised, now, "Europe/London", kMonday);
    core::Streak tokyo = core::practiceStreak(practised, now, "Asia/Tokyo", kMonday);
    CHECK_FALSE(london.thisWeek);
    CHECK(london.weeks == 1);  // both in the week before: one week, this one not practised yet
    CHECK(tokyo.thisWeek);
    CHECK(tokyo.weeks == 2);
    // A zone half an hour off the hour: Kolkata (UTC+5:30) is Monday 03:30.
    CHECK(core::practiceStreak(practised, now, "Asia/Kolkata", kMonday).thisWeek);
}

TEST_CASE("weeks over a DST change are 167 or 169 hours and keep their events") {
    const std::string tz = "Europe/Berlin";
    using std::chrono::hours;
    // Clocks go back on Sunday 25 October 2026 and forward on Sunday 29 March 2026.
    auto autumn = core::periodBuckets(core::Period::Week, local(2026, 10, 27, 12, 0, tz), 2, tz, kMonday);
    REQUIRE(autumn.size() == 2);
    CHECK(autumn[0].first == CalendarDate{2026, 10, 19});
    CHECK(autumn[0].end - autumn[0].start == hours(169));
    CHECK(autumn[1].end - autumn[1].start == hours(168));
    auto spring = core::periodBuckets(core::Period::Week, local(2026, 3, 25, 12, 0, tz), 1, tz, kMonday);
    CHECK(spring[0].end - spring[0].start == hours(167));

    // The last half hour of that long Sunday is in its week; the first of Monday in the next.
    std::vector<core::Slot> rows{{core::slotOf(local(2026, 10, 25, 23, 30, tz)), 1, 1, 0}, {core::slotOf(local(2026, 10, 26, 0, 15, tz)), 1, 0, 0}};
    auto sums = core::sumInto(autumn, rows);
    CHECK(sums[0].count == 1);
    CHECK(sums[0].a == 1);
    CHECK(sums[1].count == 1);
    CHECK(sums[1].a == 0);
    // And the streak sees two weeks.
    CHECK(core::practiceStreak({rows[0].slot, rows[1].slot}, local(2026, 10, 27, 12, 0, tz), tz, kMonday).weeks == 2);
}

TEST_CASE("months are calendar months in the user's zone, oldest first") {
    const std::string tz = "America/New_York";
    auto months = core::periodBuckets(core::Period::Month, local(2026, 12, 3, 12, 0, tz), 3, tz, kSunday);
    REQUIRE(months.size() == 3);
    CHECK(months[0].first == CalendarDate{2026, 10, 1});
    CHECK(months[2].first == CalendarDate{2026, 12, 1});
    CHECK(months[0].end == months[1].start);
    CHECK(months[0].start == local(2026, 10, 1, 0, 0, tz));
    // 31 October 23:59 in New York is already November in UTC: it counts for October.
    std::vector<core::Slot> rows{{core::slotOf(local(2026, 10, 31, 23, 50, tz)), 4, 3, 4}, {core::slotOf(local(2026, 12, 2, 8, 0, tz)), 2, 2, 2}};
    core::Series accuracy = core::ratioOfSums(core::sumInto(months, rows));
    REQUIRE(accuracy[0]);
    CHECK(*accuracy[0] == doctest::Approx(0.75));
    CHECK_FALSE(accuracy[1]);
    CHECK(*accuracy[2] == doctest::Approx(1.0));
}

TEST_CASE("the weekly goal's reminder is due on the chosen day unless the goal is met") {
    const std::string tz = "Europe/London";
    TimePoint monday = local(2026, 11, 30, 10, 0, tz);
    core::WeeklyGoal goal;
    CHECK(goal.empty());
    CHECK_FALSE(core::goalReminderDue(goal, {}, monday, tz, kMonday));  // no goal, no reminder

    goal.target[static_cast<size_t>(core::PracticeKind::Scenario)] = 2;
    goal.target[static_cast<size_t>(core::PracticeKind::Drill)] = 1;
    goal.reminderWeekday = 5;  // Friday
    core::GoalProgress progress;
    progress.done[static_cast<size_t>(core::PracticeKind::Scenario)] = 2;
    CHECK_FALSE(progress.met(goal));
    auto due = core::goalReminderDue(goal, progress, monday, tz, kMonday);
    REQUIRE(due);
    CHECK(*due == local(2026, 12, 4, 18, 0, tz));
    // With weeks starting on Saturday the Friday is the week's last day.
    CHECK(*core::goalReminderDue(goal, progress, monday, tz, kSaturday) == local(2026, 12, 4, 18, 0, tz));

    progress.done[static_cast<size_t>(core::PracticeKind::Drill)] = 1;
    CHECK(progress.met(goal));
    CHECK_FALSE(core::goalReminderDue(goal, progress, monday, tz, kMonday));
}

TEST_CASE("slots are quarter hours counted from the epoch, before it as well") {
    CHECK(core::slotOf(core::fromEpochMs(0)) == 0);
    CHECK(core::slotOf(core::fromEpochMs(899'999)) == 0);
    CHECK(core::slotOf(core::fromEpochMs(900'000)) == 1);
    CHECK(core::slotOf(core::fromEpochMs(-1)) == -1);
    CHECK(core::slotStart(core::slotOf(core::fromEpochMs(1'000'000))) == core::fromEpochMs(900'000));
}
