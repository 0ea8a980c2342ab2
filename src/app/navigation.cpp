#include "app/navigation.h"

#include "core/text.h"

namespace app {

const char* tabLabel(Tab tab) {
    switch (tab) {
        case Tab::Today: return core::textId("Today");
        case Tab::FirstAid: return core::textId("First aid");
        case Tab::Checklists: return core::textId("Checklists");
        case Tab::Plan: return core::textId("Plan");
        case Tab::Reminders: return core::textId("Reminders");
    }
    return "";
}

Route tabRoot(Tab tab) {
    switch (tab) {
        case Tab::Today: return route::Today{};
        case Tab::FirstAid: return route::FirstAid{};
        case Tab::Checklists: return route::Checklists{};
        case Tab::Plan: return route::Plan{};
        case Tab::Reminders: return route::Reminders{};
    }
    return route::Today{};
}

const char* screenName(Screen screen) {
    switch (screen) {
        case Screen::Today: return "today";
        case Screen::FirstAid: return "first-aid";
        case Screen::Checklists: return "checklists";
        case Screen::Plan: return "plan";
        case Screen::Reminders: return "reminders";
        case Screen::Emergency: return "emergency";
        case Screen::Settings: return "settings";
        case Screen::Guide: return "guide";
        case Screen::Player: return "player";
        case Screen::IncidentLog: return "incident-log";
        case Screen::Quiz: return "quiz";
        case Screen::Trainer: return "trainer";
        case Screen::PlanMember: return "plan-member";
        case Screen::PlanContact: return "plan-contact";
        case Screen::PlanPlace: return "plan-place";
        case Screen::PlanPet: return "plan-pet";
        case Screen::PlanHome: return "plan-home";
        case Screen::PlanDocuments: return "plan-documents";
        case Screen::Kit: return "kit";
        case Screen::KitItem: return "kit-item";
        case Screen::ReminderDetail: return "reminder";
        case Screen::ReminderEdit: return "reminder-edit";
        case Screen::ReminderDefaults: return "reminder-defaults";
        case Screen::ChecklistStart: return "checklist";
        case Screen::ChecklistRun: return "checklist-run";
        case Screen::RunDetail: return "run-detail";
        case Screen::ChecklistHistory: return "checklist-history";
        case Screen::ListEditor: return "list-editor";
        case Screen::AlertSignals: return "alert-signals";
        case Screen::Scenarios: return "scenarios";
        case Screen::ScenarioPlay: return "scenario";
        case Screen::Progress: return "progress";
        case Screen::Certificate: return "certificate";
    }
    return "unknown";
}

void Navigation::selectTab(Tab tab) {
    tab_ = tab;
    stack_.assign(1, tabRoot(tab));
}

void Navigation::push(Route route) {
    if (stack_.back() == route) return;
    stack_.push_back(std::move(route));
}

void Navigation::back() {
    if (stack_.size() > 1) stack_.pop_back();
}

}  // namespace app
