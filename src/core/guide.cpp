#include "core/guide.h"

#include "core/text.h"

namespace core {

std::vector<const Step*> Guide::stepsFor(const std::string& variantId) const {
    std::vector<const Step*> out;
    for (const Step& s : steps)
        if (s.onlyVariant.empty() || s.onlyVariant == variantId) out.push_back(&s);
    return out;
}

std::optional<int> Guide::stepIndex(const std::string& variantId, const std::string& stepId) const {
    std::vector<const Step*> shown = stepsFor(variantId);
    for (size_t i = 0; i < shown.size(); ++i)
        if (!stepId.empty() && shown[i]->id == stepId) return static_cast<int>(i);
    return std::nullopt;
}

MetronomeSpec MetronomeSpec::forRescuer(const CprPreferences& cpr) const {
    MetronomeSpec m = *this;
    if (cpr.adultTrainedOnly && compressionsIfAdultTrained > 0) m.compressions = compressionsIfAdultTrained;
    if (!cpr.rescueBreaths) m.breaths = 0;
    return m;
}

bool Guide::matches(const std::string& query) const {
    std::vector<std::string> words = splitWords(foldArabic(toLower(query)));
    if (words.empty()) return true;  // no search: every guide, without folding its words (the list asks every frame)
    std::string haystack = title + " " + summary + " " + category;
    for (const auto& k : keywords) haystack += " " + k;
    haystack = foldArabic(toLower(haystack));
    for (const auto& word : words)
        if (haystack.find(word) == std::string::npos) return false;
    return true;
}

}  // namespace core
