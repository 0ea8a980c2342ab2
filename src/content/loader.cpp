// Content loader. TOML is read with toml++ because it keeps the source line of every value, so a
// problem can point at the line to fix; unknown keys are refused so a typo cannot hide.
#include "content/loader.h"

#include <algorithm>
#include <initializer_list>
#include <map>
#include <optional>
#include <set>
#include <toml++/toml.h>

#include "core/text.h"

namespace content {
namespace {

namespace fs = std::filesystem;

constexpr size_t kMaxStepText = 120;
constexpr size_t kMaxStepDetail = 400;
constexpr size_t kMaxItemText = core::kMaxItemText;
constexpr size_t kMaxItemDetail = core::kMaxItemDetail;
constexpr int kMinQuestionsPerGuide = 4;

// In the order the First aid tab lists them: the most urgent first.
const std::vector<std::string> kGuideCategories{"Resuscitation", "Breathing", "Bleeding and shock", "Sudden illness",
                                                "Injuries", "Environment", "Poisoning"};

int categoryRank(const std::string& category) {
    return static_cast<int>(std::find(kGuideCategories.begin(), kGuideCategories.end(), category) - kGuideCategories.begin());
}

using core::utf8Length;

// Reads values out of one file, recording problems against it.
class FileReader {
public:
    FileReader(std::string file, std::vector<Problem>& problems) : file_(std::move(file)), problems_(problems) {}

    void error(int line, std::string message) { problems_.push_back({file_, line, std::move(message)}); }
    void error(const toml::node& node, std::string message) { error(lineOf(node), std::move(message)); }
    static int lineOf(const toml::node& node) { return static_cast<int>(node.source().begin.line); }
    size_t problemCount() const { return problems_.size(); }

    void onlyKeys(const toml::table& t, std::initializer_list<const char*> allowed) {
        for (auto&& [key, value] : t) {
            bool known = std::any_of(allowed.begin(), allowed.end(), [name = key.str()](const char* a) { return name == a; });
            if (!known) error(value, "unknown key '" + std::string(key.str()) + "'");
        }
    }

    std::string str(const toml::table& t, const char* key, bool required, size_t maxLen = 0) {
        const toml::node* n = t.get(key);
        if (!n) {
            if (required) error(t, std::string("missing '") + key + "'");
            return {};
        }
        auto s = n->value<std::string>();
        if (!s || !n->is_string()) {
            error(*n, std::string("'") + key + "' must be text");
            return {};
        }
        if (required && s->empty()) error(*n, std::string("'") + key + "' must not be empty");
        if (maxLen && utf8Length(*s) > maxLen)
            error(*n, std::string("'") + key + "' is " + std::to_string(utf8Length(*s)) + " characters; at most " +
                          std::to_string(maxLen) + " fit on a phone screen");
        return *s;
    }

    long long integer(const toml::table& t, const char* key, bool required, long long fallback = 0) {
        const toml::node* n = t.get(key);
        if (!n) {
            if (required) error(t, std::string("missing '") + key + "'");
            return fallback;
        }
        if (!n->is_integer()) {
            error(*n, std::string("'") + key + "' must be a whole number");
            return fallback;
        }
        return *n->value<long long>();
    }

    double number(const toml::table& t, const char* key, double fallback = 0) {
        const toml::node* n = t.get(key);
        if (!n) return fallback;
        if (!n->is_number()) {
            error(*n, std::string("'") + key + "' must be a number");
            return fallback;
        }
        return *n->value<double>();
    }

    bool boolean(const toml::table& t, const char* key) {
        const toml::node* n = t.get(key);
        if (!n) return false;
        if (!n->is_boolean()) {
            error(*n, std::string("'") + key + "' must be true or false");
            return false;
        }
        return *n->value<bool>();
    }

