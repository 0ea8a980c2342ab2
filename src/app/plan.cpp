#include "app/plan.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "export/plan_json.h"
#include "export/plan_pdf.h"
#include "store/plan_store.h"

namespace app {
namespace fs = std::filesystem;

namespace {
std::string key(const char* table, int64_t id, const char* field) {
    return std::string(table) + "/" + std::to_string(id) + "/" + field;
}

void dropPending(std::map<std::string, std::function<void()>>& pending, const std::string& prefix) {
    for (auto it = pending.lower_bound(prefix); it != pending.end() && it->first.rfind(prefix, 0) == 0;) it = pending.erase(it);
}

std::string quoted(const fs::path& p) { return "\"" + p.string() + "\""; }

std::string plural(size_t n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }
}  // namespace

HouseholdPlan::HouseholdPlan(store::Database& db, const core::KitTemplate& kit, const core::Clock& clock, Notify notify)
    : db_(db), kit_(kit), countryKit_(kit.forCountry("")), clock_(clock), notify_(std::move(notify)),
      plan_(core::Plan::empty(0)) {
    try {
        store::syncKitTemplate(db_, kit_);
    } catch (const std::exception& e) {
        failed("The kit list could not be brought up to date", e);
    }
    reload();
    dropBlankRecords();  // left by an "Add" the app was closed (or crashed) during
}

core::CalendarDate HouseholdPlan::today() const { return core::localDate(clock_.now()); }

void HouseholdPlan::reload() {
    try {
        plan_ = store::loadPlan(db_, 0);  // days not chosen stay 0: the kit's default for the country applies
    } catch (const std::exception& e) {
        failed("The plan could not be read", e);
    }
}

void HouseholdPlan::failed(const std::string& what, const std::exception& e) {
    notify_(what + ": " + e.what());
}

bool HouseholdPlan::save(const std::string& pendingKey, std::function<void()> write) {
    pending_[pendingKey] = std::move(write);
    return flush();
}

bool HouseholdPlan::flush() {
    while (!pending_.empty()) {
        auto it = pending_.begin();
        try {
            it->second();
        } catch (const std::exception& e) {
            if (!toldAboutFailure_)
                failed("Your changes are kept on screen but could not be saved yet; they are saved with your next change", e);
            toldAboutFailure_ = true;
            return false;
        }
        pending_.erase(it);
    }
    if (toldAboutFailure_) notify_("Your changes are saved now.");
    toldAboutFailure_ = false;
    return true;
}

// ---------------------------------------------------------------- members, contacts, places, pets

int64_t HouseholdPlan::addMember() {
    if (plan_.members.size() >= core::kMaxPlanMembers) {
        notify_("A plan holds at most " + std::to_string(core::kMaxPlanMembers) + " members.");
        return 0;
    }
    try {
        core::Member m;
        m.id = store::insertMember(db_);
        plan_.members.push_back(m);
        return m.id;
    } catch (const std::exception& e) {
        failed("The member could not be added", e);
        return 0;
    }
}

void HouseholdPlan::setMemberField(int64_t id, const core::TextField<core::Member>& field, const std::string& value) {
    core::Member* m = find(plan_.members, id);
    if (!m) return;
    m->*field.value = value;
    save(key("member", id, field.key), [this, id, &field, value] { store::updateMember(db_, id, field, value); });
}

void HouseholdPlan::removeMember(int64_t id) {
    try {
        store::deleteMember(db_, id);
    } catch (const std::exception& e) {
        return failed("The member could not be removed", e);
    }
    dropPending(pending_, key("member", id, ""));
    std::erase_if(plan_.members, [id](const core::Member& m) { return m.id == id; });
}

void HouseholdPlan::dropBlankRecords(const OpenRecords& open) {
    auto blankIds = [](const auto& records, const std::set<int64_t>& keep) {
        std::vector<int64_t> ids;
        for (const auto& r : records)
            if (core::isBlank(r) && !keep.count(r.id)) ids.push_back(r.id);
        return ids;
    };
    for (int64_t id : blankIds(plan_.members, open.members)) removeMember(id);
    for (int64_t id : blankIds(plan_.contacts, open.contacts)) removeContact(id);
    for (int64_t id : blankIds(plan_.pets, open.pets)) removePet(id);
}

int64_t HouseholdPlan::addContact(const std::string& kind) {
    if (plan_.contacts.size() >= core::kMaxPlanContacts) {
        notify_("A plan holds at most " + std::to_string(core::kMaxPlanContacts) + " contacts.");
        return 0;
    }
    try {
        core::Contact c;
        c.kind = kind;
        c.id = store::insertContact(db_, kind);
        plan_.contacts.push_back(c);
        return c.id;
    } catch (const std::exception& e) {
        failed("The contact could not be added", e);
        return 0;
    }
}

void HouseholdPlan::setContactField(int64_t id, const core::TextField<core::Contact>& field, const std::string& value) {
    core::Contact* c = find(plan_.contacts, id);
    if (!c) return;
    c->*field.value = value;
    save(key("contact", id, field.key), [this, id, &field, value] { store::updateContact(db_, id, field, value); });
}

void HouseholdPlan::removeContact(int64_t id) {
    try {
        store::deleteContact(db_, id);
    } catch (const std::exception& e) {
        return failed("The contact could not be removed", e);
    }
    dropPending(pending_, key("contact", id, ""));
    std::erase_if(plan_.contacts, [id](const core::Contact& c) { return c.id == id; });
}

void HouseholdPlan::setMeetingPlaceField(const std::string& kind, const core::TextField<core::MeetingPlace>& field,
                                         const std::string& value) {
    for (auto& m : plan_.meetingPlaces) {
        if (m.kind != kind) continue;
        m.*field.value = value;
        save("place/" + kind + "/" + field.key, [this, kind, &field, value] { store::updateMeetingPlace(db_, kind, field, value); });
    }
}

int64_t HouseholdPlan::addPet() {
    if (plan_.pets.size() >= core::kMaxPlanPets) {
        notify_("A plan holds at most " + std::to_string(core::kMaxPlanPets) + " pets.");
        return 0;
    }
    try {
        core::Pet p;
        p.id = store::insertPet(db_);
        plan_.pets.push_back(p);
        return p.id;
    } catch (const std::exception& e) {
        failed("The pet could not be added", e);
        return 0;
    }
}

void HouseholdPlan::setPetField(int64_t id, const core::TextField<core::Pet>& field, const std::string& value) {
    core::Pet* p = find(plan_.pets, id);
    if (!p) return;
    p->*field.value = value;
    save(key("pet", id, field.key), [this, id, &field, value] { store::updatePet(db_, id, field, value); });
}

void HouseholdPlan::removePet(int64_t id) {
    try {
        store::deletePet(db_, id);
    } catch (const std::exception& e) {
        return failed("The pet could not be removed", e);
    }
    dropPending(pending_, key("pet", id, ""));
    std::erase_if(plan_.pets, [id](const core::Pet& p) { return p.id == id; });
}

void HouseholdPlan::setHomeField(const core::TextField<core::Home>& field, const std::string& value) {
    plan_.home.*field.value = value;
    save(std::string("home/") + field.key, [this, &field, value] { store::updateHome(db_, field, value); });
}

void HouseholdPlan::setDocumentHave(const std::string& docKey, bool have) {
    for (auto& d : plan_.documents) {
        if (d.key != docKey) continue;
        d.have = have;
        save("document/" + docKey, [this, d] { store::updateDocument(db_, d.key, d.have, d.location); });
    }
}

void HouseholdPlan::setDocumentLocation(const std::string& docKey, const std::string& location) {
    for (auto& d : plan_.documents) {
        if (d.key != docKey) continue;
        d.location = location;
        save("document/" + docKey, [this, d] { store::updateDocument(db_, d.key, d.have, d.location); });
    }
}

// ---------------------------------------------------------------- kit

bool HouseholdPlan::fromTemplate(const core::KitItem& item) const {
    if (item.templateId.empty()) return false;
    for (const auto& t : kit_.items)
        if (t.id == item.templateId) return true;
    return false;  // the content no longer has it: the user's to keep or remove
}

void HouseholdPlan::setKitDays(int days) {
    days = std::clamp(days, 1, 365);
    plan_.kitDays = days;
    save("kit/days", [this, days] { store::updateKitDays(db_, days); });
}

void HouseholdPlan::setKitPurpose(core::KitPurpose purpose) {
    plan_.kitPurpose = core::kitPurposeKey(purpose);
    save("kit/purpose", [this, key = plan_.kitPurpose] { store::updateKitPurpose(db_, key); });
    setKitDays(countryKit_.defaultDays(purpose));
}

void HouseholdPlan::setKitHotClimate(bool hot) {
    plan_.kitHotClimate = hot;
    save("kit/hot-climate", [this, hot] { store::updateKitHotClimate(db_, hot); });
}

void HouseholdPlan::setCountry(const std::string& countryCode) { countryKit_ = kit_.forCountry(countryCode); }

int64_t HouseholdPlan::addKitItem(const std::string& name) {
    if (plan_.kit.size() >= core::kMaxKitItems) {
        notify_("A plan holds at most " + std::to_string(core::kMaxKitItems) + " kit items.");
        return 0;
    }
    try {
        core::KitItem k;
        k.name = name;
        k.need = 1;
        k.id = store::insertKitItem(db_, name);
        plan_.kit.push_back(k);
        return k.id;
    } catch (const std::exception& e) {
        failed("The item could not be added", e);
        return 0;
    }
}

void HouseholdPlan::setKitItemField(int64_t id, const core::TextField<core::KitItem>& field, const std::string& value) {
    core::KitItem* k = find(plan_.kit, id);
    if (!k) return;
    k->*field.value = value;
    save(key("kit", id, field.key), [this, id, &field, value] { store::updateKitItem(db_, id, field, value); });
    if (k->expiresOn && onKitChanged_) onKitChanged_();  // a dated item's reminder carries its name
}

void HouseholdPlan::setKitHave(int64_t id, double have) {
    core::KitItem* k = find(plan_.kit, id);
    if (!k || !std::isfinite(have)) return;
    k->have = std::max(0.0, have);
    save(key("kit", id, "have"), [this, id, have = k->have] { store::updateKitHave(db_, id, have); });
}

void HouseholdPlan::setKitNeed(int64_t id, double need) {
    core::KitItem* k = find(plan_.kit, id);
    if (!k || fromTemplate(*k) || !std::isfinite(need)) return;  // template items are scaled, not typed
    k->need = std::max(0.0, need);
    save(key("kit", id, "need"), [this, id, need = *k->need] { store::updateKitNeed(db_, id, need); });
}

void HouseholdPlan::setKitExpiry(int64_t id, std::optional<core::CalendarDate> expiresOn) {
    core::KitItem* k = find(plan_.kit, id);
    if (!k) return;
    k->expiresOn = expiresOn;
    save(key("kit", id, "expires_on"), [this, id, expiresOn] { store::updateKitExpiry(db_, id, expiresOn); });
    if (onKitChanged_) onKitChanged_();
}

void HouseholdPlan::removeKitItem(int64_t id) {
    core::KitItem* k = find(plan_.kit, id);
    if (!k || fromTemplate(*k)) return;  // the basic kit stays; what the household has can be 0
    try {
        store::deleteKitItem(db_, id);
    } catch (const std::exception& e) {
        return failed("The item could not be removed", e);
    }
    dropPending(pending_, key("kit", id, ""));
    std::erase_if(plan_.kit, [id](const core::KitItem& item) { return item.id == id; });
    if (onKitChanged_) onKitChanged_();
}

// ---------------------------------------------------------------- what the screens show

core::KitReview HouseholdPlan::kitReview() const { return core::reviewKit(plan_, countryKit_, today()); }

std::optional<core::CalendarDate> HouseholdPlan::lastDrill() const {
    std::optional<core::TimePoint> last = lastDrillSource_ ? lastDrillSource_() : std::nullopt;
    return last ? std::optional(core::localDate(*last)) : std::nullopt;
}

core::Readiness HouseholdPlan::readiness() const { return core::readiness(plan_, countryKit_, today(), lastDrill()); }

std::vector<core::PlanCheck> HouseholdPlan::missing() const {
    std::vector<core::PlanCheck> out;
    for (auto& c : core::planChecks(plan_))
        if (!c.done) out.push_back(std::move(c));
    return out;
}

std::vector<core::KitExpiry> HouseholdPlan::kitItemsWithExpiry() const {
    std::vector<core::KitExpiry> out;
    for (const auto& k : plan_.kit)
        if (k.expiresOn) out.push_back({k.id, k.name, *k.expiresOn});
    std::stable_sort(out.begin(), out.end(), [](const core::KitExpiry& a, const core::KitExpiry& b) { return a.expiresOn < b.expiresOn; });
    return out;
}

// ---------------------------------------------------------------- files

PlanFileResult HouseholdPlan::exportTo(const fs::path& file, core::Paper paper, const std::string& emergencyNumber) const {
    std::string ext = file.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    try {
        if (ext == ".pdf") {
            int pages = exporting::writePlanPdf(file, {plan_, countryKit_, today(), emergencyNumber, paper});
            return {true, "Saved the plan and wallet cards (" + plural(static_cast<size_t>(pages), "page", "pages") + ", " +
                              (paper == core::Paper::Letter ? "US Letter" : "A4") + ") to " + quoted(file) + "."};
        }
        if (ext == ".json") {
            exporting::writePlanJson(file, plan_);
            return {true, "Saved the whole plan to " + quoted(file) + "."};
        }
    } catch (const std::exception& e) {
        return {false, e.what()};
    }
    return {false, "Cannot export to " + quoted(file) + ": choose a file name ending in .pdf or .json."};
}

PlanFileResult HouseholdPlan::importFrom(const fs::path& file) {
    core::Plan incoming;
    try {
        incoming = exporting::readPlanJson(file);
    } catch (const exporting::ImportError& e) {
        return {false, "Cannot import " + quoted(file) + ": " + e.what() + ". Nothing was changed."};
    }
    try {
        store::replacePlan(db_, incoming);
    } catch (const std::exception& e) {
        return {false, "Cannot import " + quoted(file) + ": " + e.what() + ". Nothing was changed."};
    }
    pending_.clear();  // they were changes to the plan just replaced
    toldAboutFailure_ = false;
    try {
        store::syncKitTemplate(db_, kit_);
    } catch (const std::exception& e) {
        failed("The kit list could not be brought up to date", e);
    }
    reload();
    if (onKitChanged_) onKitChanged_();
    return {true, "Imported the plan from " + quoted(file) + ": " + plural(plan_.members.size(), "member", "members") + ", " +
                      plural(plan_.contacts.size(), "contact", "contacts") + ", " + plural(plan_.pets.size(), "pet", "pets") +
                      ", " + plural(plan_.kit.size(), "kit item", "kit items") + "."};
}

}  // namespace app
