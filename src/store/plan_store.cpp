#include "store/plan_store.h"

#include <SQLiteCpp/Transaction.h>
#include <stdexcept>

namespace store {
namespace {

// The table each kind of record lives in, and its text columns (the field tables in core).
template <class Record>
struct Table;
template <>
struct Table<core::Member> {
    static constexpr const char* name = "plan_members";
    static const auto& fields() { return core::memberFields(); }
};
template <>
struct Table<core::Contact> {
    static constexpr const char* name = "plan_contacts";
    static const auto& fields() { return core::contactFields(); }
};
template <>
struct Table<core::Pet> {
    static constexpr const char* name = "plan_pets";
    static const auto& fields() { return core::petFields(); }
};
template <>
struct Table<core::KitItem> {
    static constexpr const char* name = "kit_items";
    static const auto& fields() { return core::kitItemTextFields(); }
};

// Column names come from the field tables in core, never from the user; check anyway that the
// field really is one of the table's, so a hand-made TextField cannot reach the SQL.
template <class Record>
const char* column(const std::vector<core::TextField<Record>>& fields, const core::TextField<Record>& field) {
    for (const auto& f : fields)
        if (&f == &field) return f.key;
    throw std::logic_error(std::string("not a plan field: ") + field.key);
}

template <class Record>
std::string columnList(const std::vector<core::TextField<Record>>& fields) {
    std::string out;
    for (const auto& f : fields) out += std::string(out.empty() ? "" : ", ") + f.key;
    return out;
}

template <class Record>
std::string placeholders(const std::vector<core::TextField<Record>>& fields) {
    std::string out;
    for (size_t i = 0; i < fields.size(); ++i) out += i ? ", ?" : "?";
    return out;
}

// Reads the fields' columns, starting at column `first`, into a record.
template <class Record>
void readFields(SQLite::Statement& q, int first, const std::vector<core::TextField<Record>>& fields, Record& r) {
    for (size_t i = 0; i < fields.size(); ++i) r.*fields[i].value = q.getColumn(first + static_cast<int>(i)).getString();
}

template <class Record>
void bindFields(SQLite::Statement& q, int first, const std::vector<core::TextField<Record>>& fields, const Record& r) {
    for (size_t i = 0; i < fields.size(); ++i) q.bind(first + static_cast<int>(i), r.*fields[i].value);
}

template <class T>
void bindOptional(SQLite::Statement& q, int index, const std::optional<T>& value) {
    if (value)
        q.bind(index, *value);
    else
        q.bind(index);
}

std::optional<std::string> isoOf(const std::optional<core::CalendarDate>& d) { return d ? std::optional(d->iso()) : std::nullopt; }

const char* kKitColumns = "id, template_id, name, category, unit, have, need, location, expires_on";

core::KitItem readKitItem(SQLite::Statement& q) {
    core::KitItem k;
    k.id = q.getColumn(0).getInt64();
    if (!q.getColumn(1).isNull()) k.templateId = q.getColumn(1).getString();
    k.name = q.getColumn(2).getString();
    k.category = q.getColumn(3).getString();
    k.unit = q.getColumn(4).getString();
    k.have = q.getColumn(5).getDouble();
    if (!q.getColumn(6).isNull()) k.need = q.getColumn(6).getDouble();
    k.location = q.getColumn(7).getString();
    if (!q.getColumn(8).isNull()) k.expiresOn = core::CalendarDate::parse(q.getColumn(8).getString());
    return k;
}

}  // namespace

template <class Record>
std::vector<Record> PlanStore::loadAll() {
    const auto& fields = Table<Record>::fields();
    Statement q = db_.prepare("SELECT id, " + columnList(fields) + " FROM " + Table<Record>::name + " ORDER BY id");
    std::vector<Record> out;
    while (q->executeStep()) {
        Record r;
        r.id = q->getColumn(0).getInt64();
        readFields(*q, 1, fields, r);
        out.push_back(std::move(r));
    }
    return out;
}

core::Plan PlanStore::load(int defaultKitDays) {
    core::Plan plan = core::Plan::empty(defaultKitDays);
    plan.members = loadAll<core::Member>();
    plan.contacts = loadAll<core::Contact>();
    {
        Statement q = db_.prepare("SELECT kind, " + columnList(core::meetingPlaceFields()) + " FROM plan_meeting_places");
        while (q->executeStep()) {
            std::string kind = q->getColumn(0).getString();
            for (auto& m : plan.meetingPlaces)
                if (m.kind == kind) readFields(*q, 1, core::meetingPlaceFields(), m);
        }
    }
    plan.pets = loadAll<core::Pet>();
    {
        Statement q = db_.prepare("SELECT kit_days, kit_purpose, kit_hot_climate, " + columnList(core::homeFields()) +
                                  " FROM plan_home WHERE id = 1");
        if (q->executeStep()) {
            if (!q->getColumn(0).isNull()) plan.kitDays = q->getColumn(0).getInt();
            if (!q->getColumn(1).isNull()) plan.kitPurpose = q->getColumn(1).getString();
            plan.kitHotClimate = q->getColumn(2).getInt() != 0;
            readFields(*q, 3, core::homeFields(), plan.home);
        }
    }
    {
        Statement q = db_.prepare("SELECT key, have, location FROM plan_documents");
        while (q->executeStep()) {
            std::string key = q->getColumn(0).getString();
            for (auto& d : plan.documents)
                if (d.key == key) {
                    d.have = q->getColumn(1).getInt() != 0;
                    d.location = q->getColumn(2).getString();
                }
        }
    }
    {
        Statement q = db_.prepare(std::string("SELECT ") + kKitColumns + " FROM kit_items ORDER BY id");
        while (q->executeStep()) plan.kit.push_back(readKitItem(*q));
    }
    return plan;
}

void PlanStore::replace(const core::Plan& plan) {
    SQLite::Transaction tx(db_.sql(), SQLite::TransactionBehavior::IMMEDIATE);
    for (const char* table : {"plan_members", "plan_contacts", "plan_meeting_places", "plan_pets", "plan_documents", "kit_items"})
        db_.run(std::string("DELETE FROM ") + table);
    for (const auto& m : plan.members) insert(m);
    for (const auto& c : plan.contacts) insert(c);
    for (const auto& p : plan.pets) insert(p);
    for (const auto& m : plan.meetingPlaces)
        for (const auto& f : core::meetingPlaceFields()) updateMeetingPlace(m.kind, f, m.*f.value);
    for (const auto& f : core::homeFields()) updateHome(f, plan.home.*f.value);
    setHome("kit_days", plan.kitDays > 0 ? std::optional(plan.kitDays) : std::nullopt);  // not chosen: the kit's default
    setHome("kit_purpose", plan.kitPurpose.empty() ? std::nullopt : std::optional(plan.kitPurpose));
    updateKitHotClimate(plan.kitHotClimate);
    for (const auto& d : plan.documents) updateDocument(d.key, d.have, d.location);
    for (const auto& k : plan.kit) insertKitItem(k);
    tx.commit();
}

template <class Record>
int64_t PlanStore::insert(const Record& record) {
    const auto& fields = Table<Record>::fields();
    Statement q = db_.prepare(std::string("INSERT INTO ") + Table<Record>::name + "(" + columnList(fields) + ") VALUES(" +
                              placeholders(fields) + ")");
    bindFields(*q, 1, fields, record);
    q->exec();
    return db_.sql().getLastInsertRowid();
}

template <class Record>
void PlanStore::update(int64_t id, const core::TextField<Record>& field, const std::string& value) {
    Statement q = db_.prepare(std::string("UPDATE ") + Table<Record>::name + " SET " + column(Table<Record>::fields(), field) +
                              " = ? WHERE id = ?");
    q->bind(1, value);
    q->bind(2, id);
    q->exec();
}

template <class Record>
void PlanStore::remove(int64_t id) {
    Statement q = db_.prepare(std::string("DELETE FROM ") + Table<Record>::name + " WHERE id = ?");
    q->bind(1, id);
    q->exec();
}

template int64_t PlanStore::insert(const core::Member&);
template int64_t PlanStore::insert(const core::Contact&);
template int64_t PlanStore::insert(const core::Pet&);
template void PlanStore::update(int64_t, const core::TextField<core::Member>&, const std::string&);
template void PlanStore::update(int64_t, const core::TextField<core::Contact>&, const std::string&);
template void PlanStore::update(int64_t, const core::TextField<core::Pet>&, const std::string&);
template void PlanStore::update(int64_t, const core::TextField<core::KitItem>&, const std::string&);
template void PlanStore::remove<core::Member>(int64_t);
template void PlanStore::remove<core::Contact>(int64_t);
template void PlanStore::remove<core::Pet>(int64_t);
template void PlanStore::remove<core::KitItem>(int64_t);

void PlanStore::updateMeetingPlace(const std::string& kind, const core::TextField<core::MeetingPlace>& field, const std::string& value) {
    const char* col = column(core::meetingPlaceFields(), field);
    Statement q = db_.prepare(std::string("INSERT INTO plan_meeting_places(kind, ") + col + ") VALUES(?, ?) " +
                              "ON CONFLICT(kind) DO UPDATE SET " + col + " = excluded." + col);
    q->bind(1, kind);
    q->bind(2, value);
    q->exec();
}

// The one row of plan_home; `column` comes from this file or the home's field table, never from the user.
template <class T>
void PlanStore::setHome(const char* column, const std::optional<T>& value) {
    Statement q = db_.prepare(std::string("UPDATE plan_home SET ") + column + " = ? WHERE id = 1");
    bindOptional(*q, 1, value);
    q->exec();
}

void PlanStore::updateHome(const core::TextField<core::Home>& field, const std::string& value) {
    setHome(column(core::homeFields(), field), std::optional(value));
}

void PlanStore::updateDocument(const std::string& key, bool have, const std::string& location) {
    Statement q = db_.prepare(
        "INSERT INTO plan_documents(key, have, location) VALUES(?, ?, ?) "
        "ON CONFLICT(key) DO UPDATE SET have = excluded.have, location = excluded.location");
    q->bind(1, key);
    q->bind(2, have ? 1 : 0);
    q->bind(3, location);
    q->exec();
}

void PlanStore::updateKitDays(int days) { setHome("kit_days", std::optional(days)); }
void PlanStore::updateKitPurpose(const std::string& purpose) { setHome("kit_purpose", std::optional(purpose)); }
void PlanStore::updateKitHotClimate(bool hot) { setHome("kit_hot_climate", std::optional(hot ? 1 : 0)); }

void PlanStore::syncKitTemplate(const core::KitTemplate& kit) {
    SQLite::Transaction tx(db_.sql());
    for (const auto& item : kit.items) {
        Statement q = db_.prepare(
            "INSERT INTO kit_items(template_id, name, category, unit) VALUES(?, ?, ?, ?) "
            "ON CONFLICT(template_id) DO UPDATE SET name = excluded.name, category = excluded.category, "
            "unit = excluded.unit WHERE name IS NOT excluded.name OR category IS NOT excluded.category "
            "OR unit IS NOT excluded.unit");
        q->bind(1, item.id);
        q->bind(2, item.name);
        q->bind(3, item.category);
        q->bind(4, item.unit);
        q->exec();
    }
    tx.commit();
}

int64_t PlanStore::insertKitItem(const core::KitItem& k) {
    Statement q = db_.prepare(
        "INSERT INTO kit_items(template_id, name, category, unit, have, need, location, expires_on) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
    bindOptional(*q, 1, k.templateId.empty() ? std::nullopt : std::optional(k.templateId));
    q->bind(2, k.name);
    q->bind(3, k.category);
    q->bind(4, k.unit);
    q->bind(5, k.have);
    bindOptional(*q, 6, k.need);
    q->bind(7, k.location);
    bindOptional(*q, 8, isoOf(k.expiresOn));
    q->exec();
    return db_.sql().getLastInsertRowid();
}

void PlanStore::updateKitHave(int64_t id, double have) {
    Statement q = db_.prepare("UPDATE kit_items SET have = ? WHERE id = ?");
    q->bind(1, have);
    q->bind(2, id);
    q->exec();
}

void PlanStore::updateKitNeed(int64_t id, std::optional<double> need) {
    Statement q = db_.prepare("UPDATE kit_items SET need = ? WHERE id = ?");
    bindOptional(*q, 1, need);
    q->bind(2, id);
    q->exec();
}

void PlanStore::updateKitExpiry(int64_t id, std::optional<core::CalendarDate> expiresOn) {
    Statement q = db_.prepare("UPDATE kit_items SET expires_on = ? WHERE id = ?");
    bindOptional(*q, 1, isoOf(expiresOn));
    q->bind(2, id);
    q->exec();
}

std::vector<core::KitExpiry> PlanStore::kitExpiries() {
    std::vector<core::KitExpiry> out;
    Statement q = db_.prepare("SELECT id, name, expires_on FROM kit_items WHERE expires_on IS NOT NULL ORDER BY expires_on, id");
    while (q->executeStep()) {
        auto date = core::CalendarDate::parse(q->getColumn(2).getString());
        if (!date) continue;  // the CHECK keeps the shape; a hand-edited impossible day is skipped
        out.push_back({q->getColumn(0).getInt64(), q->getColumn(1).getString(), *date});
    }
    return out;
}

}  // namespace store
