#pragma once
// The household plan and the kit in SQLite. Members, contacts, pets and kit items are a row each,
// by id; the meeting places, the home and the documents one row per kind. Importing replaces the
// whole plan in one transaction, so a failure leaves the old plan as it was. Statements are
// prepared once (Database::prepare). SQLite errors are thrown as SQLite::Exception.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/kit.h"
#include "core/kit_inventory.h"
#include "core/plan.h"
#include "store/database.h"

namespace store {

class PlanStore {
public:
    explicit PlanStore(Database& db) : db_(db) {}

    // The whole plan. defaultKitDays: the days of supply when the user has not chosen (0 keeps
    // "not chosen", for the kit's own default to apply).
    core::Plan load(int defaultKitDays);
    // Replaces everything in the plan (members, contacts, places, pets, home, documents, kit).
    void replace(const core::Plan& plan);

    // Members, contacts and pets (Record): a new row with the record's fields; returns its id.
    template <class Record>
    int64_t insert(const Record& record);
    // One text field of a member, contact, pet or kit item.
    template <class Record>
    void update(int64_t id, const core::TextField<Record>& field, const std::string& value);
    template <class Record>
    void remove(int64_t id);

    void updateMeetingPlace(const std::string& kind, const core::TextField<core::MeetingPlace>& field, const std::string& value);
    void updateHome(const core::TextField<core::Home>& field, const std::string& value);
    void updateDocument(const std::string& key, bool have, const std::string& location);

    void updateKitDays(int days);
    void updateKitPurpose(const std::string& purpose);  // "home" or "leave"
    void updateKitHotClimate(bool hot);
    // Adds a row for every template item the kit does not have yet, and keeps the name, category
    // and unit of template rows as the content says.
    void syncKitTemplate(const core::KitTemplate& kit);
    int64_t insertKitItem(const core::KitItem& item);
    void updateKitHave(int64_t id, double have);
    void updateKitNeed(int64_t id, std::optional<double> need);
    void updateKitExpiry(int64_t id, std::optional<core::CalendarDate> expiresOn);

    // Every kit item with an expiry date, soonest first.
    std::vector<core::KitExpiry> kitExpiries();

private:
    template <class Record>
    std::vector<Record> loadAll();
    template <class T>
    void setHome(const char* column, const std::optional<T>& value);

    Database& db_;
};

}  // namespace store
