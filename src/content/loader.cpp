// Content loader. TOML is read with toml++ because it keeps the source line of every value, so a
// problem can point at the line to fix; unknown keys are refused so a typo cannot hide.
#include "content/loader.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <functional>
#include <initializer_list>
#include <map>
#include <optional>
#include <set>
#include <toml++/toml.h>
#include <tuple>

#include "core/recurrence.h"
#include "content/file_reader.h"
#include "content/alert_signals.h"
#include "content/scenarios.h"
#include "content/translation.h"
#include "core/text.h"

namespace content {
namespace {

namespace fs = std::filesystem;

constexpr int kMinQuestionsPerGuide = 4;
constexpr long long kMaxTimerSeconds = 24 * 60 * 60;  // a day: longer than any first-aid timer
const std::string kCprCycleToken = "{cpr-cycle}";
// A weekday as the content files name it (an id, in English in every language), 0 = Sunday.
constexpr const char* kWeekdayNames[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
constexpr double kMaxKitAmount = 1000;  // per person, pet or day: far above any real kit amount

// In the order the First aid tab lists them: the most urgent first.
const std::vector<std::string> kGuideCategories{"Resuscitation", "Breathing", "Bleeding and shock", "Sudden illness",
                                                "Injuries", "Environment", "Poisoning", "Mental health"};

int categoryRank(const std::string& category) {
    return static_cast<int>(std::find(kGuideCategories.begin(), kGuideCategories.end(), category) - kGuideCategories.begin());
}

bool isId(const std::string& s) {
    if (s.empty() || s.front() == '-' || s.back() == '-') return false;
    return std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

// The latest year (1900–2099) written in a text, or 0.
int latestYear(const std::string& text) {
    int latest = 0;
    for (size_t i = 0; i + 4 <= text.size(); ++i) {
        bool digits = std::all_of(text.begin() + i, text.begin() + i + 4, [](char c) { return c >= '0' && c <= '9'; });
        bool alone = (i == 0 || !std::isdigit(static_cast<unsigned char>(text[i - 1]))) &&
                     (i + 4 == text.size() || !std::isdigit(static_cast<unsigned char>(text[i + 4])));
        if (!digits || !alone) continue;
        int year = std::stoi(text.substr(i, 4));
        if (year >= 1900 && year <= 2099) latest = std::max(latest, year);
    }
    return latest;
}

core::Guideline readGuideline(FileReader& r, const toml::table& t, bool needsCheckedDate) {
    core::Guideline g;
    r.onlyKeys(t, {"name", "edition", "section", "note", "checked"});
    g.name = r.str(t, "name", true);
    g.edition = r.str(t, "edition", true);
    g.section = r.str(t, "section", true);
    g.note = r.str(t, "note", false);
    if (auto checked = r.date(t, "checked", needsCheckedDate)) g.checked = *checked;
    return g;
}

// A guide cannot follow an edition newer than every source it lists: the label would claim a
// text nobody checked it against.
void checkEditionAgainstSources(FileReader& r, const toml::table& guide, const core::Guideline& g,
                                const std::vector<std::string>& sources) {
    int edition = latestYear(g.edition);
    int newestSource = 0;
    for (const auto& s : sources) newestSource = std::max(newestSource, latestYear(s));
    if (edition && newestSource && edition > newestSource) {
        const toml::node* at = guide.get("guideline") ? guide.get("guideline")->as_table()->get("edition") : nullptr;
        r.error(at ? FileReader::lineOf(*at) : 1, "the guideline edition " + std::to_string(edition) +
                                                      " is newer than every source listed (the latest is " +
                                                      std::to_string(newestSource) + ")");
    }
}

void checkIdMatchesFile(FileReader& r, const toml::table& t, const std::string& id, const fs::path& path) {
    if (id.empty()) return;
    if (!isId(id))
        r.error(*t.get("id"), "id '" + id + "' must be lower-case letters, digits and '-'");
    else if (id != path.stem().string())
        r.error(*t.get("id"), "id '" + id + "' must equal the file name '" + path.stem().string() + "'");
}

std::optional<core::TimerSpec> readTimer(FileReader& r, const toml::table& t) {
    core::TimerSpec spec;
    r.onlyKeys(t, {"id", "kind", "seconds", "label", "call_after", "call_message"});
    spec.id = r.str(t, "id", true);
    spec.label = r.str(t, "label", true);
    std::string kind = r.str(t, "kind", true);
    if (kind == "countdown") {
        spec.kind = core::TimerKind::Countdown;
        spec.seconds = r.integer(t, "seconds", true, 0, 1, kMaxTimerSeconds);
    } else if (kind == "stopwatch") {
        spec.kind = core::TimerKind::Stopwatch;
        if (t.get("seconds")) r.error(*t.get("seconds"), "a stopwatch has no 'seconds'; use 'call_after'");
    } else if (!kind.empty()) {
        r.error(*t.get("kind"), "timer kind must be \"countdown\" or \"stopwatch\", not \"" + kind + "\"");
    }
    spec.callAfterSeconds = r.integer(t, "call_after", false, 0, 1, kMaxTimerSeconds);
    spec.callMessage = r.str(t, "call_message", false);
    return spec;
}

core::MetronomeSpec readMetronome(FileReader& r, const toml::table& t) {
    core::MetronomeSpec m;
    r.onlyKeys(t, {"rate", "compressions", "breaths", "compressions_if_adult_trained"});
    // 100–120 a minute is the range ERC 2025 and AHA 2025 give.
    m.rate = r.integer(t, "rate", true, 110, 100, 120);
    m.compressions = r.integer(t, "compressions", true, 30, 1, 100);
    m.breaths = r.integer(t, "breaths", true, 2, 0, 10);
    m.compressionsIfAdultTrained = r.integer(t, "compressions_if_adult_trained", false, 0, 1, 100);
    return m;
}

std::optional<core::Guide> readGuide(const fs::path& path, FileReader& r) {
    auto doc = r.parse(path);
    if (!doc) return std::nullopt;
    const toml::table& t = *doc;
    size_t before = r.problemCount();
    core::Guide g;
    r.onlyKeys(t, {"id", "title", "category", "summary", "keywords", "guideline", "sources", "call_when", "do_not",
                   "variant", "step", "question"});
    g.id = r.str(t, "id", true);
    checkIdMatchesFile(r, t, g.id, path);
    g.title = r.str(t, "title", true, kMaxGuideTitle);
    g.category = r.str(t, "category", true);
    if (!g.category.empty() && categoryRank(g.category) == static_cast<int>(kGuideCategories.size()))
        r.error(*t.get("category"), "unknown category '" + g.category + "'");
    g.summary = r.str(t, "summary", true, kMaxSummary);
    g.keywords = r.strings(t, "keywords", false);
    if (const toml::table* gl = r.table(t, "guideline", true)) g.guideline = readGuideline(r, *gl, true);
    g.sources = r.strings(t, "sources", true);
    checkEditionAgainstSources(r, t, g.guideline, g.sources);
    g.callWhen = r.strings(t, "call_when", false);
    g.doNot = r.strings(t, "do_not", false);
    r.eachTable(t, "variant", false, [&](const toml::table& v) {
        r.onlyKeys(v, {"id", "label"});
        g.variants.push_back({r.str(v, "id", true), r.str(v, "label", true)});
    });
    std::map<std::string, core::TimerKind> timerKinds;
    bool hasMetronome = false;
    const toml::node* cycleTokenAt = nullptr;  // the first step that shows the CPR cycle
    r.eachTable(t, "step", true, [&](const toml::table& st) {
        core::Step s;
        r.onlyKeys(st, {"id", "text", "detail", "only", "call", "timer", "metronome"});
        s.id = r.str(st, "id", false);
        s.text = r.str(st, "text", true, kMaxStepText);
        s.detail = r.str(st, "detail", false, kMaxStepDetail);
        s.onlyVariant = r.str(st, "only", false);
        if (!s.onlyVariant.empty() &&
            std::none_of(g.variants.begin(), g.variants.end(), [&](const auto& v) { return v.id == s.onlyVariant; }))
            r.error(*st.get("only"), "'only' names variant '" + s.onlyVariant + "', which the guide does not declare");
        s.call = r.boolean(st, "call");
        // A step id names one step of each variant: variants may each have their own "compressions".
        if (!s.id.empty() && !isId(s.id))
            r.error(*st.get("id"), "step id '" + s.id + "' must be lower-case letters, digits and '-'");
        else if (!s.id.empty()) {
            bool clash = std::any_of(g.steps.begin(), g.steps.end(), [&](const core::Step& o) {
                return o.id == s.id && (o.onlyVariant.empty() || s.onlyVariant.empty() || o.onlyVariant == s.onlyVariant);
            });
            if (clash) r.error(*st.get("id"), "step id '" + s.id + "' appears twice for the same variant");
        }
        if (const toml::table* tt = r.table(st, "timer", false)) {
            s.timer = readTimer(r, *tt);
            auto [it, inserted] = timerKinds.emplace(s.timer->id, s.timer->kind);
            if (!inserted && it->second != s.timer->kind)
                r.error(*tt, "timer '" + s.timer->id + "' is used earlier with another kind");
        }
        if (const toml::table* mt = r.table(st, "metronome", false)) {
            s.metronome = readMetronome(r, *mt);
            hasMetronome = true;
        }
        if (!cycleTokenAt && (s.text.find(kCprCycleToken) != std::string::npos || s.detail.find(kCprCycleToken) != std::string::npos))
            cycleTokenAt = &st;
        g.steps.push_back(std::move(s));
    });
    r.eachTable(t, "question", true, [&](const toml::table& qt) {
        core::Question q;
        r.onlyKeys(qt, {"prompt", "choices", "answer", "explanation"});
        q.prompt = r.str(qt, "prompt", true);
        q.choices = r.strings(qt, "choices", true);
        q.explanation = r.str(qt, "explanation", true);
        if (q.choices.size() < 2) r.error(qt, "a question needs at least 2 choices");
        // An index into choices, counting from 0.
        q.answer = r.integer(qt, "answer", true, -1, 0, std::max<long long>(0, static_cast<long long>(q.choices.size()) - 1));
        g.questions.push_back(std::move(q));
    });
    if (cycleTokenAt && !hasMetronome)
        r.error(*cycleTokenAt, "'" + kCprCycleToken + "' shows the CPR cycle, but no step of this guide has a metronome");
    if (t.get("question") && g.questions.size() < kMinQuestionsPerGuide)
        r.error(*t.get("question"), "a guide needs at least " + std::to_string(kMinQuestionsPerGuide) + " questions");
    if (r.problemCount() != before) return std::nullopt;
    return g;
}

std::optional<core::ChecklistTemplate> readChecklist(const fs::path& path, FileReader& r) {
    auto doc = r.parse(path);
    if (!doc) return std::nullopt;
    const toml::table& t = *doc;
    size_t before = r.problemCount();
    core::ChecklistTemplate c;
    r.onlyKeys(t, {"id", "title", "summary", "sources", "target_seconds", "section"});
    c.id = r.str(t, "id", true);
    checkIdMatchesFile(r, t, c.id, path);
    c.title = r.str(t, "title", true, core::kMaxChecklistTitle);
    c.summary = r.str(t, "summary", true, kMaxSummary);
    c.sources = r.strings(t, "sources", true);
    c.targetSeconds = r.integer(t, "target_seconds", false, 0, 10, core::kMaxDrillTargetSeconds);
    std::set<std::string> itemIds;  // an item id names one item, for a scenario to cite
    r.eachTable(t, "section", true, [&](const toml::table& st) {
        core::ChecklistSection s;
        r.onlyKeys(st, {"title", "item"});
        s.title = r.str(st, "title", true);
        r.eachTable(st, "item", true, [&](const toml::table& it) {
            r.onlyKeys(it, {"id", "text", "detail"});
            std::string id = r.str(it, "id", false);
            if (!id.empty() && (!isId(id) || !itemIds.insert(id).second))
                r.error(*it.get("id"), "item id '" + id + "' must be lower-case letters, digits and '-', and name one item");
            s.items.push_back({r.str(it, "text", true, kMaxItemText), r.str(it, "detail", false, kMaxItemDetail), id});
        });
        c.sections.push_back(std::move(s));
    });
    if (r.problemCount() != before) return std::nullopt;
    return c;
}

// A text or a list of texts: `source = "…"` or `source = ["…", "…"]`.
std::vector<std::string> readTextOrList(FileReader& r, const toml::table& t, const char* key) {
    const toml::node* n = t.get(key);
    if (n && n->is_string()) return {r.str(t, key, true)};
    return r.strings(t, key, true);
}

// `checked = 2026-12-03`: a TOML date (toml++ refuses a day the month does not have).
core::CalendarDate readCheckedDate(FileReader& r, const toml::table& t) {
    const toml::node* n = t.get("checked");
    if (!n) {
        r.error(t, "missing 'checked' (the date the numbers were last checked, written as 2026-12-03)");
        return {};
    }
    const toml::date* d = n->as_date() ? &n->as_date()->get() : nullptr;
    if (!d) {
        r.error(*n, "'checked' must be a date written as 2026-12-03, without quotes");
        return {};
    }
    return {d->year, d->month, d->day};
}

bool isDigits(const std::string& s) {
    return std::all_of(s.begin(), s.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

void readNumbers(const fs::path& path, FileReader& r, core::EmergencyNumbers& out) {
    auto doc = r.parse(path);
    if (!doc) return;
    const toml::table& t = *doc;
    r.onlyKeys(t, {"fallback", "country"});
    out.fallback = r.str(t, "fallback", true);
    if (!isDigits(out.fallback)) r.error(*t.get("fallback"), "the fallback number must be digits only");
    std::set<std::string> codes;
    std::map<std::string, std::string> searchNames;  // search key → the country it finds
    r.eachTable(t, "country", true, [&](const toml::table& ct) {
        core::CountryNumbers c;
        r.onlyKeys(ct, {"code", "code3", "name", "official_name", "aliases", "ambulance", "police", "fire", "single",
                        "note", "source", "checked"});
        c.code = r.str(ct, "code", true);
        c.code3 = r.str(ct, "code3", true);
        c.name = r.str(ct, "name", true);
        c.officialName = r.str(ct, "official_name", false);
        c.aliases = r.strings(ct, "aliases", false);
        c.ambulance = r.str(ct, "ambulance", false);
        c.police = r.str(ct, "police", false);
        c.fire = r.str(ct, "fire", false);
        c.single = r.strings(ct, "single", false);
        c.note = r.str(ct, "note", false, kMaxCountryNote);
        c.sources = readTextOrList(r, ct, "source");
        c.checked = readCheckedDate(r, ct);
        auto capitals = [](const std::string& s, size_t n) {
            return s.size() == n && std::all_of(s.begin(), s.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
        };
        if (!c.code.empty() && !capitals(c.code, 2)) r.error(*ct.get("code"), "country code '" + c.code + "' must be two capital letters (ISO 3166-1)");
        if (!c.code3.empty() && !capitals(c.code3, 3)) r.error(*ct.get("code3"), "country code '" + c.code3 + "' must be three capital letters (ISO 3166-1 alpha-3)");
        if (!c.code.empty() && !codes.insert(c.code).second) r.error(*ct.get("code"), "country code '" + c.code + "' appears twice");
        std::vector<std::string> numbers{c.ambulance, c.police, c.fire};
        numbers.insert(numbers.end(), c.single.begin(), c.single.end());
        for (const std::string& num : numbers)
            if (!isDigits(num)) r.error(ct, "emergency numbers must be digits only: '" + num + "', for " + c.code);
        if (c.number().empty()) r.error(ct, c.code + " needs at least one number");
        // A name that finds two countries would make the search guess.
        std::vector<std::string> names{c.name, c.officialName};
        names.insert(names.end(), c.aliases.begin(), c.aliases.end());
        for (const std::string& name : names) {
            std::string key = core::searchKey(name);
            if (key.empty()) continue;
            auto [it, added] = searchNames.emplace(key, c.code);
            if (!added && it->second != c.code) r.error(ct, "the name '" + name + "' of " + c.code + " is also a name of " + it->second);
        }
        out.countries.push_back(std::move(c));
    });
    std::sort(out.countries.begin(), out.countries.end(),
              [](const auto& a, const auto& b) { return core::searchKey(a.name) < core::searchKey(b.name); });
}

void readTriage(const fs::path& path, FileReader& r, core::TriageTree& out) {
    auto doc = r.parse(path);
    if (!doc) return;
    const toml::table& t = *doc;
    r.onlyKeys(t, {"start", "node"});
    out.start = r.str(t, "start", true);
    r.eachTable(t, "node", true, [&](const toml::table& nt) {
        core::TriageNode n;
        r.onlyKeys(nt, {"id", "question", "detail", "call", "answer"});
        n.id = r.str(nt, "id", true);
        n.question = r.str(nt, "question", true);
        n.detail = r.str(nt, "detail", false);
        n.call = r.boolean(nt, "call");
        n.line = FileReader::lineOf(nt);
        r.eachTable(nt, "answer", true, [&](const toml::table& at) {
            r.onlyKeys(at, {"label", "goto", "unresponsive"});
            n.answers.push_back({r.str(at, "label", true), r.str(at, "goto", true), FileReader::lineOf(at), r.boolean(at, "unresponsive")});
        });
        out.nodes.push_back(std::move(n));
    });
}

// The amounts of a kit item, as the template or a national body gives them.
void readKitAmounts(FileReader& r, const toml::table& it, core::KitTemplateItem& k) {
    k.perPersonPerDay = r.number(it, "per_person_per_day", 0, kMaxKitAmount);
    k.perPetPerDay = r.number(it, "per_pet_per_day", 0, kMaxKitAmount);
    k.perInfantPerDay = r.number(it, "per_infant_per_day", 0, kMaxKitAmount);
    k.perPerson = r.number(it, "per_person", 0, kMaxKitAmount);
    k.perDay = r.number(it, "per_day", 0, kMaxKitAmount);
    k.fixed = r.number(it, "fixed", 0, kMaxKitAmount);
    k.detail = r.str(it, "detail", false, kMaxItemDetail);
}

void readKit(const fs::path& path, FileReader& r, core::KitTemplate& out) {
    auto doc = r.parse(path);
    if (!doc) return;
    const toml::table& t = *doc;
    r.onlyKeys(t, {"days_default", "days_leaving", "days_note", "days_options", "source", "guideline", "sources", "item", "national"});
    out.daysNote = r.str(t, "days_note", false, kMaxItemDetail);
    out.daysDefault = r.integer(t, "days_default", true, 3, 1, 365);
    out.daysLeaving = r.integer(t, "days_leaving", false, 3, 1, 365);
    if (const toml::node* n = t.get("days_options")) {
        out.daysOptions.clear();
        if (const toml::array* a = n->as_array())
            for (const toml::node& e : *a) out.daysOptions.push_back(r.wholeNumber(e, "days_options", 3, 1, 365));
        else
            r.error(*n, "'days_options' must be a list of whole numbers of days");
    }
    out.source = r.str(t, "source", false);
    if (const toml::table* gl = r.table(t, "guideline", true)) out.guideline = readGuideline(r, *gl, false);
    if (out.source.empty()) out.source = out.guideline.name;
    out.sources = r.strings(t, "sources", true);
    std::set<std::string> ids;
    r.eachTable(t, "item", true, [&](const toml::table& it) {
        core::KitTemplateItem k;
        r.onlyKeys(it, {"id", "name", "category", "unit", "unit_one", "per_person_per_day", "per_pet_per_day", "per_infant_per_day",
                        "per_person", "per_day", "fixed", "min_days", "hot_climate_factor", "expires", "rotate_months", "detail",
                        "when_needed"});
        k.id = r.str(it, "id", true);
        if (!k.id.empty() && !ids.insert(k.id).second) r.error(*it.get("id"), "kit item id '" + k.id + "' appears twice");
        k.name = r.str(it, "name", true);
        k.category = r.str(it, "category", true);
        k.unit = r.str(it, "unit", true);
        k.unitOne = r.str(it, "unit_one", false);
        readKitAmounts(r, it, k);
        k.minDays = r.integer(it, "min_days", false, 0, 1, 365);
        if (it.get("hot_climate_factor")) k.hotClimateFactor = r.number(it, "hot_climate_factor", 1, 5);
        k.expires = r.boolean(it, "expires");
        k.rotateMonths = r.integer(it, "rotate_months", false, 0, 1, 120);
        k.whenNeeded = r.str(it, "when_needed", false, kMaxItemDetail);
        out.items.push_back(std::move(k));
    });
    // A national body's amounts replace the template's for the countries it names.
    std::set<std::string> countries;
    r.eachTable(t, "national", false, [&](const toml::table& nt) {
        core::NationalKit n;
        r.onlyKeys(nt, {"countries", "source", "days_default", "days_note", "guideline", "sources", "item"});
        n.daysNote = r.str(nt, "days_note", false, kMaxItemDetail);
        n.countries = r.strings(nt, "countries", true);
        for (const auto& c : n.countries)
            if (!countries.insert(c).second) r.error(*nt.get("countries"), "country '" + c + "' has two national kits");
        n.source = r.str(nt, "source", true);
        n.daysDefault = r.integer(nt, "days_default", false, 0, 1, 365);
        if (const toml::table* gl = r.table(nt, "guideline", true)) n.guideline = readGuideline(r, *gl, false);
        n.sources = r.strings(nt, "sources", true);
        r.eachTable(nt, "item", true, [&](const toml::table& it) {
            core::KitTemplateItem k;
            r.onlyKeys(it, {"id", "per_person_per_day", "per_pet_per_day", "per_infant_per_day", "per_person", "per_day", "fixed", "detail"});
            k.id = r.str(it, "id", true);
            if (!k.id.empty() && !ids.count(k.id)) r.error(*it.get("id"), "national amount for '" + k.id + "', which the kit does not list");
            readKitAmounts(r, it, k);
            n.items.push_back(std::move(k));
        });
        out.national.push_back(std::move(n));
    });
}

// The variant and step a triage answer names must exist, and a step named without a variant must
// be one every variant shows. An answer for a person who does not respond must open on a call.
void checkGuideTarget(FileReader& r, const core::TriageAnswer& a, const core::GuideTarget& target, const core::Guide* g) {
    if (!g) return;  // an unknown guide is reported by the tree, a broken one in its own file
    const std::string where = "answer '" + a.label + "' ";
    if (!target.variant.empty() &&
        std::none_of(g->variants.begin(), g->variants.end(), [&](const auto& v) { return v.id == target.variant; })) {
        r.error(a.line, where + "names variant '" + target.variant + "', which guide '" + g->id + "' does not declare");
        return;
    }
    std::vector<std::string> variants;
    if (!target.variant.empty() || g->variants.empty())
        variants.push_back(target.variant);
    else
        for (const auto& v : g->variants) variants.push_back(v.id);
    for (const auto& variant : variants) {
        std::optional<int> at = target.step.empty() ? std::optional<int>(0) : g->stepIndex(variant, target.step);
        if (!at) {
            r.error(a.line, where + "starts at step '" + target.step + "', which guide '" + g->id + "' does not show" +
                                (variant.empty() ? "" : " for variant '" + variant + "'"));
            return;
        }
        if (a.unresponsive && !g->stepsFor(variant)[*at]->call)
            r.error(a.line, where + "is for a person who does not respond, so guide '" + g->id + "' must open on a step that says to call");
    }
}

}  // namespace

// upkeep.toml: the reminders offered on first run. See content/FORMAT.md.
void readUpkeep(const fs::path& path, FileReader& r, core::UpkeepDefaults& out) {
    using First = core::UpkeepDefault::FirstDue;
    auto doc = r.parse(path);
    if (!doc) return;
    const toml::table& t = *doc;
    r.onlyKeys(t, {"time", "reminder"});
    if (const toml::node* n = t.get("time")) {
        auto time = core::parseHourMinute(n->value<std::string>().value_or(""));
        if (time)
            std::tie(out.hour, out.minute) = *time;
        else
            r.error(*n, "'time' must be a time of day as \"HH:MM\", for example \"10:00\"");
    }
    const std::map<std::string, First> firsts{
        {"next", First::NextOccurrence}, {"one-period", First::AfterOnePeriod}, {"in-days", First::InDays}, {"expiry", First::ExpiryDate}};
    const std::map<std::string, core::Repeat> repeats{{"days", core::Repeat::Days},     {"weeks", core::Repeat::Weeks},
                                                      {"months", core::Repeat::Months}, {"years", core::Repeat::Years},
                                                      {"weekday-of-month", core::Repeat::WeekdayOfMonth}};
    std::set<std::string> ids;
    bool expiryDated = false;
    r.eachTable(t, "reminder", true, [&](const toml::table& it) {
        r.onlyKeys(it, {"id", "title", "notes", "schedule", "repeat", "every", "week", "weekday", "first", "days"});
        core::UpkeepDefault d;
        d.id = r.str(it, "id", true);
        if (!d.id.empty() && !isId(d.id)) r.error(*it.get("id"), "'" + d.id + "' is not an id: lower-case words joined by '-'");
        if (!d.id.empty() && !ids.insert(d.id).second) r.error(*it.get("id"), "reminder id '" + d.id + "' appears twice");
        d.title = r.str(it, "title", true, kMaxItemText);
        d.notes = r.str(it, "notes", false, kMaxItemDetail);
        d.schedule = r.str(it, "schedule", true, kMaxItemText);
        std::string first = r.str(it, "first", true);
        if (auto f = firsts.find(first); f != firsts.end())
            d.first = f->second;
        else if (!first.empty())
            r.error(*it.get("first"), "'first' must be next, one-period, in-days or expiry");
        if (d.first == First::InDays) d.inDays = r.integer(it, "days", true, 1, 1, 365);
        if (d.needsDate()) {
            if (expiryDated) r.error(it, "only one reminder can follow the certificate's expiry date");
            expiryDated = true;
            if (const toml::node* n = it.get("repeat")) r.error(*n, "a reminder that follows an expiry date does not repeat");
        } else if (std::string repeat = r.str(it, "repeat", true); !repeat.empty()) {
            auto kind = repeats.find(repeat);
            if (kind == repeats.end()) r.error(*it.get("repeat"), "'repeat' must be days, weeks, months, years or weekday-of-month");
            d.repeat.repeat = kind == repeats.end() ? core::Repeat::Months : kind->second;
            d.repeat.interval = r.integer(it, "every", false, 1, 1, core::Recurrence::kMaxInterval);
            if (d.repeat.repeat == core::Repeat::WeekdayOfMonth) {
                d.repeat.weekOfMonth = r.integer(it, "week", true, 1, -1, 4);
                if (d.repeat.weekOfMonth == 0) r.error(*it.get("week"), "'week' is 1 to 4, or -1 for the last");
                std::string day = r.str(it, "weekday", true);
                d.repeat.weekday = -1;
                for (int w = 0; w < 7; ++w)
                    if (day == kWeekdayNames[w]) d.repeat.weekday = w;
                if (d.repeat.weekday < 0 && !day.empty()) r.error(*it.get("weekday"), "'weekday' must be a day's name, for example Saturday");
            }
        }
        out.items.push_back(std::move(d));
    });
}

LoadResult loadContent(const fs::path& dir) { return loadContent(dir, ""); }

LoadResult loadContent(const fs::path& dir, const std::string& language) {
    LoadResult result;
    result.dir = dir;
    auto& problems = result.problems;
    auto rel = [&](const fs::path& p) { return p.lexically_relative(dir).generic_string(); };
    std::error_code dirEc;
    if (!fs::is_directory(dir, dirEc)) {
        problems.push_back(Problem::worded(dir.generic_string(), 0, {core::textId("is not a content directory")}));
        return result;
    }

    auto required = [&](const char* name) {
        fs::path p = dir / name;
        std::error_code ec;
        bool present = fs::exists(p, ec);
        if (ec)
            problems.push_back(Problem::worded(name, 0, FileReader::cannotBeRead(ec.message())));
        else if (!present)
            problems.push_back(Problem::worded(name, 0, {core::textId("is missing")}));
        return present && !ec ? p : fs::path{};
    };
    auto unreadable = [&](const fs::path& p, core::Wording message) { problems.push_back(Problem::worded(rel(p), 0, std::move(message))); };
    std::vector<std::string> englishFiles;  // the files a translation mirrors
    if (auto p = required("emergency_numbers.toml"); !p.empty()) {
        englishFiles.push_back(rel(p));
        FileReader r(rel(p), problems);
        readNumbers(p, r, result.content.numbers);
    }
    if (auto p = required("kit.toml"); !p.empty()) {
        englishFiles.push_back(rel(p));
        FileReader r(rel(p), problems);
        readKit(p, r, result.content.kit);
    }
    if (auto p = required("upkeep.toml"); !p.empty()) {
        FileReader r(rel(p), problems);
        readUpkeep(p, r, result.content.upkeep);
    }
    // A guide with problems is reported once, in its own file; the triage still counts it as
    // present so its answers are not reported as well.
    std::vector<std::string> guideIds;
    auto guideFiles = tomlFilesIn(dir / "guides", unreadable);
    for (const auto& p : guideFiles) {
        englishFiles.push_back(rel(p));
        FileReader r(rel(p), problems);
        guideIds.push_back(p.stem().string());
        if (auto g = readGuide(p, r)) result.content.guides.push_back(std::move(*g));
    }
    if (guideFiles.empty()) problems.push_back(Problem::worded("guides", 0, {core::textId("no guides found")}));
    auto checklistFiles = tomlFilesIn(dir / "checklists", unreadable);
    for (const auto& p : checklistFiles) {
        englishFiles.push_back(rel(p));
        FileReader r(rel(p), problems);
        if (auto c = readChecklist(p, r)) result.content.checklists.push_back(std::move(*c));
    }
    if (checklistFiles.empty()) problems.push_back(Problem::worded("checklists", 0, {core::textId("no checklists found")}));
    if (auto p = required("triage.toml"); !p.empty()) {
        englishFiles.push_back(rel(p));
        FileReader r(rel(p), problems);
        readTriage(p, r, result.content.triage);
        for (const auto& tp : result.content.triage.validate(guideIds)) r.error(tp.line, tp.message);
        for (const auto& node : result.content.triage.nodes)
            for (const auto& a : node.answers)
                if (auto target = core::TriageTree::guideTarget(a.next))
                    checkGuideTarget(r, a, *target, result.content.guide(target->guide));
    }
    for (std::string& f : loadScenarios(dir, result)) englishFiles.push_back(std::move(f));  // after the guides and checklists they cite
    if (loadAlertSignals(dir, result)) englishFiles.push_back("alert_signals.toml");  // after the emergency numbers, whose countries they use

    // The order of the categories is the English one, whatever words the translation uses.
    auto& guides = result.content.guides;
    std::map<std::string, int> rank;
    for (const auto& g : guides) rank[g.id] = categoryRank(g.category);
    if (!language.empty() && language != "en") {
        overlayTranslation(dir, language, englishFiles, result.content, problems);
        result.content.language = language;
    }
    std::stable_sort(guides.begin(), guides.end(), [&](const auto& a, const auto& b) {
        int ra = rank[a.id], rb = rank[b.id];
        return ra != rb ? ra < rb : a.title < b.title;
    });
    std::sort(result.content.checklists.begin(), result.content.checklists.end(),
              [](const auto& a, const auto& b) { return a.title < b.title; });
    std::sort(result.content.scenarios.begin(), result.content.scenarios.end(),
              [](const auto& a, const auto& b) { return a.title < b.title; });
    std::sort(result.content.alertSignals.begin(), result.content.alertSignals.end(),
              [](const auto& a, const auto& b) { return a.name < b.name; });
    return result;
}

bool isLanguageCode(const std::string& name) {
    // BCP 47 as folders name it: a language of 2 or 3 letters, then an optional region or script.
    auto letters = [&](size_t from, size_t to) {
        return std::all_of(name.begin() + from, name.begin() + to, [](char c) { return c >= 'a' && c <= 'z'; });
    };
    size_t dash = name.find_first_of("-_");
    size_t lang = dash == std::string::npos ? name.size() : dash;
    if (lang < 2 || lang > 3 || !letters(0, lang)) return false;
    if (dash == std::string::npos) return true;
    std::string rest = name.substr(dash + 1);
    return rest.size() >= 2 && rest.size() <= 8 && std::all_of(rest.begin(), rest.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
}

std::vector<std::string> languagesIn(const fs::path& dir) {
    std::vector<std::string> out;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code typeEc;
        std::string name = it->path().filename().string();
        if (it->is_directory(typeEc) && isLanguageCode(name)) out.push_back(name);
    }
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace content
