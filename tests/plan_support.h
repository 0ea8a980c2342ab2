#pragma once
// A plan with every field filled with a value found nowhere else, so a test can look for each one
// (in the database, the JSON, the PDF) and know which field it came from.
#include <string>
#include <vector>

#include "core/kit.h"
#include "core/plan.h"

namespace test {

// Records with the fields a test cares about (the rest empty).
inline core::KitItem kitItem(int64_t id, const std::string& name, double have, std::optional<double> need = std::nullopt,
                             std::optional<core::CalendarDate> expiresOn = std::nullopt, const std::string& templateId = "") {
    core::KitItem k;
    k.id = id;
    k.name = name;
    k.have = have;
    k.need = need;
    k.expiresOn = expiresOn;
    k.templateId = templateId;
    return k;
}

inline core::Member member(int64_t id, const std::string& name, const std::string& ageGroup = "") {
    core::Member m;
    m.id = id;
    m.name = name;
    m.ageGroup = ageGroup;
    return m;
}

inline core::Contact contact(const std::string& kind, const std::string& name, const std::string& phone) {
    core::Contact c;
    c.kind = kind;
    c.name = name;
    c.phone = phone;
    return c;
}

inline core::Pet pet(int64_t id, const std::string& name) {
    core::Pet p;
    p.id = id;
    p.name = name;
    return p;
}

// The text a record's field holds in fullPlan(): unique per record and field, with no spaces so
// it survives text extraction whole.
inline std::string token(const std::string& record, const char* field) {
    std::string key = field;
    for (char& c : key)
        if (c == '_') c = '-';
    return record + "-" + key;
}

template <class Record>
void fillText(Record& r, const std::vector<core::TextField<Record>>& fields, const std::string& record) {
    for (const auto& f : fields)
        if (!f.choices) r.*f.value = token(record, f.key);
}

inline core::Plan fullPlan(const core::KitTemplate& kit) {
    core::Plan p = core::Plan::empty(14);
    const char* ages[] = {"adult", "child"};
    for (int i = 0; i < 2; ++i) {
        core::Member m;
        fillText(m, core::memberFields(), "Mem" + std::to_string(i));
        m.ageGroup = ages[i];
        p.members.push_back(m);
    }
    int n = 0;
    for (const auto& kind : core::contactKinds()) {
        core::Contact c;
        fillText(c, core::contactFields(), "Con" + std::to_string(n++));
        c.kind = kind.key;
        p.contacts.push_back(c);
    }
    n = 0;
    for (auto& m : p.meetingPlaces) fillText(m, core::meetingPlaceFields(), "Place" + std::to_string(n++));
    core::Pet pet;
    fillText(pet, core::petFields(), "Pet0");
    p.pets.push_back(pet);
    fillText(p.home, core::homeFields(), "Home");
    n = 0;
    for (auto& d : p.documents) {
        d.have = n % 2 == 0;
        d.location = "Doc" + std::to_string(n++) + "-location";
    }
    n = 0;
    for (const auto& t : kit.items) {
        core::KitItem k;
        k.templateId = t.id;
        k.name = t.name;
        k.category = t.category;
        k.unit = t.unit;
        k.have = n + 0.5;
        k.location = "Shelf" + std::to_string(n);
        if (t.expires) k.expiresOn = core::CalendarDate{2027, 1 + n % 12, 1 + n};
        p.kit.push_back(k);
        ++n;
    }
    core::KitItem own;
    own.name = "Own-item-name";
    own.unit = "Own-unit";
    own.have = 1.25;
    own.need = 4;
    own.location = "Own-location";
    own.expiresOn = core::CalendarDate{2028, 2, 29};
    p.kit.push_back(own);
    return p;
}

// The same plan with the ids a store gave it cleared, to compare content only.
inline core::Plan withoutIds(core::Plan p) {
    for (auto& m : p.members) m.id = 0;
    for (auto& c : p.contacts) c.id = 0;
    for (auto& x : p.pets) x.id = 0;
    for (auto& k : p.kit) k.id = 0;
    return p;
}

}  // namespace test
