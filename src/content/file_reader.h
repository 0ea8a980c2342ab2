#pragma once
// Reads values out of one content file with toml++, recording every problem against the file and
// the line it is on. Shared by the English loader and the translation overlay.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <toml++/toml.h>
#include <vector>

#include "content/loader.h"
#include "core/calendar_date.h"
#include "core/checklist.h"
#include "core/text.h"

namespace content {

// Lengths in characters that still read well on a phone: the English and every translation keep to them.
constexpr size_t kMaxGuideTitle = 60;
constexpr size_t kMaxSummary = 300;
constexpr size_t kMaxStepText = 120;
constexpr size_t kMaxStepDetail = 400;
constexpr size_t kMaxItemText = core::kMaxItemText;
constexpr size_t kMaxItemDetail = core::kMaxItemDetail;
constexpr size_t kMaxCountryNote = 400;
constexpr size_t kMaxSituation = 300;   // a scenario's decision
constexpr size_t kMaxChoiceText = 120;
constexpr size_t kMaxFeedback = 300;
constexpr size_t kMaxSignalName = 60;   // an alert signal
constexpr size_t kMaxMeaning = 200;
constexpr size_t kMaxAction = 160;

// Reads values out of one file, recording problems against it.
class FileReader {
public:
    FileReader(std::string file, std::vector<Problem>& problems) : file_(std::move(file)), problems_(problems) {}

    // A message in English only (one for the people who write content files).
    void error(int line, std::string message) { problems_.push_back({file_, line, std::move(message)}); }
    void error(const toml::node& node, std::string message) { error(lineOf(node), std::move(message)); }
    void error(int line, const char* message) { error(line, std::string(message)); }
    void error(const toml::node& node, const char* message) { error(lineOf(node), std::string(message)); }
    // A message worded in the user's language where it is shown (on Today).
    void error(int line, core::Wording words) { problems_.push_back(Problem::worded(file_, line, std::move(words))); }
    void error(const toml::node& node, core::Wording words) { error(lineOf(node), std::move(words)); }
    static int lineOf(const toml::node& node) { return static_cast<int>(node.source().begin.line); }
    size_t problemCount() const { return problems_.size(); }

    void onlyKeys(const toml::table& t, std::initializer_list<const char*> allowed) {
        for (auto&& [key, value] : t) {
            bool known = std::any_of(allowed.begin(), allowed.end(), [name = key.str()](const char* a) { return name == a; });
            if (!known) error(value, keyWording(core::textId("unknown key '{key}'"), key.str()));
        }
    }

    std::string str(const toml::table& t, const char* key, bool required, size_t maxLen = 0) {
        const toml::node* n = t.get(key);
        if (!n) {
            if (required) error(t, keyWording(core::textId("missing '{key}'"), key));
            return {};
        }
        auto s = n->value<std::string>();
        if (!s || !n->is_string()) {
            error(*n, keyWording(core::textId("'{key}' must be text"), key));
            return {};
        }
        if (required && s->empty()) error(*n, keyWording(core::textId("'{key}' must not be empty"), key));
        if (maxLen && core::utf8Length(*s) > maxLen) {
            auto length = static_cast<long long>(core::utf8Length(*s));
            error(*n, core::Wording::counted(core::textIdPlural("'{key}' is {n} character; at most {max} fit on a phone screen",
                                                                "'{key}' is {n} characters; at most {max} fit on a phone screen"),
                                             length, {{"key", key}, core::Wording::number("max", static_cast<long long>(maxLen))}));
        }
        return *s;
    }

    // A whole number from lo to hi; anything else is reported, never wrapped into range.
    int integer(const toml::table& t, const char* key, bool required, int fallback, long long lo, long long hi) {
        const toml::node* n = t.get(key);
        if (!n) {
            if (required) error(t, keyWording(core::textId("missing '{key}'"), key));
            return fallback;
        }
        return wholeNumber(*n, key, fallback, lo, hi);
    }

    int wholeNumber(const toml::node& n, const std::string& what, int fallback, long long lo, long long hi) {
        if (!n.is_integer()) {
            error(n, keyWording(core::textId("'{key}' must be a whole number"), what));
            return fallback;
        }
        long long v = *n.value<long long>();
        if (v < lo || v > hi) {
            error(n, {core::textId("'{key}' is {value}; it must be from {min} to {max}"),
                      {{"key", what}, core::Wording::number("value", v), core::Wording::number("min", lo), core::Wording::number("max", hi)}});
            return fallback;
        }
        return static_cast<int>(v);
    }

    // A finite number from lo to hi.
    double number(const toml::table& t, const char* key, double lo, double hi) {
        const toml::node* n = t.get(key);
        if (!n) return 0;
        if (!n->is_number()) {
            error(*n, keyWording(core::textId("'{key}' must be a number"), key));
            return 0;
        }
        double v = *n->value<double>();
        if (!(v >= lo && v <= hi)) {  // also refuses nan
            error(*n, {core::textId("'{key}' must be from {min} to {max}"), {{"key", key}, {"min", formatNumber(lo)}, {"max", formatNumber(hi)}}});
            return 0;
        }
        return v;
    }

