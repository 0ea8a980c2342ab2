#include "export/plan_json.h"

#include "store/atomic_file.h"

#include <cerrno>
#include <cmath>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "core/kit.h"

namespace exporting {
namespace {

using Json = nlohmann::ordered_json;

template <class Record>
Json recordToJson(const std::vector<core::TextField<Record>>& fields, const Record& r) {
    Json out = Json::object();
    for (const auto& f : fields) out[f.key] = r.*f.value;
    return out;
}

// Counts values and nesting while nlohmann reads the text, and stops at the first limit passed.
// Syntax errors are left to the parse that follows, which words them best.
struct JsonLimits : nlohmann::json_sax<Json> {
    std::string refusal;
    size_t values = 0;
    int depth = 0;

    bool value() {
        if (++values <= kMaxJsonValues) return true;
        refusal = "more entries than any household plan has (at most " + std::to_string(kMaxJsonValues) + ")";
        return false;
    }
    bool open() {
        if (++depth <= kMaxJsonDepth) return value();
        refusal = "nested deeper than a plan is (" + std::to_string(kMaxJsonDepth) + " levels)";
        return false;
    }
    bool null() override { return value(); }
    bool boolean(bool) override { return value(); }
    bool number_integer(number_integer_t) override { return value(); }
    bool number_unsigned(number_unsigned_t) override { return value(); }
    bool number_float(number_float_t, const string_t&) override { return value(); }
    bool string(string_t&) override { return value(); }
    bool binary(binary_t&) override { return value(); }
    bool start_object(std::size_t) override { return open(); }
    bool key(string_t&) override { return true; }
    bool end_object() override { return --depth, true; }
    bool start_array(std::size_t) override { return open(); }
    bool end_array() override { return --depth, true; }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }
};

// Reading: every check names where in the file it failed.
[[noreturn]] void fail(const std::string& where, const std::string& what) { throw ImportError(where + ": " + what); }

const char* typeName(const Json& j) {
    switch (j.type()) {
        case Json::value_t::null: return "null";
        case Json::value_t::boolean: return "true/false";
        case Json::value_t::string: return "text";
        case Json::value_t::array: return "a list";
        case Json::value_t::object: return "an object";
        default: return "a number";
    }
}

const Json& expectObject(const Json& j, const std::string& where) {
    if (!j.is_object()) fail(where, std::string("expected an object, found ") + typeName(j));
    return j;
}

const Json& expectArray(const Json& j, const std::string& where) {
    if (!j.is_array()) fail(where, std::string("expected a list, found ") + typeName(j));
    return j;
}

std::string expectString(const Json& j, const std::string& where) {
    if (!j.is_string()) fail(where, std::string("expected text, found ") + typeName(j));
    return j.get<std::string>();
}

double expectQuantity(const Json& j, const std::string& where) {
    if (!j.is_number()) fail(where, std::string("expected a number, found ") + typeName(j));
    double v = j.get<double>();
    if (!std::isfinite(v) || v < 0) fail(where, "expected a number of 0 or more");
    return v;
}

// A whole number from min to max. nlohmann keeps large positive numbers unsigned and wraps them in
// get<int>(), so the range is checked on the number as written.
long long wholeNumber(const Json& j, const std::string& where, long long min, long long max) {
    std::string range = "a whole number from " + std::to_string(min) + " to " + std::to_string(max);
    if (!j.is_number_integer()) fail(where, "expected " + range + ", found " + (j.is_number() ? j.dump() : typeName(j)));
    bool fits = j.is_number_unsigned() ? j.get<unsigned long long>() <= static_cast<unsigned long long>(max) &&
                                             static_cast<long long>(j.get<unsigned long long>()) >= min
                                       : j.get<long long>() >= min && j.get<long long>() <= max;
    if (!fits) fail(where, "expected " + range + ", found " + j.dump());
    return j.get<long long>();
}

// Text as the editors take it: no control characters, at most core::kMaxPlanText characters.
std::string expectText(const Json& j, const std::string& where) {
    std::string value = expectString(j, where);
    if (std::string problem = core::checkPlanText(value); !problem.empty()) fail(where, "the text " + problem);
    return value;
}

template <class List>
void atMost(const List& list, size_t max, const std::string& where, const char* what) {
    if (list.size() > max) fail(where, std::to_string(list.size()) + " " + what + "; a plan holds at most " + std::to_string(max));
}

std::string join(const std::vector<core::Choice>& choices) {
    std::string out;
    for (const auto& c : choices) out += std::string(out.empty() ? "" : ", ") + c.key;
    return out;
}

// Refuses keys the format does not have, so a typo is reported rather than silently dropped.
void onlyKeys(const Json& obj, const std::string& where, const std::set<std::string>& allowed) {
    for (const auto& [key, value] : obj.items()) {
        (void)value;
        if (!allowed.count(key)) fail(where, "unknown key \"" + key + "\"");
    }
}

template <class Record>
Record recordFromJson(const Json& j, const std::string& where, const std::vector<core::TextField<Record>>& fields) {
    expectObject(j, where);
    std::set<std::string> allowed;
    for (const auto& f : fields) allowed.insert(f.key);
    onlyKeys(j, where, allowed);
    Record r{};
    for (const auto& f : fields) {
        auto it = j.find(f.key);
        if (it == j.end()) continue;  // a missing field is empty
        std::string fieldWhere = where + "." + f.key;
        std::string value = expectText(*it, fieldWhere);
        if (f.choices && !value.empty() && !core::choiceLabel(*f.choices, value))
            fail(fieldWhere, "\"" + value + "\" is not one of " + join(*f.choices));
        r.*f.value = std::move(value);
    }
    return r;
}

template <class Record>
std::vector<Record> listFromJson(const Json& root, const char* key, const std::vector<core::TextField<Record>>& fields, size_t max,
                                 const char* what) {
    std::vector<Record> out;
    auto it = root.find(key);
    if (it == root.end()) return out;
    expectArray(*it, key);
    atMost(*it, max, key, what);
    for (size_t i = 0; i < it->size(); ++i)
        out.push_back(recordFromJson((*it)[i], std::string(key) + "[" + std::to_string(i) + "]", fields));
    return out;
}

}  // namespace

