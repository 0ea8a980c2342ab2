// Kit review and the readiness score.
#include "core/kit_inventory.h"

#include <algorithm>
#include <cmath>

namespace core {

Household householdOf(const Plan& plan) {
    Household h;
    h.people = std::max(1, static_cast<int>(plan.members.size()));
    h.pets = static_cast<int>(plan.pets.size());
    h.infants = static_cast<int>(std::count_if(plan.members.begin(), plan.members.end(),
                                               [](const Member& m) { return m.ageGroup == "infant"; }));
    h.days = plan.kitDays;
    h.hotClimate = plan.kitHotClimate;
    return h;
}

KitPurpose kitPurposeOf(const Plan& plan) { return kitPurposeFromKey(plan.kitPurpose).value_or(KitPurpose::StayAtHome); }

Household householdOf(const Plan& plan, const KitTemplate& kit) {
    Household h = householdOf(plan);
    if (h.days <= 0) h.days = kit.defaultDays(kitPurposeOf(plan));
    return h;
}

ExpiryState expiryState(const std::optional<CalendarDate>& expiresOn, const CalendarDate& today) {
    if (!expiresOn) return ExpiryState::NoDate;
    int days = today.daysUntil(*expiresOn);
    if (days < 0) return ExpiryState::Expired;
    if (days <= kExpirySoonDays) return ExpiryState::Soon;
    return ExpiryState::Fine;
}

bool KitLine::needsDate() const {
    return templateItem && templateItem->expires && item && !item->expiresOn && item->have > 0;
}

KitReview reviewKit(const Plan& plan, const KitTemplate& kit, const CalendarDate& today) {
    KitReview r;
    r.household = householdOf(plan, kit);
    r.lines.reserve(plan.kit.size());
    for (const KitItem& item : plan.kit) {
        KitLine line;
        line.item = &item;
        if (!item.templateId.empty())
            for (const auto& t : kit.items)
                if (t.id == item.templateId) line.templateItem = &t;
        line.need = line.templateItem ? requiredQuantity(*line.templateItem, r.household) : item.need.value_or(0);
        line.expiry = expiryState(item.expiresOn, today);
        line.daysLeft = item.expiresOn ? today.daysUntil(*item.expiresOn) : 0;
        // Expired stock does not count: it is not something to rely on in an emergency.
        line.usable = line.expiry == ExpiryState::Expired ? 0 : item.have;
        r.lines.push_back(line);
    }

    double sum = 0;
    int counted = 0;
    for (const KitLine& line : r.lines) {
        if (line.missing()) r.missing.push_back(&line);
        if (line.expiry == ExpiryState::Soon || line.expiry == ExpiryState::Expired) r.expiring.push_back(&line);
        if (line.item->expiresOn && line.item->have > 0) {
            RotationStep step;
            step.item = line.item;
            step.replaceBy = *line.item->expiresOn;
            step.useFrom = step.replaceBy.plusDays(-kRotationLeadDays);
            step.due = step.useFrom <= today;
            r.rotation.push_back(step);
        }
        if (line.need > 0) {
            sum += std::min(line.usable / line.need, 1.0);
            ++counted;
        }
    }
    r.covered = counted ? sum / counted : 1.0;
    std::stable_sort(r.expiring.begin(), r.expiring.end(), [](const KitLine* a, const KitLine* b) { return a->daysLeft < b->daysLeft; });
    std::stable_sort(r.rotation.begin(), r.rotation.end(),
                     [](const RotationStep& a, const RotationStep& b) { return a.replaceBy < b.replaceBy; });
    return r;
}

Readiness readiness(const Plan& plan, const KitTemplate& kit, const CalendarDate& today, std::optional<CalendarDate> lastDrill) {
    Readiness r;
    std::vector<PlanCheck> checks = planChecks(plan);
    int done = 0;
    for (const auto& c : checks) done += c.done ? 1 : 0;
    r.planComplete = checks.empty() ? 1.0 : static_cast<double>(done) / checks.size();
    r.kitCovered = reviewKit(plan, kit, today).covered;
    r.lastDrill = lastDrill;
    r.drillsRecent = lastDrill && *lastDrill >= today.plusMonths(-kDrillRecentMonths);
    r.percent = static_cast<int>(std::lround(100.0 * (r.planComplete + r.kitCovered + (r.drillsRecent ? 1.0 : 0.0)) / 3.0));
    return r;
}

}  // namespace core
