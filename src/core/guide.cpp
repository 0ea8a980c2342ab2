#include "core/guide.h"

#include "core/text.h"

namespace core {

std::vector<const Step*> Guide::stepsFor(const std::string& variantId) const {
    std::vector<const Step*> out;
    for (const Step& s : steps)
        if (s.onlyVariant.empty() || s.onlyVariant == variantId) out.push_back(&s);
    return out;
}

bool Guide::matches(const std::string& query) const {
    std::string haystack = title + " " + summary + " " + category;
    for (const auto& k : keywords) haystack += " " + k;
    haystack = toLower(haystack);
    for (const auto& word : splitWords(toLower(query)))
        if (haystack.find(word) == std::string::npos) return false;
    return true;
}

}  // namespace core
