#include "store/checklist_runs.h"

#include <SQLiteCpp/Transaction.h>
#include <algorithm>
#include <cstdint>

#include "core/text.h"

namespace store {
namespace {

int64_t ms(core::TimePoint t) { return static_cast<int64_t>(core::toEpochMs(t)); }
core::TimePoint timeAt(const SQLite::Column& c) { return core::fromEpochMs(c.getInt64()); }
std::optional<core::TimePoint> optionalTimeAt(const SQLite::Column& c) {
    if (c.isNull()) return std::nullopt;
    return timeAt(c);
}

// Values written by an older or newer build that this one does not know read as the safe default.
core::RunMode modeAt(const SQLite::Column& c) { return core::runModeFromName(c.getString()).value_or(core::RunMode::Practice); }
core::RunStatus statusAt(const SQLite::Column& c) {
    return core::runStatusFromName(c.getString()).value_or(core::RunStatus::Abandoned);
}

constexpr const char* kSummaryColumns =
    "r.id, r.checklist_key, r.title, r.mode, r.status, r.performed_by, r.started_ms, r.ended_ms, "
    "(SELECT count(*) FROM checklist_run_items i WHERE i.run_id = r.id), "
    "(SELECT count(*) FROM checklist_run_items i WHERE i.run_id = r.id AND i.ticked_ms IS NOT NULL)";

core::RunSummary summaryAt(SQLite::Statement& q) {
    core::RunSummary s;
    s.id = q.getColumn(0).getInt64();
    s.checklistKey = q.getColumn(1).getString();
    s.title = q.getColumn(2).getString();
    s.mode = modeAt(q.getColumn(3));
    s.status = statusAt(q.getColumn(4));
    s.performedBy = q.getColumn(5).getString();
    s.started = timeAt(q.getColumn(6));
    s.ended = optionalTimeAt(q.getColumn(7));
    s.itemCount = q.getColumn(8).getInt();
    s.doneCount = q.getColumn(9).getInt();
    return s;
}

// The WHERE clause for a filter; parameters ?1 (key) and ?2 (mode) are bound only when used.
std::string whereClause(const core::HistoryFilter& f) {
    std::string where;
    if (!f.checklistKey.empty()) where += " AND r.checklist_key = :key";
    if (f.mode) where += " AND r.mode = :mode";
    return where.empty() ? "" : " WHERE" + where.substr(4);
}

void bindFilter(SQLite::Statement& q, const core::HistoryFilter& f) {
    if (!f.checklistKey.empty()) q.bind(":key", f.checklistKey);
    if (f.mode) q.bind(":mode", core::runModeName(*f.mode));
}

void readItems(SQLite::Statement& q, core::Run& run) {
    while (q.executeStep()) {
        core::RunItem it;
        it.position = q.getColumn(0).getInt();
        it.section = q.getColumn(1).getString();
        it.text = q.getColumn(2).getString();
        it.detail = q.getColumn(3).getString();
        it.tickedAt = optionalTimeAt(q.getColumn(4));
        it.note = q.getColumn(5).getString();
        run.items.push_back(std::move(it));
    }
}

std::vector<core::RunEvent> readEvents(SQLite::Statement& q) {
    std::vector<core::RunEvent> out;
    while (q.executeStep()) {
        core::RunEvent e;
        e.id = q.getColumn(0).getInt64();
        e.runId = q.getColumn(1).getInt64();
        e.position = q.getColumn(2).getInt();
        e.at = timeAt(q.getColumn(3));
        e.kind = core::runEventFromName(q.getColumn(4).getString()).value_or(core::RunEventKind::Note);
        e.note = q.getColumn(5).getString();
        out.push_back(std::move(e));
    }
    return out;
}

constexpr const char* kRunColumns = "id, checklist_key, title, mode, status, performed_by, started_ms, ended_ms, target_seconds";
constexpr const char* kParticipantsOfRun = "SELECT name FROM checklist_run_participants WHERE run_id = ? ORDER BY name";
constexpr const char* kItemsOfRun =
    "SELECT position, section, text, detail, ticked_ms, note FROM checklist_run_items WHERE run_id = ? ORDER BY position";
constexpr const char* kEventsOfRun =
    "SELECT id, run_id, position, at_ms, kind, note FROM checklist_run_events WHERE run_id = ? ORDER BY id";

core::Run runAt(SQLite::Statement& q) {
    core::Run r;
    r.id = q.getColumn(0).getInt64();
    r.checklistKey = q.getColumn(1).getString();
    r.title = q.getColumn(2).getString();
    r.mode = modeAt(q.getColumn(3));
    r.status = statusAt(q.getColumn(4));
    r.performedBy = q.getColumn(5).getString();
    r.started = timeAt(q.getColumn(6));
    r.ended = optionalTimeAt(q.getColumn(7));
    if (!q.getColumn(8).isNull()) r.targetSeconds = q.getColumn(8).getInt();
    return r;
}

void readParticipants(SQLite::Statement& q, core::Run& run) {
    while (q.executeStep()) run.participants.push_back(q.getColumn(0).getString());
}

}  // namespace

ChecklistRuns::ChecklistRuns(Database& db) : db_(db) {}

long long ChecklistRuns::start(const NewRun& run) {
    SQLite::Transaction tx(db_.sql(), SQLite::TransactionBehavior::IMMEDIATE);
    Statement insertRun = db_.prepare(
        "INSERT INTO checklist_runs(checklist_key, title, mode, performed_by, started_ms, target_seconds) VALUES(?, ?, ?, ?, ?, ?)");
    insertRun->bind(1, run.checklistKey);
    insertRun->bind(2, run.title);
    insertRun->bind(3, core::runModeName(run.mode));
    insertRun->bind(4, run.performedBy);
    insertRun->bind(5, ms(run.started));
    if (run.targetSeconds)
        insertRun->bind(6, *run.targetSeconds);
    else
        insertRun->bind(6);  // NULL: not timed
    insertRun->exec();
    long long id = db_.sql().getLastInsertRowid();
    Statement insertParticipant = db_.prepare("INSERT OR IGNORE INTO checklist_run_participants(run_id, name) VALUES(?, ?)");
    for (const std::string& name : run.participants) {
        insertParticipant->reset();
        insertParticipant->bind(1, static_cast<int64_t>(id));
        insertParticipant->bind(2, name);
        insertParticipant->exec();
    }
    Statement insertItem = db_.prepare("INSERT INTO checklist_run_items(run_id, position, section, text, detail) VALUES(?, ?, ?, ?, ?)");
    for (const core::RunItem& it : run.items) {
        insertItem->reset();  // the same statement for every item
        insertItem->bind(1, static_cast<int64_t>(id));
        insertItem->bind(2, it.position);
        insertItem->bind(3, it.section);
        insertItem->bind(4, it.text);
        insertItem->bind(5, it.detail);
        insertItem->exec();
    }
    tx.commit();
    return id;
}

long long ChecklistRuns::recordEvent(long long runId, int position, core::RunEventKind kind, const std::string& note, core::TimePoint at) {
    Statement q = db_.prepare("INSERT INTO checklist_run_events(run_id, position, at_ms, kind, note) VALUES(?, ?, ?, ?, ?)");
    q->bind(1, static_cast<int64_t>(runId));
    q->bind(2, position);
    q->bind(3, ms(at));
    q->bind(4, core::runEventName(kind));
    q->bind(5, note);
    q->exec();
    return db_.sql().getLastInsertRowid();
}

// Sets one column of an item of a run still in progress (bindValue binds ?1) and records the
// event, in one transaction.
template <class Bind>
long long ChecklistRuns::changeItem(const char* column, long long runId, int position, Bind&& bindValue, core::RunEventKind kind,
                                    const std::string& note, core::TimePoint at) {
    SQLite::Transaction tx(db_.sql(), SQLite::TransactionBehavior::IMMEDIATE);
    Statement q = db_.prepare(std::string("UPDATE checklist_run_items SET ") + column +
                              " = ?1 WHERE run_id = ?2 AND position = ?3 AND EXISTS "
                              "(SELECT 1 FROM checklist_runs WHERE id = ?2 AND status = 'in_progress')");
    bindValue(*q);
    q->bind(2, static_cast<int64_t>(runId));
    q->bind(3, position);
    if (q->exec() == 0) throw RunError("This run has ended, or it has no such item.");
    long long eventId = recordEvent(runId, position, kind, note, at);
    tx.commit();
    return eventId;
}

long long ChecklistRuns::setTicked(long long runId, int position, bool ticked, core::TimePoint at) {
    auto bind = [&](SQLite::Statement& q) {
        if (ticked)
            q.bind(1, ms(at));
        else
            q.bind(1);  // NULL
    };
    return changeItem("ticked_ms", runId, position, bind, ticked ? core::RunEventKind::Tick : core::RunEventKind::Untick, "", at);
}

long long ChecklistRuns::setNote(long long runId, int position, const std::string& note, core::TimePoint at) {
    return changeItem("note", runId, position, [&](SQLite::Statement& q) { q.bind(1, note); }, core::RunEventKind::Note, note, at);
}

void ChecklistRuns::end(long long runId, core::RunStatus status, core::TimePoint at) {
    if (status == core::RunStatus::InProgress) throw RunError("A run ends as finished or abandoned.");
    Statement q = db_.prepare("UPDATE checklist_runs SET status = ?, ended_ms = ? WHERE id = ? AND status = 'in_progress'");
    q->bind(1, core::runStatusName(status));
    q->bind(2, ms(at));
    q->bind(3, static_cast<int64_t>(runId));
    if (q->exec() == 0) throw RunError("This run has already ended.");
}

std::optional<core::Run> ChecklistRuns::load(long long runId) {
    Statement q = db_.prepare(std::string("SELECT ") + kRunColumns + " FROM checklist_runs WHERE id = ?");
    q->bind(1, static_cast<int64_t>(runId));
    if (!q->executeStep()) return std::nullopt;
    core::Run run = runAt(*q);
    Statement items = db_.prepare(kItemsOfRun);
    items->bind(1, static_cast<int64_t>(runId));
    readItems(*items, run);
    Statement participants = db_.prepare(kParticipantsOfRun);
    participants->bind(1, static_cast<int64_t>(runId));
    readParticipants(*participants, run);
    return run;
}

std::vector<core::RunSummary> ChecklistRuns::unfinished() {
    Statement q = db_.prepare(std::string("SELECT ") + kSummaryColumns +
                                       " FROM checklist_runs r WHERE r.status = 'in_progress' ORDER BY r.started_ms DESC, r.id DESC");
    std::vector<core::RunSummary> out;
    while (q->executeStep()) out.push_back(summaryAt(*q));
    return out;
}

int ChecklistRuns::count(const core::HistoryFilter& filter) {
    Statement q = db_.prepare("SELECT count(*) FROM checklist_runs r" + whereClause(filter));
    bindFilter(*q, filter);
    q->executeStep();
    return q->getColumn(0).getInt();
}

std::vector<core::RunSummary> ChecklistRuns::page(const core::HistoryFilter& filter, int offset, int limit) {
    Statement q = db_.prepare(std::string("SELECT ") + kSummaryColumns + " FROM checklist_runs r" + whereClause(filter) +
                                       " ORDER BY r.started_ms DESC, r.id DESC LIMIT :limit OFFSET :offset");
    bindFilter(*q, filter);
    q->bind(":limit", limit);
    q->bind(":offset", offset);
    std::vector<core::RunSummary> out;
    while (q->executeStep()) out.push_back(summaryAt(*q));
    return out;
}

std::vector<std::pair<std::string, std::string>> ChecklistRuns::checklistsWithRuns() {
    // With max(), SQLite takes the bare column (title) from the row holding the maximum.
    Statement q = db_.prepare("SELECT checklist_key, title, max(started_ms) FROM checklist_runs GROUP BY checklist_key");
    std::vector<std::pair<std::string, std::string>> out;
    while (q->executeStep()) out.emplace_back(q->getColumn(0).getString(), q->getColumn(1).getString());
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        std::string la = core::toLower(a.second), lb = core::toLower(b.second);
        return la != lb ? la < lb : a.first < b.first;
    });
    return out;
}

