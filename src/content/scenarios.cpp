// Scenario loader. A scenario trains decisions a user must get right under stress, so each one is
// held to its guides: the right answer cites a step or checklist item that exists, its sources are
// the ones those guides and checklists give, and a file with any problem is left out.
#include "content/scenarios.h"

#include <algorithm>
#include <set>

#include "content/file_reader.h"

namespace content {
namespace {

namespace fs = std::filesystem;

const char* const kCiteForms = "\"guide:<id>@<step id>\", \"guide:<id>#<variant>@<step id>\" or \"checklist:<id>@<item id>\"";

class ScenarioReader {
public:
    ScenarioReader(FileReader& r, const core::Content& content, const fs::path& dir) : r_(r), content_(content), dir_(dir) {}

    std::optional<core::Scenario> read(const fs::path& path) {
        auto doc = r_.parse(path);
        if (!doc) return std::nullopt;
        const toml::table& t = *doc;
        size_t before = r_.problemCount();
        core::Scenario s;
        r_.onlyKeys(t, {"id", "title", "setting", "trains", "sources", "decision"});
        s.id = r_.str(t, "id", true);
        if (!s.id.empty() && !core::isContentId(s.id))
            r_.error(*t.get("id"), "id '" + s.id + "' must be lower-case letters, digits and '-'");
        else if (!s.id.empty() && s.id != path.stem().string())
            r_.error(*t.get("id"), "id '" + s.id + "' must equal the file name '" + path.stem().string() + "'");
        s.title = r_.str(t, "title", true, kMaxGuideTitle);
        s.setting = r_.str(t, "setting", true, kMaxSummary);
        readTrains(t, s);
        s.sources = r_.strings(t, "sources", true);
        readDecisions(t, s);
        checkTrainedAreCited(t, s);
        checkSources(t, s);
        if (r_.problemCount() != before || uncheckable_) return std::nullopt;
        return s;
    }

private:
    void readTrains(const toml::table& t, core::Scenario& s) {
        const toml::node* n = t.get("trains");
        std::vector<std::string> names = r_.strings(t, "trains", true);
        for (const auto& name : names) {
            auto ref = core::ContentRef::parse(name);
            if (!ref || !ref->step.empty() || !ref->variant.empty()) {
                r_.error(*n, "'trains' names whole guides or checklists, \"guide:<id>\" or \"checklist:<id>\", not '" + name + "'");
                continue;
            }
            if (s.practises(*ref)) r_.error(*n, "'trains' names '" + name + "' twice");
            if (exists(*n, *ref)) s.trains.push_back(*ref);
        }
    }

    void readDecisions(const toml::table& t, core::Scenario& s) {
        std::set<std::string> ids;
        r_.eachTable(t, "decision", true, [&](const toml::table& dt) {
            core::ScenarioDecision d;
            r_.onlyKeys(dt, {"id", "situation", "cites", "time_limit", "choice"});
            d.id = r_.str(dt, "id", true);
            if (!d.id.empty() && !core::isContentId(d.id))
                r_.error(*dt.get("id"), "decision id '" + d.id + "' must be lower-case letters, digits and '-'");
            else if (!d.id.empty() && !ids.insert(d.id).second)
                r_.error(*dt.get("id"), "decision id '" + d.id + "' appears twice in this scenario");
            d.situation = r_.str(dt, "situation", true, kMaxSituation);
            if (const toml::node* c = dt.get("cites")) {
                std::string text = r_.str(dt, "cites", true);
                auto ref = core::ContentRef::parse(text);
                if (!ref || ref->step.empty())
                    r_.error(*c, "'cites' must name the step or item the right answer comes from: " + std::string(kCiteForms) +
                                     ", not '" + text + "'");
                else if (citable(*c, *ref))
                    d.cites = *ref;
            } else {
                r_.error(dt, "missing 'cites': the guide step or checklist item the right answer comes from");
            }
            d.timeLimitSeconds = r_.integer(dt, "time_limit", false, 0, core::kMinDecisionSeconds, core::kMaxDecisionSeconds);
            readChoices(dt, d);
            if (d.secondsAllowed() < d.readingSeconds()) {
                const toml::node* limit = dt.get("time_limit");
                r_.error(limit ? FileReader::lineOf(*limit) : FileReader::lineOf(dt),
                         "decision '" + d.id + "' takes " + std::to_string(d.readingSeconds()) + " seconds to read at " +
                             std::to_string(core::kReadingCharactersPerSecond) + " characters a second, but its time limit is " +
                             std::to_string(d.secondsAllowed()) + (limit ? "" : " (the default)") +
                             ": shorten the text or set a longer time_limit");
            }
            s.decisions.push_back(std::move(d));
        });
        const toml::node* n = t.get("decision");
        int count = static_cast<int>(s.decisions.size());
        if (n && n->is_array() && (count < core::kMinScenarioDecisions || count > core::kMaxScenarioDecisions))
            r_.error(*n, "a scenario has " + std::to_string(core::kMinScenarioDecisions) + " to " +
                             std::to_string(core::kMaxScenarioDecisions) + " decisions, not " + std::to_string(count));
    }

