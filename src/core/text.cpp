#include "core/text.h"

#include <cctype>
#include <algorithm>

namespace core {

std::string toLower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string foldArabic(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    auto put = [&](char32_t cp) {  // a letter of the Arabic block, two bytes in UTF-8
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    };
    for (size_t i = 0; i < s.size(); ++i) {
        auto lead = static_cast<unsigned char>(s[i]);
        if ((lead != 0xD8 && lead != 0xD9 && lead != 0xDB) || i + 1 == s.size()) {
            out += s[i];
            continue;
        }
        char32_t cp = ((lead & 0x1F) << 6) | (static_cast<unsigned char>(s[++i]) & 0x3F);
        if ((cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x0640) continue;  // vowel marks, tatweel
        switch (cp) {
            case 0x0622: case 0x0623: case 0x0625: case 0x0671: put(0x0627); break;  // alef with hamza or madda
            case 0x0629: put(0x0647); break;                                        // taa marbuta
            case 0x0649: case 0x0626: put(0x064A); break;                           // alef maqsura, yeh with hamza
            case 0x0624: put(0x0648); break;                                        // waw with hamza
            default: put(cp);
        }
    }
    return out;
}

std::vector<std::string> splitWords(std::string_view s) {
    std::vector<std::string> words;
    std::string cur;
    for (char c : s) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            if (!cur.empty()) words.push_back(std::move(cur));
            cur.clear();
        } else {
            cur += c;
        }
    }
    if (!cur.empty()) words.push_back(std::move(cur));
    return words;
}

size_t utf8Length(std::string_view s) {
    return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string fillInValues(std::string text, const std::vector<Wording::Value>& values) {
    for (const auto& v : values) {
        std::string token = "{" + v.name + "}";
        for (size_t at = text.find(token); at != std::string::npos; at = text.find(token, at + v.text.size()))
            text.replace(at, token.size(), v.text);
    }
    return text;
}

std::string Wording::english() const {
    std::string text = plural && count != 1 ? plural : key;
    if (plural) text = fillInValues(std::move(text), {number("n", count)});
    return fillInValues(std::move(text), values);
}

std::string trim(std::string_view s) {
    auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    size_t b = 0, e = s.size();
    while (b < e && blank(s[b])) ++b;
    while (e > b && blank(s[e - 1])) --e;
    return std::string(s.substr(b, e - b));
}

}  // namespace core
