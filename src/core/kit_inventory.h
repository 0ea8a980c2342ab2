#pragma once
// The household's kit against what it needs: scaled quantities, what is missing, what expires
// soon, the suggested rotation, and the readiness score that sums up plan, kit and drills.
#include <optional>
#include <vector>

#include "core/calendar_date.h"
#include "core/kit.h"
#include "core/plan.h"

namespace core {

constexpr int kExpirySoonDays = 30;     // "expires within 30 days"
constexpr int kRotationLeadDays = 30;   // start using an item this long before it expires
constexpr int kDrillRecentMonths = 6;   // a drill this recent counts

// People, babies and pets come from the plan; a plan with no members yet still plans for one
// person. Days: the plan's when the user chose them, else the kit's default for its purpose.
Household householdOf(const Plan& plan, const KitTemplate& kit);
Household householdOf(const Plan& plan);  // the plan's days as they are
KitPurpose kitPurposeOf(const Plan& plan);

enum class ExpiryState { NoDate, Fine, Soon, Expired };
// Soon: expires today or within kExpirySoonDays; Expired: the date has passed.
ExpiryState expiryState(const std::optional<CalendarDate>& expiresOn, const CalendarDate& today);

struct KitLine {
    const KitItem* item = nullptr;
    const KitTemplateItem* templateItem = nullptr;  // nullptr: added by the user, or no longer in the template
    double need = 0;
    double usable = 0;  // what the household has that has not expired
    ExpiryState expiry = ExpiryState::NoDate;
    int daysLeft = 0;    // until the expiry date (negative: past it)
    bool missing() const { return usable + 1e-9 < need; }
    // The template says it expires, the household has some, and no date is written down.
    bool needsDate() const;
};

// Use an item from useFrom (in daily meals, drinks, torches …) and have its replacement by replaceBy.
struct RotationStep {
    const KitItem* item = nullptr;
    CalendarDate useFrom;
    CalendarDate replaceBy;
    bool due = false;  // useFrom has come
};

struct KitReview {
    Household household;
    std::vector<KitLine> lines;             // in the plan's kit order
    std::vector<const KitLine*> missing;    // usable < need
    std::vector<const KitLine*> expiring;   // expired or within kExpirySoonDays, soonest first
    std::vector<RotationStep> rotation;     // every dated item that is stocked, soonest first
    double covered = 1.0;                   // mean over needed items of min(usable / need, 1)

    KitReview() = default;
    KitReview(const KitReview&) = delete;  // missing/expiring point into lines
    KitReview& operator=(const KitReview&) = delete;
    KitReview(KitReview&&) = default;
};

// The plan must outlive the review (lines point into plan.kit). kit: as it applies in the user's
// country (KitTemplate::forCountry).
KitReview reviewKit(const Plan& plan, const KitTemplate& kit, const CalendarDate& today);

struct Readiness {
    double planComplete = 0;  // fraction of planChecks() done
    double kitCovered = 0;    // KitReview::covered
    bool drillsRecent = false;
    std::optional<CalendarDate> lastDrill;
    int percent = 0;          // the three parts weighted equally, 0..100
};

// The one place the readiness score is computed. lastDrill: the date of the last finished
// practice run of a checklist, if any.
Readiness readiness(const Plan& plan, const KitTemplate& kit, const CalendarDate& today,
                    std::optional<CalendarDate> lastDrill);

// A kit item with an expiry date: what reminders need.
struct KitExpiry {
    int64_t id = 0;
    std::string name;
    CalendarDate expiresOn;
};

}  // namespace core
