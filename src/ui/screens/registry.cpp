#include <stdexcept>
#include <string>

#include "ui/screens/screens.h"

namespace ui {

// Every screen of the app, one line each. A new screen adds its route to app::route::Params and
// its line here.
ScreenRegistry::ScreenRegistry() : screens_(std::variant_size_v<app::route::Params>) {
    add(makeTodayScreen());
    add(makeFirstAidScreen());
    add(makeChecklistsScreen());
    add(makePlanScreen());
    add(makeRemindersScreen());
    add(makeEmergencyScreen());
    add(makeSettingsScreen());
    add(makeGuideScreen());
    add(makePlayerScreen());
    add(makeIncidentLogScreen());
    add(makeQuizScreen());
    add(makeTrainerScreen());
    add(makePlanMemberScreen());
    add(makePlanContactScreen());
    add(makePlanPlaceScreen());
    add(makePlanPetScreen());
    add(makePlanHomeScreen());
    add(makePlanDocumentsScreen());
    add(makeKitScreen());
    add(makeKitItemScreen());
    add(makeReminderDetailScreen());
    add(makeReminderEditScreen());
    add(makeReminderDefaultsScreen());
    add(makeChecklistStartScreen());
    add(makeChecklistRunScreen());
    add(makeRunDetailScreen());
    add(makeChecklistHistoryScreen());
    add(makeListEditorScreen());
    add(makeAlertSignalsScreen());
    add(makeScenariosScreen());
    add(makeScenarioPlayScreen());
    add(makeProgressScreen());
    add(makeCertificateScreen());
    for (size_t i = 0; i < screens_.size(); ++i)
        if (!screens_[i]) throw std::logic_error(std::string("no screen for ") + app::screenName(static_cast<app::Screen>(i)));
}

void ScreenRegistry::add(std::unique_ptr<Screen> screen) {
    auto& slot = screens_.at(static_cast<size_t>(screen->shows()));
    if (slot) throw std::logic_error(std::string("two screens for ") + app::screenName(screen->shows()));
    slot = std::move(screen);
}

}  // namespace ui
