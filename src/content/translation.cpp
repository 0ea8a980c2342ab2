// Translations. content/<language>/ mirrors the English tree file for file; a translated file
// gives only the words, under the keys of its English file. Which keys are words is declared
// below for each kind of content; everything else (ids, targets, numbers, amounts, units, timers,
// dates, sources) stays in the English file alone, so every fact has one source.
//
// A word that is missing, or that states other numbers than the English, stays English, and the
// problem is reported: a translation may leave a sentence in English, never change a fact.
#include "content/translation.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <toml++/toml.h>

#include "content/file_reader.h"
#include "core/alert_signal.h"
#include "core/emergency.h"
#include "core/scenario.h"

namespace content {
namespace {

namespace fs = std::filesystem;

// The numbers a text states, as written ("3.8 L" states 3 and 8), in order: a translation may
// move them about but must state the same ones.
std::vector<std::string> numbersIn(const std::string& text) {
    std::vector<std::string> out;
    for (size_t i = 0; i < text.size();) {
        if (text[i] < '0' || text[i] > '9') {
            ++i;
            continue;
        }
        size_t end = i;
        while (end < text.size() && text[end] >= '0' && text[end] <= '9') ++end;
        out.push_back(text.substr(i, end - i));
        i = end;
    }
    std::sort(out.begin(), out.end());
    return out;
}

// What the app fills in at run time ("{cpr-cycle}"): a translation keeps each one.
std::vector<std::string> placeholdersIn(const std::string& text) {
    std::vector<std::string> out;
    for (size_t open = text.find('{'); open != std::string::npos; open = text.find('{', open + 1)) {
        size_t close = text.find('}', open);
        if (close == std::string::npos) break;
        out.push_back(text.substr(open, close - open + 1));
    }
    std::sort(out.begin(), out.end());
    return out;
}

// Arabic-Indic (U+0660–U+0669) and Eastern Arabic-Indic (U+06F0–U+06F9) digits. The content writes
// numbers with 0-9 in every language, so they can be checked against the English; the UI may
// show them in the reader's digits.
bool hasOtherDigits(const std::string& text) {
    for (size_t i = 0; i + 1 < text.size(); ++i) {
        auto lead = static_cast<unsigned char>(text[i]), next = static_cast<unsigned char>(text[i + 1]);
        if ((lead == 0xD9 && next >= 0xA0 && next <= 0xA9) || (lead == 0xDB && next >= 0xB0 && next <= 0xB9)) return true;
    }
    return false;
}

// A translation states the numbers the English states, and no other. One and two may be left to
// the words, as Arabic says them with the noun itself (دقيقة: 1 minute, دقيقتان: 2 minutes).
bool sameNumbers(const std::string& english, const std::string& translated) {
    std::vector<std::string> left = numbersIn(english);
    for (const std::string& n : numbersIn(translated)) {
        auto it = std::find(left.begin(), left.end(), n);
        if (it == left.end()) return false;
        left.erase(it);
    }
    return std::all_of(left.begin(), left.end(), [](const std::string& n) { return n == "1" || n == "2"; });
}

std::string joined(const std::vector<std::string>& items) {
    if (items.empty()) return "none";
    std::string out;
    for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
    return out;
}

// The translated words of one table, put in place of the English values they translate.
class Words {
public:
    Words(FileReader& r, const toml::table& t, const std::string& englishFile) : r_(r), t_(t), english_(englishFile) {}

    static core::Wording notTranslated(std::string_view key) {
        return {core::textId("'{key}' is not translated: the English is shown"), {{"key", std::string(key)}}};
    }

    // The keys this table may have: the words. Any other is a fact that stays in English (or a typo).
    void keys(std::initializer_list<const char*> words) {
        for (auto&& [key, value] : t_) {
            const std::string_view name = key.str();  // a plain name: clang before 16 cannot capture a structured binding
            if (std::none_of(words.begin(), words.end(), [name](const char* w) { return name == w; }))
                r_.error(value, "'" + std::string(name) + "' is not translatable: ids, numbers, timers, units and sources stay in " + english_);
        }
    }

    // A text in place of the English one.
    void text(const char* key, std::string& english, size_t maxLen = 0) {
        const toml::node* n = present(key, !english.empty());
        if (!n) return;
        std::string s = r_.str(t_, key, true, maxLen);
        if (!s.empty() && sameFacts(*n, key, english, s)) english = std::move(s);
    }

