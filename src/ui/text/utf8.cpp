#include "ui/text/utf8.h"

namespace ui::text {

namespace {

struct Decoded {
    char32_t cp;
    size_t length;
    bool valid;
};

// The code point at s[i]. A malformed sequence gives U+FFFD for its longest valid start (at least
// one byte), as browsers do.
Decoded decodeOne(std::string_view s, size_t i) {
    auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char b = byte(i);
    if (b < 0x80) return {b, 1, true};
    size_t len = (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
    if (len == 0) return {0xFFFD, 1, false};
    char32_t cp = b & (0x7F >> len);
    for (size_t k = 1; k < len; ++k) {
        if (i + k >= s.size() || (byte(i + k) & 0xC0) != 0x80) return {0xFFFD, k, false};
        cp = (cp << 6) | (byte(i + k) & 0x3F);
    }
    static constexpr char32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kSmallest[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {0xFFFD, len, false};
    return {cp, len, true};
}

}  // namespace

DecodedText decodeUtf8(std::string_view input) {
    DecodedText out;
    out.text.reserve(input.size());
    for (size_t i = 0; i < input.size();) {
        Decoded d = decodeOne(input, i);
        out.offsets.push_back(static_cast<uint32_t>(out.text.size()));
        out.codepoints.push_back(d.cp);
        if (d.valid)
            out.text.append(input.substr(i, d.length));
        else
            appendUtf8(out.text, d.cp);
        i += d.length;
    }
    out.offsets.push_back(static_cast<uint32_t>(out.text.size()));
    return out;
}

void appendUtf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

}  // namespace ui::text
