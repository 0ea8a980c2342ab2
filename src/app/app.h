#pragma once
// The application: content, the store, settings and navigation, and the actions the UI calls.
// No ImGui here, so tests drive the same actions the screens do.
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "app/checklist_runner.h"
#include "app/first_aid.h"
#include "app/alert_practice.h"
#include "app/app_update.h"
#include "app/background_reminders.h"
#include "app/linked_reminders.h"
#include "app/list_editor.h"
#include "app/navigation.h"
#include "app/notices.h"
#include "app/plan.h"
#include "app/progress.h"
#include "app/reminder_editor.h"
#include "app/reminders.h"
#include "app/run_history.h"
#include "app/scenario_practice.h"
#include "app/sound_output.h"
#include "app/spoken_steps.h"
#include "app/upkeep_offer.h"
#include "app/user_files.h"
#include "content/loader.h"
#include "core/clock.h"
#include "core/content.h"
#include "core/settings.h"
#include "export/history.h"
#include "store/database.h"

namespace app {

// The user's documents folder as the XDG user directories name it (XDG_DOCUMENTS_DIR in the
// environment or in $XDG_CONFIG_HOME/user-dirs.dirs), else ~/Documents.
std::filesystem::path userDocumentsFolder();

// Owns one model per feature and wires them together; each model gets what it needs (the
// database, the content, the clock, navigation, Notices), never the App itself.
class App {
public:
    App(content::LoadResult loaded, store::Database& db, const core::Clock& clock);
    ~App();  // saves what typing left unsaved
    App(const App&) = delete;
    App& operator=(const App&) = delete;

    const core::Content& content() const { return content_; }
    const std::vector<content::Problem>& contentProblems() const { return contentProblems_; }
    // Reads the content again with the words of another language ("ar"; "" for English), from the
    // folder it was first read from. A guide in progress stays open on its step. If the folder
    // can no longer be read, the content in use stays and false is returned.
    bool loadContentLanguage(const std::string& language);
    store::Database& db() { return db_; }
    const core::Clock& clock() const { return clock_; }
    Navigation& nav() { return nav_; }
    const Navigation& nav() const { return nav_; }

    // Settings: each change is saved at once.
    const core::Settings& settings() const { return settings_; }
    void setTheme(core::Theme theme);
    void setTextScale(float scale);
    void setCountry(const std::string& code);
    // The UI language ("en", "ar"): the words (po/<language>.po), the content's words
    // (content/<language>/) and the formats of dates and numbers follow it.
    // At start: `oneRun` (--lang) when given, for this run only; else the language saved in
    // Settings; else the system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), which is then saved.
    void startInLanguage(const std::string& oneRun);
    // The user's choice in Settings: shown at once and kept.
    void setLanguage(const std::string& language);
    const std::string& language() const;
    void setCprPreferences(const core::CprPreferences& cpr);  // kept, and followed by a running metronome
    // The metronome heard: on or off, and how loud. Kept, and followed by a running beat at once.
    void setMetronomeSound(bool on);
    void setMetronomeVolume(float volume);
    // Where the clicks go (the platform's sound output). Without it the metronome is silent.
    void setAudioOutput(AudioDeviceOpener open);
    // Why the metronome is silent although sound is on ("" when it is not, or may not be).
    std::string soundProblem() const { return sound_ ? sound_->problem() : ""; }
    // A warning signal, played once through (the metronome, if running, falls silent meanwhile).
    void playSignal(const core::AlertSignal& signal);
    void stopSignal();
    bool signalPlaying() const { return sound_ && !metronomeSounding_ && sound_->playing(); }
    bool soundAvailable() const { return sound_ && sound_->problem().empty(); }
    // "Read steps aloud": the guide player speaks each step and the timers' call points through
    // `speaker` (the platform's voice). Kept in the settings.
    void setSpeaker(std::unique_ptr<Speaker> speaker);
    void setReadStepsAloud(bool on);
    bool canSpeak() const { return spoken_.hasSpeaker(); }
    // Keeps the screen from blanking while the guide player is shown: called with true when it
    // opens and false when it is left (the platform's screensaver inhibit).
    void setKeepScreenOn(std::function<void(bool on)> keep);
    // Opens the app on a reminder's detail (a click on its desktop notification); false, with a
    // notice, when it no longer exists.
    bool openReminder(long long reminderId);
    // Opens the screen a link names (`--open`): "reminder:ID". False, with a notice, for one that
    // names nothing there is.
    bool openLink(const std::string& link);
    // Reminders while the app is closed (the desktop's timer for `reminders notify`). Read when
    // Settings opens and after each change, never per frame; nullopt where there is none.
    void setBackgroundReminders(BackgroundReminders control);
    const std::optional<BackgroundReminderState>& backgroundReminderState() const { return backgroundState_; }
    void setBackgroundRemindersOn(bool on);
    void setNotificationPermission(NotificationPermission permission) { permission_ = std::move(permission); }
    const NotificationPermission& notificationPermission() const { return permission_; }
    void setAppUpdate(AppUpdate update) { update_ = std::move(update); }
    bool updateReady() const { return update_.ready && update_.ready(); }
    void applyUpdate() {
        if (update_.apply) update_.apply();
    }
    // Practising the warning signals of a country (answers feed the quizzes' spaced review).
    AlertPractice& alertPractice() { return alertPractice_; }
    void openAlertPractice();
    std::string emergencyNumber() const;
    std::string countryName() const;  // "" when none is chosen
    const core::CountryNumbers* country() const;  // nullptr when none is chosen
    // What the user typed to find their country (choosing one clears it), and what it finds, best first.
    std::string& countrySearch() { return countrySearch_; }
    std::vector<const core::CountryNumbers*> countryMatches() const;
    // What to say when a country search finds nothing: the number actually in use, and why.
    std::string noCountryMatchText() const;

