#include "store/reminder_store.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

namespace store {

namespace {

constexpr const char* kColumns =
    "id, title, notes, dtstart, tzid, rrule, due_at, snoozed_until, source, linked_at, created_at";
constexpr const char* kDefaultsOfferedKey = "reminders.defaults_offered";

std::optional<core::TimePoint> optionalTime(const SQLite::Column& c) {
    if (c.isNull()) return std::nullopt;
    return core::fromEpochMs(c.getInt64());
}

void bindOptionalTime(SQLite::Statement& s, int index, const std::optional<core::TimePoint>& t) {
    if (t)
        s.bind(index, static_cast<int64_t>(core::toEpochMs(*t)));
    else
        s.bind(index);
}

void bindOptionalText(SQLite::Statement& s, int index, const std::string& text) {
    if (text.empty())
        s.bind(index);
    else
        s.bind(index, text);
}

core::Reminder readReminder(SQLite::Statement& q) {
    core::Reminder r;
    r.id = q.getColumn(0).getInt64();
    r.title = q.getColumn(1).getString();
    r.notes = q.getColumn(2).getString();
    // A start that does not parse (edited by hand) falls back to the due time, never a crash.
    std::optional<core::LocalDateTime> start = core::LocalDateTime::fromICal(q.getColumn(3).getString());
    // Rows share a handful of zones: check each name once, not once per row.
    static thread_local std::string lastZone, lastKnown;
    std::string zone = q.getColumn(4).getString();
    if (zone != lastZone) {
        lastZone = zone;
        lastKnown = core::knownTimeZoneOr(zone);
    }
    r.tzid = lastKnown;
    r.rrule = q.getColumn(5).getString();
    r.dueAt = optionalTime(q.getColumn(6));
    r.snoozedUntil = optionalTime(q.getColumn(7));
    r.source = q.getColumn(8).isNull() ? "" : q.getColumn(8).getString();
    r.linkedAt = optionalTime(q.getColumn(9));
    r.createdAt = core::fromEpochMs(q.getColumn(10).getInt64());
    r.start = start ? *start : core::toLocal(r.dueAt.value_or(r.createdAt), r.tzid);
    return r;
}

std::vector<core::Reminder> readAll(SQLite::Statement& q) {
    std::vector<core::Reminder> out;
    while (q.executeStep()) out.push_back(readReminder(q));
    return out;
}

long long insertEvent(Database& db, const core::ReminderEvent& e) {
    Statement put = db.prepare("INSERT INTO reminder_events(reminder_id, kind, occurrence_at, at, until_at) VALUES(?, ?, ?, ?, ?)");
    put->bind(1, static_cast<int64_t>(e.reminderId));
    put->bind(2, core::eventKindName(e.kind));
    bindOptionalTime(*put, 3, e.occurrence);
    put->bind(4, static_cast<int64_t>(core::toEpochMs(e.at)));
    bindOptionalTime(*put, 5, e.until);
    put->exec();
    return db.sql().getLastInsertRowid();
}

}  // namespace

std::vector<core::Reminder> ReminderStore::loadActive() {
    Statement q = db_.prepare(std::string("SELECT ") + kColumns +
                                       " FROM reminders WHERE due_at IS NOT NULL ORDER BY max(due_at, coalesce(snoozed_until, due_at)), id");
    return readAll(*q);
}

std::vector<core::Reminder> ReminderStore::loadAll() {
    Statement q = db_.prepare(std::string("SELECT ") + kColumns + " FROM reminders ORDER BY id");
    return readAll(*q);
}

std::optional<core::Reminder> ReminderStore::find(long long id) {
    Statement q = db_.prepare(std::string("SELECT ") + kColumns + " FROM reminders WHERE id = ?");
    q->bind(1, static_cast<int64_t>(id));
    if (!q->executeStep()) return std::nullopt;
    return readReminder(*q);
}

std::optional<core::Reminder> ReminderStore::findBySource(const std::string& source) {
    Statement q = db_.prepare(std::string("SELECT ") + kColumns + " FROM reminders WHERE source = ?");
    q->bind(1, source);
    if (!q->executeStep()) return std::nullopt;
    return readReminder(*q);
}

namespace {
// Parameters 1–9 of both the INSERT and the UPDATE: the reminder's own fields, in column order.
void bindReminderFields(SQLite::Statement& put, const core::Reminder& r) {
    put.bind(1, r.title);
    put.bind(2, r.notes);
    put.bind(3, r.start.toICal());
    put.bind(4, r.tzid);
    put.bind(5, r.rrule);
    bindOptionalTime(put, 6, r.dueAt);
    bindOptionalTime(put, 7, r.snoozedUntil);
    bindOptionalText(put, 8, r.source);
    bindOptionalTime(put, 9, r.linkedAt);
}
}  // namespace

long long ReminderStore::insert(const core::Reminder& r, core::TimePoint now) {
    Statement put = db_.prepare("INSERT INTO reminders(title, notes, dtstart, tzid, rrule, due_at, snoozed_until, source, linked_at, "
                          "created_at, updated_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    bindReminderFields(*put, r);
    int64_t created = core::toEpochMs(r.createdAt == core::TimePoint{} ? now : r.createdAt);
    put->bind(10, created);
    put->bind(11, static_cast<int64_t>(core::toEpochMs(now)));
    put->exec();
    return db_.sql().getLastInsertRowid();
}

std::vector<long long> ReminderStore::insertAll(const std::vector<core::Reminder>& reminders, core::TimePoint now) {
    SQLite::Transaction tx(db_.sql());
    std::vector<long long> ids;
    for (const core::Reminder& r : reminders) ids.push_back(insert(r, now));
    tx.commit();
    return ids;
}

namespace {
void writeReminder(Database& db, const core::Reminder& r, core::TimePoint now) {
    Statement put = db.prepare("UPDATE reminders SET title = ?, notes = ?, dtstart = ?, tzid = ?, rrule = ?, due_at = ?, snoozed_until = ?, "
                              "source = ?, linked_at = ?, updated_at = ? WHERE id = ?");
    bindReminderFields(*put, r);
    put->bind(10, static_cast<int64_t>(core::toEpochMs(now)));
    put->bind(11, static_cast<int64_t>(r.id));
    put->exec();
}
}  // namespace

long long ReminderStore::update(const core::Reminder& r, core::TimePoint now, const std::optional<core::ReminderEvent>& event) {
    SQLite::Transaction tx(db_.sql());
    writeReminder(db_, r, now);
    long long eventId = event ? insertEvent(db_, *event) : 0;
    tx.commit();
    return eventId;
}

void ReminderStore::undo(const core::Reminder& before, long long eventId, core::TimePoint now) {
    SQLite::Transaction tx(db_.sql());
    writeReminder(db_, before, now);
    Statement del = db_.prepare("DELETE FROM reminder_events WHERE id = ? AND reminder_id = ?");
    del->bind(1, static_cast<int64_t>(eventId));
    del->bind(2, static_cast<int64_t>(before.id));
    del->exec();
    tx.commit();
}

void ReminderStore::remove(long long id) {
    Statement del = db_.prepare("DELETE FROM reminders WHERE id = ?");
    del->bind(1, static_cast<int64_t>(id));
    del->exec();  // the history goes with it (ON DELETE CASCADE)
}

std::vector<core::ReminderEvent> ReminderStore::history(long long id, int limit) {
    Statement q = db_.prepare("SELECT kind, occurrence_at, at, until_at FROM reminder_events WHERE reminder_id = ? ORDER BY at DESC, id DESC "
                        "LIMIT ?");
    q->bind(1, static_cast<int64_t>(id));
    q->bind(2, limit);
    std::vector<core::ReminderEvent> out;
    while (q->executeStep()) {
        std::optional<core::ReminderEventKind> kind = core::eventKindFromName(q->getColumn(0).getString());
        if (!kind) continue;
        out.push_back({id, *kind, optionalTime(q->getColumn(1)), core::fromEpochMs(q->getColumn(2).getInt64()), optionalTime(q->getColumn(3))});
    }
    return out;
}

int ReminderStore::eventCount(long long id) {
    Statement q = db_.prepare("SELECT count(*) FROM reminder_events WHERE reminder_id = ?");
    q->bind(1, static_cast<int64_t>(id));
    q->executeStep();
    return q->getColumn(0).getInt();
}

std::vector<DoneEntry> ReminderStore::recentlyDone(int limit) {
    Statement q = db_.prepare("SELECT e.reminder_id, r.title, e.at FROM reminder_events e JOIN reminders r ON r.id = e.reminder_id "
                        "WHERE e.kind = 'done' ORDER BY e.at DESC, e.id DESC LIMIT ?");
    q->bind(1, limit);
    std::vector<DoneEntry> out;
    while (q->executeStep())
        out.push_back({q->getColumn(0).getInt64(), q->getColumn(1).getString(), core::fromEpochMs(q->getColumn(2).getInt64())});
    return out;
}

bool ReminderStore::notified(long long reminderId, core::TimePoint occurrence) {
    SQLite::Statement q(db_.sql(), "SELECT 1 FROM reminder_notifications WHERE reminder_id = ? AND occurrence_at = ?");
    q.bind(1, static_cast<int64_t>(reminderId));
    q.bind(2, static_cast<int64_t>(core::toEpochMs(occurrence)));
    return q.executeStep();
}

void ReminderStore::recordNotified(long long reminderId, core::TimePoint occurrence, core::TimePoint at) {
    SQLite::Statement put(db_.sql(), "INSERT OR IGNORE INTO reminder_notifications(reminder_id, occurrence_at, notified_at) VALUES(?, ?, ?)");
    put.bind(1, static_cast<int64_t>(reminderId));
    put.bind(2, static_cast<int64_t>(core::toEpochMs(occurrence)));
    put.bind(3, static_cast<int64_t>(core::toEpochMs(at)));
    put.exec();
}

bool ReminderStore::defaultsOffered() {
    Statement q = db_.prepare("SELECT value FROM settings WHERE key = ?");
    q->bind(1, kDefaultsOfferedKey);
    return q->executeStep() && q->getColumn(0).getString() == "1";
}

void ReminderStore::setDefaultsOffered(bool offered) {
    Statement put = db_.prepare("INSERT INTO settings(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    put->bind(1, kDefaultsOfferedKey);
    put->bind(2, offered ? "1" : "0");
    put->exec();
}

}  // namespace store