std::string planToJson(const core::Plan& plan) {
    Json root = Json::object();
    root["format"] = kPlanFormat;
    root["version"] = kPlanFormatVersion;
    root["members"] = Json::array();
    for (const auto& m : plan.members) root["members"].push_back(recordToJson(core::memberFields(), m));
    root["contacts"] = Json::array();
    for (const auto& c : plan.contacts) root["contacts"].push_back(recordToJson(core::contactFields(), c));
    root["meeting_places"] = Json::array();
    for (const auto& m : plan.meetingPlaces) {
        Json place = Json::object();
        place["kind"] = m.kind;
        for (const auto& f : core::meetingPlaceFields()) place[f.key] = m.*f.value;
        root["meeting_places"].push_back(place);
    }
    root["pets"] = Json::array();
    for (const auto& p : plan.pets) root["pets"].push_back(recordToJson(core::petFields(), p));
    root["home"] = recordToJson(core::homeFields(), plan.home);
    root["documents"] = Json::array();
    for (const auto& d : plan.documents) root["documents"].push_back(Json{{"key", d.key}, {"have", d.have}, {"location", d.location}});
    Json kit = Json::object();
    if (plan.kitDays > 0) kit["days"] = plan.kitDays;  // absent: not chosen, the kit's default applies
    if (!plan.kitPurpose.empty()) kit["purpose"] = plan.kitPurpose;
    kit["hot_climate"] = plan.kitHotClimate;
    kit["items"] = Json::array();
    for (const auto& k : plan.kit) {
        Json item = Json::object();
        item["template_id"] = k.templateId.empty() ? Json(nullptr) : Json(k.templateId);
        item["name"] = k.name;
        item["category"] = k.category;
        item["unit"] = k.unit;
        item["have"] = k.have;
        item["need"] = k.need ? Json(*k.need) : Json(nullptr);
        item["location"] = k.location;
        item["expires_on"] = k.expiresOn ? Json(k.expiresOn->iso()) : Json(nullptr);
        kit["items"].push_back(item);
    }
    root["kit"] = kit;
    return root.dump(2) + "\n";
}

