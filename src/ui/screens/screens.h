#pragma once
// One file per screen: each defines its Screen class and the make…Screen() that the registry
// (screens/registry.cpp) calls. Parts that more than one screen shows are drawn by the free
// functions below.
#include <memory>

#include "ui/screens/screen.h"

namespace ui {

std::unique_ptr<Screen> makeTodayScreen();             // screens/today.cpp
std::unique_ptr<Screen> makeFirstAidScreen();          // screens/first_aid.cpp
std::unique_ptr<Screen> makeChecklistsScreen();        // screens/checklists.cpp
std::unique_ptr<Screen> makePlanScreen();              // screens/plan.cpp
std::unique_ptr<Screen> makeRemindersScreen();         // screens/reminders.cpp
std::unique_ptr<Screen> makeEmergencyScreen();         // screens/emergency.cpp
std::unique_ptr<Screen> makeSettingsScreen();          // screens/settings.cpp
std::unique_ptr<Screen> makeGuideScreen();             // screens/guide.cpp
std::unique_ptr<Screen> makePlayerScreen();            // screens/player.cpp
std::unique_ptr<Screen> makeIncidentLogScreen();       // screens/incident_log.cpp
std::unique_ptr<Screen> makeQuizScreen();              // screens/quiz.cpp
std::unique_ptr<Screen> makeTrainerScreen();           // screens/trainer.cpp
std::unique_ptr<Screen> makePlanMemberScreen();        // screens/plan_member.cpp
std::unique_ptr<Screen> makePlanContactScreen();       // screens/plan_contact.cpp
std::unique_ptr<Screen> makePlanPlaceScreen();         // screens/plan_place.cpp
std::unique_ptr<Screen> makePlanPetScreen();           // screens/plan_pet.cpp
std::unique_ptr<Screen> makePlanHomeScreen();          // screens/plan_home.cpp
std::unique_ptr<Screen> makePlanDocumentsScreen();     // screens/plan_documents.cpp
std::unique_ptr<Screen> makeKitScreen();               // screens/kit.cpp
std::unique_ptr<Screen> makeKitItemScreen();           // screens/kit_item.cpp
std::unique_ptr<Screen> makeReminderDetailScreen();    // screens/reminder_detail.cpp
std::unique_ptr<Screen> makeReminderEditScreen();      // screens/reminder_edit.cpp
std::unique_ptr<Screen> makeReminderDefaultsScreen();  // screens/reminder_defaults.cpp
std::unique_ptr<Screen> makeChecklistStartScreen();    // screens/checklist_start.cpp
std::unique_ptr<Screen> makeChecklistRunScreen();      // screens/checklist_run.cpp
std::unique_ptr<Screen> makeRunDetailScreen();         // screens/run_detail.cpp
std::unique_ptr<Screen> makeChecklistHistoryScreen();  // screens/checklist_history.cpp
std::unique_ptr<Screen> makeListEditorScreen();        // screens/list_editor.cpp
std::unique_ptr<Screen> makeAlertSignalsScreen();      // screens/alert_signals.cpp
std::unique_ptr<Screen> makeScenariosScreen();         // screens/scenarios.cpp
std::unique_ptr<Screen> makeScenarioPlayScreen();      // screens/scenario_play.cpp
std::unique_ptr<Screen> makeProgressScreen();          // screens/progress.cpp
std::unique_ptr<Screen> makeCertificateScreen();       // screens/certificate.cpp

// Shared parts.
void drawEmergencyNumberCard(ScreenContext&);  // screens/emergency.cpp: on Emergency and Today
// screens/player.cpp: with breaths or compressions only, and a child's 15:2 or 30:2, for the guide
// and the CPR metronome.
void drawCprChoices(ScreenContext&, const core::MetronomeSpec& stepSpec);
void drawMetronomeSoundControls(ScreenContext&);      // screens/metronome_sound.cpp: on/off and volume
void drawReadAloudSwitch(ScreenContext&);  // screens/read_aloud.cpp: in the guide player
void drawSpeechSetting(ScreenContext&);    // screens/read_aloud.cpp, in Settings
void drawBackgroundRemindersSetting(ScreenContext&);  // screens/background_reminders.cpp, in Settings
void drawTodayReminders(ScreenContext&);      // screens/today_reminders.cpp: the due part of Today
void drawReminderAlerts(ScreenContext&);      // screens/today_reminders.cpp: reminders that just came due
void drawTodayRunInProgress(ScreenContext&);  // screens/checklists.cpp: the unfinished runs to resume
void drawRunRecord(ScreenContext&, long long runId);  // screens/run_detail.cpp: what a run recorded
std::string runTitle(ScreenContext&, long long runId);  // screens/checklist_run.cpp: the run's checklist
std::string practisedLine(core::TimePoint lastPractised, int due);  // screens/first_aid.cpp: "Practised … · 2 due for review"

}  // namespace ui
