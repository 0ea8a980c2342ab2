#pragma once
// One file per screen, all registered here. A screen draws into the content area between the
// top bar and the tab bar; it reads app state and calls app actions.
#include <vector>

#include "app/app.h"
#include "ui/fonts.h"

namespace ui {

struct ScreenContext {
    app::App& app;
    const Fonts& fonts;
};

struct ScreenEntry {
    app::Screen screen;
    const char* (*title)(ScreenContext&);  // for the top bar
    void (*draw)(ScreenContext&);
    void (*footer)(ScreenContext&) = nullptr;  // a fixed row under the scrolling content
};

const std::vector<ScreenEntry>& screenRegistry();
const ScreenEntry& screenEntry(app::Screen screen);

// Each defined in screens/<name>.cpp.
void drawToday(ScreenContext&);
void drawFirstAid(ScreenContext&);
void drawChecklists(ScreenContext&);
void drawPlan(ScreenContext&);
void drawReminders(ScreenContext&);
void drawEmergency(ScreenContext&);
void drawSettings(ScreenContext&);
void drawGuide(ScreenContext&);
const char* guideTitle(ScreenContext&);
void drawPlayer(ScreenContext&);
void drawPlayerFooter(ScreenContext&);
const char* playerTitle(ScreenContext&);
// With breaths or compressions only, and a child's 15:2 or 30:2: shown with a CPR metronome.
void drawCprChoices(ScreenContext&, const core::MetronomeSpec& stepSpec);
void drawMetronomeSoundControls(ScreenContext&);  // screens/metronome_sound.cpp: on/off and volume
void drawAlertSignals(ScreenContext&);  // screens/alert_signals.cpp: learn the warning signals
void drawBackgroundRemindersSetting(ScreenContext&);  // screens/background_reminders.cpp, in Settings
void drawIncidentLog(ScreenContext&);
void drawQuiz(ScreenContext&);
void drawTrainer(ScreenContext&);
void drawEmergencyNumberCard(ScreenContext&);  // shared by Emergency and Today
void drawPlanMember(ScreenContext&);
void drawPlanContact(ScreenContext&);
const char* planContactTitle(ScreenContext&);
void drawPlanPlace(ScreenContext&);
void drawPlanPet(ScreenContext&);
void drawPlanHome(ScreenContext&);
void drawPlanDocuments(ScreenContext&);
void drawKit(ScreenContext&);
void drawKitItem(ScreenContext&);
void drawReminderDetail(ScreenContext&);   // screens/reminder_detail.cpp
void drawReminderEdit(ScreenContext&);     // screens/reminder_edit.cpp
const char* reminderEditTitle(ScreenContext&);
void drawReminderDefaults(ScreenContext&); // screens/reminder_defaults.cpp
void drawTodayReminders(ScreenContext&);   // screens/today_reminders.cpp: the due part of Today
void drawReminderAlerts(ScreenContext&);   // screens/today_reminders.cpp: reminders that just came due
// Checklists: screens/checklists.cpp, checklist_start.cpp, checklist_run.cpp, run_detail.cpp,
// checklist_history.cpp, list_editor.cpp.
void drawTodayRunInProgress(ScreenContext&);  // on Today: the unfinished runs to resume
void drawChecklistStart(ScreenContext&);
const char* checklistStartTitle(ScreenContext&);
void drawChecklistRun(ScreenContext&);
const char* runTitle(ScreenContext&);  // the run's checklist, for the run and its details
void drawRunDetail(ScreenContext&);
void drawChecklistHistory(ScreenContext&);
void drawListEditor(ScreenContext&);
const char* listEditorTitle(ScreenContext&);
long long routeId(ScreenContext&);  // the current route's param as a number (0 when it is not one)

}  // namespace ui
