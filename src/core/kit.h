#pragma once
// The emergency-kit template from content, and the rule that scales it to a household.
#include <optional>
#include <string>
#include <vector>

#include "core/guide.h"

namespace core {

struct KitTemplateItem {
    std::string id;
    std::string name;
    std::string category;
    std::string unit;            // for any amount but one: "pieces", "litres"
    std::string unitOne;         // for exactly one: "piece"; empty: the same as unit
    double perPersonPerDay = 0;
    double perPetPerDay = 0;
    double perInfantPerDay = 0;  // babies under 1 (formula, nappies)
    double perPerson = 0;
    double perDay = 0;           // scales with the days only (a household's medicines, in days)
    double fixed = 0;
    int minDays = 0;             // the days counted are at least this many (medicines: 7)
    double hotClimateFactor = 1; // the per-person daily amount, times this in a hot climate
    bool expires = false;
    int rotateMonths = 0;
    std::string detail;
    std::string whenNeeded;      // shown instead of an amount when the household needs none
    std::string source;          // whose amount this is ("FEMA / Ready.gov")

    // "1 piece", "3 pieces", "0.5 litres".
    const std::string& unitFor(double quantity) const;
};

// A national body's own amounts, used when the user's country is one of `countries`.
struct NationalKit {
    std::vector<std::string> countries;  // ISO codes
    std::string source;                  // short name shown beside the amounts it sets
    Guideline guideline;
    std::vector<std::string> sources;
    int daysDefault = 0;                 // days for staying at home; 0: the template's
    std::string daysNote;                // whose days those are; empty: the template's
    std::vector<KitTemplateItem> items;  // by id: the amounts and detail that replace the template's
};

enum class KitPurpose { StayAtHome, Leave };
const char* kitPurposeKey(KitPurpose purpose);  // "home", "leave": stored and exported
std::optional<KitPurpose> kitPurposeFromKey(const std::string& key);

struct KitTemplate {
    int daysDefault = 3;   // staying at home
    int daysLeaving = 3;   // a kit to take when leaving
    std::vector<int> daysOptions{3, 14};
    std::string source;    // short name shown beside the amounts ("FEMA / Ready.gov")
    std::string daysNote;  // whose days these are, shown with the choice
    Guideline guideline;
    std::vector<std::string> sources;
    std::vector<KitTemplateItem> items;
    std::vector<NationalKit> national;
    Translation translation;  // the language the words are in, when not the English original

    // The template as it applies in a country: a national body's amounts, source and default days
    // where the content has them, the template's elsewhere.
    KitTemplate forCountry(const std::string& countryCode) const;
    const NationalKit* nationalFor(const std::string& countryCode) const;
    int defaultDays(KitPurpose purpose) const { return purpose == KitPurpose::Leave ? daysLeaving : daysDefault; }
};

struct Household {
    int people = 1;
    int pets = 0;
    int days = 3;
    int infants = 0;          // members under 1 year
    bool hotClimate = false;  // the user chose a hot climate: more drinking water
};

// How much of an item the household needs, rounded up to what can be bought (whole units,
// or tenths for litres and kilograms).
double requiredQuantity(const KitTemplateItem& item, const Household& household);

// A +/- step that suits an amount: 1 for small amounts, 5 or 10 for a 239-litre target.
double quantityStep(double amount);

}  // namespace core
