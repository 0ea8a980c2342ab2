#pragma once
// Where the user is: the tab, and the screens pushed on top of it (Back pops them).
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

namespace app {

enum class Tab { Today, FirstAid, Checklists, Plan, Reminders };
constexpr Tab kTabs[] = {Tab::Today, Tab::FirstAid, Tab::Checklists, Tab::Plan, Tab::Reminders};

// Every screen; its parameters are route::Params below.
enum class Screen {
    Today,
    FirstAid,
    Checklists,
    Plan,
    Reminders,
    Emergency,
    Settings,
    Guide,
    Player,
    IncidentLog,
    Quiz,
    Trainer,
    PlanMember,
    PlanContact,
    PlanPlace,
    PlanPet,
    PlanHome,
    PlanDocuments,
    Kit,
    KitItem,
    ReminderDetail,
    ReminderEdit,
    ReminderDefaults,
    ChecklistStart,
    ChecklistRun,
    RunDetail,
    ChecklistHistory,
    ListEditor,
    AlertSignals,  // practising the warning signals of the user's country
    Scenarios,     // practice scenarios, those with decisions due first
    ScenarioPlay,
    Progress,      // charts, streak, weekly goal, certificates
    Certificate,   // adding or editing a certificate or course
};

// What each screen shows, typed: a record by its database id, or content by its key. One struct
// per screen, in the order of Screen; a screen without parameters is Plain<Screen::X>.
namespace route {
template <Screen S>
struct Plain {
    bool operator==(const Plain&) const = default;
};
using Today = Plain<Screen::Today>;
using FirstAid = Plain<Screen::FirstAid>;
using Checklists = Plain<Screen::Checklists>;
using Plan = Plain<Screen::Plan>;
using Reminders = Plain<Screen::Reminders>;
using Emergency = Plain<Screen::Emergency>;
using Settings = Plain<Screen::Settings>;
struct Guide {
    std::string guideId;
    std::string step = {};  // a step id to show marked and scrolled to (a scenario's citation); "": the top
    bool operator==(const Guide&) const = default;
};
using Player = Plain<Screen::Player>;
struct IncidentLog {
    long long incidentId = 0;
    bool operator==(const IncidentLog&) const = default;
};
struct Quiz {
    std::string guideId;
    bool operator==(const Quiz&) const = default;
};
using Trainer = Plain<Screen::Trainer>;
struct PlanMember {
    long long memberId = 0;
    bool operator==(const PlanMember&) const = default;
};
struct PlanContact {
    long long contactId = 0;  // 0: choose the kind of a new contact
    bool operator==(const PlanContact&) const = default;
};
struct PlanPlace {
    std::string kind;  // core::meetingPlaceKinds()
    bool operator==(const PlanPlace&) const = default;
};
struct PlanPet {
    long long petId = 0;
    bool operator==(const PlanPet&) const = default;
};
using PlanHome = Plain<Screen::PlanHome>;
using PlanDocuments = Plain<Screen::PlanDocuments>;
using Kit = Plain<Screen::Kit>;
struct KitItem {
    long long itemId = 0;
    bool operator==(const KitItem&) const = default;
};
struct ReminderDetail {
    long long reminderId = 0;
    bool operator==(const ReminderDetail&) const = default;
};
struct ReminderEdit {
    long long reminderId = 0;  // 0: a new reminder
    bool operator==(const ReminderEdit&) const = default;
};
using ReminderDefaults = Plain<Screen::ReminderDefaults>;
struct ChecklistStart {
    std::string checklistKey;  // core::templateKey / core::listKey
    bool operator==(const ChecklistStart&) const = default;
};
struct ChecklistRun {
    long long runId = 0;
    bool operator==(const ChecklistRun&) const = default;
};
struct RunDetail {
    long long runId = 0;
    bool operator==(const RunDetail&) const = default;
};
using ChecklistHistory = Plain<Screen::ChecklistHistory>;
struct ListEditor {
    long long listId = 0;
    bool operator==(const ListEditor&) const = default;
};
using AlertSignals = Plain<Screen::AlertSignals>;
using Scenarios = Plain<Screen::Scenarios>;
struct ScenarioPlay {
    std::string scenarioId;
    bool operator==(const ScenarioPlay&) const = default;
};
using Progress = Plain<Screen::Progress>;
struct Certificate {
    long long certificateId = 0;  // 0: a new one
    bool operator==(const Certificate&) const = default;
};

// Alternative i is the parameters of Screen i.
using Params = std::variant<Today, FirstAid, Checklists, Plan, Reminders, Emergency, Settings, Guide, Player, IncidentLog, Quiz,
                            Trainer, PlanMember, PlanContact, PlanPlace, PlanPet, PlanHome, PlanDocuments, Kit, KitItem,
                            ReminderDetail, ReminderEdit, ReminderDefaults, ChecklistStart, ChecklistRun, RunDetail,
                            ChecklistHistory, ListEditor, AlertSignals, Scenarios, ScenarioPlay, Progress, Certificate>;
}  // namespace route

static_assert(std::variant_size_v<route::Params> == static_cast<size_t>(Screen::Certificate) + 1);

// A screen with its parameters. Screens read them as they are; nothing is parsed.
struct Route {
    route::Params params;

    Route() = default;
    template <class P>
        requires std::is_constructible_v<route::Params, P>
    Route(P p) : params(std::move(p)) {}  // NOLINT: any screen's parameters are a route
    Screen screen() const { return static_cast<Screen>(params.index()); }
    // The parameters of the screen this route goes to; P must be that screen's.
    template <class P>
    const P& as() const {
        return std::get<P>(params);
    }
    bool operator==(const Route&) const = default;
};

// The tab's English name: its widget id, and the text the UI shows translated (i18n::tr).
const char* tabLabel(Tab tab);
Route tabRoot(Tab tab);
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
    std::vector<Route> stack_{Route{route::Today{}}};
};

}  // namespace app
