#include "content/alert_signals.h"

#include <algorithm>
#include <set>

#include "content/file_reader.h"

namespace content {
namespace {

// A published length in seconds: absent stays absent (the app says it is not published).
std::optional<double> seconds(FileReader& r, const toml::table& t, const char* key) {
    if (!t.get(key)) return std::nullopt;
    double v = r.number(t, key, 0.1, 3600);
    return v > 0 ? std::optional<double>(v) : std::nullopt;
}

std::optional<core::SignalSound> readSound(FileReader& r, const toml::table& st) {
    const toml::table* t = r.table(st, "sound", true);
    if (!t) return std::nullopt;
    size_t before = r.problemCount();
    r.onlyKeys(*t, {"pattern", "seconds", "rise_seconds", "fall_seconds", "on_seconds", "off_seconds"});
    core::SignalSound s;
    std::string name = r.str(*t, "pattern", true);
    if (auto p = core::signalPatternFromName(name))
        s.pattern = *p;
    else if (!name.empty())
        r.error(*t->get("pattern"), "pattern '" + name + "' must be steady, rising-falling or interrupted");
    s.seconds = seconds(r, *t, "seconds");
    s.riseSeconds = seconds(r, *t, "rise_seconds");
    s.fallSeconds = seconds(r, *t, "fall_seconds");
    s.onSeconds = seconds(r, *t, "on_seconds");
    s.offSeconds = seconds(r, *t, "off_seconds");
    // Figures that belong to another pattern would be silently ignored: say so instead.
    auto only = [&](const char* key, core::SignalPattern owner) {
        if (const toml::node* n = t->get(key); n && s.pattern != owner)
            r.error(*n, std::string("'") + key + "' belongs to the " + std::string(core::signalPatternName(owner)) + " pattern");
    };
    only("rise_seconds", core::SignalPattern::RisingFalling);
    only("fall_seconds", core::SignalPattern::RisingFalling);
    only("on_seconds", core::SignalPattern::Interrupted);
    only("off_seconds", core::SignalPattern::Interrupted);
    if (r.problemCount() != before) return std::nullopt;
    return s;
}

std::optional<core::CountrySignals> readCountry(FileReader& r, const toml::table& ct, const core::EmergencyNumbers& numbers) {
    size_t before = r.problemCount();
    core::CountrySignals c;
    r.onlyKeys(ct, {"code", "name", "source", "note", "checked", "signal"});
    c.code = r.str(ct, "code", true);
    if (!c.code.empty() && !numbers.find(c.code))
        r.error(*ct.get("code"), "country code '" + c.code + "' is not in emergency_numbers.toml");
    c.name = r.str(ct, "name", true);
    c.sources = r.strings(ct, "source", true);
    c.note = r.str(ct, "note", false, kMaxCountryNote);
    if (auto d = r.date(ct, "checked", true)) c.checked = *d;
    std::set<std::string> ids;
    r.eachTable(ct, "signal", true, [&](const toml::table& st) {
        core::AlertSignal s;
        r.onlyKeys(st, {"id", "name", "meaning", "sound", "do"});
        s.id = r.str(st, "id", true);
        if (!s.id.empty() && !core::isContentId(s.id))
            r.error(*st.get("id"), "signal id '" + s.id + "' must be lower-case letters, digits and '-'");
        else if (!s.id.empty() && !ids.insert(s.id).second)
            r.error(*st.get("id"), "signal id '" + s.id + "' appears twice in " + c.code);
        s.name = r.str(st, "name", true, kMaxSignalName);
        s.meaning = r.str(st, "meaning", true, kMaxMeaning);
        s.actions = r.strings(st, "do", true);
        for (const std::string& a : s.actions)
            if (core::utf8Length(a) > kMaxAction)
                r.error(*st.get("do"), "an action is " + std::to_string(core::utf8Length(a)) + " characters; at most " +
                                           std::to_string(kMaxAction) + " fit on a phone screen");
        if (auto sound = readSound(r, st)) s.sound = *sound;
        c.signals.push_back(std::move(s));
    });
    if (r.problemCount() != before) return std::nullopt;
    return c;
}

}  // namespace

bool loadAlertSignals(const std::filesystem::path& dir, LoadResult& result) {
    std::filesystem::path path = dir / "alert_signals.toml";
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) return false;
    FileReader r("alert_signals.toml", result.problems);
    auto doc = r.parse(path);
    if (!doc) return true;
    r.onlyKeys(*doc, {"country"});
    std::set<std::string> codes;
    r.eachTable(*doc, "country", true, [&](const toml::table& ct) {
        if (const toml::node* code = ct.get("code"); code && code->is_string() && !codes.insert(*code->value<std::string>()).second) {
            r.error(*code, "country code '" + *code->value<std::string>() + "' appears twice");
            return;
        }
        if (auto c = readCountry(r, ct, result.content.numbers)) result.content.alertSignals.push_back(std::move(*c));
    });
    return true;
}

}  // namespace content
