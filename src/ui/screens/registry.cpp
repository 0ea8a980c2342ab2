#include <stdexcept>

#include "ui/screens/screens.h"

namespace ui {

namespace {
template <const char* Title>
const char* fixed(ScreenContext&) {
    return Title;
}
constexpr char kToday[] = "Today", kFirstAid[] = "First aid", kChecklists[] = "Checklists", kPlan[] = "Plan",
               kReminders[] = "Reminders", kEmergency[] = "Emergency", kSettings[] = "Settings";
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
        {Screen::ChecklistStart, checklistStartTitle, drawChecklistStart},
        {Screen::ChecklistRun, runTitle, drawChecklistRun},
        {Screen::RunDetail, runTitle, drawRunDetail},
        {Screen::ChecklistHistory, fixed<kChecklistHistory>, drawChecklistHistory},
        {Screen::ListEditor, listEditorTitle, drawListEditor},
    };
    return all;
}

const ScreenEntry& screenEntry(app::Screen screen) {
    for (const auto& e : screenRegistry())
        if (e.screen == screen) return e;
    throw std::logic_error("screen not registered");
}

}  // namespace ui
