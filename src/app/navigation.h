#pragma once
// Where the user is: the tab, and the screens pushed on top of it (Back pops them).
#include <string>
#include <vector>

namespace app {

enum class Tab { Today, FirstAid, Checklists, Plan, Reminders };
constexpr Tab kTabs[] = {Tab::Today, Tab::FirstAid, Tab::Checklists, Tab::Plan, Tab::Reminders};

enum class Screen {
    Today,
    FirstAid,
    Checklists,
    Plan,
    Reminders,
    Emergency,
    Settings,
    Guide,        // param: guide id; reading view
    Player,       // the guide in emergency mode, one step per screen
    IncidentLog,  // param: incident id
    Quiz,         // param: guide id
    Trainer,      // CPR rhythm trainer
    PlanMember,   // param: member id
    PlanContact,  // param: contact id, or "new" to choose the kind of a new contact
    PlanPlace,    // param: meeting place kind
    PlanPet,      // param: pet id
    PlanHome,     // where things are at home
    PlanDocuments,
    Kit,
    KitItem,      // param: kit item id
    ReminderDetail,    // param: reminder id
    ReminderEdit,      // param: reminder id, "" for a new one
    ReminderDefaults,  // the upkeep reminders offered on first run
    ChecklistStart,    // param: checklist key (core::templateKey / core::listKey)
    ChecklistRun,      // param: run id; ticking items
    RunDetail,         // param: run id; what a run recorded
    ChecklistHistory,  // every run, filtered by Checklists::historyFilter()
    ListEditor,        // param: user list id
    AlertSignals,      // practising the warning signals of the user's country
};

struct Route {
    Screen screen = Screen::Today;
    std::string param;
    bool operator==(const Route&) const = default;
};

const char* tabLabel(Tab tab);
Screen tabRoot(Tab tab);
const char* screenName(Screen screen);  // stable, for file names and tests

class Navigation {
public:
    Tab tab() const { return tab_; }
    const Route& current() const { return stack_.back(); }
    bool canGoBack() const { return stack_.size() > 1; }
    size_t depth() const { return stack_.size(); }
    const std::vector<Route>& stack() const { return stack_; }  // the tab's root first

    void selectTab(Tab tab);  // resets to the tab's root screen
    void push(Route route);
    void back();

private:
    Tab tab_ = Tab::Today;
    std::vector<Route> stack_{Route{Screen::Today, {}}};
};

}  // namespace app