    void readChoices(const toml::table& dt, core::ScenarioDecision& d) {
        std::set<std::string> texts;
        r_.eachTable(dt, "choice", true, [&](const toml::table& ct) {
            core::ScenarioChoice c;
            r_.onlyKeys(ct, {"text", "right", "feedback"});
            c.text = r_.str(ct, "text", true, kMaxChoiceText);
            c.right = r_.boolean(ct, "right");
            c.feedback = r_.str(ct, "feedback", true, kMaxFeedback);
            if (!c.text.empty() && !texts.insert(c.text).second) r_.error(*ct.get("text"), "this choice appears twice");
            d.choices.push_back(std::move(c));
        });
        if (!dt.get("choice")) return;  // reported as missing
        int count = static_cast<int>(d.choices.size());
        if (count < core::kMinScenarioChoices || count > core::kMaxScenarioChoices)
            r_.error(dt, "decision '" + d.id + "' has " + std::to_string(count) + " choices; it needs " +
                             std::to_string(core::kMinScenarioChoices) + " or " + std::to_string(core::kMaxScenarioChoices));
        long right = std::count_if(d.choices.begin(), d.choices.end(), [](const auto& c) { return c.right; });
        if (right != 1)
            r_.error(dt, "decision '" + d.id + "' has " + std::to_string(right) +
                             " choices marked right = true; exactly one must be");
    }

    // A guide or checklist whose file is there but did not load is reported in its own file.
    bool present(const core::ContentRef& ref) const {
        std::error_code ec;
        const char* folder = ref.kind == core::ContentRef::Kind::Guide ? "guides" : "checklists";
        return fs::exists(dir_ / folder / (ref.id + ".toml"), ec);
    }

    bool loaded(const core::ContentRef& ref) const {
        return ref.kind == core::ContentRef::Kind::Guide ? content_.guide(ref.id) != nullptr : content_.checklist(ref.id) != nullptr;
    }

    static std::string kindName(const core::ContentRef& ref) { return ref.kind == core::ContentRef::Kind::Guide ? "guide" : "checklist"; }

    // The guide or checklist a reference names loaded; an unknown one is reported. One whose file
    // has problems is reported there, and the scenario is left out: its citations cannot be checked.
    bool exists(const toml::node& at, const core::ContentRef& ref) {
        if (loaded(ref)) return true;
        if (present(ref))
            uncheckable_ = true;
        else
            r_.error(at, "there is no " + kindName(ref) + " '" + ref.id + "'");
        return false;
    }

