#pragma once
// UTF-8 in and out for the text engine: malformed input becomes U+FFFD, never a crash or a
// character that swallows its neighbours.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ui::text {

struct DecodedText {
    std::string text;                   // the input, with every malformed sequence replaced by U+FFFD
    std::vector<char32_t> codepoints;
    std::vector<uint32_t> offsets;      // byte offset in `text` of each code point, then text.size()
};

DecodedText decodeUtf8(std::string_view input);
void appendUtf8(std::string& out, char32_t codepoint);

}  // namespace ui::text
