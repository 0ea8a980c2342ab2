#include "app/plan.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "export/plan_html.h"
#include "export/plan_json.h"
#include "export/plan_pdf.h"
#include "i18n/i18n.h"

namespace app {
namespace fs = std::filesystem;
using core::TimePoint;

namespace {
// What the plan keeps of each kind of record it lists by id: where, how many at most, the name in
// its keys, and what the user reads when one cannot be added or removed.
template <class Record>
struct Records;
template <>
struct Records<core::Member> {
    static constexpr auto list = &core::Plan::members;
    static constexpr size_t limit = core::kMaxPlanMembers;
    static constexpr const char* one = "member";
    static std::string full() { return i18n::trn("A plan holds at most {n} member.", "A plan holds at most {n} members.", limit); }
    static const char* notAdded() { return i18n::tr("The member could not be added"); }
    static const char* notRemoved() { return i18n::tr("The member could not be removed"); }
};
template <>
struct Records<core::Contact> {
    static constexpr auto list = &core::Plan::contacts;
    static constexpr size_t limit = core::kMaxPlanContacts;
    static constexpr const char* one = "contact";
    static std::string full() { return i18n::trn("A plan holds at most {n} contact.", "A plan holds at most {n} contacts.", limit); }
    static const char* notAdded() { return i18n::tr("The contact could not be added"); }
    static const char* notRemoved() { return i18n::tr("The contact could not be removed"); }
};
template <>
struct Records<core::Pet> {
    static constexpr auto list = &core::Plan::pets;
    static constexpr size_t limit = core::kMaxPlanPets;
    static constexpr const char* one = "pet";
    static std::string full() { return i18n::trn("A plan holds at most {n} pet.", "A plan holds at most {n} pets.", limit); }
    static const char* notAdded() { return i18n::tr("The pet could not be added"); }
    static const char* notRemoved() { return i18n::tr("The pet could not be removed"); }
};
template <>
struct Records<core::KitItem> {  // added and removed by addKitItem and removeKitItem
    static constexpr auto list = &core::Plan::kit;
    static constexpr const char* one = "item";
    static const char* notRemoved() { return i18n::tr("The item could not be removed"); }
};

template <class Record>
std::string key(int64_t id, const char* field) {
    return std::string(Records<Record>::one) + "/" + std::to_string(id) + "/" + field;
}

template <class Record>
Record* find(core::Plan& plan, int64_t id) {
    for (auto& x : plan.*Records<Record>::list)
        if (x.id == id) return &x;
    return nullptr;
}

std::string quoted(const fs::path& p) { return "\"" + p.string() + "\""; }

std::string cannotImport(const std::string& file, const char* why) {
    return i18n::fillIn(i18n::fillIn(i18n::tr("Cannot import {file}: {error}. Nothing was changed."), "file", file), "error", why);
}
}  // namespace

HouseholdPlan::HouseholdPlan(store::Database& db, const core::KitTemplate& kit, const core::Clock& clock, Notices& notices)
    : store_(db), kit_(kit), countryKit_(kit.forCountry("")), clock_(clock), notices_(notices), plan_(core::Plan::empty(0)) {
    try {
        store_.syncKitTemplate(kit_);
    } catch (const std::exception& e) {
        failed(i18n::tr("The kit list could not be brought up to date"), e);
    }
    reload();
    dropBlankRecords();  // left by an "Add" the app was closed (or crashed) during
}

HouseholdPlan::~HouseholdPlan() {
    onKitChanged_ = nullptr;  // what it would tell may be gone already (App::~App saves first)
    flush();
}

core::CalendarDate HouseholdPlan::today() const { return core::localDate(clock_.now()); }

void HouseholdPlan::reload() {
    try {
        plan_ = store_.load(0);  // days not chosen stay 0: the kit's default for the country applies
    } catch (const std::exception& e) {
        failed(i18n::tr("The plan could not be read"), e);
    }
}

void HouseholdPlan::failed(const std::string& what, const std::exception& e) { notices_.failed(what, e); }

bool HouseholdPlan::save(const std::string& pendingKey, std::function<void()> write, Save when) {
    TimePoint now = clock_.now();
    auto [it, added] = pending_.try_emplace(pendingKey, Pending{{}, now, now, when == Save::AfterTyping});
    it->second.write = std::move(write);
    it->second.lastChange = now;
    if (!added && !it->second.typed) it->second.firstChange = now;
    it->second.typed = when == Save::AfterTyping;
    retryWithNextChange_ = false;
    return when == Save::AfterTyping || flush();
}

bool HouseholdPlan::flush() {
    while (!pending_.empty()) {
        auto it = pending_.begin();
        try {
            it->second.write();
        } catch (const std::exception& e) {
            if (!toldAboutFailure_)
                failed(i18n::tr("Your changes are kept on screen but could not be saved yet; they are saved with your next change"), e);
            toldAboutFailure_ = true;
            retryWithNextChange_ = true;
            return false;
        }
        pending_.erase(it);
    }
    if (toldAboutFailure_) notices_.show(i18n::tr("Your changes are saved now."));
    toldAboutFailure_ = false;
    if (kitChangedWhenSaved_) {
        kitChangedWhenSaved_ = false;
        kitChanged();
    }
    return true;
}

void HouseholdPlan::tick() {
    if (!retryWithNextChange_ && secondsUntilSave() == 0) flush();
}

void HouseholdPlan::saveTyping() {
    if (!pending_.empty()) flush();
}

double HouseholdPlan::secondsUntilSave() const {
    std::optional<TimePoint> due;
    for (const auto& [k, p] : pending_)
        if (p.typed) {
            TimePoint at = std::min(p.lastChange + kTypingPause, p.firstChange + kTypingMaxWait);
            if (!due || at < *due) due = at;
        }
    if (!due) return -1;
    return std::max(0.0, std::chrono::duration<double>(*due - clock_.now()).count());
}

void HouseholdPlan::kitChanged() {
    if (onKitChanged_) onKitChanged_();
}

// ---------------------------------------------------------------- members, contacts, places, pets

template <class Record>
int64_t HouseholdPlan::add(const Record& initial) {
    auto& list = plan_.*Records<Record>::list;
    if (list.size() >= Records<Record>::limit) {
        notices_.show(Records<Record>::full());
        return 0;
    }
    try {
        Record r = initial;
        r.id = store_.insert(r);
        list.push_back(r);
        return r.id;
    } catch (const std::exception& e) {
        failed(Records<Record>::notAdded(), e);
        return 0;
    }
}

template <class Record>
void HouseholdPlan::remove(int64_t id) {
    try {
        store_.remove<Record>(id);
    } catch (const std::exception& e) {
        return failed(Records<Record>::notRemoved(), e);
    }
    std::string prefix = key<Record>(id, "");
    for (auto it = pending_.lower_bound(prefix); it != pending_.end() && it->first.rfind(prefix, 0) == 0;) it = pending_.erase(it);
    std::erase_if(plan_.*Records<Record>::list, [id](const Record& r) { return r.id == id; });
}

template <class Record>
void HouseholdPlan::setField(int64_t id, const core::TextField<Record>& field, const std::string& value, Save when) {
    Record* r = find<Record>(plan_, id);
    if (!r) return;
    r->*field.value = value;
    save(key<Record>(id, field.key), [this, id, &field, value] { store_.update(id, field, value); }, when);
    if constexpr (std::is_same_v<Record, core::KitItem>) {
        if (!r->expiresOn) return;  // a dated item's reminder carries its name
        if (when == Save::Now)
            kitChanged();
        else
            kitChangedWhenSaved_ = true;
    }
}

template int64_t HouseholdPlan::add(const core::Member&);
template int64_t HouseholdPlan::add(const core::Contact&);
template int64_t HouseholdPlan::add(const core::Pet&);
template void HouseholdPlan::remove<core::Member>(int64_t);
template void HouseholdPlan::remove<core::Contact>(int64_t);
template void HouseholdPlan::remove<core::Pet>(int64_t);
template void HouseholdPlan::setField(int64_t, const core::TextField<core::Member>&, const std::string&, Save);
template void HouseholdPlan::setField(int64_t, const core::TextField<core::Contact>&, const std::string&, Save);
template void HouseholdPlan::setField(int64_t, const core::TextField<core::Pet>&, const std::string&, Save);
template void HouseholdPlan::setField(int64_t, const core::TextField<core::KitItem>&, const std::string&, Save);

void HouseholdPlan::dropBlankRecords(const OpenRecords& open) {
    auto blankIds = [](const auto& records, const std::set<int64_t>& keep) {
        std::vector<int64_t> ids;
        for (const auto& r : records)
            if (core::isBlank(r) && !keep.count(r.id)) ids.push_back(r.id);
        return ids;
    };
    for (int64_t id : blankIds(plan_.members, open.members)) remove<core::Member>(id);
    for (int64_t id : blankIds(plan_.contacts, open.contacts)) remove<core::Contact>(id);
    for (int64_t id : blankIds(plan_.pets, open.pets)) remove<core::Pet>(id);
}

void HouseholdPlan::setField(const std::string& kind, const core::TextField<core::MeetingPlace>& field, const std::string& value,
                             Save when) {
    for (auto& m : plan_.meetingPlaces) {
        if (m.kind != kind) continue;
        m.*field.value = value;
        save("place/" + kind + "/" + field.key, [this, kind, &field, value] { store_.updateMeetingPlace(kind, field, value); }, when);
    }
}

void HouseholdPlan::setField(const core::TextField<core::Home>& field, const std::string& value, Save when) {
    plan_.home.*field.value = value;
    save(std::string("home/") + field.key, [this, &field, value] { store_.updateHome(field, value); }, when);
}

void HouseholdPlan::setDocumentHave(const std::string& docKey, bool have) {
    for (auto& d : plan_.documents) {
        if (d.key != docKey) continue;
        d.have = have;
        save("document/" + docKey, [this, d] { store_.updateDocument(d.key, d.have, d.location); });
    }
}

void HouseholdPlan::setDocumentLocation(const std::string& docKey, const std::string& location, Save when) {
    for (auto& d : plan_.documents) {
        if (d.key != docKey) continue;
        d.location = location;
        save("document/" + docKey, [this, d] { store_.updateDocument(d.key, d.have, d.location); }, when);
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
    save("kit/days", [this, days] { store_.updateKitDays(days); });
}

void HouseholdPlan::setKitPurpose(core::KitPurpose purpose) {
    plan_.kitPurpose = core::kitPurposeKey(purpose);
    save("kit/purpose", [this, purpose = plan_.kitPurpose] { store_.updateKitPurpose(purpose); });
    setKitDays(countryKit_.defaultDays(purpose));
}

void HouseholdPlan::setKitHotClimate(bool hot) {
    plan_.kitHotClimate = hot;
    save("kit/hot-climate", [this, hot] { store_.updateKitHotClimate(hot); });
}

void HouseholdPlan::setCountry(const std::string& countryCode) { countryKit_ = kit_.forCountry(countryCode); }

void HouseholdPlan::contentReloaded() {
    saveTyping();  // what was typed is written before the plan is read again
    try {
        store_.syncKitTemplate(kit_);
    } catch (const std::exception& e) {
        failed(i18n::tr("The kit list could not be brought up to date"), e);
    }
    reload();
}

int64_t HouseholdPlan::addKitItem(const std::string& name) {
    if (plan_.kit.size() >= core::kMaxKitItems) {
        notices_.show(i18n::trn("A plan holds at most {n} kit item.", "A plan holds at most {n} kit items.", core::kMaxKitItems));
        return 0;
    }
    try {
        core::KitItem k;
        k.name = name;
        k.need = 1;
        k.id = store_.insertKitItem(k);
        plan_.kit.push_back(k);
        return k.id;
    } catch (const std::exception& e) {
        failed(i18n::tr("The item could not be added"), e);
        return 0;
    }
}

void HouseholdPlan::setKitHave(int64_t id, double have) {
    core::KitItem* k = find<core::KitItem>(plan_, id);
    if (!k || !std::isfinite(have)) return;
    k->have = std::max(0.0, have);
    save(key<core::KitItem>(id, "have"), [this, id, have = k->have] { store_.updateKitHave(id, have); });
}

void HouseholdPlan::setKitNeed(int64_t id, double need) {
    core::KitItem* k = find<core::KitItem>(plan_, id);
    if (!k || fromTemplate(*k) || !std::isfinite(need)) return;  // template items are scaled, not typed
    k->need = std::max(0.0, need);
    save(key<core::KitItem>(id, "need"), [this, id, need = *k->need] { store_.updateKitNeed(id, need); });
}

void HouseholdPlan::setKitExpiry(int64_t id, std::optional<core::CalendarDate> expiresOn) {
    core::KitItem* k = find<core::KitItem>(plan_, id);
    if (!k) return;
    k->expiresOn = expiresOn;
    save(key<core::KitItem>(id, "expires_on"), [this, id, expiresOn] { store_.updateKitExpiry(id, expiresOn); });
    kitChanged();
}

void HouseholdPlan::removeKitItem(int64_t id) {
    core::KitItem* k = find<core::KitItem>(plan_, id);
    if (!k || fromTemplate(*k)) return;  // the basic kit stays; what the household has can be 0
    remove<core::KitItem>(id);
    kitChanged();
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

PlanFileResult HouseholdPlan::exportTo(const fs::path& file, core::Paper paper, const std::string& emergencyNumber, const std::string& shownAs) const {
    std::string name = shownAs.empty() ? quoted(file) : shownAs;
    std::string ext = file.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    try {
        if (ext == ".pdf") {
            int pages = exporting::writePlanPdf(file, {plan_, countryKit_, today(), emergencyNumber, paper});
            std::string text = i18n::tr("Saved the plan and wallet cards ({pages}, {paper}) to {file}.");
            text = i18n::fillIn(text, "pages", i18n::trn("%d page", "%d pages", pages));
            text = i18n::fillIn(text, "paper", paper == core::Paper::Letter ? i18n::tr("US Letter") : i18n::tr("A4"));
            return {true, i18n::fillIn(text, "file", name)};
        }
        if (ext == ".json") {
            exporting::writePlanJson(file, plan_);
            return {true, i18n::fillIn(i18n::tr("Saved the whole plan to {file}."), "file", name)};
        }
    } catch (const std::exception& e) {
        return {false, e.what()};
    }
    return {false, i18n::fillIn(i18n::tr("Cannot export to {file}: choose a file name ending in .pdf or .json."), "file", quoted(file))};
}

std::string HouseholdPlan::printPage(core::Paper paper, const std::string& emergencyNumber) const {
    return exporting::planHtml({plan_, countryKit_, today(), emergencyNumber, paper});
}

PlanFileResult HouseholdPlan::importFrom(const fs::path& file, const std::string& shownAs) {
    std::string name = shownAs.empty() ? quoted(file) : shownAs;
    core::Plan incoming;
    try {
        incoming = exporting::readPlanJson(file);
    } catch (const exporting::ImportError& e) {
        return {false, cannotImport(name, e.what())};
    }
    try {
        store_.replace(incoming);
    } catch (const std::exception& e) {
        return {false, cannotImport(name, e.what())};
    }
    pending_.clear();  // they were changes to the plan just replaced
    toldAboutFailure_ = false;
    try {
        store_.syncKitTemplate(kit_);
    } catch (const std::exception& e) {
        failed(i18n::tr("The kit list could not be brought up to date"), e);
    }
    reload();
    kitChanged();
    auto count = [](size_t n) { return static_cast<long long>(n); };
    std::string text = i18n::tr("Imported the plan from {file}: {members}, {contacts}, {pets}, {items}.");
    text = i18n::fillIn(text, "file", name);
    text = i18n::fillIn(text, "members", i18n::trn("%d member", "%d members", count(plan_.members.size())));
    text = i18n::fillIn(text, "contacts", i18n::trn("%d contact", "%d contacts", count(plan_.contacts.size())));
    text = i18n::fillIn(text, "pets", i18n::trn("%d pet", "%d pets", count(plan_.pets.size())));
    return {true, i18n::fillIn(text, "items", i18n::trn("%d kit item", "%d kit items", count(plan_.kit.size())))};
}

}  // namespace app
