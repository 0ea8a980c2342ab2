// Fuzz target: the history export (CSV and JSON) and the iCalendar export of whatever the database
// may hold. The input becomes checklist runs with items and events and reminders, written straight
// into the schema (any text, any time, any repeat rule or zone), and then exported as the app
// exports them. Nothing may crash; the JSON must parse back with one entry per run, and the
// calendar must be a VCALENDAR with at most one VEVENT per reminder.
#include <SQLiteCpp/SQLiteCpp.h>
#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <unistd.h>

#include "core/reminder.h"
#include "export/history.h"
#include "export/ics.h"
#include "store/database.h"
#include "store/reminder_store.h"

namespace fs = std::filesystem;

namespace {

store::Database& database() {
    static store::Database* db = [] {
        fs::path d = fs::temp_directory_path() / ("steadfast-fuzz-export-" + std::to_string(::getpid()));
        fs::remove_all(d);
        std::atexit([] { fs::remove_all(fs::temp_directory_path() / ("steadfast-fuzz-export-" + std::to_string(::getpid()))); });
        auto* opened = new store::Database(d / "steadfast.db");
        opened->sql().exec("PRAGMA synchronous = OFF");  // a scratch file: speed over durability
        return opened;
    }();
    return *db;
}

int64_t anyTime(FuzzedDataProvider& in) {
    switch (in.ConsumeIntegralInRange(0, 2)) {
        case 0: return in.ConsumeIntegral<int64_t>();                                  // anything at all
        case 1: return in.ConsumeIntegralInRange<int64_t>(-62'135'596'800'000, 253'402'300'799'999);  // years 1 to 9999
        default: return 1'700'000'000'000 + in.ConsumeIntegralInRange<int64_t>(0, 400'000'000'000);   // recent years
    }
}

std::string text(FuzzedDataProvider& in) { return in.ConsumeRandomLengthString(64); }

void fill(SQLite::Database& sql, FuzzedDataProvider& in) {
    SQLite::Transaction tx(sql);
    sql.exec("DELETE FROM checklist_runs; DELETE FROM reminders;");
    // Prepared once per input, bound again for each row.
    SQLite::Statement run(sql, "INSERT INTO checklist_runs(checklist_key, title, mode, performed_by, status, started_ms, ended_ms) "
                               "VALUES(?, ?, ?, ?, ?, ?, ?)");
    SQLite::Statement item(sql, "INSERT INTO checklist_run_items(run_id, position, section, text, detail, ticked_ms, note) "
                                "VALUES(?, ?, ?, ?, ?, ?, ?)");
    SQLite::Statement event(sql, "INSERT INTO checklist_run_events(run_id, position, at_ms, kind, note) VALUES(?, ?, ?, ?, ?)");
    SQLite::Statement rem(sql, "INSERT INTO reminders(title, notes, dtstart, tzid, rrule, due_at, snoozed_until, created_at, updated_at) "
                               "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto fresh = [](SQLite::Statement& s) {
        s.tryReset();  // reset() would throw again the error of a row the table refused
        s.clearBindings();
    };
    int runs = in.ConsumeIntegralInRange(0, 4);
    for (int r = 0; r < runs; ++r) {
        bool ended = in.ConsumeBool();
        fresh(run);
        run.bind(1, text(in));
        run.bind(2, text(in));
        run.bind(3, in.ConsumeBool() ? "practice" : "real");
        run.bind(4, text(in));
        run.bind(5, ended ? (in.ConsumeBool() ? "finished" : "abandoned") : "in_progress");
        run.bind(6, anyTime(in));
        if (ended) run.bind(7, anyTime(in));
        run.exec();
        int64_t runId = sql.getLastInsertRowid();
        int items = in.ConsumeIntegralInRange(0, 5);
        for (int i = 0; i < items; ++i) {
            fresh(item);
            item.bind(1, runId);
            item.bind(2, i);
            item.bind(3, text(in));
            item.bind(4, text(in));
            item.bind(5, text(in));
            if (in.ConsumeBool()) item.bind(6, anyTime(in));
            item.bind(7, text(in));
            item.exec();
        }
        int events = items ? in.ConsumeIntegralInRange(0, 6) : 0;
        for (int e = 0; e < events; ++e) {
            fresh(event);
            const char* kinds[] = {"tick", "untick", "note"};
            event.bind(1, runId);
            event.bind(2, in.ConsumeIntegralInRange(0, items - 1));
            event.bind(3, anyTime(in));
            event.bind(4, kinds[in.ConsumeIntegralInRange(0, 2)]);
            event.bind(5, text(in));
            event.exec();
        }
    }
    int reminders = in.ConsumeIntegralInRange(0, 3);
    for (int i = 0; i < reminders; ++i) {
        fresh(rem);
        std::string title = text(in);
        rem.bind(1, title.empty() ? std::string("x") : title);
        rem.bind(2, text(in));
        rem.bind(3, in.ConsumeBool() ? std::string("20260115T090000") : text(in));
        rem.bind(4, in.ConsumeBool() ? std::string("Europe/Berlin") : text(in));
        rem.bind(5, in.ConsumeBool() ? std::string("FREQ=MONTHLY;INTERVAL=2") : text(in));
        if (in.ConsumeBool()) rem.bind(6, anyTime(in));
        if (in.ConsumeBool()) rem.bind(7, anyTime(in));
        rem.bind(8, anyTime(in));
        rem.bind(9, anyTime(in));
        try {
            rem.exec();
        } catch (const SQLite::Exception&) {
            // a title of only spaces breaks the table's CHECK: skip it, as the app never writes one
        }
    }
    tx.commit();
}

size_t count(const std::string& haystack, const std::string& needle) {
    size_t n = 0;
    for (size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + needle.size())) ++n;
    return n;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    FuzzedDataProvider in(data, size);
    store::Database& db = database();
    fill(db.sql(), in);
    int runs = db.sql().execAndGet("SELECT count(*) FROM checklist_runs").getInt();

    std::ostringstream csv, json;
    if (exporting::writeHistory(db, exporting::HistoryFormat::Csv, csv) != runs) __builtin_trap();
    if (exporting::writeHistory(db, exporting::HistoryFormat::Json, json) != runs) __builtin_trap();
    nlohmann::json parsed = nlohmann::json::parse(json.str());  // throws (and so fails) on invalid JSON
    if (parsed.at("runs").size() != static_cast<size_t>(runs)) __builtin_trap();

    std::vector<core::Reminder> reminders = store::ReminderStore(db).loadAll();
    std::string ics = exporting::toICalendar(reminders, core::fromEpochMs(1'800'000'000'000));
    // Whole lines only: a title may say "BEGIN:VEVENT", but no text may start a line of its own.
    if (ics.find("BEGIN:VCALENDAR\r\n") != 0 || count(ics, "\nBEGIN:VEVENT\r\n") > reminders.size()) __builtin_trap();
    return 0;
}
