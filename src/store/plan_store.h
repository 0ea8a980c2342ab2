#pragma once
// The household plan and the kit in SQLite. Editors save one field per statement as it is
// typed, so nothing waits in memory for a save button; importing replaces the whole plan in one
// transaction, so a failure leaves the old plan as it was. SQLite errors are thrown as
// SQLite::Exception.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/kit.h"
#include "core/kit_inventory.h"
#include "core/plan.h"
#include "store/database.h"

namespace store {

// The whole plan. defaultKitDays: the days of supply when the user has not chosen (0 keeps
// "not chosen", for the kit's own default to apply).
core::Plan loadPlan(Database& db, int defaultKitDays);

// Replaces everything in the plan (members, contacts, places, pets, home, documents, kit).
void replacePlan(Database& db, const core::Plan& plan);

int64_t insertMember(Database& db);
void updateMember(Database& db, int64_t id, const core::TextField<core::Member>& field, const std::string& value);
void deleteMember(Database& db, int64_t id);

int64_t insertContact(Database& db, const std::string& kind);
void updateContact(Database& db, int64_t id, const core::TextField<core::Contact>& field, const std::string& value);
void deleteContact(Database& db, int64_t id);

void updateMeetingPlace(Database& db, const std::string& kind, const core::TextField<core::MeetingPlace>& field,
                        const std::string& value);

int64_t insertPet(Database& db);
void updatePet(Database& db, int64_t id, const core::TextField<core::Pet>& field, const std::string& value);
void deletePet(Database& db, int64_t id);

void updateHome(Database& db, const core::TextField<core::Home>& field, const std::string& value);
void updateDocument(Database& db, const std::string& key, bool have, const std::string& location);

void updateKitDays(Database& db, int days);
void updateKitPurpose(Database& db, const std::string& purpose);  // "home" or "leave"
void updateKitHotClimate(Database& db, bool hot);
// Adds a row for every template item the kit does not have yet, and keeps the name, category
// and unit of template rows as the content says.
void syncKitTemplate(Database& db, const core::KitTemplate& kit);
int64_t insertKitItem(Database& db, const std::string& name);
void updateKitItem(Database& db, int64_t id, const core::TextField<core::KitItem>& field, const std::string& value);
void updateKitHave(Database& db, int64_t id, double have);
void updateKitNeed(Database& db, int64_t id, std::optional<double> need);
void updateKitExpiry(Database& db, int64_t id, std::optional<core::CalendarDate> expiresOn);
void deleteKitItem(Database& db, int64_t id);

// Every kit item with an expiry date, soonest first.
std::vector<core::KitExpiry> listKitExpiries(Database& db);

}  // namespace store
