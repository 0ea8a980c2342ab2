#include "store/plan_store.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <stdexcept>

namespace store {
namespace {

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

void updateById(Database& db, const char* table, const char* col, int64_t id, const std::string& value) {
    SQLite::Statement q(db.sql(), std::string("UPDATE ") + table + " SET " + col + " = ? WHERE id = ?");
    q.bind(1, value);
    q.bind(2, id);
    q.exec();
}

void deleteById(Database& db, const char* table, int64_t id) {
    SQLite::Statement q(db.sql(), std::string("DELETE FROM ") + table + " WHERE id = ?");
    q.bind(1, id);
    q.exec();
}

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

void bindOptionalDate(SQLite::Statement& q, int index, const std::optional<core::CalendarDate>& d) {
    if (d)
        q.bind(index, d->iso());
    else
        q.bind(index);
}

}  // namespace

core::Plan loadPlan(Database& db, int defaultKitDays) {
    core::Plan plan = core::Plan::empty(defaultKitDays);
    {
        SQLite::Statement q(db.sql(), "SELECT id, " + columnList(core::memberFields()) + " FROM plan_members ORDER BY id");
        while (q.executeStep()) {
            core::Member m;
            m.id = q.getColumn(0).getInt64();
            readFields(q, 1, core::memberFields(), m);
            plan.members.push_back(std::move(m));
        }
    }
    {
        SQLite::Statement q(db.sql(), "SELECT id, " + columnList(core::contactFields()) + " FROM plan_contacts ORDER BY id");
        while (q.executeStep()) {
            core::Contact c;
            c.id = q.getColumn(0).getInt64();
            readFields(q, 1, core::contactFields(), c);
            plan.contacts.push_back(std::move(c));
        }
    }
    {
        SQLite::Statement q(db.sql(), "SELECT kind, " + columnList(core::meetingPlaceFields()) + " FROM plan_meeting_places");
        while (q.executeStep()) {
            std::string kind = q.getColumn(0).getString();
            for (auto& m : plan.meetingPlaces)
                if (m.kind == kind) readFields(q, 1, core::meetingPlaceFields(), m);
        }
    }
    {
        SQLite::Statement q(db.sql(), "SELECT id, " + columnList(core::petFields()) + " FROM plan_pets ORDER BY id");
        while (q.executeStep()) {
            core::Pet p;
            p.id = q.getColumn(0).getInt64();
            readFields(q, 1, core::petFields(), p);
            plan.pets.push_back(std::move(p));
        }
    }
    {
        SQLite::Statement q(db.sql(), "SELECT kit_days, kit_purpose, kit_hot_climate, " + columnList(core::homeFields()) +
                                          " FROM plan_home WHERE id = 1");
        if (q.executeStep()) {
            if (!q.getColumn(0).isNull()) plan.kitDays = q.getColumn(0).getInt();
            if (!q.getColumn(1).isNull()) plan.kitPurpose = q.getColumn(1).getString();
            plan.kitHotClimate = q.getColumn(2).getInt() != 0;
            readFields(q, 3, core::homeFields(), plan.home);
        }
    }
    {
        SQLite::Statement q(db.sql(), "SELECT key, have, location FROM plan_documents");
        while (q.executeStep()) {
            std::string key = q.getColumn(0).getString();
            for (auto& d : plan.documents)
                if (d.key == key) {
                    d.have = q.getColumn(1).getInt() != 0;
                    d.location = q.getColumn(2).getString();
                }
        }
    }
    {
        SQLite::Statement q(db.sql(), std::string("SELECT ") + kKitColumns + " FROM kit_items ORDER BY id");
        while (q.executeStep()) plan.kit.push_back(readKitItem(q));
    }
    return plan;
}

void replacePlan(Database& db, const core::Plan& plan) {
    SQLite::Transaction tx(db.sql(), SQLite::TransactionBehavior::IMMEDIATE);
    db.sql().exec(
        "DELETE FROM plan_members; DELETE FROM plan_contacts; DELETE FROM plan_meeting_places; DELETE FROM plan_pets;"
        "DELETE FROM plan_documents; DELETE FROM kit_items;");

    SQLite::Statement member(db.sql(), "INSERT INTO plan_members(" + columnList(core::memberFields()) + ") VALUES(" +
                                           placeholders(core::memberFields()) + ")");
    for (const auto& m : plan.members) {
        bindFields(member, 1, core::memberFields(), m);
        member.exec();
        member.reset();
    }
    SQLite::Statement contact(db.sql(), "INSERT INTO plan_contacts(" + columnList(core::contactFields()) + ") VALUES(" +
                                            placeholders(core::contactFields()) + ")");
    for (const auto& c : plan.contacts) {
        bindFields(contact, 1, core::contactFields(), c);
        contact.exec();
        contact.reset();
    }
    SQLite::Statement place(db.sql(), "INSERT INTO plan_meeting_places(kind, " + columnList(core::meetingPlaceFields()) +
                                          ") VALUES(?, " + placeholders(core::meetingPlaceFields()) + ")");
    for (const auto& m : plan.meetingPlaces) {
        place.bind(1, m.kind);
        bindFields(place, 2, core::meetingPlaceFields(), m);
        place.exec();
        place.reset();
    }
    SQLite::Statement pet(db.sql(), "INSERT INTO plan_pets(" + columnList(core::petFields()) + ") VALUES(" +
                                        placeholders(core::petFields()) + ")");
    for (const auto& p : plan.pets) {
        bindFields(pet, 1, core::petFields(), p);
        pet.exec();
        pet.reset();
    }
    std::string homeSet;
    for (const auto& f : core::homeFields()) homeSet += std::string(f.key) + " = ?, ";
    SQLite::Statement home(db.sql(), "UPDATE plan_home SET " + homeSet + "kit_days = ?, kit_purpose = ?, kit_hot_climate = ? WHERE id = 1");
    bindFields(home, 1, core::homeFields(), plan.home);
    int next = static_cast<int>(core::homeFields().size()) + 1;
    if (plan.kitDays > 0)
        home.bind(next, plan.kitDays);
    else
        home.bind(next);  // not chosen: the kit's default applies
    if (plan.kitPurpose.empty())
        home.bind(next + 1);
    else
        home.bind(next + 1, plan.kitPurpose);
    home.bind(next + 2, plan.kitHotClimate ? 1 : 0);
    home.exec();
    SQLite::Statement doc(db.sql(), "INSERT INTO plan_documents(key, have, location) VALUES(?, ?, ?)");
    for (const auto& d : plan.documents) {
        doc.bind(1, d.key);
        doc.bind(2, d.have ? 1 : 0);
        doc.bind(3, d.location);
        doc.exec();
        doc.reset();
    }
    SQLite::Statement kit(db.sql(),
                          "INSERT INTO kit_items(template_id, name, category, unit, have, need, location, expires_on) "
                          "VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
    for (const auto& k : plan.kit) {
        if (k.templateId.empty())
            kit.bind(1);
        else
            kit.bind(1, k.templateId);
        kit.bind(2, k.name);
        kit.bind(3, k.category);
        kit.bind(4, k.unit);
        kit.bind(5, k.have);
        if (k.need)
            kit.bind(6, *k.need);
        else
            kit.bind(6);
        kit.bind(7, k.location);
        bindOptionalDate(kit, 8, k.expiresOn);
        kit.exec();
        kit.reset();
    }
    tx.commit();
}

int64_t insertMember(Database& db) {
    db.sql().exec("INSERT INTO plan_members DEFAULT VALUES");
    return db.sql().getLastInsertRowid();
}

void updateMember(Database& db, int64_t id, const core::TextField<core::Member>& field, const std::string& value) {
    updateById(db, "plan_members", column(core::memberFields(), field), id, value);
}

void deleteMember(Database& db, int64_t id) { deleteById(db, "plan_members", id); }

int64_t insertContact(Database& db, const std::string& kind) {
    SQLite::Statement q(db.sql(), "INSERT INTO plan_contacts(kind) VALUES(?)");
    q.bind(1, kind);
    q.exec();
    return db.sql().getLastInsertRowid();
}

void updateContact(Database& db, int64_t id, const core::TextField<core::Contact>& field, const std::string& value) {
    updateById(db, "plan_contacts", column(core::contactFields(), field), id, value);
}

void deleteContact(Database& db, int64_t id) { deleteById(db, "plan_contacts", id); }

void updateMeetingPlace(Database& db, const std::string& kind, const core::TextField<core::MeetingPlace>& field,
                        const std::string& value) {
    const char* col = column(core::meetingPlaceFields(), field);
    SQLite::Statement q(db.sql(), std::string("INSERT INTO plan_meeting_places(kind, ") + col + ") VALUES(?, ?) " +
                                      "ON CONFLICT(kind) DO UPDATE SET " + col + " = excluded." + col);
    q.bind(1, kind);
    q.bind(2, value);
    q.exec();
}

int64_t insertPet(Database& db) {
    db.sql().exec("INSERT INTO plan_pets DEFAULT VALUES");
    return db.sql().getLastInsertRowid();
}

void updatePet(Database& db, int64_t id, const core::TextField<core::Pet>& field, const std::string& value) {
    updateById(db, "plan_pets", column(core::petFields(), field), id, value);
}

void deletePet(Database& db, int64_t id) { deleteById(db, "plan_pets", id); }

void updateHome(Database& db, const core::TextField<core::Home>& field, const std::string& value) {
    updateById(db, "plan_home", column(core::homeFields(), field), 1, value);
}

void updateDocument(Database& db, const std::string& key, bool have, const std::string& location) {
    SQLite::Statement q(db.sql(),
                        "INSERT INTO plan_documents(key, have, location) VALUES(?, ?, ?) "
                        "ON CONFLICT(key) DO UPDATE SET have = excluded.have, location = excluded.location");
    q.bind(1, key);
    q.bind(2, have ? 1 : 0);
    q.bind(3, location);
    q.exec();
}

void updateKitDays(Database& db, int days) {
    SQLite::Statement q(db.sql(), "UPDATE plan_home SET kit_days = ? WHERE id = 1");
    q.bind(1, days);
    q.exec();
}

void updateKitPurpose(Database& db, const std::string& purpose) {
    SQLite::Statement q(db.sql(), "UPDATE plan_home SET kit_purpose = ? WHERE id = 1");
    q.bind(1, purpose);
    q.exec();
}

void updateKitHotClimate(Database& db, bool hot) {
    SQLite::Statement q(db.sql(), "UPDATE plan_home SET kit_hot_climate = ? WHERE id = 1");
    q.bind(1, hot ? 1 : 0);
    q.exec();
}

void syncKitTemplate(Database& db, const core::KitTemplate& kit) {
    SQLite::Transaction tx(db.sql());
    SQLite::Statement q(db.sql(),
                        "INSERT INTO kit_items(template_id, name, category, unit) VALUES(?, ?, ?, ?) "
                        "ON CONFLICT(template_id) DO UPDATE SET name = excluded.name, category = excluded.category, "
                        "unit = excluded.unit WHERE name IS NOT excluded.name OR category IS NOT excluded.category "
                        "OR unit IS NOT excluded.unit");
    for (const auto& item : kit.items) {
        q.bind(1, item.id);
        q.bind(2, item.name);
        q.bind(3, item.category);
        q.bind(4, item.unit);
        q.exec();
        q.reset();
    }
    tx.commit();
}

int64_t insertKitItem(Database& db, const std::string& name) {
    SQLite::Statement q(db.sql(), "INSERT INTO kit_items(name, need) VALUES(?, 1)");
    q.bind(1, name);
    q.exec();
    return db.sql().getLastInsertRowid();
}

void updateKitItem(Database& db, int64_t id, const core::TextField<core::KitItem>& field, const std::string& value) {
    updateById(db, "kit_items", column(core::kitItemTextFields(), field), id, value);
}

void updateKitHave(Database& db, int64_t id, double have) {
    SQLite::Statement q(db.sql(), "UPDATE kit_items SET have = ? WHERE id = ?");
    q.bind(1, have);
    q.bind(2, id);
    q.exec();
}

void updateKitNeed(Database& db, int64_t id, std::optional<double> need) {
    SQLite::Statement q(db.sql(), "UPDATE kit_items SET need = ? WHERE id = ?");
    if (need)
        q.bind(1, *need);
    else
        q.bind(1);
    q.bind(2, id);
    q.exec();
}

void updateKitExpiry(Database& db, int64_t id, std::optional<core::CalendarDate> expiresOn) {
    SQLite::Statement q(db.sql(), "UPDATE kit_items SET expires_on = ? WHERE id = ?");
    bindOptionalDate(q, 1, expiresOn);
    q.bind(2, id);
    q.exec();
}

void deleteKitItem(Database& db, int64_t id) { deleteById(db, "kit_items", id); }

std::vector<core::KitExpiry> listKitExpiries(Database& db) {
    std::vector<core::KitExpiry> out;
    SQLite::Statement q(db.sql(), "SELECT id, name, expires_on FROM kit_items WHERE expires_on IS NOT NULL ORDER BY expires_on, id");
    while (q.executeStep()) {
        auto date = core::CalendarDate::parse(q.getColumn(2).getString());
        if (!date) continue;  // the CHECK keeps the shape; a hand-edited impossible day is skipped
        out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(), *date});
    }
    return out;
}

}  // namespace store
