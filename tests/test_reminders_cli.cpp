// The reminder commands of the real binary: `reminders due`, and `export ics` read back by an
// independent iCalendar parser (Python's icalendar package).
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <map>
#include <sstream>

#include "app/reminders.h"
#include "command_output.h"
#include "support.h"

using namespace test;

namespace {

struct ScopedTz {
    explicit ScopedTz(const char* tz) {
        setenv("TZ", tz, 1);
        tzset();
    }
    ~ScopedTz() {
        unsetenv("TZ");
        tzset();
    }
};

using Output = CommandOutput;
Output run(const std::string& command) { return runCommand(command); }

std::string quote(const fs::path& p) { return "'" + p.string() + "'"; }

// Rule parts in a fixed order, so two writers that order them differently compare equal.
std::string sortedRule(const std::string& rule) {
    std::vector<std::string> parts;
    std::stringstream ss(rule);
    for (std::string part; std::getline(ss, part, ';');)
        if (!part.empty()) parts.push_back(part);
    std::sort(parts.begin(), parts.end());
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : ";") + p;
    return out;
}

const char* kReadBack = R"py(
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
print('VERSION', str(cal['VERSION']))
print('ZONES', ','.join(sorted(str(tz['TZID']) for tz in cal.walk('VTIMEZONE'))))
for ev in cal.walk('VEVENT'):
    start = ev['DTSTART']
    when = ev.decoded('DTSTART')
    rule = ev.get('RRULE')
    rule = rule.to_ical().decode() if rule is not None else ''
    alarms = len(ev.walk('VALARM'))
    fields = [str(ev['UID']), str(ev['SUMMARY']), when.strftime('%Y%m%dT%H%M%S'),
              str(start.params.get('TZID', 'UTC')), str(int(when.utcoffset().total_seconds())),
              rule, str(ev.get('DESCRIPTION', '')).replace('\n', '\\n'), str(alarms)]
    print('EVENT\t' + '\t'.join(fields))
)py";

}  // namespace