    static std::string formatNumber(double v) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%g", v);
        return buf;
    }

    std::optional<core::CalendarDate> date(const toml::table& t, const char* key, bool required) {
        const toml::node* n = t.get(key);
        if (!n) {
            if (required) error(t, keyWording(core::textId("missing '{key}' (a date such as 2026-12-03)"), key));
            return std::nullopt;
        }
        const toml::value<toml::date>* d = n->as_date();
        if (!d) {
            error(*n, keyWording(core::textId("'{key}' must be a date such as 2026-12-03, without quotes"), key));
            return std::nullopt;
        }
        toml::date v = d->get();
        return core::CalendarDate{static_cast<int>(v.year), static_cast<int>(v.month), static_cast<int>(v.day)};
    }

    bool boolean(const toml::table& t, const char* key) {
        const toml::node* n = t.get(key);
        if (!n) return false;
        if (!n->is_boolean()) {
            error(*n, keyWording(core::textId("'{key}' must be true or false"), key));
            return false;
        }
        return *n->value<bool>();
    }

    std::vector<std::string> strings(const toml::table& t, const char* key, bool required) {
        std::vector<std::string> out;
        const toml::node* n = t.get(key);
        if (!n) {
            if (required) error(t, keyWording(core::textId("missing '{key}'"), key));
            return out;
        }
        const toml::array* a = n->as_array();
        if (!a) {
            error(*n, keyWording(core::textId("'{key}' must be a list of text"), key));
            return out;
        }
        for (const toml::node& e : *a) {
            if (auto s = e.value<std::string>(); s && e.is_string())
                out.push_back(*s);
            else
                error(e, keyWording(core::textId("'{key}' must hold only text"), key));
        }
        if (required && out.empty()) error(*n, keyWording(core::textId("'{key}' must not be empty"), key));
        return out;
    }

    // Calls fn for each table of an array of tables ([[key]]).
    template <class Fn>
    void eachTable(const toml::table& t, const char* key, bool required, Fn&& fn) {
        const toml::node* n = t.get(key);
        if (!n) {
            if (required) error(t, keyWording(core::textId("missing [[{key}]]"), key));
            return;
        }
        const toml::array* a = n->as_array();
        if (!a) {
            error(*n, keyWording(core::textId("'{key}' must be written as [[{key}]] tables"), key));
            return;
        }
        for (const toml::node& e : *a) {
            if (const toml::table* et = e.as_table())
                fn(*et);
            else
                error(e, keyWording(core::textId("each '{key}' must be a table"), key));
        }
    }

    const toml::table* table(const toml::table& t, const char* key, bool required) {
        const toml::node* n = t.get(key);
        if (!n) {
            if (required) error(t, keyWording(core::textId("missing [{key}]"), key));
            return nullptr;
        }
        if (!n->is_table()) {
            error(*n, keyWording(core::textId("'{key}' must be a table"), key));
            return nullptr;
        }
        return n->as_table();
    }

    // Parses a file; on a syntax error, or a file that cannot be read, records it and returns nothing.
    std::optional<toml::table> parse(const std::filesystem::path& path) {
        try {
            return toml::parse_file(path.string());
        } catch (const toml::parse_error& e) {
            // TRANSLATORS: {detail} is the TOML reader's own description, in English.
            error(static_cast<int>(e.source().begin.line), {core::textId("not valid TOML: {detail}"), {{"detail", std::string(e.description())}}});
        } catch (const std::exception& e) {
            error(0, cannotBeRead(e.what()));
        }
        return std::nullopt;
    }

    // TRANSLATORS: {reason} is the system's own words, in English.
    static core::Wording cannotBeRead(std::string reason) { return {core::textId("cannot be read: {reason}"), {{"reason", std::move(reason)}}}; }

private:
    static core::Wording keyWording(const char* text, std::string_view key) { return {text, {{"key", std::string(key)}}}; }

    std::string file_;
    std::vector<Problem>& problems_;
};

// The .toml files of a folder, sorted. One that cannot be looked at (a symbolic link in a loop,
// a dangling link, no permission) is reported rather than thrown, so the rest still loads.
inline std::vector<std::filesystem::path> tomlFilesIn(const std::filesystem::path& dir, const std::function<void(const std::filesystem::path&, core::Wording)>& unreadable) {
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::filesystem::path& p = it->path();
        if (p.extension() != ".toml") continue;
        std::error_code fileEc;
        bool regular = it->is_regular_file(fileEc);
        if (fileEc)
            unreadable(p, FileReader::cannotBeRead(fileEc.message()));
        else if (regular)
            files.push_back(p);
        else
            unreadable(p, {core::textId("is not a regular file")});
    }
    if (ec) unreadable(dir, {core::textId("cannot be listed: {reason}"), {{"reason", ec.message()}}});
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace content
