#pragma once
// Everything loaded from the content/ tree at start.
#include <string>
#include <vector>

#include "core/alert_signal.h"
#include "core/checklist.h"
#include "core/emergency.h"
#include "core/guide.h"
#include "core/kit.h"
#include "core/scenario.h"
#include "core/triage.h"
#include "core/upkeep.h"

namespace core {

struct Content {
    std::vector<Guide> guides;                 // sorted by category, then title
    std::vector<ChecklistTemplate> checklists; // sorted by title
    std::vector<Scenario> scenarios;           // sorted by title
    EmergencyNumbers numbers;
    std::vector<CountrySignals> alertSignals;  // sorted by country name
    TriageTree triage;
    KitTemplate kit;
    UpkeepDefaults upkeep;  // the reminders offered on first run
    std::string language;  // the language of the words: "" for English, else a folder such as "ar"

    const Guide* guide(const std::string& id) const;
    const ChecklistTemplate* checklist(const std::string& id) const;
    const Scenario* scenario(const std::string& id) const;
    const CountrySignals* signalsFor(const std::string& countryCode) const;  // nullptr: none described
    std::vector<std::string> categories() const;  // in first-seen order of the sorted guides
};

}  // namespace core
