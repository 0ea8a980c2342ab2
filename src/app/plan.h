#pragma once
// The household plan and kit as the app holds them: a copy in memory for the screens, written
// through to the database one field at a time as the user types. A write that fails stays
// queued and is retried with the next change, so what was typed is neither lost from the screen
// nor dropped from the file; the user is told once.
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/kit.h"
#include "core/kit_inventory.h"
#include "core/plan.h"
#include "store/database.h"

namespace app {

// The outcome of an export or import, in words for the user.
struct PlanFileResult {
    bool ok = false;
    std::string message;
};

class HouseholdPlan {
public:
    using Notify = std::function<void(std::string)>;  // a message for the user (App::setNotice)

    HouseholdPlan(store::Database& db, const core::KitTemplate& kit, const core::Clock& clock, Notify notify);
    HouseholdPlan(const HouseholdPlan&) = delete;  // its notify callback points back at the App that owns it
    HouseholdPlan& operator=(const HouseholdPlan&) = delete;

    const core::Plan& plan() const { return plan_; }
    // The kit template as it applies in the user's country (a national body's amounts where the
    // content has them).
    const core::KitTemplate& kitTemplate() const { return countryKit_; }
    void setCountry(const std::string& countryCode);
    core::CalendarDate today() const;
    void reload();  // from the database

    // Members, contacts and pets: add returns the new id, or 0 when it could not be saved.
    int64_t addMember();
    void setMemberField(int64_t id, const core::TextField<core::Member>& field, const std::string& value);
    void removeMember(int64_t id);

    // Removes members, contacts and pets nothing was entered in (core::isBlank), except those in
    // `open` (an editor that is still on the screen stack). An abandoned or failed "Add" leaves
    // no empty record behind for the kit to scale to.
    struct OpenRecords {
        std::set<int64_t> members, contacts, pets;
    };
    void dropBlankRecords(const OpenRecords& open = {});

    int64_t addContact(const std::string& kind);
    void setContactField(int64_t id, const core::TextField<core::Contact>& field, const std::string& value);
    void removeContact(int64_t id);

    void setMeetingPlaceField(const std::string& kind, const core::TextField<core::MeetingPlace>& field, const std::string& value);

    int64_t addPet();
    void setPetField(int64_t id, const core::TextField<core::Pet>& field, const std::string& value);
    void removePet(int64_t id);

    void setHomeField(const core::TextField<core::Home>& field, const std::string& value);
    void setDocumentHave(const std::string& key, bool have);
    void setDocumentLocation(const std::string& key, const std::string& location);

    // The kit.
    void setKitDays(int days);
    // Staying at home or leaving: also sets the days to that purpose's default for the country.
    void setKitPurpose(core::KitPurpose purpose);
    void setKitHotClimate(bool hot);
    core::KitPurpose kitPurpose() const { return core::kitPurposeOf(plan_); }
    int64_t addKitItem(const std::string& name);
    void setKitItemField(int64_t id, const core::TextField<core::KitItem>& field, const std::string& value);
    void setKitHave(int64_t id, double have);
    void setKitNeed(int64_t id, double need);  // items not from the template only
    void setKitExpiry(int64_t id, std::optional<core::CalendarDate> expiresOn);
    void removeKitItem(int64_t id);  // items not from the template only

    // What the screens show; computed by the rules in core.
    core::KitReview kitReview() const;
    core::Readiness readiness() const;
    std::vector<core::PlanCheck> missing() const;  // the checks not done yet
    // Kit items with an expiry date, soonest first (for expiry reminders).
    std::vector<core::KitExpiry> kitItemsWithExpiry() const;
    // Told after the kit's dated items change (an expiry set or cleared, a name, an item removed,
    // a plan imported), so reminders that follow them stay in step.
    void setKitChanged(std::function<void()> onKitChanged) { onKitChanged_ = std::move(onKitChanged); }
    // Where the date of the last practice drill comes from (the checklist runs).
    void setLastDrillSource(std::function<std::optional<core::TimePoint>()> source) { lastDrillSource_ = std::move(source); }

    // Files. The format follows the extension: .pdf or .json.
    PlanFileResult exportTo(const std::filesystem::path& file, core::Paper paper, const std::string& emergencyNumber) const;
    // Replaces the whole plan with the file's; a file with any problem changes nothing.
    PlanFileResult importFrom(const std::filesystem::path& file);

    bool hasUnsavedChanges() const { return !pending_.empty(); }

private:
    // Saves a change: queued under key (a later change to the same field replaces it), then the
    // queue is written. Returns false when something could not be written yet.
    bool save(const std::string& key, std::function<void()> write);
    bool flush();
    void failed(const std::string& what, const std::exception& e);
    bool fromTemplate(const core::KitItem& item) const;  // scaled from the content's kit template
    // The date of the last finished practice run of a checklist.
    std::optional<core::CalendarDate> lastDrill() const;

    template <class T>
    T* find(std::vector<T>& list, int64_t id) {
        for (auto& x : list)
            if (x.id == id) return &x;
        return nullptr;
    }

    store::Database& db_;
    const core::KitTemplate& kit_;
    core::KitTemplate countryKit_;  // kit_ for the user's country
    const core::Clock& clock_;
    Notify notify_;
    std::function<void()> onKitChanged_;
    std::function<std::optional<core::TimePoint>()> lastDrillSource_;
    core::Plan plan_;
    std::map<std::string, std::function<void()>> pending_;
    bool toldAboutFailure_ = false;
};

}  // namespace app