core::Plan planFromJson(const std::string& text) {
    Json root;
    try {
        // A first pass refuses nesting and size no plan has before either costs stack or memory
        // (nlohmann copies and compares nested values recursively, and its callback parser
        // rescans an array each time one of its objects ends).
        JsonLimits limits;
        Json::sax_parse(text, &limits);
        if (!limits.refusal.empty()) throw ImportError(limits.refusal);
        root = Json::parse(text);
    } catch (const Json::exception& e) {
        // nlohmann prefixes "[json.exception.parse_error.101] "; the rest says line and column
        // (or, for a number too large, which number).
        std::string what = e.what();
        if (auto close = what.find("] "); what.rfind("[json.exception", 0) == 0 && close != std::string::npos) what = what.substr(close + 2);
        throw ImportError("not valid JSON: " + what);
    }
    if (!root.is_object() || !root.contains("format") || root["format"] != kPlanFormat)
        throw ImportError("not a Steadfast plan (it has no \"format\": \"" + std::string(kPlanFormat) + "\")");
    onlyKeys(root, "plan", {"format", "version", "members", "contacts", "meeting_places", "pets", "home", "documents", "kit"});
    if (!root.contains("version")) fail("version", "missing");
    if (const Json& version = root["version"]; version.is_number_unsigned() && version.get<unsigned long long>() > kPlanFormatVersion)
        fail("version", "this plan was written by a newer version of Steadfast (format " + version.dump() + ")");
    wholeNumber(root["version"], "version", 1, kPlanFormatVersion);

    core::Plan plan = core::Plan::empty(3);
    plan.members = listFromJson(root, "members", core::memberFields(), core::kMaxPlanMembers, "members");
    plan.contacts = listFromJson(root, "contacts", core::contactFields(), core::kMaxPlanContacts, "contacts");
    for (size_t i = 0; i < plan.contacts.size(); ++i)
        if (plan.contacts[i].kind.empty()) fail("contacts[" + std::to_string(i) + "].kind", "missing: one of " + join(core::contactKinds()));
    plan.pets = listFromJson(root, "pets", core::petFields(), core::kMaxPlanPets, "pets");
    if (root.contains("home")) plan.home = recordFromJson(root["home"], "home", core::homeFields());

    if (root.contains("meeting_places")) {
        const Json& list = expectArray(root["meeting_places"], "meeting_places");
        std::set<std::string> seen;
        for (size_t i = 0; i < list.size(); ++i) {
            std::string where = "meeting_places[" + std::to_string(i) + "]";
            expectObject(list[i], where);
            if (!list[i].contains("kind")) fail(where, "missing \"kind\"");
            std::string kind = expectString(list[i]["kind"], where + ".kind");
            if (!core::choiceLabel(core::meetingPlaceKinds(), kind))
                fail(where + ".kind", "\"" + kind + "\" is not one of " + join(core::meetingPlaceKinds()));
            if (!seen.insert(kind).second) fail(where + ".kind", "\"" + kind + "\" appears twice");
            Json rest = list[i];
            rest.erase("kind");
            core::MeetingPlace place = recordFromJson(rest, where, core::meetingPlaceFields());
            place.kind = kind;
            for (auto& m : plan.meetingPlaces)
                if (m.kind == kind) m = place;
        }
    }

    if (root.contains("documents")) {
        const Json& list = expectArray(root["documents"], "documents");
        std::set<std::string> seen;
        for (size_t i = 0; i < list.size(); ++i) {
            std::string where = "documents[" + std::to_string(i) + "]";
            expectObject(list[i], where);
            onlyKeys(list[i], where, {"key", "have", "location"});
            if (!list[i].contains("key")) fail(where, "missing \"key\"");
            std::string key = expectString(list[i]["key"], where + ".key");
            if (!core::choiceLabel(core::documentKinds(), key))
                fail(where + ".key", "\"" + key + "\" is not one of " + join(core::documentKinds()));
            if (!seen.insert(key).second) fail(where + ".key", "\"" + key + "\" appears twice");
            core::DocumentEntry d{key, false, {}};
            if (list[i].contains("have")) {
                if (!list[i]["have"].is_boolean()) fail(where + ".have", std::string("expected true or false, found ") + typeName(list[i]["have"]));
                d.have = list[i]["have"].get<bool>();
            }
            if (list[i].contains("location")) d.location = expectText(list[i]["location"], where + ".location");
            for (auto& doc : plan.documents)
                if (doc.key == key) doc = d;
        }
    }

    if (root.contains("kit")) {
        const Json& kit = expectObject(root["kit"], "kit");
        onlyKeys(kit, "kit", {"days", "purpose", "hot_climate", "items"});
        plan.kitDays = 0;  // not chosen unless the file says
        if (kit.contains("days")) {
            plan.kitDays = static_cast<int>(wholeNumber(kit["days"], "kit.days", 1, 365));
        }
        if (kit.contains("purpose")) {
            if (!kit["purpose"].is_string() || !core::kitPurposeFromKey(kit["purpose"].get<std::string>()))
                fail("kit.purpose", "expected \"home\" or \"leave\"");
            plan.kitPurpose = kit["purpose"].get<std::string>();
        }
        if (kit.contains("hot_climate")) {
            if (!kit["hot_climate"].is_boolean()) fail("kit.hot_climate", "expected true or false");
            plan.kitHotClimate = kit["hot_climate"].get<bool>();
        }
        if (kit.contains("items")) {
            const Json& list = expectArray(kit["items"], "kit.items");
            atMost(list, core::kMaxKitItems, "kit.items", "items");
            std::set<std::string> templateIds;
            for (size_t i = 0; i < list.size(); ++i) {
                std::string where = "kit.items[" + std::to_string(i) + "]";
                const Json& j = expectObject(list[i], where);
                onlyKeys(j, where, {"template_id", "name", "category", "unit", "have", "need", "location", "expires_on"});
                core::KitItem item;
                if (j.contains("template_id") && !j["template_id"].is_null()) {
                    item.templateId = expectText(j["template_id"], where + ".template_id");
                    if (item.templateId.empty()) fail(where + ".template_id", "expected an id or null");
                    if (!templateIds.insert(item.templateId).second) fail(where + ".template_id", "\"" + item.templateId + "\" appears twice");
                }
                if (!j.contains("name")) fail(where, "missing \"name\"");
                item.name = expectText(j["name"], where + ".name");
                if (item.name.empty()) fail(where + ".name", "an item needs a name");
                if (j.contains("category")) item.category = expectText(j["category"], where + ".category");
                if (j.contains("unit")) item.unit = expectText(j["unit"], where + ".unit");
                if (j.contains("have")) item.have = expectQuantity(j["have"], where + ".have");
                if (j.contains("need") && !j["need"].is_null()) item.need = expectQuantity(j["need"], where + ".need");
                if (j.contains("location")) item.location = expectText(j["location"], where + ".location");
                if (j.contains("expires_on") && !j["expires_on"].is_null()) {
                    std::string date = expectString(j["expires_on"], where + ".expires_on");
                    item.expiresOn = core::CalendarDate::parse(date);
                    if (!item.expiresOn) fail(where + ".expires_on", "\"" + date + "\" is not a date written as YYYY-MM-DD");
                }
                plan.kit.push_back(std::move(item));
            }
        }
    }
    return plan;
}

void writePlanJson(const std::filesystem::path& file, const core::Plan& plan) { store::writeFileAtomically(file, planToJson(plan)); }

core::Plan readPlanJson(const std::filesystem::path& file) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec)) throw ImportError("there is no file by that name");
    if (std::filesystem::file_size(file, ec) > kMaxPlanJsonBytes)
        throw ImportError("the file is larger than any household plan (" + std::to_string(kMaxPlanJsonBytes / (1024 * 1024)) + " MB)");
    std::ifstream in(file, std::ios::binary);
    if (!in) throw ImportError(std::string("cannot read it: ") + std::strerror(errno));
    std::stringstream text;
    text << in.rdbuf();
    return planFromJson(text.str());
}

}  // namespace exporting
