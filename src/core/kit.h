#pragma once
// The emergency-kit template from content, and the rule that scales it to a household.
#include <string>
#include <vector>

#include "core/guide.h"

namespace core {

struct KitTemplateItem {
    std::string id;
    std::string name;
    std::string category;
    std::string unit;
    double perPersonPerDay = 0;
    double perPetPerDay = 0;
    double perPerson = 0;
    double fixed = 0;
    bool expires = false;
    int rotateMonths = 0;
    std::string detail;
};

struct KitTemplate {
    int daysDefault = 3;
    std::vector<int> daysOptions{3, 14};
    Guideline guideline;
    std::vector<std::string> sources;
    std::vector<KitTemplateItem> items;
};

struct Household {
    int people = 1;
    int pets = 0;
    int days = 3;
};

// How much of an item the household needs, rounded up to what can be bought (whole units,
// or tenths for litres and kilograms).
double requiredQuantity(const KitTemplateItem& item, const Household& household);

}  // namespace core
