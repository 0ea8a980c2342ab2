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
        if (maxLen && core::utf8Length(*s) > maxLen)
            error(*n, std::string("'") + key + "' is " + std::to_string(core::utf8Length(*s)) + " characters; at most " +
                          std::to_string(maxLen) + " fit on a phone screen");
        return *s;
    }

    // A whole number from lo to hi; anything else is reported, never wrapped into range.
    int integer(const toml::table& t, const char* key, bool required, int fallback, long long lo, long long hi) {
        const toml::node* n = t.get(key);
        if (!n) {
            if (required) error(t, std::string("missing '") + key + "'");
            return fallback;
        }
        return wholeNumber(*n, key, fallback, lo, hi);
    }

    int wholeNumber(const toml::node& n, const std::string& what, int fallback, long long lo, long long hi) {
        if (!n.is_integer()) {
            error(n, "'" + what + "' must be a whole number");
            return fallback;
        }
        long long v = *n.value<long long>();
        if (v < lo || v > hi) {
            error(n, "'" + what + "' is " + std::to_string(v) + "; it must be from " + std::to_string(lo) + " to " +
                         std::to_string(hi));
            return fallback;
        }
        return static_cast<int>(v);
    }

    // A finite number from lo to hi.
    double number(const toml::table& t, const char* key, double lo, double hi) {
        const toml::node* n = t.get(key);
        if (!n) return 0;
        if (!n->is_number()) {
            error(*n, std::string("'") + key + "' must be a number");
            return 0;
        }
        double v = *n->value<double>();
        if (!(v >= lo && v <= hi)) {  // also refuses nan
            error(*n, std::string("'") + key + "' must be from " + formatNumber(lo) + " to " + formatNumber(hi));
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
            if (required) error(t, std::string("missing '") + key + "' (a date such as 2026-12-03)");
            return std::nullopt;
        }
        const toml::value<toml::date>* d = n->as_date();
        if (!d) {
            error(*n, std::string("'") + key + "' must be a date such as 2026-12-03, without quotes");
            return std::nullopt;
        }
        toml::date v = d->get();
        return core::CalendarDate{static_cast<int>(v.year), static_cast<int>(v.month), static_cast<int>(v.day)};
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

    // Parses a file; on a syntax error, or a file that cannot be read, records it and returns nothing.
    std::optional<toml::table> parse(const std::filesystem::path& path) {
        try {
            return toml::parse_file(path.string());
        } catch (const toml::parse_error& e) {
            error(static_cast<int>(e.source().begin.line), std::string(e.description()));
        } catch (const std::exception& e) {
            error(0, std::string("cannot be read: ") + e.what());
        }
        return std::nullopt;
    }

private:
    std::string file_;
    std::vector<Problem>& problems_;
};

// The .toml files of a folder, sorted. One that cannot be looked at (a symbolic link in a loop,
// a dangling link, no permission) is reported rather than thrown, so the rest still loads.
inline std::vector<std::filesystem::path> tomlFilesIn(const std::filesystem::path& dir, const std::function<void(const std::filesystem::path&, std::string)>& unreadable) {
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::filesystem::path& p = it->path();
        if (p.extension() != ".toml") continue;
        std::error_code fileEc;
        bool regular = it->is_regular_file(fileEc);
        if (fileEc)
            unreadable(p, "cannot be read: " + fileEc.message());
        else if (regular)
            files.push_back(p);
        else
            unreadable(p, "is not a regular file");
    }
    if (ec) unreadable(dir, "cannot be listed: " + ec.message());
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace content
