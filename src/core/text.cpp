#include "core/text.h"

#include <cctype>
#include <cstdio>

namespace core {

std::string toLower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
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

std::string formatDuration(long long seconds) {
    bool negative = seconds < 0;
    if (negative) seconds = -seconds;
    long long h = seconds / 3600, m = (seconds / 60) % 60, s = seconds % 60;
    char buf[32];
    if (h > 0)
        std::snprintf(buf, sizeof buf, "%s%lld:%02lld:%02lld", negative ? "-" : "", h, m, s);
    else
        std::snprintf(buf, sizeof buf, "%s%lld:%02lld", negative ? "-" : "", m, s);
    return buf;
}

}  // namespace core
