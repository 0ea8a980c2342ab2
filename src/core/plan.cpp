// The plan's field tables, choices, and what "complete" means.
#include "core/plan.h"

#include "core/text.h"

#include <algorithm>

namespace core {

const std::vector<Choice>& ageGroups() {
    static const std::vector<Choice> all{
        {"infant", textId("Infant (under 1)")}, {"child", textId("Child (1 to 12)")}, {"teen", textId("Teen (13 to 17)")},
        {"adult", textId("Adult")},             {"older-adult", textId("Older adult (65+)")},
    };
    return all;
}

const std::vector<Choice>& contactKinds() {
    static const std::vector<Choice> all{
        {"out-of-town", textId("Out-of-town contact"), textId("A relative or friend far enough away not to be caught up in the same emergency")},
        {"ice", textId("In case of emergency (ICE)"), textId("Someone to call if a member is hurt")},
        {"doctor", textId("Doctor"), textId("The family doctor or practice")},
        {"pharmacy", textId("Pharmacy"), textId("Where prescriptions are filled")},
        {"vet", textId("Vet"), textId("The pets' vet")},
        {"school", textId("School"), textId("The school office")},
        {"workplace", textId("Workplace"), textId("A manager or the front desk")},
        {"electric", textId("Electricity company"), textId("The number to report a power cut")},
        {"gas", textId("Gas company"), textId("The number to report a gas leak")},
        {"water", textId("Water company"), textId("The number to report a burst main")},
        {"insurance", textId("Insurance"), textId("Home, health, car or life insurer")},
        {"poison-centre", textId("Poison centre"), textId("The national or regional poison line")},
    };
    return all;
}

const std::vector<Choice>& meetingPlaceKinds() {
    static const std::vector<Choice> all{
        {"safe-room", textId("Indoor safe room"), textId("e.g. the downstairs bathroom: no windows, away from outside walls")},
        {"neighbourhood", textId("In the neighbourhood"), textId("e.g. the oak tree at 12 Elm Street, for a house fire")},
        {"outside-neighbourhood", textId("Outside the neighbourhood"), textId("e.g. the public library, 3 Market Square")},
        {"out-of-town", textId("Out of town"), textId("e.g. Aunt Jo's house, 4 Hill Road, Lakeside")},
    };
    return all;
}

namespace {
constexpr const char* kPetDocumentKey = "pets";  // only needed when the household has pets
}

const std::vector<Choice>& documentKinds() {
    static const std::vector<Choice> all{
        {"identity", textId("Identity documents: passports, ID cards, driving licences")},
        {"certificates", textId("Birth, marriage and adoption certificates")},
        {"insurance", textId("Insurance policies")},
        {"medical", textId("Medical records, prescriptions and vaccination records")},
        {"bank", textId("Bank, card and pension account details")},
        {"property", textId("Deed, lease or rental agreement")},
        {"wills", textId("Wills and powers of attorney")},
        {kPetDocumentKey, textId("Pet records: vaccinations, microchip, a recent photo")},
        {"photos", textId("Photos of the home and valuables, for insurance claims")},
        {"plan", textId("A printed copy of this plan")},
    };
    return all;
}

const char* choiceLabel(const std::vector<Choice>& choices, const std::string& key) {
    for (const auto& c : choices)
        if (key == c.key) return c.label;
    return nullptr;
}

namespace {
bool isInsurance(const Contact& c) { return c.kind == "insurance"; }
}  // namespace

const std::vector<TextField<Member>>& memberFields() {
    static const std::vector<TextField<Member>> all{
        {"name", textId("Name"), textId("e.g. Sam Taylor"), &Member::name},
        {"age_group", textId("Age group"), "", &Member::ageGroup, &ageGroups()},
        {"phone", textId("Phone"), textId("Mobile number"), &Member::phone},
        {"email", textId("Email"), "", &Member::email},
        {"medical_conditions", textId("Medical conditions"), textId("e.g. asthma, type 1 diabetes"), &Member::conditions},
        {"medications", textId("Medications and doses"), textId("e.g. salbutamol inhaler, 2 puffs as needed"), &Member::medications},
        {"allergies", textId("Allergies"), textId("e.g. penicillin, peanuts"), &Member::allergies},
        {"needs", textId("Needs (mobility, language, ...)"), textId("e.g. wheelchair, hearing aid, speaks Polish"), &Member::needs},
        {"school_or_work", textId("School or workplace"), textId("Its name"), &Member::placeName},
        {"school_or_work_address", textId("School or workplace address"), "", &Member::placeAddress},
        {"school_or_work_arrangements", textId("Its emergency arrangements"), textId("e.g. pupils stay until a listed adult collects them"),
         &Member::placeArrangements},
    };
    return all;
}

const std::vector<TextField<Contact>>& contactFields() {
    static const std::vector<TextField<Contact>> all{
        {"kind", textId("Kind of contact"), "", &Contact::kind, &contactKinds()},
        {"name", textId("Name"), textId("Person or organisation"), &Contact::name},
        {"phone", textId("Phone"), "", &Contact::phone},
        {"policy_number", textId("Policy number"), "", &Contact::policyNumber, nullptr, isInsurance},
        {"notes", textId("Notes"), textId("e.g. account number, opening hours, who to ask for"), &Contact::notes},
    };
    return all;
}

const std::vector<TextField<MeetingPlace>>& meetingPlaceFields() {
    static const std::vector<TextField<MeetingPlace>> all{
        {"address", textId("Address or place"), "", &MeetingPlace::address},
        {"instructions", textId("Instructions"), textId("e.g. wait by the front door, call the out-of-town contact"), &MeetingPlace::instructions},
    };
    return all;
}

const std::vector<TextField<Pet>>& petFields() {
    static const std::vector<TextField<Pet>> all{
        {"name", textId("Name"), "", &Pet::name},
        {"species", textId("Species"), textId("e.g. dog, cat, rabbit"), &Pet::species},
        {"needs", textId("Needs"), textId("e.g. medicine, diet, carrier, lead"), &Pet::needs},
        {"vet", textId("Vet"), textId("Name and phone"), &Pet::vet},
        {"microchip", textId("Microchip number"), "", &Pet::microchip},
    };
    return all;
}

const std::vector<TextField<Home>>& homeFields() {
    static const std::vector<TextField<Home>> all{
        {"water_shutoff", textId("Water shut-off"), textId("e.g. under the kitchen sink"), &Home::waterShutoff},
        {"gas_shutoff", textId("Gas shut-off"), textId("e.g. by the meter, outside left of the front door; wrench hangs beside it"),
         &Home::gasShutoff},
        {"electricity_shutoff", textId("Electricity main switch"), textId("e.g. fuse box in the hall cupboard"), &Home::electricityShutoff},
        {"kit_location", textId("Emergency kit"), textId("e.g. blue crates in the garage"), &Home::kitLocation},
        {"extinguisher_location", textId("Fire extinguisher"), textId("e.g. kitchen, beside the back door"), &Home::extinguisherLocation},
        {"first_aid_location", textId("First-aid kit"), textId("e.g. bathroom cabinet"), &Home::firstAidLocation},
    };
    return all;
}

const std::vector<TextField<KitItem>>& kitItemTextFields() {
    static const std::vector<TextField<KitItem>> all{
        {"name", textId("Item"), textId("e.g. Baby formula"), &KitItem::name},
        {"unit", textId("Unit"), textId("e.g. tins, litres, packs"), &KitItem::unit},
        {"location", textId("Where it is kept"), textId("e.g. garage shelf"), &KitItem::location},
    };
    return all;
}

namespace {
template <class Record>
bool allEmpty(const Record& r, const std::vector<TextField<Record>>& fields, const char* except = "") {
    for (const auto& f : fields)
        if (std::string(f.key) != except && !(r.*f.value).empty()) return false;
    return true;
}
}  // namespace

bool isBlank(const Member& m) { return allEmpty(m, memberFields()); }
bool isBlank(const Contact& c) { return allEmpty(c, contactFields(), "kind"); }
bool isBlank(const Pet& p) { return allEmpty(p, petFields()); }

namespace {
template <class T>
const T* findById(const std::vector<T>& list, int64_t id) {
    for (const auto& x : list)
        if (x.id == id) return &x;
    return nullptr;
}
}  // namespace

const Member* Plan::member(int64_t id) const { return findById(members, id); }
const Contact* Plan::contact(int64_t id) const { return findById(contacts, id); }
const Pet* Plan::pet(int64_t id) const { return findById(pets, id); }
const KitItem* Plan::kitItem(int64_t id) const { return findById(kit, id); }

const MeetingPlace* Plan::meetingPlace(const std::string& kind) const {
    for (const auto& m : meetingPlaces)
        if (m.kind == kind) return &m;
    return nullptr;
}

const DocumentEntry* Plan::document(const std::string& key) const {
    for (const auto& d : documents)
        if (d.key == key) return &d;
    return nullptr;
}

std::vector<const Contact*> Plan::contactsOfKind(const std::string& kind) const {
    std::vector<const Contact*> out;
    for (const auto& c : contacts)
        if (c.kind == kind) out.push_back(&c);
    return out;
}

Plan Plan::empty(int kitDays) {
    Plan p;
    p.kitDays = kitDays;
    for (const auto& k : meetingPlaceKinds()) p.meetingPlaces.push_back({k.key, {}, {}});
    for (const auto& k : documentKinds()) p.documents.push_back({k.key, false, {}});
    return p;
}

const std::vector<std::string>& requiredContactKinds() {
    static const std::vector<std::string> kinds{"out-of-town", "ice", "doctor", "poison-centre"};
    return kinds;
}

namespace {
const char* requiredContactText(const std::string& kind) {
    if (kind == "out-of-town") return textId("Add an out-of-town contact and their phone number");
    if (kind == "ice") return textId("Add an emergency (ICE) contact and their phone number");
    if (kind == "doctor") return textId("Add your doctor's phone number");
    if (kind == "poison-centre") return textId("Add the poison centre's phone number");
    if (kind == "vet") return textId("Add your vet's phone number");
    return textId("Add a contact and their phone number");
}

// Whole sentences for each place and each thing in the home, so a language words each its own way.
const char* meetingPlaceText(const std::string& kind) {
    if (kind == "safe-room") return textId("Choose a meeting place: indoor safe room");
    if (kind == "neighbourhood") return textId("Choose a meeting place: in the neighbourhood");
    if (kind == "outside-neighbourhood") return textId("Choose a meeting place: outside the neighbourhood");
    return textId("Choose a meeting place: out of town");
}

const char* homeFieldText(const std::string& key) {
    if (key == "water_shutoff") return textId("Note where it is: water shut-off");
    if (key == "gas_shutoff") return textId("Note where it is: gas shut-off");
    if (key == "electricity_shutoff") return textId("Note where it is: electricity main switch");
    if (key == "kit_location") return textId("Note where it is: emergency kit");
    if (key == "extinguisher_location") return textId("Note where it is: fire extinguisher");
    return textId("Note where it is: first-aid kit");
}

Wording named(const char* key, const std::string& name) { return {key, {{"name", name}}}; }
}  // namespace

std::vector<PlanCheck> planChecks(const Plan& plan) {
    std::vector<PlanCheck> out;
    auto add = [&](PlanSection section, Wording text, bool done, int64_t id = 0, std::string kind = {}) {
        out.push_back({section, std::move(text), done, id, std::move(kind)});
    };

    add(PlanSection::Members, {textId("Add the people in your household")}, !plan.members.empty());
    for (const auto& m : plan.members) {
        add(PlanSection::Members, {textId("Write the name of a household member")}, !m.name.empty(), m.id);
        Wording age = m.name.empty() ? Wording{textId("Choose the age group of a household member")}
                                     : named(textId("Choose the age group of {name}"), m.name);
        add(PlanSection::Members, std::move(age), !m.ageGroup.empty(), m.id);
    }

    std::vector<std::string> needed = requiredContactKinds();
    if (!plan.pets.empty()) needed.push_back("vet");
    for (const auto& kind : needed) {
        bool found = false;
        for (const Contact* c : plan.contactsOfKind(kind)) found = found || (!c->name.empty() && !c->phone.empty());
        if (kind == "vet")  // each pet's own vet will do instead
            found = found || std::all_of(plan.pets.begin(), plan.pets.end(), [](const Pet& p) { return !p.vet.empty(); });
        add(PlanSection::Contacts, {requiredContactText(kind)}, found, 0, kind);
    }
    for (const auto& c : plan.contacts) {
        if (c.phone.empty() && !c.name.empty())
            add(PlanSection::Contacts, named(textId("Add the phone number of {name}"), c.name), false, c.id, c.kind);
    }

    for (const auto& kind : meetingPlaceKinds()) {
        const MeetingPlace* m = plan.meetingPlace(kind.key);
        add(PlanSection::MeetingPlaces, {meetingPlaceText(kind.key)}, m && !m->address.empty(), 0, kind.key);
    }

    for (const auto& p : plan.pets)
        if (p.name.empty()) add(PlanSection::Pets, {textId("Write the name of a pet")}, false, p.id);

    for (const auto& f : homeFields()) add(PlanSection::Home, {homeFieldText(f.key)}, !(plan.home.*f.value).empty(), 0, f.key);

    int copied = 0, wanted = 0;
    for (const auto& d : plan.documents) {
        if (d.key == kPetDocumentKey && plan.pets.empty()) continue;
        ++wanted;
        copied += d.have ? 1 : 0;
    }
    // TRANSLATORS: {n} documents of {total} have a copy in the kit.
    Wording documents = Wording::counted(textIdPlural("Copy documents: {n} of {total} done", "Copy documents: {n} of {total} done"),
                                         copied, {Wording::number("total", wanted)});
    add(PlanSection::Documents, std::move(documents), copied == wanted);
    return out;
}

const char* paperName(Paper paper) { return paper == Paper::Letter ? "letter" : "a4"; }

std::optional<Paper> paperFromName(const std::string& name) {
    if (name == "a4" || name == "A4") return Paper::A4;
    if (name == "letter" || name == "Letter") return Paper::Letter;
    return std::nullopt;
}

Paper defaultPaperFor(const std::string& country) {
    static const std::vector<std::string> letter{"US", "CA", "MX", "CL", "CO", "CR", "GT", "PA", "PH", "PR", "VE", "DO", "SV", "NI", "BZ"};
    return std::find(letter.begin(), letter.end(), country) != letter.end() ? Paper::Letter : Paper::A4;
}

std::string checkPlanText(std::string_view value) {
    for (unsigned char c : value)
        if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7f) return "holds a control character";
    if (size_t n = utf8Length(value); n > kMaxPlanText)
        return "is " + std::to_string(n) + " characters long; at most " + std::to_string(kMaxPlanText) + " fit";
    return "";
}

std::string clampPlanText(std::string value) {
    size_t chars = 0;
    for (size_t i = 0; i < value.size(); ++i)
        if ((static_cast<unsigned char>(value[i]) & 0xC0) != 0x80 && ++chars > kMaxPlanText) {
            value.resize(i);
            break;
        }
    return value;
}

}  // namespace core