    std::vector<std::string> strings(const toml::table& t, const char* key, bool required) {
        std::vector<std::string> out;
        const toml::node* n = t.get(key);
        if (!n) {
            if (required) error(t, std::string("missing '") + key + "'");
            return out;
        }
        const toml::array* a = n->as_array();
        if (!a) {
            error(*n, std::string("'") + key + "' must be a list of text");
            return out;
        }
        for (const toml::node& e : *a) {
            if (auto s = e.value<std::string>(); s && e.is_string())
                out.push_back(*s);
            else
                error(e, std::string("'") + key + "' must hold only text");
        }
        if (required && out.empty()) error(*n, std::string("'") + key + "' must not be empty");
        return out;
    }

    // Calls fn for each table of an array of tables ([[key]]).
    template <class Fn>
    void eachTable(const toml::table& t, const char* key, bool required, Fn&& fn) {
        const toml::node* n = t.get(key);
        if (!n) {
            if (required) error(t, std::string("missing [[") + key + "]]");
            return;
        }
        const toml::array* a = n->as_array();
        if (!a) {
            error(*n, std::string("'") + key + "' must be written as [[" + key + "]] tables");
            return;
        }
        for (const toml::node& e : *a) {
            if (const toml::table* et = e.as_table())
                fn(*et);
            else
                error(e, std::string("each '") + key + "' must be a table");
        }
    }

    const toml::table* table(const toml::table& t, const char* key, bool required) {
        const toml::node* n = t.get(key);
        if (!n) {
            if (required) error(t, std::string("missing [") + key + "]");
            return nullptr;
        }
        if (!n->is_table()) {
            error(*n, std::string("'") + key + "' must be a table");
            return nullptr;
        }
        return n->as_table();
    }