    // The step or item a decision cites is shown: a step named without a variant is shown in every
    // variant of its guide, so the citation holds whichever variant the user reads.
    bool citable(const toml::node& at, const core::ContentRef& ref) {
        if (!exists(at, ref)) return false;
        if (ref.kind == core::ContentRef::Kind::Checklist) {
            if (core::citedText(content_, ref)) return true;
            r_.error(at, "checklist '" + ref.id + "' has no item with id '" + ref.step + "'");
            return false;
        }
        const core::Guide& g = *content_.guide(ref.id);
        if (!ref.variant.empty() &&
            std::none_of(g.variants.begin(), g.variants.end(), [&](const auto& v) { return v.id == ref.variant; })) {
            r_.error(at, "guide '" + ref.id + "' has no variant '" + ref.variant + "'");
            return false;
        }
        std::vector<std::string> variants;
        if (!ref.variant.empty() || g.variants.empty())
            variants.push_back(ref.variant);
        else
            for (const auto& v : g.variants) variants.push_back(v.id);
        for (const auto& v : variants) {
            if (g.stepIndex(v, ref.step)) continue;
            if (ref.variant.empty() && !g.variants.empty())
                r_.error(at, "guide '" + ref.id + "' does not show step '" + ref.step + "' for variant '" + v +
                                 "': name the variant, \"guide:" + ref.id + "#<variant>@" + ref.step + "\"");
            else
                r_.error(at, "guide '" + ref.id + "' has no step with id '" + ref.step + "'" +
                                 (v.empty() ? "" : " for variant '" + v + "'"));
            return false;
        }
        return true;
    }

    void checkTrainedAreCited(const toml::table& t, const core::Scenario& s) {
        if (s.decisions.empty()) return;  // reported as missing
        for (const auto& trained : s.trains) {
            bool cited = std::any_of(s.decisions.begin(), s.decisions.end(), [&](const auto& d) { return d.cites.sameTarget(trained); });
            if (!cited) r_.error(*t.get("trains"), "it trains '" + trained.text() + "', but no decision cites it");
        }
    }

    // A scenario states no fact of its own: its sources are the ones its guides and checklists give.
    void checkSources(const toml::table& t, const core::Scenario& s) {
        std::vector<core::ContentRef> refs = s.trains;
        for (const auto& d : s.decisions)
            if (!d.cites.id.empty()) refs.push_back(d.cites);
        std::set<std::string> allowed;
        for (const auto& ref : refs) {
            if (ref.kind == core::ContentRef::Kind::Guide) {
                if (const core::Guide* g = content_.guide(ref.id)) allowed.insert(g->sources.begin(), g->sources.end());
            } else if (const core::ChecklistTemplate* c = content_.checklist(ref.id)) {
                allowed.insert(c->sources.begin(), c->sources.end());
            }
        }
        const toml::node* n = t.get("sources");
        if (!n || allowed.empty()) return;  // nothing to compare with: reported already
        const toml::array* a = n->as_array();
        for (size_t i = 0; a && i < a->size() && i < s.sources.size(); ++i)
            if (!allowed.count(s.sources[i]))
                r_.error(*a->get(i), "source '" + s.sources[i] +
                                         "' is not one that the guides or checklists this scenario cites list: copy it from them");
    }

    FileReader& r_;
    const core::Content& content_;
    const fs::path& dir_;
    bool uncheckable_ = false;  // it cites a guide or checklist that did not load
};

}  // namespace

std::vector<std::string> loadScenarios(const fs::path& dir, LoadResult& result) {
    std::vector<std::string> files;
    std::error_code ec;
    if (!fs::exists(dir / "scenarios", ec)) return files;
    auto unreadable = [&](const fs::path& p, core::Wording message) {
        result.problems.push_back(Problem::worded(p.lexically_relative(dir).generic_string(), 0, std::move(message)));
    };
    for (const auto& p : tomlFilesIn(dir / "scenarios", unreadable)) {
        files.push_back(p.lexically_relative(dir).generic_string());
        FileReader r(files.back(), result.problems);
        if (auto s = ScenarioReader(r, result.content, dir).read(p)) result.content.scenarios.push_back(std::move(*s));
    }
    return files;
}

}  // namespace content
