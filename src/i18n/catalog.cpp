#include "i18n/catalog.h"

#include <fstream>
#include <sstream>

namespace i18n {
namespace {

// One entry as it is being read: keyword → value, msgstr[n] as "msgstr[n]".
struct Entry {
    int line = 0;
    bool fuzzy = false;
    bool obsolete = false;
    std::map<std::string, std::string> fields;
    bool empty() const { return fields.empty(); }
};

// A C string literal as PO files write them: "text with \"escapes\"\n". Returns false if malformed.
bool unquote(std::string_view s, std::string& out) {
    size_t start = s.find('"');
    size_t end = s.rfind('"');
    if (start == std::string_view::npos || end == start) return false;
    if (s.find_first_not_of(" \t\r", end + 1) != std::string_view::npos) return false;
    for (size_t i = start + 1; i < end; ++i) {
        char c = s[i];
        if (c == '"') return false;
        if (c != '\\') {
            out += c;
            continue;
        }
        if (++i >= end) return false;
        switch (s[i]) {
            case 'n': out += '\n'; break;
            case 't': out += '\t'; break;
            case 'r': out += '\r'; break;
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            default: return false;
        }
    }
    return true;
}

}  // namespace

std::string Catalog::key(std::string_view context, std::string_view id) {
    std::string k(context);
    k += '\x04';  // as gettext joins msgctxt and msgid
    k += id;
    return k;
}

Catalog Catalog::read(const std::filesystem::path& file, std::vector<CatalogProblem>& problems) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        problems.push_back({file.string(), 0, "cannot be read"});
        return {};
    }
    std::stringstream text;
    text << in.rdbuf();
    return parse(text.str(), file.string(), problems);
}

Catalog Catalog::parse(std::string_view text, const std::string& fileName, std::vector<CatalogProblem>& problems) {
    Catalog catalog;
    Entry entry;
    std::string* last = nullptr;  // the field a continuation line "..." adds to
    auto finish = [&] {
        if (entry.empty() || entry.obsolete) {
            entry = {};
            return;
        }
        auto id = entry.fields.find("msgid");
        if (id == entry.fields.end()) {
            problems.push_back({fileName, entry.line, "an entry without msgid"});
        } else if (id->second.empty()) {
            catalog.header_ = entry.fields["msgstr"];
            std::string error;
            if (auto forms = PluralForms::parse(catalog.header_, &error))
                catalog.plural_ = std::move(*forms);
            else
                problems.push_back({fileName, entry.line, error});
        } else if (!entry.fuzzy) {
            std::vector<std::string> forms;
            if (entry.fields.count("msgid_plural")) {
                for (int i = 0; entry.fields.count("msgstr[" + std::to_string(i) + "]"); ++i)
                    forms.push_back(entry.fields["msgstr[" + std::to_string(i) + "]"]);
            } else if (entry.fields.count("msgstr")) {
                forms.push_back(entry.fields["msgstr"]);
            }
            bool translated = !forms.empty();
            for (const std::string& f : forms) translated = translated && !f.empty();
            if (translated) catalog.entries_[key(entry.fields["msgctxt"], id->second)] = std::move(forms);
        }
        entry = {};
        last = nullptr;
    };

    int lineNumber = 0;
    size_t pos = 0;
    while (pos <= text.size()) {
        size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(pos, end - pos);
        pos = end + 1;
        ++lineNumber;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        size_t first = line.find_first_not_of(" \t");
        if (first == std::string_view::npos) {
            finish();
            continue;
        }
        line.remove_prefix(first);
        if (line[0] == '#') {
            if (line.rfind("#~", 0) == 0) {
                entry.obsolete = true;
                if (!entry.line) entry.line = lineNumber;
            } else if (line.rfind("#,", 0) == 0) {
                if (entry.fields.count("msgstr") || entry.fields.count("msgstr[0]")) finish();
                if (line.find("fuzzy") != std::string_view::npos) entry.fuzzy = true;
            }
            continue;
        }
        if (line[0] == '"') {
            if (!last || !unquote(line, *last)) problems.push_back({fileName, lineNumber, "a string that belongs to no keyword or is not quoted right"});
            continue;
        }
        size_t space = line.find_first_of(" \t");
        std::string keyword(line.substr(0, space));
        bool known = keyword == "msgctxt" || keyword == "msgid" || keyword == "msgid_plural" || keyword == "msgstr" ||
                     (keyword.rfind("msgstr[", 0) == 0 && keyword.back() == ']');
        if (!known || space == std::string_view::npos) {
            problems.push_back({fileName, lineNumber, "unknown keyword '" + keyword + "'"});
            last = nullptr;
            continue;
        }
        // A new msgctxt or msgid after a msgstr starts the next entry.
        if ((keyword == "msgctxt" || keyword == "msgid") && (entry.fields.count("msgstr") || entry.fields.count("msgstr[0]"))) finish();
        if (!entry.line) entry.line = lineNumber;
        if (entry.fields.count(keyword)) problems.push_back({fileName, lineNumber, "a second " + keyword + " in one entry"});
        last = &entry.fields[keyword];
        last->clear();
        if (!unquote(line.substr(space), *last)) problems.push_back({fileName, lineNumber, "the string after " + keyword + " is not quoted right"});
    }
    finish();
    return catalog;
}

const std::string* Catalog::find(std::string_view context, std::string_view id) const {
    auto it = entries_.find(key(context, id));
    return it == entries_.end() ? nullptr : &it->second.front();
}

const std::string* Catalog::findPlural(std::string_view context, std::string_view id, unsigned long n) const {
    auto it = entries_.find(key(context, id));
    if (it == entries_.end()) return nullptr;
    size_t form = static_cast<size_t>(plural_.index(n));
    return form < it->second.size() ? &it->second[form] : nullptr;
}

std::string Catalog::headerField(std::string_view name) const {
    std::string prefix = std::string(name) + ":";
    std::istringstream lines(header_);
    for (std::string line; std::getline(lines, line);)
        if (line.rfind(prefix, 0) == 0) return line.substr(line.find_first_not_of(' ', prefix.size()) == std::string::npos ? line.size() : line.find_first_not_of(' ', prefix.size()));
    return {};
}

}  // namespace i18n