    // A list the English gives item for item (call_when, do_not, choices): the same length, each
    // item in the place of the English one, and each at most maxLen characters when given.
    void list(const char* key, std::vector<std::string>& english, size_t maxLen = 0) {
        const toml::node* n = present(key, !english.empty());
        if (!n) return;
        std::vector<std::string> items = r_.strings(t_, key, true);
        const toml::array* a = n->as_array();
        if (!a || items.size() != a->size()) return;  // reported by strings()
        if (items.size() != english.size()) {
            r_.error(*n, "'" + std::string(key) + "' has " + std::to_string(items.size()) + " items and the English " +
                             std::to_string(english.size()) + ": they are matched by position, so the English is shown");
            return;
        }
        for (size_t i = 0; i < items.size(); ++i) {
            if (maxLen && core::utf8Length(items[i]) > maxLen) {
                r_.error((*a)[i], "an item of '" + std::string(key) + "' is " + std::to_string(core::utf8Length(items[i])) +
                                      " characters; at most " + std::to_string(maxLen) + " fit on a phone screen");
                continue;
            }
            if (!items[i].empty() && sameFacts((*a)[i], key, english[i], items[i])) english[i] = std::move(items[i]);
        }
    }

    // Words a search matches (keywords, aliases): any number, even where the English has none.
    void searchWords(const char* key, std::vector<std::string>& english) {
        if (!t_.get(key)) {
            if (!english.empty()) r_.error(t_, notTranslated(key));
            return;
        }
        english = r_.strings(t_, key, true);
    }

    // A table inside this one ([guideline], a step's timer).
    template <class Fn>
    void table(const char* key, bool englishHas, Fn&& fn) {
        if (!present(key, englishHas)) return;
        if (const toml::table* sub = r_.table(t_, key, true)) {
            Words w(r_, *sub, english_);
            fn(w);
        }
    }

    // [[key]] tables matched with the English ones by position ([[step]], [[question]], [[section]]).
    template <class T, class Fn>
    void byPosition(const char* key, std::vector<T>& english, Fn&& fn) {
        const toml::node* n = present(key, !english.empty());
        if (!n) return;
        std::vector<const toml::table*> tables = tablesOf(key, *n);
        if (tables.size() != english.size()) {
            r_.error(*n, std::to_string(tables.size()) + " [[" + key + "]] here and " + std::to_string(english.size()) + " in " +
                             english_ + ": they are matched by position, so the English is shown");
            return;
        }
        for (size_t i = 0; i < tables.size(); ++i) {
            Words w(r_, *tables[i], english_);
            fn(w, english[i]);
        }
    }

    // [[key]] tables matched with the English ones by an id they repeat ([[node]] by id, [[country]]
    // by code). Every English one must be there.
    template <class T, class Fn>
    void byId(const char* key, const char* idKey, std::vector<T>& english, std::string T::*id, Fn&& fn) {
        const toml::node* n = present(key, !english.empty());
        if (!n) return;
        std::map<std::string, T*> byId;
        for (T& e : english) byId.emplace(e.*id, &e);
        std::set<std::string> seen;
        for (const toml::table* t : tablesOf(key, *n)) {
            std::string value = r_.str(*t, idKey, true);
            if (value.empty()) continue;
            auto it = byId.find(value);
            if (it == byId.end())
                r_.error(*t->get(idKey), std::string("there is no ") + idKey + " '" + value + "' in " + english_);
            else if (!seen.insert(value).second)
                r_.error(*t->get(idKey), std::string(idKey) + " '" + value + "' is translated twice");
            else {
                Words w(r_, *t, english_);
                fn(w, *it->second);
            }
        }
        for (const T& e : english)
            if (!seen.count(e.*id))
                r_.error(*n, {core::textId("[[{key}]] with {id} '{value}' is not translated: the English is shown"),
                              {{"key", std::string(key)}, {"id", idKey}, {"value", e.*id}}});
    }

