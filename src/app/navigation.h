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
    Guide,        // key: guide id; reading view
    Player,       // the guide in emergency mode, one step per screen
    IncidentLog,  // id: incident
    Quiz,         // key: guide id
    Trainer,      // CPR rhythm trainer
    PlanMember,   // id: member
    PlanContact,  // id: contact, or 0 to choose the kind of a new contact
    PlanPlace,    // key: meeting place kind
    PlanPet,      // id: pet
    PlanHome,     // where things are at home
    PlanDocuments,
    Kit,
    KitItem,      // id: kit item
    ReminderDetail,    // id: reminder
    ReminderEdit,      // id: reminder, 0 for a new one
    ReminderDefaults,  // the upkeep reminders offered on first run
    ChecklistStart,    // key: checklist key (core::templateKey / core::listKey)
    ChecklistRun,      // id: run; ticking items
    RunDetail,         // id: run; what a run recorded
    ChecklistHistory,  // every run, filtered by RunHistory::filter()
    ListEditor,        // id: user list
};

// A screen and what it shows: a record by its database id, or content by its key. Screens read
// them as they are; nothing is parsed.
struct Route {
    Screen screen = Screen::Today;
    long long id = 0;
    std::string key;

    Route() = default;
    Route(Screen s) : screen(s) {}  // NOLINT: a screen alone is a route
    Route(Screen s, long long recordId) : screen(s), id(recordId) {}
    Route(Screen s, std::string contentKey) : screen(s), key(std::move(contentKey)) {}
    bool operator==(const Route&) const = default;
};

// The tab's English name: its widget id, and the text the UI shows translated (i18n::tr).
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
    std::vector<Route> stack_{Route{Screen::Today}};
};

}  // namespace app
