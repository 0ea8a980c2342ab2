// Emergency numbers by country, and the country search behind Settings.
#include "core/emergency.h"

#include "core/text.h"

#include <algorithm>
#include <array>

namespace core {

namespace {

// Base letters of U+00C0..U+017F (Latin-1 Supplement and Latin Extended-A), lower case; a space
// for the two signs in that range (× ÷). Enough for every country name in English, French,
// Spanish, Portuguese and Turkish spellings.
constexpr std::string_view kLatinBase =
    "aaaaaaaceeeeiiii"
    "dnooooo ouuuuyts"
    "aaaaaaaceeeeiiii"
    "dnooooo ouuuuyty"
    "aaaaaaccccccccdd"
    "ddeeeeeeeeeegggg"
    "gggghhhhiiiiiiii"
    "iiiijjkkklllllll"
    "lllnnnnnnnnnoooo"
    "oooorrrrrrssssss"
    "ssttttttuuuuuuuu"
    "uuuuwwyyyzzzzzzs";

// Decodes one UTF-8 sequence at s[i], advancing i; malformed bytes come back one at a time.
char32_t nextCodePoint(std::string_view s, size_t& i) {
    auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char b = byte(i);
    size_t len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 1;
    if (i + len > s.size()) len = 1;
    char32_t cp = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
    for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (byte(i + k) & 0x3F);
    i += len;
    return cp;
}

// How well a search key matches: lower is better; kNoMatch when it does not.
constexpr int kExact = 0, kPrefix = 1, kWordPrefix = 2, kInside = 3, kNoMatch = 4;

int matchTier(const std::string& key, const std::string& query) {
    if (key == query) return kExact;
    size_t at = key.find(query);
    if (at == std::string::npos) return kNoMatch;
    if (at == 0) return kPrefix;
    for (; at != std::string::npos; at = key.find(query, at + 1))
        if (key[at - 1] == ' ') return kWordPrefix;
    return kInside;
}

}  // namespace

std::string searchKey(std::string_view typed) {
    const std::string folded = foldArabic(typed);
    std::string_view text = folded;
    std::string out;
    auto space = [&] {
        if (!out.empty() && out.back() != ' ') out += ' ';
    };
    for (size_t i = 0; i < text.size();) {
        size_t start = i;
        char32_t cp = nextCodePoint(text, i);
        if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9'))
            out += static_cast<char>(cp);
        else if (cp >= 'A' && cp <= 'Z')
            out += static_cast<char>(cp - 'A' + 'a');
        else if (cp == '\'' || cp == '.' || cp == U'\u2019')
            continue;  // "d'Ivoire", "U.K.": the letters run on
        else if (cp >= 0xC0 && cp <= 0x17F && kLatinBase[cp - 0xC0] != ' ')
            out += kLatinBase[cp - 0xC0];
        else if (cp < 0x80 || (cp >= 0xC0 && cp <= 0x17F) || cp == U'\u2013' || cp == U'\u2014')
            space();
        else
            out.append(text.substr(start, i - start));  // other scripts are kept as typed
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

const std::string& CountryNumbers::number() const {
    // An ambulance first; a police or fire service sends one when nothing else is known.
    for (const std::string* n : {&ambulance, single.empty() ? &ambulance : &single.front(), &police, &fire})
        if (!n->empty()) return *n;
    return ambulance;
}

const std::string& CountryNumbers::numberFor(Service service) const {
    static const std::string none;
    const std::string& own = service == Service::Ambulance ? ambulance : service == Service::Police ? police : fire;
    if (!own.empty()) return own;
    return single.empty() ? none : single.front();
}

const CountryNumbers* EmergencyNumbers::find(const std::string& code) const {
    for (const auto& c : countries)
        if (c.code == code) return &c;
    return nullptr;
}

std::string EmergencyNumbers::numberFor(const std::string& code) const {
    const CountryNumbers* c = find(code);
    return c && !c->number().empty() ? c->number() : fallback;
}

std::vector<const CountryNumbers*> searchCountries(const EmergencyNumbers& numbers, std::string_view query) {
    std::string q = searchKey(query);
    if (q.empty()) return {};
    struct Hit {
        int tier;
        const CountryNumbers* country;
    };
    std::vector<Hit> hits;
    for (const auto& c : numbers.countries) {
        int best = kNoMatch;
        if (q == searchKey(c.code) || (!c.code3.empty() && q == searchKey(c.code3))) best = kExact;
        for (const std::string* name : {&c.name, &c.officialName}) best = std::min(best, matchTier(searchKey(*name), q));
        for (const auto& alias : c.aliases) best = std::min(best, matchTier(searchKey(alias), q));
        if (best != kNoMatch) hits.push_back({best, &c});
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.tier < b.tier; });
    std::vector<const CountryNumbers*> out;
    for (const auto& h : hits) out.push_back(h.country);
    return out;
}

}  // namespace core