    // Where a [[key]] matched by position repeats the English id, it must be the same: a step
    // translated in the wrong place would tell a user to do the wrong thing.
    bool sameId(const char* key, const std::string& english) {
        const toml::node* n = t_.get(key);
        if (!n) return true;
        std::string value = r_.str(t_, key, true);
        if (value == english) return true;
        r_.error(*n, std::string("'") + key + "' is '" + value + "', but the English in this place has '" + english +
                         "': they are matched by position, so the English is shown");
        return false;
    }

    FileReader& reader() { return r_; }
    const toml::table& table() const { return t_; }

private:
    // The node that translates key, when the English has it; a missing translation, or one of a
    // key the English does not have here, is reported.
    const toml::node* present(const char* key, bool englishHas) {
        const toml::node* n = t_.get(key);
        if (!n && englishHas) r_.error(t_, notTranslated(key));
        if (n && !englishHas) r_.error(*n, "'" + std::string(key) + "' is not in the English here, so there is nothing to translate (" + english_ + ")");
        return englishHas ? n : nullptr;
    }

    std::vector<const toml::table*> tablesOf(const char* key, const toml::node& n) {
        std::vector<const toml::table*> out;
        if (const toml::array* a = n.as_array()) {
            for (const toml::node& e : *a)
                if (const toml::table* t = e.as_table())
                    out.push_back(t);
                else
                    r_.error(e, std::string("each '") + key + "' must be a table");
        } else {
            r_.error(n, std::string("'") + key + "' must be written as [[" + key + "]] tables");
        }
        return out;
    }

    // The translation states the same numbers and keeps the same placeholders as the English.
    bool sameFacts(const toml::node& at, const char* key, const std::string& english, const std::string& translated) {
        std::string what = "'" + std::string(key) + "'";
        if (hasOtherDigits(translated)) {
            r_.error(at, what + " writes numbers with other digits than 0-9: write them as the English does, so they can be checked");
            return false;
        }
        if (!sameNumbers(english, translated)) {
            r_.error(at, what + " states the numbers " + joined(numbersIn(translated)) + " and the English " + joined(numbersIn(english)) +
                             ": a translation never changes a number, so the English is shown");
            return false;
        }
        if (placeholdersIn(translated) != placeholdersIn(english)) {
            r_.error(at, what + " must keep " + joined(placeholdersIn(english)) + " as the English has it, not " +
                             joined(placeholdersIn(translated)) + ": the English is shown");
            return false;
        }
        return true;
    }

