#pragma once
// The household preparedness plan: members, contacts, meeting places, pets, the home, important
// documents and the emergency kit. Text fields are described once, in tables (memberFields() …),
// so the store, the editors, the JSON and the PDF all walk the same list and none can forget one.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/calendar_date.h"
#include "core/text.h"

namespace core {

// One allowed value of a choice field: its stable key (stored, exported) and what the user reads.
struct Choice {
    const char* key;
    const char* label;
    const char* hint = "";  // an example, shown in an empty field
};

const std::vector<Choice>& ageGroups();
const std::vector<Choice>& contactKinds();       // in the order the plan lists them
const std::vector<Choice>& meetingPlaceKinds();  // the four places, nearest first
const std::vector<Choice>& documentKinds();
// The label of key in choices, or nullptr when it is not one of them.
const char* choiceLabel(const std::vector<Choice>& choices, const std::string& key);

struct Member {
    int64_t id = 0;
    std::string name, ageGroup, phone, email;
    std::string conditions, medications, allergies, needs;  // medical conditions; needs: mobility, language …
    std::string placeName, placeAddress, placeArrangements;  // school or workplace
    bool operator==(const Member&) const = default;
};

struct Contact {
    int64_t id = 0;
    std::string kind;  // a contactKinds() key
    std::string name, phone, policyNumber, notes;  // policyNumber: insurance
    bool operator==(const Contact&) const = default;
    static Contact ofKind(std::string kind) {
        Contact c;
        c.kind = std::move(kind);
        return c;
    }
};

struct MeetingPlace {
    std::string kind;  // a meetingPlaceKinds() key
    std::string address, instructions;
    bool operator==(const MeetingPlace&) const = default;
};

struct Pet {
    int64_t id = 0;
    std::string name, species, needs, vet, microchip;
    bool operator==(const Pet&) const = default;
};

// Where things are in the home.
struct Home {
    std::string waterShutoff, gasShutoff, electricityShutoff;
    std::string kitLocation, extinguisherLocation, firstAidLocation;
    bool operator==(const Home&) const = default;
};

struct DocumentEntry {
    std::string key;  // a documentKinds() key
    bool have = false;  // a copy is in the kit
    std::string location;  // where the original or the copy is kept
    bool operator==(const DocumentEntry&) const = default;
};

struct KitItem {
    int64_t id = 0;
    std::string templateId;  // empty: added by the user
    std::string name, category, unit;
    double have = 0;
    std::optional<double> need;  // user-added items say what they need; template items are computed
    std::string location;
    std::optional<CalendarDate> expiresOn;
    bool operator==(const KitItem&) const = default;
};

struct Plan {
    std::vector<Member> members;
    std::vector<Contact> contacts;
    std::vector<MeetingPlace> meetingPlaces;  // one per meetingPlaceKinds() key, in that order
    std::vector<Pet> pets;
    Home home;
    std::vector<DocumentEntry> documents;  // one per documentKinds() key, in that order
    int kitDays = 3;                       // days of supply the kit is scaled to; 0: not chosen, the kit's default
    std::string kitPurpose;                // "home" or "leave" (core::kitPurposeKey); empty: not chosen, home
    bool kitHotClimate = false;            // more drinking water: the household lives somewhere hot
    std::vector<KitItem> kit;

    bool operator==(const Plan&) const = default;

    const Member* member(int64_t id) const;
    const Contact* contact(int64_t id) const;
    const Pet* pet(int64_t id) const;
    const MeetingPlace* meetingPlace(const std::string& kind) const;
    const DocumentEntry* document(const std::string& key) const;
    const KitItem* kitItem(int64_t id) const;
    std::vector<const Contact*> contactsOfKind(const std::string& kind) const;

    // A plan with every meeting place and document present and empty.
    static Plan empty(int kitDays);
};

// One text field of a record type: its key (database column and JSON name), what the editor
// shows, and where the value lives in the struct.
template <class Record>
struct TextField {
    const char* key;
    const char* label;
    const char* hint;
    std::string Record::*value;
    const std::vector<Choice>* choices = nullptr;  // set: the value is one of these keys (or empty)
    bool (*appliesTo)(const Record&) = nullptr;     // set: the editor shows it only when true
};

const std::vector<TextField<Member>>& memberFields();
const std::vector<TextField<Contact>>& contactFields();
const std::vector<TextField<MeetingPlace>>& meetingPlaceFields();
const std::vector<TextField<Pet>>& petFields();
const std::vector<TextField<Home>>& homeFields();
const std::vector<TextField<KitItem>>& kitItemTextFields();  // name, unit, location

// The field with this key, or nullptr.
template <class Record>
const TextField<Record>* findField(const std::vector<TextField<Record>>& fields, const std::string& key) {
    for (const auto& f : fields)
        if (key == f.key) return &f;
    return nullptr;
}

// True when nothing was entered in the record: every field empty (a contact's kind, chosen before
// it is added, does not count). Such a record is what an abandoned "Add" leaves behind.
bool isBlank(const Member& m);
bool isBlank(const Contact& c);
bool isBlank(const Pet& p);

// What "plan complete" counts: each key fact of the plan, done or still missing.
enum class PlanSection { Members, Contacts, MeetingPlaces, Pets, Home, Documents };

struct PlanCheck {
    PlanSection section;
    Wording text;          // what to do while missing ("Add the phone number of {name}")
    bool done = false;
    int64_t recordId = 0;  // the member, contact or pet it is about; 0: none yet
    std::string kind;      // the contact kind or meeting place to add or fill in
};

std::vector<PlanCheck> planChecks(const Plan& plan);

// The contacts the plan needs at least one of (with a phone number) to count as complete.
const std::vector<std::string>& requiredContactKinds();

// Limits no household reaches, so a file or a slip of the keyboard cannot make the plan too big to
// show, save or print. The editors and the JSON import apply the same ones.
constexpr size_t kMaxPlanMembers = 100, kMaxPlanContacts = 200, kMaxPlanPets = 100, kMaxKitItems = 1000;
constexpr size_t kMaxPlanText = 1000;  // characters in one field (an address, a list of medications)

// Why a value cannot be a plan field ("" when it can): longer than kMaxPlanText characters, or
// holding a control character other than a tab or line break (what the editors cannot type).
std::string checkPlanText(std::string_view value);
// value cut to kMaxPlanText characters, never inside a character.
std::string clampPlanText(std::string value);

// Paper sizes for the printed plan.
enum class Paper { A4, Letter };
const char* paperName(Paper paper);  // "a4", "letter"
std::optional<Paper> paperFromName(const std::string& name);
// Letter where it is the usual size (North America and parts of Latin America), A4 elsewhere.
Paper defaultPaperFor(const std::string& countryCode);

}  // namespace core
