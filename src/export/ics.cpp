#include "export/ics.h"

#include <libical/ical.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>

#include "i18n/i18n.h"
#include "store/atomic_file.h"
#include "store/reminder_store.h"

namespace exporting {

namespace {
using core::TimePoint;

icaltimetype utcTime(TimePoint t) {
    long long ms = core::toEpochMs(t);
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

std::string toICalendar(const std::vector<core::Reminder>& reminders, core::TimePoint stamp) {
    icalcomponent* cal = icalcomponent_new_vcalendar();
    icalcomponent_add_property(cal, icalproperty_new_prodid("-//Steadfast//Reminders//EN"));
    icalcomponent_add_property(cal, icalproperty_new_version("2.0"));
    icalcomponent_add_property(cal, icalproperty_new_calscale("GREGORIAN"));

    std::map<std::string, TimePoint> zones;  // zone -> the earliest start in it
    for (const core::Reminder& r : reminders) {
        if (isUtc(r.tzid)) continue;
        TimePoint start = core::toUtc(r.start, r.tzid) - std::chrono::hours(24 * 366);
        auto [it, added] = zones.emplace(r.tzid, start);
        if (!added) it->second = std::min(it->second, start);
    }
    std::set<std::string> exportedZones;
    for (const auto& [tzid, from] : zones)
        if (icalcomponent* vtz = timezoneComponent(tzid, from)) {
            icalcomponent_add_component(cal, vtz);
            exportedZones.insert(tzid);
        }

    for (const core::Reminder& r : reminders) {
        icalcomponent* ev = icalcomponent_new_vevent();
        // Stable across exports, so importing again updates the event instead of adding a copy.
        std::string uid = "reminder-" + std::to_string(r.id) + "-" + std::to_string(core::toEpochMs(r.createdAt)) + "@steadfast";
        icalcomponent_add_property(ev, icalproperty_new_uid(uid.c_str()));
        icalcomponent_add_property(ev, icalproperty_new_dtstamp(utcTime(stamp)));
        icalproperty* dtstart = nullptr;
        if (exportedZones.count(r.tzid)) {
            icaltimetype local = icaltime_from_string(r.start.toICal().c_str());
            dtstart = icalproperty_new_dtstart(local);
            icalproperty_add_parameter(dtstart, icalparameter_new_tzid(r.tzid.c_str()));
        } else {
            dtstart = icalproperty_new_dtstart(utcTime(core::toUtc(r.start, r.tzid)));
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

std::optional<std::string> exportICalendar(store::Database& db, const std::filesystem::path& file, core::TimePoint stamp) {
    std::string text;
    try {
        text = toICalendar(store::ReminderStore(db).loadAll(), stamp);
    } catch (const std::exception& e) {
        return i18n::fillIn(i18n::tr("Reminders could not be read: {error}"), "error", e.what());
    }
    try {
        store::writeFileAtomically(file, text);
    } catch (const std::exception& e) {
        return e.what();
    }
    return std::nullopt;
}

}  // namespace exporting