    FileReader& r_;
    const toml::table& t_;
    std::string english_;
};

// The [translation] table: what the file translates, from which English text, when, and whether a
// qualified first-aid trainer has reviewed it.
core::Translation readHeader(Words& w, const std::string& language, const std::string& from,
                             std::optional<core::CalendarDate> englishChecked) {
    core::Translation tr;
    tr.language = language;
    tr.from = from;
    FileReader& r = w.reader();
    const toml::table* h = r.table(w.table(), "translation", true);
    if (!h) return tr;
    r.onlyKeys(*h, {"from", "english_checked", "translated", "reviewed", "reviewer", "note"});
    std::string named = r.str(*h, "from", true);
    if (!named.empty() && named != from) r.error(*h->get("from"), "'from' is '" + named + "', but this file translates '" + from + "'");
    if (englishChecked) {
        tr.englishChecked = r.date(*h, "english_checked", true);
        if (tr.englishChecked && *tr.englishChecked != *englishChecked)
            r.error(*h->get("english_checked"), "the English was checked on " + englishChecked->iso() + " and this translation follows its text of " +
                                                    tr.englishChecked->iso() + ": compare them, then update 'english_checked'");
    } else if (const toml::node* n = h->get("english_checked")) {
        r.error(*n, "'english_checked' has nothing to follow: " + from + " has no 'checked' date");
    }
    if (auto d = r.date(*h, "translated", true)) tr.translated = *d;
    if (!h->get("reviewed")) r.error(*h, "missing 'reviewed': true only once a qualified first-aid trainer, named in 'reviewer', has checked it");
    tr.reviewed = r.boolean(*h, "reviewed");
    tr.reviewer = r.str(*h, "reviewer", tr.reviewed);
    tr.note = r.str(*h, "note", false);
    return tr;
}

void translateGuideline(Words& w, core::Guideline& g) {
    w.table("guideline", true, [&](Words& gw) {
        gw.keys({"section", "note"});  // the name and edition are the publication's own
        gw.text("section", g.section);
        gw.text("note", g.note);
    });
}

void translateGuide(Words& w, core::Guide& g) {
    w.keys({"translation", "title", "category", "summary", "keywords", "call_when", "do_not", "guideline", "variant", "step", "question"});
    w.text("title", g.title, kMaxGuideTitle);
    w.text("category", g.category);
    w.text("summary", g.summary, kMaxSummary);
    w.searchWords("keywords", g.keywords);
    w.list("call_when", g.callWhen);
    w.list("do_not", g.doNot);
    translateGuideline(w, g.guideline);
    w.byId("variant", "id", g.variants, &core::Variant::id, [](Words& vw, core::Variant& v) {
        vw.keys({"id", "label"});
        vw.text("label", v.label);
    });
    w.byPosition("step", g.steps, [](Words& sw, core::Step& s) {
        sw.keys({"id", "text", "detail", "timer"});
        if (!sw.sameId("id", s.id)) return;
        sw.text("text", s.text, kMaxStepText);
        sw.text("detail", s.detail, kMaxStepDetail);
        sw.table("timer", s.timer.has_value(), [&](Words& tw) {
            tw.keys({"label", "call_message"});
            tw.text("label", s.timer->label);
            tw.text("call_message", s.timer->callMessage);
        });
    });
    w.byPosition("question", g.questions, [](Words& qw, core::Question& q) {
        qw.keys({"prompt", "choices", "explanation"});  // the answer index stays in English
        qw.text("prompt", q.prompt);
        qw.list("choices", q.choices);
        qw.text("explanation", q.explanation);
    });
}

void translateChecklist(Words& w, core::ChecklistTemplate& c) {
    w.keys({"translation", "title", "summary", "section"});
    w.text("title", c.title, core::kMaxChecklistTitle);
    w.text("summary", c.summary, kMaxSummary);
    w.byPosition("section", c.sections, [](Words& sw, core::ChecklistSection& s) {
        sw.keys({"title", "item"});
        sw.text("title", s.title, core::kMaxSectionTitle);
        sw.byPosition("item", s.items, [](Words& iw, core::ChecklistItem& item) {
            iw.keys({"text", "detail"});
            iw.text("text", item.text, kMaxItemText);
            iw.text("detail", item.detail, kMaxItemDetail);
        });
    });
}

void translateTriage(Words& w, core::TriageTree& tree) {
    w.keys({"translation", "node"});
    w.byId("node", "id", tree.nodes, &core::TriageNode::id, [](Words& nw, core::TriageNode& n) {
        nw.keys({"id", "question", "detail", "answer"});
        nw.text("question", n.question);
        nw.text("detail", n.detail);
        nw.byPosition("answer", n.answers, [](Words& aw, core::TriageAnswer& a) {
            aw.keys({"label"});
            aw.text("label", a.label);
        });
    });
}

// Items that share an English category share its translation, or the kit would split a group.
class SameTranslation {
public:
    explicit SameTranslation(std::string what) : what_(std::move(what)) {}
    void check(FileReader& r, const toml::node* at, const std::string& english, const std::string& translated) {
        if (!at) return;  // not translated: reported already
        auto [it, added] = seen_.emplace(english, translated);
        if (!added && it->second != translated)
            r.error(*at, what_ + " '" + english + "' is '" + it->second + "' elsewhere and '" + translated + "' here: use one");
    }

private:
    std::string what_;
    std::map<std::string, std::string> seen_;
};

void translateKit(Words& w, core::KitTemplate& kit) {
    w.keys({"translation", "days_note", "guideline", "item", "national"});
    w.text("days_note", kit.daysNote, kMaxItemDetail);
    translateGuideline(w, kit.guideline);
    SameTranslation categories("the category");
    w.byId("item", "id", kit.items, &core::KitTemplateItem::id, [&](Words& iw, core::KitTemplateItem& item) {
        iw.keys({"id", "name", "category", "detail", "when_needed"});  // units are the UI's to word
        std::string english = item.category;
        iw.text("name", item.name);
        iw.text("category", item.category);
        iw.text("detail", item.detail, kMaxItemDetail);
        iw.text("when_needed", item.whenNeeded, kMaxItemDetail);
        categories.check(iw.reader(), iw.table().get("category"), english, item.category);
    });
    w.byPosition("national", kit.national, [](Words& nw, core::NationalKit& n) {
        nw.keys({"days_note", "guideline", "item"});
        nw.text("days_note", n.daysNote, kMaxItemDetail);
        translateGuideline(nw, n.guideline);
        nw.byId("item", "id", n.items, &core::KitTemplateItem::id, [](Words& iw, core::KitTemplateItem& item) {
            iw.keys({"id", "detail"});
            iw.text("detail", item.detail, kMaxItemDetail);
        });
    });
}

// Country names in the language, with the English names kept as aliases: a user may still type
// "Egypt". No name may find two countries.
void translateNumbers(Words& w, core::EmergencyNumbers& numbers) {
    w.keys({"translation", "country"});
    std::map<std::string, std::string> nameOwner;  // search key → country code
    for (const auto& c : numbers.countries)
        for (const std::string* name : {&c.name, &c.officialName}) nameOwner.emplace(core::searchKey(*name), c.code);
    for (const auto& c : numbers.countries)
        for (const auto& alias : c.aliases) nameOwner.emplace(core::searchKey(alias), c.code);
    w.byId("country", "code", numbers.countries, &core::CountryNumbers::code, [&](Words& cw, core::CountryNumbers& c) {
        cw.keys({"code", "name", "official_name", "aliases", "note"});
        std::vector<std::string> englishNames{c.name};
        if (!c.officialName.empty()) englishNames.push_back(c.officialName);
        englishNames.insert(englishNames.end(), c.aliases.begin(), c.aliases.end());
        cw.text("name", c.name);
        cw.text("official_name", c.officialName);
        cw.searchWords("aliases", c.aliases);
        cw.text("note", c.note, kMaxCountryNote);
        std::vector<std::string> names{c.name, c.officialName};
        names.insert(names.end(), c.aliases.begin(), c.aliases.end());
        for (const std::string& name : names) {
            std::string key = core::searchKey(name);
            if (key.empty()) continue;
            auto [it, added] = nameOwner.emplace(key, c.code);
            if (!added && it->second != c.code)
                cw.reader().error(cw.table(), "the name '" + name + "' of " + c.code + " is also a name of " + it->second);
        }
        for (std::string& name : englishNames)
            if (std::find(c.aliases.begin(), c.aliases.end(), name) == c.aliases.end()) c.aliases.push_back(std::move(name));
    });
    std::sort(numbers.countries.begin(), numbers.countries.end(),
              [](const auto& a, const auto& b) { return core::searchKey(a.name) < core::searchKey(b.name); });
}

void translateScenario(Words& w, core::Scenario& s) {
    w.keys({"translation", "title", "setting", "decision"});  // trains and sources stay in English
    w.text("title", s.title, kMaxGuideTitle);
    w.text("setting", s.setting, kMaxSummary);
    w.byPosition("decision", s.decisions, [](Words& dw, core::ScenarioDecision& d) {
        dw.keys({"id", "situation", "choice"});  // cites and time_limit stay in English
        if (!dw.sameId("id", d.id)) return;
        dw.text("situation", d.situation, kMaxSituation);
        // Choices by position: which one is right stays in English.
        dw.byPosition("choice", d.choices, [](Words& cw, core::ScenarioChoice& c) {
            cw.keys({"text", "feedback"});
            cw.text("text", c.text, kMaxChoiceText);
            cw.text("feedback", c.feedback, kMaxFeedback);
        });
        // Timed mode gives the English limit: the translated words must still be readable in it.
        if (d.secondsAllowed() < d.readingSeconds())
            dw.reader().error(dw.table(), "decision '" + d.id + "' takes " + std::to_string(d.readingSeconds()) +
                                              " seconds to read in this translation and timed mode allows " +
                                              std::to_string(d.secondsAllowed()) + ": shorten the words");
    });
}

void translateAlertSignals(Words& w, std::vector<core::CountrySignals>& countries) {
    w.keys({"translation", "country"});
    w.byId("country", "code", countries, &core::CountrySignals::code, [](Words& cw, core::CountrySignals& c) {
        cw.keys({"code", "name", "note", "signal"});  // sources, dates and sounds stay in English
        cw.text("name", c.name);
        cw.text("note", c.note, kMaxCountryNote);
        cw.byId("signal", "id", c.signals, &core::AlertSignal::id, [](Words& sw, core::AlertSignal& s) {
            sw.keys({"id", "name", "meaning", "do"});
            sw.text("name", s.name, kMaxSignalName);
            sw.text("meaning", s.meaning, kMaxMeaning);
            sw.list("do", s.actions, kMaxAction);
        });
    });
}

// Reads one translated file and puts its words in place. english: the English file's path.
// guideCategories: guides that share an English category share its translation, as the First aid
// tab groups them by it.
void translateFile(const fs::path& file, FileReader& r, const std::string& language, const std::string& english,
                   core::Content& content, SameTranslation& guideCategories) {
    auto doc = r.parse(file);
    if (!doc) return;
    Words w(r, *doc, english);
    fs::path path(english);
    std::string folder = path.parent_path().generic_string(), id = path.stem().string();
    if (folder == "guides") {
        core::Guide* g = nullptr;
        for (auto& guide : content.guides)
            if (guide.id == id) g = &guide;
        if (!g) return;  // the English guide has problems of its own, reported there
        std::string category = g->category;
        g->translation = readHeader(w, language, english, g->guideline.checked);
        translateGuide(w, *g);
        guideCategories.check(r, doc->get("category"), category, g->category);
    } else if (folder == "checklists") {
        for (auto& c : content.checklists)
            if (c.id == id) {
                c.translation = readHeader(w, language, english, std::nullopt);
                translateChecklist(w, c);
            }
    } else if (english == "triage.toml") {
        content.triage.translation = readHeader(w, language, english, std::nullopt);
        translateTriage(w, content.triage);
    } else if (english == "kit.toml") {
        std::optional<core::CalendarDate> checked;
        if (content.kit.guideline.checked != core::CalendarDate{}) checked = content.kit.guideline.checked;
        content.kit.translation = readHeader(w, language, english, checked);
        translateKit(w, content.kit);
    } else if (english == "emergency_numbers.toml") {
        readHeader(w, language, english, std::nullopt);
        translateNumbers(w, content.numbers);
    } else if (folder == "scenarios") {
        for (auto& s : content.scenarios)
            if (s.id == id) {  // none: the English scenario has problems of its own, reported there
                readHeader(w, language, english, std::nullopt);
                translateScenario(w, s);
            }
    } else if (english == "alert_signals.toml") {
        readHeader(w, language, english, std::nullopt);
        translateAlertSignals(w, content.alertSignals);
    }
}

}  // namespace

void overlayTranslation(const fs::path& dir, const std::string& language, const std::vector<std::string>& englishFiles,
                        core::Content& content, std::vector<Problem>& problems) {
    const fs::path langDir = dir / language;
    std::error_code ec;
    if (!fs::is_directory(langDir, ec)) {
        problems.push_back(Problem::worded(language, 0, {core::textId("there is no translation folder for this language: the English is shown")}));
        return;
    }
    SameTranslation guideCategories("the category");
    for (const std::string& english : englishFiles) {
        fs::path file = langDir / english;
        std::string rel = language + "/" + english;
        if (!fs::exists(file, ec)) {
            problems.push_back(Problem::worded(rel, 0, {core::textId("is missing: it translates {file}, which is shown in English"), {{"file", english}}}));
            continue;
        }
        FileReader r(rel, problems);
        translateFile(file, r, language, english, content, guideCategories);
    }

    // A translated file with no English file is a leftover or a misspelt name.
    std::set<std::string> known(englishFiles.begin(), englishFiles.end());
    auto unreadable = [&](const fs::path& p, core::Wording message) {
        problems.push_back(Problem::worded(p.lexically_relative(dir).generic_string(), 0, std::move(message)));
    };
    std::vector<fs::path> translated = tomlFilesIn(langDir, unreadable);
    for (const char* folder : {"guides", "checklists", "scenarios"})
        if (fs::is_directory(langDir / folder, ec))
            for (auto& p : tomlFilesIn(langDir / folder, unreadable)) translated.push_back(p);
    for (const auto& p : translated) {
        std::string english = p.lexically_relative(langDir).generic_string();
        if (!known.count(english))
            problems.push_back(Problem::worded(language + "/" + english, 0, {core::textId("has no English file {file} to translate"), {{"file", english}}}));
    }
}

}  // namespace content
