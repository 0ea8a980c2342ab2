#pragma once
// The first-run offer of upkeep reminders (content/upkeep.toml): everything not already there is
// chosen to start with; the user unticks what they do not want, gives the certificate's expiry
// date if they have one, and adds them, or answers "not now". Either answer is kept.
#include <set>
#include <string>

#include "app/linked_reminders.h"
#include "app/reminders.h"
#include "core/upkeep.h"

namespace app {

// The user's choices on the offer screen, kept while they decide.
struct DefaultsChoice {
    std::set<std::string> chosen;   // UpkeepDefault ids
    std::string certificateExpiry;  // "YYYY-MM-DD"
    bool initialised = false;
};

class UpkeepOffer {
public:
    UpkeepOffer(Reminders& reminders, LinkedReminders& linked, const core::UpkeepDefaults& defaults);

    const core::UpkeepDefaults& defaults() const { return defaults_; }
    bool answered() const { return answered_; }
    DefaultsChoice& choice();
    bool addChosen();  // adds what choice() holds; the offer is answered
    void dismiss();    // "not now": the offer is answered, nothing added

private:
    Reminders& reminders_;
    LinkedReminders& linked_;
    const core::UpkeepDefaults& defaults_;
    DefaultsChoice choice_;
    bool answered_ = false;
};

}  // namespace app