std::optional<core::TimePoint> ChecklistRuns::lastEnded(core::RunStatus status, core::RunMode mode, const std::string& checklistKey) {
    std::string sql = "SELECT max(ended_ms) FROM checklist_runs WHERE status = ? AND mode = ?";
    if (!checklistKey.empty()) sql += " AND checklist_key = ?";
    Statement q = db_.prepare(sql);
    q->bind(1, core::runStatusName(status));
    q->bind(2, core::runModeName(mode));
    if (!checklistKey.empty()) q->bind(3, checklistKey);
    q->executeStep();
    return optionalTimeAt(q->getColumn(0));
}

std::optional<core::Millis> ChecklistRuns::personalBest(const std::string& checklistKey) {
    Statement q = db_.prepare(
        "SELECT min(r.ended_ms - r.started_ms) FROM checklist_runs r WHERE r.checklist_key = ? AND r.mode = 'practice' "
        "AND r.status = 'finished' AND NOT EXISTS "
        "(SELECT 1 FROM checklist_run_items i WHERE i.run_id = r.id AND i.ticked_ms IS NULL)");
    q->bind(1, checklistKey);
    q->executeStep();
    if (q->getColumn(0).isNull()) return std::nullopt;
    return core::Millis{q->getColumn(0).getInt64()};
}

