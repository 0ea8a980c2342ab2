// The kit template's rules: how much a household needs, in which unit, by whose amounts.
#include "core/kit.h"

#include <algorithm>
#include <cmath>

namespace core {

const std::string& KitTemplateItem::unitFor(double quantity) const {
    return std::fabs(quantity - 1.0) < 1e-9 && !unitOne.empty() ? unitOne : unit;
}

const char* kitPurposeKey(KitPurpose purpose) { return purpose == KitPurpose::Leave ? "leave" : "home"; }

std::optional<KitPurpose> kitPurposeFromKey(const std::string& key) {
    if (key == "home") return KitPurpose::StayAtHome;
    if (key == "leave") return KitPurpose::Leave;
    return std::nullopt;
}

const NationalKit* KitTemplate::nationalFor(const std::string& countryCode) const {
    for (const auto& n : national)
        if (std::find(n.countries.begin(), n.countries.end(), countryCode) != n.countries.end()) return &n;
    return nullptr;
}

KitTemplate KitTemplate::forCountry(const std::string& countryCode) const {
    KitTemplate t = *this;
    for (auto& item : t.items) item.source = source;
    const NationalKit* n = nationalFor(countryCode);
    if (!n) return t;
    if (n->daysDefault > 0) t.daysDefault = n->daysDefault;
    if (!n->daysNote.empty()) t.daysNote = n->daysNote;
    t.guideline = n->guideline;
    std::vector<std::string> sources = n->sources;
    sources.insert(sources.end(), t.sources.begin(), t.sources.end());
    t.sources = std::move(sources);
    for (const auto& replacement : n->items)
        for (auto& item : t.items)
            if (item.id == replacement.id) {
                // A national amount replaces the template's amount of the same kind; the others stay.
                for (auto [to, from] : {std::pair{&item.perPersonPerDay, replacement.perPersonPerDay},
                                        {&item.perPetPerDay, replacement.perPetPerDay},
                                        {&item.perInfantPerDay, replacement.perInfantPerDay},
                                        {&item.perPerson, replacement.perPerson},
                                        {&item.perDay, replacement.perDay},
                                        {&item.fixed, replacement.fixed}})
                    if (from > 0) *to = from;
                if (!replacement.detail.empty()) item.detail = replacement.detail;
                item.source = n->source;
            }
    return t;
}

double requiredQuantity(const KitTemplateItem& item, const Household& h) {
    int days = std::max(h.days, item.minDays);
    double climate = h.hotClimate ? item.hotClimateFactor : 1.0;
    double daily = item.perPersonPerDay * h.people * climate + item.perPetPerDay * h.pets + item.perInfantPerDay * h.infants +
                   item.perDay;
    double q = item.fixed + item.perPerson * h.people + daily * days;
    bool fractional = item.unit == "litres" || item.unit == "kg";
    double step = fractional ? 0.1 : 1.0;
    // Round up, but forgive binary noise (3.8 * 3 is 11.3999…).
    return std::ceil(q / step - 1e-9) * step;
}

double quantityStep(double amount) {
    // About twenty taps from nothing to the amount, in a step a person counts in: 1, 2, 5, 10, 20, 50 …
    double target = std::max(1.0, amount / 20);
    double magnitude = std::pow(10.0, std::floor(std::log10(target)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * magnitude >= target - 1e-9) return m * magnitude;
    return 10 * magnitude;
}

}  // namespace core
