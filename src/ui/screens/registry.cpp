#include <stdexcept>

#include "ui/screens/screens.h"

namespace ui {

namespace {
template <const char* Title>
const char* fixed(ScreenContext&) {
    return Title;
}
constexpr char kToday[] = "Today", kFirstAid[] = "First aid", kChecklists[] = "Checklists", kPlan[] = "Plan",
               kReminders[] = "Reminders", kEmergency[] = "Emergency", kSettings[] = "Settings",
               kIncidentLog[] = "Incident log", kQuiz[] = "Practise", kTrainer[] = "CPR rhythm",
               kReminder[] = "Reminder", kUpkeep[] = "Upkeep";
// Short: the top bar has room for about 14 characters beside the Emergency button.
constexpr char kPlanMember[] = "Member", kPlanPlace[] = "Meeting place", kPlanPet[] = "Pet", kPlanHome[] = "At home",
               kPlanDocuments[] = "Documents", kKit[] = "Kit", kKitItem[] = "Kit item";
constexpr char kChecklistHistory[] = "History";
}  // namespace

const std::vector<ScreenEntry>& screenRegistry() {
    using app::Screen;
    static const std::vector<ScreenEntry> all{
        {Screen::Today, fixed<kToday>, drawToday},
        {Screen::FirstAid, fixed<kFirstAid>, drawFirstAid},
        {Screen::Checklists, fixed<kChecklists>, drawChecklists},
        {Screen::Plan, fixed<kPlan>, drawPlan},
        {Screen::Reminders, fixed<kReminders>, drawReminders},
        {Screen::Emergency, fixed<kEmergency>, drawEmergency},
        {Screen::Settings, fixed<kSettings>, drawSettings},
        {Screen::Guide, guideTitle, drawGuide},
        {Screen::Player, playerTitle, drawPlayer, drawPlayerFooter},
        {Screen::IncidentLog, fixed<kIncidentLog>, drawIncidentLog},
        {Screen::Quiz, fixed<kQuiz>, drawQuiz},
        {Screen::Trainer, fixed<kTrainer>, drawTrainer},
        {Screen::PlanMember, fixed<kPlanMember>, drawPlanMember},
        {Screen::PlanContact, planContactTitle, drawPlanContact},
        {Screen::PlanPlace, fixed<kPlanPlace>, drawPlanPlace},
        {Screen::PlanPet, fixed<kPlanPet>, drawPlanPet},
        {Screen::PlanHome, fixed<kPlanHome>, drawPlanHome},
        {Screen::PlanDocuments, fixed<kPlanDocuments>, drawPlanDocuments},
        {Screen::Kit, fixed<kKit>, drawKit},
        {Screen::KitItem, fixed<kKitItem>, drawKitItem},
        {Screen::ReminderDetail, fixed<kReminder>, drawReminderDetail},
        {Screen::ReminderEdit, reminderEditTitle, drawReminderEdit},
        {Screen::ReminderDefaults, fixed<kUpkeep>, drawReminderDefaults},
        {Screen::ChecklistStart, checklistStartTitle, drawChecklistStart},
        {Screen::ChecklistRun, runTitle, drawChecklistRun},
        {Screen::RunDetail, runTitle, drawRunDetail},
        {Screen::ChecklistHistory, fixed<kChecklistHistory>, drawChecklistHistory},
        {Screen::ListEditor, listEditorTitle, drawListEditor},
    };
    return all;
}

long long routeId(ScreenContext& ctx) { return ctx.app.nav().current().id; }

const ScreenEntry& screenEntry(app::Screen screen) {
    for (const auto& e : screenRegistry())
        if (e.screen == screen) return e;
    throw std::logic_error("screen not registered");
}

}  // namespace ui