    // Parses a file; on a syntax error records it and returns nothing.
    std::optional<toml::table> parse(const fs::path& path) {
        try {
            return toml::parse_file(path.string());
        } catch (const toml::parse_error& e) {
            error(static_cast<int>(e.source().begin.line), std::string(e.description()));
            return std::nullopt;
        }
    }

private:
    std::string file_;
    std::vector<Problem>& problems_;
};

bool isId(const std::string& s) {
    if (s.empty() || s.front() == '-' || s.back() == '-') return false;
    return std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

core::Guideline readGuideline(FileReader& r, const toml::table& t) {
    core::Guideline g;
    r.onlyKeys(t, {"name", "edition", "section", "note"});
    g.name = r.str(t, "name", true);
    g.edition = r.str(t, "edition", true);
    g.section = r.str(t, "section", true);
    g.note = r.str(t, "note", false);
    return g;
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
        spec.seconds = static_cast<int>(r.integer(t, "seconds", true));
        if (spec.seconds <= 0 && t.get("seconds")) r.error(*t.get("seconds"), "a countdown needs 'seconds' above 0");
    } else if (kind == "stopwatch") {
        spec.kind = core::TimerKind::Stopwatch;
        if (t.get("seconds")) r.error(*t.get("seconds"), "a stopwatch has no 'seconds'; use 'call_after'");
    } else if (!kind.empty()) {
        r.error(*t.get("kind"), "timer kind must be \"countdown\" or \"stopwatch\", not \"" + kind + "\"");
    }
    spec.callAfterSeconds = static_cast<int>(r.integer(t, "call_after", false));
    spec.callMessage = r.str(t, "call_message", false);
    return spec;
}

core::MetronomeSpec readMetronome(FileReader& r, const toml::table& t) {
    core::MetronomeSpec m;
    r.onlyKeys(t, {"rate", "compressions", "breaths"});
    m.rate = static_cast<int>(r.integer(t, "rate", true, 110));
    m.compressions = static_cast<int>(r.integer(t, "compressions", true, 30));
    m.breaths = static_cast<int>(r.integer(t, "breaths", true, 2));
    if (m.rate < 100 || m.rate > 120) r.error(*t.get("rate"), "compression rate must be 100–120 per minute (ERC/AHA 2025)");
    if (m.compressions < 1) r.error(t, "'compressions' must be at least 1");
    if (m.breaths < 0) r.error(t, "'breaths' must not be negative");
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
    g.title = r.str(t, "title", true, 60);
    g.category = r.str(t, "category", true);
    if (!g.category.empty() && categoryRank(g.category) == static_cast<int>(kGuideCategories.size()))
        r.error(*t.get("category"), "unknown category '" + g.category + "'");
    g.summary = r.str(t, "summary", true, 300);
    g.keywords = r.strings(t, "keywords", false);
    if (const toml::table* gl = r.table(t, "guideline", true)) g.guideline = readGuideline(r, *gl);
    g.sources = r.strings(t, "sources", true);
    g.callWhen = r.strings(t, "call_when", false);
    g.doNot = r.strings(t, "do_not", false);
    r.eachTable(t, "variant", false, [&](const toml::table& v) {
        r.onlyKeys(v, {"id", "label"});
        g.variants.push_back({r.str(v, "id", true), r.str(v, "label", true)});
    });
    std::map<std::string, core::TimerKind> timerKinds;
    r.eachTable(t, "step", true, [&](const toml::table& st) {
        core::Step s;
        r.onlyKeys(st, {"text", "detail", "only", "call", "timer", "metronome"});
        s.text = r.str(st, "text", true, kMaxStepText);
        s.detail = r.str(st, "detail", false, kMaxStepDetail);
        s.onlyVariant = r.str(st, "only", false);
        if (!s.onlyVariant.empty() &&
            std::none_of(g.variants.begin(), g.variants.end(), [&](const auto& v) { return v.id == s.onlyVariant; }))
            r.error(*st.get("only"), "'only' names variant '" + s.onlyVariant + "', which the guide does not declare");
        s.call = r.boolean(st, "call");
        if (const toml::table* tt = r.table(st, "timer", false)) {
            s.timer = readTimer(r, *tt);
            auto [it, inserted] = timerKinds.emplace(s.timer->id, s.timer->kind);
            if (!inserted && it->second != s.timer->kind)
                r.error(*tt, "timer '" + s.timer->id + "' is used earlier with another kind");
        }
        if (const toml::table* mt = r.table(st, "metronome", false)) s.metronome = readMetronome(r, *mt);
        g.steps.push_back(std::move(s));
    });
    r.eachTable(t, "question", true, [&](const toml::table& qt) {
        core::Question q;
        r.onlyKeys(qt, {"prompt", "choices", "answer", "explanation"});
        q.prompt = r.str(qt, "prompt", true);
        q.choices = r.strings(qt, "choices", true);
        q.answer = static_cast<int>(r.integer(qt, "answer", true, -1));
        q.explanation = r.str(qt, "explanation", true);
        if (q.choices.size() < 2) r.error(qt, "a question needs at least 2 choices");
        if (qt.get("answer") && (q.answer < 0 || q.answer >= static_cast<int>(q.choices.size())))
            r.error(*qt.get("answer"), "'answer' must be an index into 'choices', counting from 0");
        g.questions.push_back(std::move(q));
    });
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
    r.onlyKeys(t, {"id", "title", "summary", "sources", "section"});
    c.id = r.str(t, "id", true);
    checkIdMatchesFile(r, t, c.id, path);
    c.title = r.str(t, "title", true, core::kMaxChecklistTitle);
    c.summary = r.str(t, "summary", true, 300);
    c.sources = r.strings(t, "sources", true);
    r.eachTable(t, "section", true, [&](const toml::table& st) {
        core::ChecklistSection s;
        r.onlyKeys(st, {"title", "item"});
        s.title = r.str(st, "title", true);
        r.eachTable(st, "item", true, [&](const toml::table& it) {
            r.onlyKeys(it, {"text", "detail"});
            s.items.push_back({r.str(it, "text", true, kMaxItemText), r.str(it, "detail", false, kMaxItemDetail)});
        });
        c.sections.push_back(std::move(s));
    });
    if (r.problemCount() != before) return std::nullopt;
    return c;
}

void readNumbers(const fs::path& path, FileReader& r, core::EmergencyNumbers& out) {
    auto doc = r.parse(path);
    if (!doc) return;
    const toml::table& t = *doc;
    r.onlyKeys(t, {"fallback", "country"});
    out.fallback = r.str(t, "fallback", true);
    std::set<std::string> codes;
    r.eachTable(t, "country", true, [&](const toml::table& ct) {
        core::CountryNumbers c;
        r.onlyKeys(ct, {"code", "name", "number", "police", "fire", "note"});
        c.code = r.str(ct, "code", true);
        c.name = r.str(ct, "name", true);
        c.number = r.str(ct, "number", true);
        c.police = r.str(ct, "police", false);
        c.fire = r.str(ct, "fire", false);
        c.note = r.str(ct, "note", false);
        bool codeOk = c.code.size() == 2 && std::all_of(c.code.begin(), c.code.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
        if (!c.code.empty() && !codeOk) r.error(*ct.get("code"), "country code '" + c.code + "' must be two capital letters (ISO 3166-1)");
        if (!c.code.empty() && !codes.insert(c.code).second) r.error(*ct.get("code"), "country code '" + c.code + "' appears twice");
        for (const std::string* num : {&c.number, &c.police, &c.fire})
            if (!std::all_of(num->begin(), num->end(), [](char ch) { return (ch >= '0' && ch <= '9'); }))
                r.error(ct, "emergency numbers must be digits only, for " + c.code);
        out.countries.push_back(std::move(c));
    });
    std::sort(out.countries.begin(), out.countries.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
}

void readTriage(const fs::path& path, FileReader& r, core::TriageTree& out) {
    auto doc = r.parse(path);
    if (!doc) return;
    const toml::table& t = *doc;
    r.onlyKeys(t, {"start", "node"});
    out.start = r.str(t, "start", true);
    r.eachTable(t, "node", true, [&](const toml::table& nt) {
        core::TriageNode n;
        r.onlyKeys(nt, {"id", "question", "answer"});
        n.id = r.str(nt, "id", true);
        n.question = r.str(nt, "question", true);
        n.line = FileReader::lineOf(nt);
        r.eachTable(nt, "answer", true, [&](const toml::table& at) {
            r.onlyKeys(at, {"label", "goto"});
            n.answers.push_back({r.str(at, "label", true), r.str(at, "goto", true), FileReader::lineOf(at)});
        });
        out.nodes.push_back(std::move(n));
    });
}

void readKit(const fs::path& path, FileReader& r, core::KitTemplate& out) {
    auto doc = r.parse(path);
    if (!doc) return;
    const toml::table& t = *doc;
    r.onlyKeys(t, {"days_default", "days_options", "guideline", "sources", "item"});
    out.daysDefault = static_cast<int>(r.integer(t, "days_default", true, 3));
    if (const toml::node* n = t.get("days_options")) {
        out.daysOptions.clear();
        if (const toml::array* a = n->as_array())
            for (const toml::node& e : *a) out.daysOptions.push_back(static_cast<int>(e.value<long long>().value_or(3)));
    }
    if (const toml::table* gl = r.table(t, "guideline", true)) out.guideline = readGuideline(r, *gl);
    out.sources = r.strings(t, "sources", true);
    std::set<std::string> ids;
    r.eachTable(t, "item", true, [&](const toml::table& it) {
        core::KitTemplateItem k;
        r.onlyKeys(it, {"id", "name", "category", "unit", "per_person_per_day", "per_pet_per_day", "per_person", "fixed",
                        "expires", "rotate_months", "detail"});
        k.id = r.str(it, "id", true);
        if (!k.id.empty() && !ids.insert(k.id).second) r.error(*it.get("id"), "kit item id '" + k.id + "' appears twice");
        k.name = r.str(it, "name", true);
        k.category = r.str(it, "category", true);
        k.unit = r.str(it, "unit", true);
        k.perPersonPerDay = r.number(it, "per_person_per_day");
        k.perPetPerDay = r.number(it, "per_pet_per_day");
        k.perPerson = r.number(it, "per_person");
        k.fixed = r.number(it, "fixed");
        k.expires = r.boolean(it, "expires");
        k.rotateMonths = static_cast<int>(r.integer(it, "rotate_months", false));
        k.detail = r.str(it, "detail", false, kMaxItemDetail);
        out.items.push_back(std::move(k));
    });
}

std::vector<fs::path> tomlFilesIn(const fs::path& dir) {
    std::vector<fs::path> files;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec))
        if (e.is_regular_file() && e.path().extension() == ".toml") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace

LoadResult loadContent(const fs::path& dir) {
    LoadResult result;
    auto& problems = result.problems;
    auto rel = [&](const fs::path& p) { return p.lexically_relative(dir).generic_string(); };
    if (!fs::is_directory(dir)) {
        problems.push_back({dir.generic_string(), 0, "is not a content directory"});
        return result;
    }

    auto required = [&](const char* name) {
        fs::path p = dir / name;
        if (!fs::exists(p)) problems.push_back({name, 0, "is missing"});
        return fs::exists(p) ? p : fs::path{};
    };
    if (auto p = required("emergency_numbers.toml"); !p.empty()) {
        FileReader r(rel(p), problems);
        readNumbers(p, r, result.content.numbers);
    }
    if (auto p = required("kit.toml"); !p.empty()) {
        FileReader r(rel(p), problems);
        readKit(p, r, result.content.kit);
    }
    // A guide with problems is reported once, in its own file; the triage still counts it as
    // present so its answers are not reported as well.
    std::vector<std::string> guideIds;
    auto guideFiles = tomlFilesIn(dir / "guides");
    for (const auto& p : guideFiles) {
        FileReader r(rel(p), problems);
        guideIds.push_back(p.stem().string());
        if (auto g = readGuide(p, r)) result.content.guides.push_back(std::move(*g));
    }
    if (guideFiles.empty()) problems.push_back({"guides", 0, "no guides found"});
    auto checklistFiles = tomlFilesIn(dir / "checklists");
    for (const auto& p : checklistFiles) {
        FileReader r(rel(p), problems);
        if (auto c = readChecklist(p, r)) result.content.checklists.push_back(std::move(*c));
    }
    if (checklistFiles.empty()) problems.push_back({"checklists", 0, "no checklists found"});
    if (auto p = required("triage.toml"); !p.empty()) {
        FileReader r(rel(p), problems);
        readTriage(p, r, result.content.triage);
        for (const auto& tp : result.content.triage.validate(guideIds)) r.error(tp.line, tp.message);
        for (const auto& node : result.content.triage.nodes)
            for (const auto& a : node.answers) {
                if (!core::TriageTree::isGuide(a.next) || core::TriageTree::variantId(a.next).empty()) continue;
                const core::Guide* g = result.content.guide(core::TriageTree::guideId(a.next));
                std::string variant = core::TriageTree::variantId(a.next);
                if (g && std::none_of(g->variants.begin(), g->variants.end(), [&](const auto& v) { return v.id == variant; }))
                    r.error(a.line, "answer '" + a.label + "' names variant '" + variant + "', which guide '" + g->id + "' does not declare");
            }
    }

    auto& guides = result.content.guides;
    std::stable_sort(guides.begin(), guides.end(), [](const auto& a, const auto& b) {
        int ra = categoryRank(a.category), rb = categoryRank(b.category);
        return ra != rb ? ra < rb : a.title < b.title;
    });
    std::sort(result.content.checklists.begin(), result.content.checklists.end(),
              [](const auto& a, const auto& b) { return a.title < b.title; });
    return result;
}

}  // namespace content
