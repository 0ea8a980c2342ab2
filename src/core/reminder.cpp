#include "core/reminder.h"

#include <libical/ical.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>

namespace core {

TimePoint Reminder::effectiveDue() const {
    TimePoint due = dueAt.value_or(TimePoint::max());
    return snoozedUntil && *snoozedUntil > due ? *snoozedUntil : due;
}

const char* eventKindName(ReminderEventKind kind) {
    switch (kind) {
        case ReminderEventKind::Done: return "done";
        case ReminderEventKind::Skipped: return "skipped";
        case ReminderEventKind::Snoozed: return "snoozed";
        case ReminderEventKind::Moved: return "moved";
    }
    return "done";
}

std::optional<ReminderEventKind> eventKindFromName(const std::string& name) {
    for (ReminderEventKind k : {ReminderEventKind::Done, ReminderEventKind::Skipped, ReminderEventKind::Snoozed, ReminderEventKind::Moved})
        if (name == eventKindName(k)) return k;
    return std::nullopt;
}

namespace {
ReminderChange advance(const Reminder& r, TimePoint now, ReminderEventKind kind) {
    ReminderChange c{r, {r.id, kind, r.dueAt, now, std::nullopt}};
    Reminder& next = c.after;
    next.snoozedUntil.reset();
    if (r.finished()) return c;
    TimePoint after = std::max(*r.dueAt, now);
    next.dueAt = r.repeats() ? nextOccurrenceAfter(r.rrule, r.start, r.tzid, after) : std::nullopt;
    return c;
}
}  // namespace

ReminderChange markDone(const Reminder& r, TimePoint now) { return advance(r, now, ReminderEventKind::Done); }

ReminderChange skipOccurrence(const Reminder& r, TimePoint now) { return advance(r, now, ReminderEventKind::Skipped); }

ReminderChange snooze(const Reminder& r, TimePoint now, TimePoint until) {
    ReminderChange c{r, {r.id, ReminderEventKind::Snoozed, r.dueAt, now, until}};
    c.after.snoozedUntil = until;
    return c;
}

ReminderChange moveTo(const Reminder& r, TimePoint now, TimePoint due) {
    ReminderChange c{r, {r.id, ReminderEventKind::Moved, r.dueAt, now, due}};
    c.after.dueAt = due;
    c.after.snoozedUntil.reset();
    return c;
}

DueState classify(const Reminder& r, const DayBounds& today, TimePoint now) {
    if (r.finished()) return DueState::Finished;
    TimePoint due = r.effectiveDue();
    if (due > now && due != *r.dueAt) return DueState::Upcoming;  // snoozed
    due = *r.dueAt;
    if (due < today.startOfToday) return DueState::Overdue;
    if (due < today.startOfTomorrow) return DueState::DueToday;
    return DueState::Upcoming;
}

bool isDue(const Reminder& r, const DayBounds& today) { return !r.finished() && *r.dueAt < today.startOfTomorrow; }

bool snoozeMovesIt(const Reminder& r, TimePoint until) { return !r.finished() && until > *r.dueAt; }

DueIndex sortByDue(const std::vector<Reminder>& reminders, const DayBounds& today, TimePoint now) {
    std::vector<size_t> order(reminders.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return reminders[a].effectiveDue() < reminders[b].effectiveDue();
    });
    DueIndex index;
    for (size_t i : order) {
        switch (classify(reminders[i], today, now)) {
            case DueState::Overdue: index.overdue.push_back(i); break;
            case DueState::DueToday: index.dueToday.push_back(i); break;
            case DueState::Upcoming: index.upcoming.push_back(i); break;
            case DueState::Finished: index.finished.push_back(i); break;
        }
    }
    return index;
}