TEST_CASE("the iCalendar export parses in an independent parser with every reminder and rule intact") {
    ScopedTz tz("Europe/Berlin");
    AppFixture f;
    f.clock.set(core::toUtc({2025, 1, 20, 8, 0, 0}, "Europe/Berlin"));
    f.restart();
    app::ReminderEditor& rem = f.app->reminderEditor();
    struct Expected {
        std::string title, date, time;
        core::Recurrence rule;
        std::string notes;
    };
    std::vector<Expected> want{
        {"Test the smoke alarms", "2025-02-01", "10:00", {core::Repeat::WeekdayOfMonth, 1, 1, 6}, "Press every test button."},
        {"Rotate water; food, too", "2025-01-31", "09:00", {core::Repeat::Months, 6}, "Two lines:\nfirst, then second."},
        {"Leap-day check", "2024-02-29", "12:00", {core::Repeat::Years, 1}, ""},
        {"Daily radio check", "2025-03-29", "02:30", {core::Repeat::Days, 2}, ""},
        {"Fortnightly torch", "2025-01-21", "18:30", {core::Repeat::Weeks, 2}, ""},
        {"Buy a fire blanket", "2025-01-25", "11:00", {}, ""},
    };
    std::map<std::string, std::string> rules;  // title -> rrule as stored
    for (const Expected& e : want) {
        app::ReminderDraft& d = rem.draft(0);
        d.title = e.title;
        d.notes = e.notes;
        d.date = e.date;
        d.time = e.time;
        d.recurrence = e.rule;
        REQUIRE(rem.save(d));
    }
    // A kit item with an expiry date brings its own reminder.
    int64_t water = f.app->plan().addKitItem("Bottled water");
    f.app->plan().setKitExpiry(water, core::CalendarDate{2025, 6, 1});
    for (const auto& r : store::ReminderStore(*f.db).loadAll()) rules[r.title] = r.rrule;
    REQUIRE(rules.size() == want.size() + 1);
    f.app.reset();
    f.db.reset();

    fs::path ics = f.dir / "reminders.ics";
    Output exported = run(std::string(STEADFAST_BINARY) + " --db " + quote(f.dbPath()) + " export ics " + quote(ics));
    INFO(exported.text);
    REQUIRE(exported.status == 0);
    fs::path script = f.dir / "read_back.py";
    writeFile(script, kReadBack);
    // Debian's own Python, where python3-icalendar is installed (another python3 may be first on PATH).
    Output parsed = run("/usr/bin/python3 " + quote(script) + " " + quote(ics));
    INFO(parsed.text);
    REQUIRE(parsed.status == 0);

    std::map<std::string, std::vector<std::string>> events;  // by summary
    std::string zones;
    std::stringstream lines(parsed.text);
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind("ZONES ", 0) == 0) zones = line.substr(6);
        if (line.rfind("EVENT\t", 0) != 0) continue;
        std::vector<std::string> fields;
        std::stringstream ss(line.substr(6));
        for (std::string field; std::getline(ss, field, '\t');) fields.push_back(field);
        fields.resize(8);
        events[fields[1]] = fields;
    }
    CHECK(parsed.text.find("VERSION 2.0") != std::string::npos);
    CHECK(zones == "Europe/Berlin");
    REQUIRE(events.size() == want.size() + 1);
    std::set<std::string> uids;
    for (const Expected& e : want) {
        INFO(e.title);
        REQUIRE(events.count(e.title));
        const auto& ev = events[e.title];
        uids.insert(ev[0]);
        std::string date = e.date;
        date.erase(std::remove(date.begin(), date.end(), '-'), date.end());
        std::string time = e.time;
        time.erase(std::remove(time.begin(), time.end(), ':'), time.end());
        if (e.title == "Test the smoke alarms") CHECK(ev[2] == "20250201T100000");  // the first Saturday
        else CHECK(ev[2] == date + "T" + time + "00");
        CHECK(ev[3] == "Europe/Berlin");
        CHECK(sortedRule(ev[5]) == sortedRule(rules[e.title]));
        std::string notes = e.notes;
        for (size_t at; (at = notes.find('\n')) != std::string::npos;) notes.replace(at, 1, "\\n");
        CHECK(ev[6] == notes);
        CHECK(ev[7] == "1");
    }
    // The zone is the real one: CET in winter, CEST in summer.
    CHECK(events["Rotate water; food, too"][4] == "3600");
    CHECK(sortedRule(events["Leap-day check"][5]) == sortedRule("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29,-1;BYSETPOS=1"));
    CHECK(sortedRule(events["Test the smoke alarms"][5]) == "BYDAY=1SA;FREQ=MONTHLY");
    CHECK(sortedRule(events["Rotate water; food, too"][5]) == "BYMONTHDAY=31,-1;BYSETPOS=1;FREQ=MONTHLY;INTERVAL=6");
    CHECK(events["Buy a fire blanket"][5].empty());
    CHECK(events["Replace Bottled water"][2] == "20250502T090000");
    CHECK(events["Replace Bottled water"][4] == "7200");
    CHECK(uids.size() == want.size());
}

TEST_CASE("reminders due prints what is due and overdue and exits with status 0") {
    ScopedTz tz("Europe/Berlin");
    AppFixture f;
    // The binary runs on the real clock: one reminder long past, one far ahead.
    {
        app::ReminderEditor& rem = f.app->reminderEditor();
        app::ReminderDraft& d = rem.draft(0);
        d.title = "Test the smoke alarms";
        d.date = "2020-03-07";
        d.time = "10:00";
        REQUIRE(rem.save(d));
        app::ReminderDraft& later = rem.draft(0);
        later.title = "Renew the certificate";
        later.date = "2199-01-01";
        REQUIRE(rem.save(later));
    }
    f.app.reset();
    f.db.reset();
    Output due = run(std::string(STEADFAST_BINARY) + " reminders due --db " + quote(f.dbPath()));
    CHECK(due.status == 0);
    CHECK(due.text == "Test the smoke alarms (Overdue · Sat, 7 Mar 2020, 10:00)\n");

    TempDir empty;
    Output none = run(std::string(STEADFAST_BINARY) + " --db " + quote(empty / "new.db") + " reminders due");
    CHECK(none.status == 0);
    CHECK(none.text.empty());

    Output bad = run(std::string(STEADFAST_BINARY) + " --db " + quote(f.dbPath()) + " export ics " + quote(empty / "no-such-dir" / "x.ics"));
    CHECK(bad.status == 1);
    CHECK(bad.text.find("Cannot write") != std::string::npos);
}