    FirstAid& firstAid() { return *firstAid_; }
    const FirstAid& firstAid() const { return *firstAid_; }

    // Called by the UI when another screen is shown: cached lists that depend on the time of day
    // (due reviews, say) are refreshed here, never on every frame, and what was typed is saved.
    void onScreenChanged();
    // Called every frame (cheap): reminders that came due, and typing to save: all of it once no
    // text field is being edited (the field was left), else what paused long enough (see
    // HouseholdPlan::tick).
    void tick(bool editingText = false);
    // Seconds until tick() has something to do (< 0: nothing until input).
    double secondsUntilNextChange() const;

    // Navigation helpers that the UI and tests share.
    void openEmergency();
    void openSettings();
    void openGuide(const std::string& guideId);
    void useGuideNow(const std::string& guideId);  // emergency mode: the step-by-step player
    void openPlayer();                              // back to the incident in progress
    void openQuiz(const std::string& guideId);
    void openTrainer();
    void openIncidentLog(long long incidentId);

    // Backups and exported files all go one way to the user (the documents folder on the
    // desktop); each action's message says where the file went.
    UserFiles& files() { return *files_; }
    const UserFiles& files() const { return *files_; }
    void setUserFiles(std::unique_ptr<UserFiles> files) { files_ = std::move(files); }
    void backUpNow();
    // The household plan as a PDF on `paper`, or as JSON (a full copy to import).
    enum class PlanFormat { Pdf, Json };
    void exportPlan(PlanFormat format, core::Paper paper);
    // The checklist runs, the practice record (CSV or JSON) and the reminders (iCalendar), as the
    // command line's `export history`, `export progress` and `export ics` write them.
    void exportHistory(exporting::HistoryFormat format);
    void exportProgress(exporting::HistoryFormat format);
    void exportReminders();
    // Where the platform lets the user choose a file of theirs (files().choose), the app restores
    // a backup and imports a plan from one, with the same refusals as the command line: a file
    // with any problem is refused with its reason, and nothing changes.
    bool canChooseFiles() const { return files_->canChoose(); }
    void restoreFromChosenFile();
    void importPlanFromChosenFile();
    // True once a restore replaced the data under the models: the platform builds the App again on
    // the same database (the notice saying what happened is to be shown by the new one).
    bool dataReplaced() const { return dataReplaced_; }

    // Messages for the user that the UI shows until dismissed (a failed save, a file written).
    Notices& notices() { return notices_; }
    const Notices& notices() const { return notices_; }

    // The household plan and kit (the Plan tab).
    HouseholdPlan& plan() { return plan_; }
    const HouseholdPlan& plan() const { return plan_; }
    // Reminders: due lists, actions and alerts; editing; those that follow other data; the
    // first-run offer.
    Reminders& reminders() { return reminders_; }
    const Reminders& reminders() const { return reminders_; }
    ReminderEditor& reminderEditor() { return reminderEditor_; }
    LinkedReminders& linkedReminders() { return linkedReminders_; }
    UpkeepOffer& upkeepOffer() { return upkeepOffer_; }
    // Checklists: running one, the history of runs, the user's own lists.
    ChecklistRunner& runs() { return runs_; }
    RunHistory& history() { return history_; }
    ListEditor& lists() { return lists_; }
    // Practice scenarios: the list, playing one, its spaced review.
    ScenarioPractice& scenarios() { return scenarios_; }
    // Progress: charts, the streak, the weekly goal, certificates; the readiness history.
    Progress& progress() { return progress_; }
    void openProgress();

private:
    void saveSettings();
    void metronomeChanged();  // the sound follows the beat
    void showLanguage(const std::string& language);

    core::Content content_;
    std::vector<content::Problem> contentProblems_;
    std::filesystem::path contentDir_;
    store::Database& db_;
    const core::Clock& clock_;
    core::Settings settings_;
    std::string countrySearch_;
    Navigation nav_;
    Notices notices_;  // before the models, which report through it
    std::unique_ptr<UserFiles> files_ = std::make_unique<DocumentsFolderFiles>(userDocumentsFolder());
    bool dataReplaced_ = false;
    std::unique_ptr<FirstAid> firstAid_;
    std::unique_ptr<SoundOutput> sound_;
    bool metronomeSounding_ = false;  // the sound playing is the metronome's
    SpokenSteps spoken_;
    std::function<void(bool)> keepScreenOn_;
    bool screenKeptOn_ = false;
    BackgroundReminders background_;
    std::optional<BackgroundReminderState> backgroundState_;
    NotificationPermission permission_;
    AppUpdate update_;
    HouseholdPlan plan_;
    Reminders reminders_;
    LinkedReminders linkedReminders_{reminders_, content_.upkeep};
    ReminderEditor reminderEditor_{reminders_, linkedReminders_};
    UpkeepOffer upkeepOffer_{reminders_, linkedReminders_, content_.upkeep};
    ListEditor lists_;
    ChecklistRunner runs_;
    RunHistory history_;
    AlertPractice alertPractice_;
    ScenarioPractice scenarios_;
    Progress progress_{db_, content_, clock_, linkedReminders_, notices_, [this] { return plan_.readiness().percent; }};
};

// The country a new user most likely is in, from the locale (LANG=en_GB.UTF-8 → "GB").
std::string countryFromLocale(const char* lang);

}  // namespace app
