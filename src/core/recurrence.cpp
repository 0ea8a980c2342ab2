#include "core/recurrence.h"

#include <libical/ical.h>

#include <algorithm>
#include <cstdio>
#include <ctime>

#include "core/date_format.h"

namespace core {

namespace {

constexpr long long kDay = 86400;

icaltimezone* zoneFor(const std::string& tzid) {
    if (tzid.empty() || tzid == "UTC" || tzid == "Etc/UTC") return icaltimezone_get_utc_timezone();
    return icaltimezone_get_builtin_timezone(tzid.c_str());
}

icaltimezone* zoneOrUtc(const std::string& tzid) {
    icaltimezone* zone = zoneFor(tzid);
    return zone ? zone : icaltimezone_get_utc_timezone();
}

// A floating (zone-less) libical time: rules are expanded on the wall clock.
icaltimetype floating(const LocalDateTime& l) {
    icaltimetype t = icaltime_null_time();
    t.year = l.year;
    t.month = l.month;
    t.day = l.day;
    t.hour = l.hour;
    t.minute = l.minute;
    t.second = l.second;
    t.is_date = 0;
    t.zone = nullptr;
    return t;
}

LocalDateTime fromIcal(const icaltimetype& t) { return {t.year, t.month, t.day, t.hour, t.minute, t.second}; }

long long floorSeconds(TimePoint t) {
    long long ms = toEpochMs(t);
    return ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
}

TimePoint fromSeconds(long long s) { return fromEpochMs(s * 1000); }

// The zone's offset from UTC (seconds east) at a UTC instant.
int offsetAtUtc(icaltimezone* zone, long long utcSeconds) {
    icaltimetype t = icaltime_from_timet_with_zone(static_cast<time_t>(utcSeconds), 0, icaltimezone_get_utc_timezone());
    int isDaylight = 0;
    return icaltimezone_get_utc_offset_of_utc_time(zone, &t, &isDaylight);
}

// Plain field arithmetic: the wall time read as if it were UTC.
long long asIfUtc(const LocalDateTime& l) { return static_cast<long long>(icaltime_as_timet(floating(l))); }

struct RuleHolder {
    icalrecurrencetype rule;
    bool ok;
};

RuleHolder parseRule(const std::string& rrule) {
    icalerror_clear_errno();
    icalrecurrencetype rule = icalrecurrencetype_from_string(rrule.c_str());
    bool ok = rule.freq != ICAL_NO_RECURRENCE && icalerrno == ICAL_NO_ERROR;
    icalerror_clear_errno();
    return {rule, ok};
}

class Iterator {
public:
    Iterator(const icalrecurrencetype& rule, const LocalDateTime& start) : it_(icalrecur_iterator_new(rule, floating(start))) {}
    ~Iterator() {
        if (it_) icalrecur_iterator_free(it_);
    }
    Iterator(const Iterator&) = delete;
    Iterator& operator=(const Iterator&) = delete;
    bool valid() const { return it_ != nullptr; }
    bool setStart(const LocalDateTime& from) { return icalrecur_iterator_set_start(it_, floating(from)) != 0; }
    std::optional<LocalDateTime> next() {
        icaltimetype t = icalrecur_iterator_next(it_);
        if (icaltime_is_null_time(t)) return std::nullopt;
        return fromIcal(t);
    }

private:
    icalrecur_iterator* it_;
};

bool isArrayEnd(short v) { return v == ICAL_RECURRENCE_ARRAY_MAX; }

const char* kWeekdayCodes[] = {"SU", "MO", "TU", "WE", "TH", "FR", "SA"};

}  // namespace

std::string LocalDateTime::toICal() const {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d%02d%02dT%02d%02d%02d", year, month, day, hour, minute, second);
    return buf;
}

std::optional<LocalDateTime> LocalDateTime::fromICal(std::string_view text) {
    if (text.size() != 15 || text[8] != 'T') return std::nullopt;
    LocalDateTime l;
    if (std::sscanf(std::string(text).c_str(), "%4d%2d%2dT%2d%2d%2d", &l.year, &l.month, &l.day, &l.hour, &l.minute, &l.second) != 6)
        return std::nullopt;
    if (l.month < 1 || l.month > 12 || l.day < 1 || l.day > daysInMonth(l.month, l.year) || l.hour > 23 || l.minute > 59 || l.second > 59)
        return std::nullopt;
    return l;
}

std::string LocalDateTime::isoDate() const {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

std::string LocalDateTime::hhmm() const {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:%02d", hour, minute);
    return buf;
}

std::optional<LocalDateTime> parseIsoDate(std::string_view text) {
    std::string s(text);
    while (!s.empty() && s.back() == ' ') s.pop_back();
    while (!s.empty() && s.front() == ' ') s.erase(s.begin());
    LocalDateTime l;
    int consumed = 0;
    if (std::sscanf(s.c_str(), "%4d-%2d-%2d%n", &l.year, &l.month, &l.day, &consumed) != 3 || consumed != static_cast<int>(s.size()))
        return std::nullopt;
    if (l.year < 1900 || l.year > 2200 || l.month < 1 || l.month > 12 || l.day < 1 || l.day > daysInMonth(l.month, l.year))
        return std::nullopt;
    return l;
}

std::optional<std::pair<int, int>> parseHourMinute(std::string_view time) {
    std::string s(time);
    while (!s.empty() && s.back() == ' ') s.pop_back();
    while (!s.empty() && s.front() == ' ') s.erase(s.begin());
    int hour = 0, minute = 0, consumed = 0;
    if (std::sscanf(s.c_str(), "%2d:%2d%n", &hour, &minute, &consumed) != 2 || consumed != static_cast<int>(s.size()))
        return std::nullopt;
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return std::nullopt;
    return std::pair(hour, minute);
}

std::optional<LocalDateTime> parseDateAndTime(std::string_view date, std::string_view time) {
    std::optional<LocalDateTime> l = parseIsoDate(date);
    std::optional<std::pair<int, int>> hm = parseHourMinute(time);
    if (!l || !hm) return std::nullopt;
    l->hour = hm->first;
    l->minute = hm->second;
    l->second = 0;
    return l;
}

bool isKnownTimeZone(const std::string& tzid) { return zoneFor(tzid) != nullptr; }

std::string knownTimeZoneOr(const std::string& tzid) { return isKnownTimeZone(tzid) ? tzid : "UTC"; }

TimePoint toUtc(const LocalDateTime& local, const std::string& tzid) {
    icaltimezone* zone = zoneOrUtc(tzid);
    long long wall = asIfUtc(local);
    // The offsets a day either side cover any transition near this wall time.
    int before = offsetAtUtc(zone, wall - kDay), after = offsetAtUtc(zone, wall + kDay);
    long long first = wall - before, second = wall - after;
    bool firstFits = first + offsetAtUtc(zone, first) == wall;
    bool secondFits = second + offsetAtUtc(zone, second) == wall;
    if (firstFits && secondFits) return fromSeconds(std::min(first, second));  // repeated hour: the first
    if (firstFits) return fromSeconds(first);
    if (secondFits) return fromSeconds(second);
    return fromSeconds(wall - before);  // skipped hour: the offset before the gap
}

LocalDateTime toLocal(TimePoint t, const std::string& tzid) {
    icaltimetype tt = icaltime_from_timet_with_zone(static_cast<time_t>(floorSeconds(t)), 0, zoneOrUtc(tzid));
    return fromIcal(tt);
}

LocalDateTime addDays(const LocalDateTime& local, int days) {
    icaltimetype t = floating(local);
    icaltime_adjust(&t, days, 0, 0, 0);
    return fromIcal(t);
}

int dayOfWeek(const LocalDateTime& local) {
    icaltimetype t = floating(local);
    return icaltime_day_of_week(t) - 1;
}

int daysInMonth(int month, int year) { return icaltime_days_in_month(month, year); }

DayBounds dayBounds(TimePoint now, const std::string& tzid) {
    LocalDateTime today = toLocal(now, tzid);
    today.hour = today.minute = today.second = 0;
    return {toUtc(today, tzid), toUtc(addDays(today, 1), tzid)};
}

std::string toRRule(const Recurrence& r, const LocalDateTime& start) {
    std::string interval = r.interval > 1 ? ";INTERVAL=" + std::to_string(r.interval) : "";
    switch (r.repeat) {
        case Repeat::Never: return "";
        case Repeat::Days: return "FREQ=DAILY" + interval;
        case Repeat::Weeks: return "FREQ=WEEKLY" + interval;
        case Repeat::Months:
            if (start.day >= 29) return "FREQ=MONTHLY" + interval + ";BYMONTHDAY=" + std::to_string(start.day) + ",-1;BYSETPOS=1";
            return "FREQ=MONTHLY" + interval;
        case Repeat::Years:
            if (start.month == 2 && start.day == 29) return "FREQ=YEARLY" + interval + ";BYMONTH=2;BYMONTHDAY=29,-1;BYSETPOS=1";
            return "FREQ=YEARLY" + interval;
        case Repeat::WeekdayOfMonth: {
            int week = r.weekOfMonth == -1 ? -1 : std::clamp(r.weekOfMonth, 1, 4);
            return "FREQ=MONTHLY" + interval + ";BYDAY=" + std::to_string(week) + kWeekdayCodes[std::clamp(r.weekday, 0, 6)];
        }
    }
    return "";
}

std::optional<Recurrence> recurrenceFromRRule(const std::string& rrule) {
    if (rrule.empty()) return Recurrence{};
    RuleHolder parsed = parseRule(rrule);
    if (!parsed.ok) return std::nullopt;
    const icalrecurrencetype& rule = parsed.rule;
    if (rule.count != 0 || !icaltime_is_null_time(rule.until)) return std::nullopt;
    Recurrence r;
    r.interval = rule.interval > 0 ? rule.interval : 1;
    bool hasByDay = !isArrayEnd(rule.by_day[0]);
    switch (rule.freq) {
        case ICAL_DAILY_RECURRENCE: r.repeat = Repeat::Days; break;
        case ICAL_WEEKLY_RECURRENCE: r.repeat = Repeat::Weeks; break;
        case ICAL_YEARLY_RECURRENCE: r.repeat = Repeat::Years; break;
        case ICAL_MONTHLY_RECURRENCE:
            if (hasByDay) {
                if (!isArrayEnd(rule.by_day[1])) return std::nullopt;
                r.repeat = Repeat::WeekdayOfMonth;
                r.weekday = static_cast<int>(icalrecurrencetype_day_day_of_week(rule.by_day[0])) - 1;
                r.weekOfMonth = icalrecurrencetype_day_position(rule.by_day[0]);
                if (r.weekOfMonth == 0 || r.weekOfMonth < -1 || r.weekOfMonth > 4 || r.weekday < 0) return std::nullopt;
            } else {
                r.repeat = Repeat::Months;
            }
            break;
        default: return std::nullopt;
    }
    if (hasByDay && r.repeat != Repeat::WeekdayOfMonth) return std::nullopt;
    return r;
}

bool isValidRRule(const std::string& rrule) { return rrule.empty() || parseRule(rrule).ok; }

LocalDateTime firstOccurrence(const std::string& rrule, const LocalDateTime& start) {
    if (rrule.empty()) return start;
    RuleHolder parsed = parseRule(rrule);
    if (!parsed.ok) return start;
    Iterator it(parsed.rule, start);
    if (!it.valid()) return start;
    std::optional<LocalDateTime> first = it.next();
    return first ? *first : start;
}

std::optional<TimePoint> nextOccurrenceAfter(const std::string& rrule, const LocalDateTime& dtstart, const std::string& tzid,
                                             TimePoint after) {
    if (rrule.empty()) {
        TimePoint only = toUtc(dtstart, tzid);
        return only > after ? std::optional<TimePoint>(only) : std::nullopt;
    }
    RuleHolder parsed = parseRule(rrule);
    if (!parsed.ok) return std::nullopt;
    Iterator it(parsed.rule, dtstart);
    if (!it.valid()) return std::nullopt;
    // Jump close to `after` instead of walking years of occurrences. Two days back leaves room for
    // any zone offset; the loop below steps to the exact one. libical refuses this with COUNT.
    LocalDateTime from = addDays(toLocal(after, tzid), -2);
    if (from > dtstart && parsed.rule.count == 0) it.setStart(from);
    for (int guard = 0; guard < 1'000'000; ++guard) {
        std::optional<LocalDateTime> occurrence = it.next();
        if (!occurrence) return std::nullopt;
        TimePoint t = toUtc(*occurrence, tzid);
        if (t > after) return t;
    }
    return std::nullopt;
}

}  // namespace core