namespace {

icaltimetype utcTime(TimePoint t) {
    long long ms = toEpochMs(t);
    return icaltime_from_timet_with_zone(static_cast<time_t>(ms / 1000), 0, icaltimezone_get_utc_timezone());
}

bool isUtc(const std::string& tzid) { return tzid.empty() || tzid == "UTC" || tzid == "Etc/UTC"; }

// libical names the zones it loads with a prefix of its own; calendars expect the plain Olson
// name, so the exported VTIMEZONE carries the same TZID as the DTSTARTs that point at it.
// The zone's history is cut to what the reminders need (from the earliest start on), so the
// file does not carry every offset change since 1893.
icalcomponent* timezoneComponent(const std::string& tzid, TimePoint from) {
    icaltimezone* zone = icaltimezone_get_builtin_timezone(tzid.c_str());
    if (!zone) return nullptr;
    icalcomponent* source = icaltimezone_get_component(zone);
    if (!source) return nullptr;
    icalcomponent* copy = icalcomponent_new_clone(source);
    icaltimezone_truncate_vtimezone(copy, utcTime(from), icaltime_null_time(), 1);
    if (icalproperty* id = icalcomponent_get_first_property(copy, ICAL_TZID_PROPERTY)) icalproperty_set_tzid(id, tzid.c_str());
    return copy;
}

}  // namespace

std::string toICalendar(const std::vector<Reminder>& reminders, TimePoint stamp) {
    icalcomponent* cal = icalcomponent_new_vcalendar();
    icalcomponent_add_property(cal, icalproperty_new_prodid("-//Steadfast//Reminders//EN"));
    icalcomponent_add_property(cal, icalproperty_new_version("2.0"));
    icalcomponent_add_property(cal, icalproperty_new_calscale("GREGORIAN"));

    std::map<std::string, TimePoint> zones;  // zone -> the earliest start in it
    for (const Reminder& r : reminders) {
        if (isUtc(r.tzid)) continue;
        TimePoint start = toUtc(r.start, r.tzid) - std::chrono::hours(24 * 366);
        auto [it, added] = zones.emplace(r.tzid, start);
        if (!added) it->second = std::min(it->second, start);
    }
    std::set<std::string> exportedZones;
    for (const auto& [tzid, from] : zones)
        if (icalcomponent* vtz = timezoneComponent(tzid, from)) {
            icalcomponent_add_component(cal, vtz);
            exportedZones.insert(tzid);
        }

    for (const Reminder& r : reminders) {
        icalcomponent* ev = icalcomponent_new_vevent();
        // Stable across exports, so importing again updates the event instead of adding a copy.
        std::string uid = "reminder-" + std::to_string(r.id) + "-" + std::to_string(toEpochMs(r.createdAt)) + "@steadfast";
        icalcomponent_add_property(ev, icalproperty_new_uid(uid.c_str()));
        icalcomponent_add_property(ev, icalproperty_new_dtstamp(utcTime(stamp)));
        icalproperty* dtstart = nullptr;
        if (exportedZones.count(r.tzid)) {
            icaltimetype local = icaltime_from_string(r.start.toICal().c_str());
            dtstart = icalproperty_new_dtstart(local);
            icalproperty_add_parameter(dtstart, icalparameter_new_tzid(r.tzid.c_str()));
        } else {
            dtstart = icalproperty_new_dtstart(utcTime(toUtc(r.start, r.tzid)));
        }
        icalcomponent_add_property(ev, dtstart);
        icalcomponent_add_property(ev, icalproperty_new_summary(r.title.c_str()));
        if (!r.notes.empty()) icalcomponent_add_property(ev, icalproperty_new_description(r.notes.c_str()));
        if (!r.rrule.empty()) {
            icalrecurrencetype rule = icalrecurrencetype_from_string(r.rrule.c_str());
            if (rule.freq != ICAL_NO_RECURRENCE) icalcomponent_add_property(ev, icalproperty_new_rrule(rule));
        }
        icalcomponent_add_property(ev, icalproperty_new_categories("Steadfast"));
        icalcomponent* alarm = icalcomponent_new_valarm();
        icalcomponent_add_property(alarm, icalproperty_new_action(ICAL_ACTION_DISPLAY));
        icaltriggertype trigger{};
        trigger.time = icaltime_null_time();
        trigger.duration = icaldurationtype_from_int(0);
        icalcomponent_add_property(alarm, icalproperty_new_trigger(trigger));
        icalcomponent_add_property(alarm, icalproperty_new_description(r.title.c_str()));
        icalcomponent_add_component(ev, alarm);
        icalcomponent_add_component(cal, ev);
    }
    char* text = icalcomponent_as_ical_string_r(cal);
    std::string out = text ? text : "";
    std::free(text);
    icalcomponent_free(cal);
    return out;
}

}  // namespace core
