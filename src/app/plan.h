#pragma once
// The household plan and kit as the app holds them: a copy in memory that the screens read, and
// the writes that keep the database in step. A tap (a choice, a quantity, a date) is written at
// once. Text typed into a field is written when the field is left, when typing pauses, and at the
// latest kTypingMaxWait after the first unsaved keystroke, so a crash loses at most that much and
// typing is not a commit per keystroke. A write that fails stays queued and is retried with the
// next change, so what was typed is neither lost from the screen nor dropped from the file; the
// user is told once.
#include <chrono>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "app/notices.h"
#include "core/clock.h"
#include "core/kit.h"
#include "core/kit_inventory.h"
#include "core/plan.h"
#include "store/plan_store.h"

namespace app {

// The outcome of an export or import, in words for the user.
struct PlanFileResult {
    bool ok = false;
    std::string message;
};

// When a change reaches the database.
enum class Save {
    Now,          // a tap: written before the call returns
    AfterTyping,  // a keystroke in a text field: see kTypingPause and kTypingMaxWait
};

class HouseholdPlan {
public:
    static constexpr std::chrono::milliseconds kTypingPause{500};    // typing stopped this long: written
    static constexpr std::chrono::milliseconds kTypingMaxWait{750};  // a keystroke waits at most this long

    HouseholdPlan(store::Database& db, const core::KitTemplate& kit, const core::Clock& clock, Notices& notices);
    ~HouseholdPlan();  // writes what typing left unsaved
    HouseholdPlan(const HouseholdPlan&) = delete;
    HouseholdPlan& operator=(const HouseholdPlan&) = delete;

    const core::Plan& plan() const { return plan_; }
    // The kit template as it applies in the user's country (a national body's amounts where the
    // content has them).
    const core::KitTemplate& kitTemplate() const { return countryKit_; }
    void setCountry(const std::string& countryCode);
    // The content was read again in another language: the kit items from the template take its
    // names and categories.
    void contentReloaded();
    core::CalendarDate today() const;
    void reload();  // from the database

    // Members, contacts and pets (Record). add: a new record like `initial` (a contact's kind);
    // returns its id, or 0 when it could not be saved or the plan holds as many as it may.
    template <class Record>
    int64_t add(const Record& initial = {});
    template <class Record>
    void remove(int64_t id);
    // A text field of a member, contact, pet or kit item.
    template <class Record>
    void setField(int64_t id, const core::TextField<Record>& field, const std::string& value, Save when = Save::Now);
    void setField(const std::string& placeKind, const core::TextField<core::MeetingPlace>& field, const std::string& value,
                  Save when = Save::Now);
    void setField(const core::TextField<core::Home>& field, const std::string& value, Save when = Save::Now);
    void setDocumentHave(const std::string& key, bool have);
    void setDocumentLocation(const std::string& key, const std::string& location, Save when = Save::Now);

    // Removes members, contacts and pets nothing was entered in (core::isBlank), except those in
    // `open` (an editor that is still on the screen stack). An abandoned or failed "Add" leaves
    // no empty record behind for the kit to scale to.
    struct OpenRecords {
        std::set<int64_t> members, contacts, pets;
    };
    void dropBlankRecords(const OpenRecords& open = {});

    // The kit.
    void setKitDays(int days);
    // Staying at home or leaving: also sets the days to that purpose's default for the country.
    void setKitPurpose(core::KitPurpose purpose);
    void setKitHotClimate(bool hot);
    core::KitPurpose kitPurpose() const { return core::kitPurposeOf(plan_); }
    int64_t addKitItem(const std::string& name);
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

    // Files. The format follows the extension: .pdf or .json. Messages name the file as `shownAs`
    // ("" for its path, quoted).
    PlanFileResult exportTo(const std::filesystem::path& file, core::Paper paper, const std::string& emergencyNumber,
                            const std::string& shownAs = "") const;
    // Replaces the whole plan with the file's; a file with any problem changes nothing.
    PlanFileResult importFrom(const std::filesystem::path& file, const std::string& shownAs = "");
    // The plan and wallet cards as one HTML page to print, with what the PDF has (export/plan_html.h).
    std::string printPage(core::Paper paper, const std::string& emergencyNumber) const;

    // Typing: called every frame, it writes what typing left once the pause or the longest wait
    // is over; saveTyping() writes it at once (the field was left, the screen changed).
    void tick();
    void saveTyping();
    // Seconds until tick() has something to write (< 0: nothing waits), so the app wakes for it.
    double secondsUntilSave() const;
    bool hasUnsavedChanges() const { return !pending_.empty(); }

private:
    struct Pending {
        std::function<void()> write;
        core::TimePoint firstChange, lastChange;
        bool typed = false;
    };
    // Queues a change under key (a later change to the same field replaces it), then writes the
    // queue unless it waits for typing to pause. Returns false when something could not be written yet.
    bool save(const std::string& key, std::function<void()> write, Save when = Save::Now);
    bool flush();
    void failed(const std::string& what, const std::exception& e);
    void kitChanged();
    bool fromTemplate(const core::KitItem& item) const;  // scaled from the content's kit template
    // The date of the last finished practice run of a checklist.
    std::optional<core::CalendarDate> lastDrill() const;

    store::PlanStore store_;
    const core::KitTemplate& kit_;
    core::KitTemplate countryKit_;  // kit_ for the user's country
    const core::Clock& clock_;
    Notices& notices_;
    std::function<void()> onKitChanged_;
    std::function<std::optional<core::TimePoint>()> lastDrillSource_;
    core::Plan plan_;
    std::map<std::string, Pending> pending_;
    bool toldAboutFailure_ = false;
    bool retryWithNextChange_ = false;  // a write failed: tick() does not try again every frame
    bool kitChangedWhenSaved_ = false;  // a dated kit item's name waits in pending_
};

}  // namespace app