std::string ChecklistRuns::lastPerformer() {
    Statement q = db_.prepare("SELECT performed_by FROM checklist_runs ORDER BY started_ms DESC, id DESC LIMIT 1");
    return q->executeStep() ? q->getColumn(0).getString() : "";
}

void ChecklistRuns::forEach(const std::function<void(const core::Run&, const std::vector<core::RunEvent>&)>& visit) {
    // One read transaction, so the export is one consistent moment even while the app ticks.
    SQLite::Transaction tx(db_.sql());
    Statement runs = db_.prepare(std::string("SELECT ") + kRunColumns + " FROM checklist_runs ORDER BY started_ms, id");
    Statement items = db_.prepare(kItemsOfRun);
    Statement events = db_.prepare(kEventsOfRun);
    Statement participants = db_.prepare(kParticipantsOfRun);
    while (runs->executeStep()) {
        core::Run run = runAt(*runs);
        items->reset();
        items->bind(1, static_cast<int64_t>(run.id));
        readItems(*items, run);
        participants->reset();
        participants->bind(1, static_cast<int64_t>(run.id));
        readParticipants(*participants, run);
        events->reset();
        events->bind(1, static_cast<int64_t>(run.id));
        visit(run, readEvents(*events));
    }
    tx.commit();
}

}  // namespace store
