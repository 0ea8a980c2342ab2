#include "app/app.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <sstream>

#include "core/date_format.h"
#include "export/ics.h"
#include "export/progress.h"
#include "i18n/i18n.h"
#include "store/atomic_file.h"
#include "store/backup.h"
#include "store/settings_store.h"

namespace app {

App::App(content::LoadResult loaded, store::Database& db, const core::Clock& clock)
    : content_(std::move(loaded.content)), contentProblems_(std::move(loaded.problems)), contentDir_(std::move(loaded.dir)),
      db_(db), clock_(clock),
      plan_(db_, content_.kit, clock_, notices_), reminders_(db_, clock_, notices_),
      lists_(db_, content_, clock_, nav_, notices_), runs_(db_, content_, lists_, clock_, nav_, notices_), history_(db_, nav_, notices_),
      alertPractice_(content_, db_, clock_, [this] { firstAid_->refreshPractice(); }, notices_),
      scenarios_(content_, db_, clock_, nav_, notices_) {
    settings_ = store::loadSettings(db_);
    plan_.setCountry(settings_.country);
    core::setFormatCountry(settings_.country);
    firstAid_ = std::make_unique<FirstAid>(content_, db_, clock_, notices_, settings_.cpr);

    // The parts that follow each other's data: reminders follow the kit's expiry dates and the
    // quiz reviews due; the plan's readiness follows the practice drills; the history follows the runs.
    plan_.setLastDrillSource([this] { return runs_.lastFinishedPracticeRun(); });
    plan_.setKitChanged([this] { linkedReminders_.syncKitExpiries(plan_.kitItemsWithExpiry()); });
    firstAid_->setPracticeChanged([this](int count, core::TimePoint earliest) { linkedReminders_.syncPractice(count, earliest); });
    reminders_.setRemoved([this](long long id) { reminderEditor_.discardDraft(id); });
    runs_.setRunsChanged([this] { history_.runsChanged(); });
    scenarios_.setAnswered([this] { firstAid_->refreshPractice(); });
    linkedReminders_.syncKitExpiries(plan_.kitItemsWithExpiry());
    firstAid_->refreshPractice();
    firstAid_->setMetronomeChanged([this] { metronomeChanged(); });
    progress_.refresh();  // today's readiness score, and the weekly goal's reminder for this week
}

void App::setAudioOutput(AudioDeviceOpener open) {
    sound_ = std::make_unique<SoundOutput>(std::move(open), [this](std::string m) { notices_.show(std::move(m)); });
    sound_->setVolume(settings_.metronomeVolume);
    metronomeChanged();  // a beat that kept running while the app was closed is heard again
}

void App::metronomeChanged() {
    if (!sound_) return;
    const auto& m = firstAid_->metronome();
    bool audible = m && settings_.metronomeSound;
    if (!audible && !metronomeSounding_) return;  // a signal being practised plays on
    metronomeSounding_ = audible;
    sound_->playMetronome(audible ? m : std::nullopt, clock_.now());
}

void App::playSignal(const core::AlertSignal& signal) {
    if (!sound_) {
        notices_.show(i18n::tr("No sound here: signals cannot be played."));
        return;
    }
    metronomeSounding_ = false;
    // A minute is enough to learn a pattern; some signals sound for five.
    sound_->playSignal(signal.sound, 60);
}

void App::stopSignal() {
    if (!sound_ || metronomeSounding_) return;
    sound_->stop();
    metronomeChanged();
}

void App::setSpeaker(std::unique_ptr<Speaker> speaker) {
    spoken_.setSpeaker(std::move(speaker));
    spoken_.setOn(settings_.readStepsAloud, clock_.now());
}

void App::setReadStepsAloud(bool on) {
    settings_.readStepsAloud = on;
    saveSettings();
    spoken_.setOn(on, clock_.now());
}

void App::setKeepScreenOn(std::function<void(bool)> keep) {
    keepScreenOn_ = std::move(keep);
    screenKeptOn_ = false;
}

bool App::openReminder(long long reminderId) {
    if (!reminders_.detail(reminderId).found) {
        notices_.show(i18n::tr("That reminder no longer exists: it was deleted after the notification was shown."));
        return false;
    }
    nav_.selectTab(Tab::Reminders);
    nav_.push(route::ReminderDetail{reminderId});
    return true;
}

bool App::openLink(const std::string& link) {
    const std::string reminder = "reminder:";
    if (link.rfind(reminder, 0) == 0) {
        std::string id = link.substr(reminder.size());
        char* end = nullptr;
        long long value = id.empty() ? 0 : std::strtoll(id.c_str(), &end, 10);
        if (value > 0 && end && *end == '\0') return openReminder(value);
    }
    notices_.show(i18n::fillIn(i18n::tr("Steadfast cannot open \"{link}\": it opens reminder:ID (a reminder's number)."), "link", link));
    return false;
}

void App::setBackgroundReminders(BackgroundReminders control) {
    background_ = std::move(control);
    backgroundState_.reset();
}

void App::setBackgroundRemindersOn(bool on) {
    if (!background_.set) return;
    if (std::string problem = background_.set(on); !problem.empty())
        notices_.show(i18n::fillIn(on ? i18n::tr("Reminders while Steadfast is closed could not be turned on: {problem}")
                                      : i18n::tr("Reminders while Steadfast is closed could not be turned off: {problem}"),
                                   "problem", problem));
    backgroundState_ = background_.state();
}

void App::openAlertPractice() {
    alertPractice_.start(settings_.country);
    nav_.push(route::AlertSignals{});
}

void App::setMetronomeSound(bool on) {
    settings_.metronomeSound = on;
    saveSettings();
    metronomeChanged();
}

void App::setMetronomeVolume(float volume) {
    settings_.metronomeVolume = std::clamp(volume, 0.0f, 1.0f);
    saveSettings();
    if (sound_) sound_->setVolume(settings_.metronomeVolume);
}

App::~App() {
    plan_.saveTyping();
    // The language and the formats belong to the process; the next App starts from English.
    i18n::setLanguage("en");
    core::setFormatCountry("");
}

void App::showLanguage(const std::string& language) {
    std::string before = i18n::language();
    for (const auto& p : i18n::setLanguage(language)) notices_.show(p.toString());
    if (i18n::language() != before) linkedReminders_.rewordIn(plan_.kitItemsWithExpiry());
    std::string contentLanguage = i18n::language() == "en" ? "" : i18n::language();
    if (content_.language == contentLanguage) return;  // English at start: the content read already
    if (!loadContentLanguage(contentLanguage)) notices_.show(i18n::tr("The guides could not be read again in this language."));
}

void App::startInLanguage(const std::string& oneRun) {
    if (!oneRun.empty()) {
        showLanguage(oneRun);
        return;
    }
    if (settings_.language.empty()) {
        settings_.language = i18n::languageFromEnvironment();
        saveSettings();
    }
    showLanguage(settings_.language);
}

void App::setLanguage(const std::string& language) {
    settings_.language = language;
    saveSettings();
    showLanguage(language);
}

const std::string& App::language() const { return i18n::language(); }

bool App::loadContentLanguage(const std::string& language) {
    content::LoadResult loaded = content::loadContent(contentDir_, language);
    contentProblems_ = std::move(loaded.problems);
    if (loaded.content.guides.empty()) return false;  // keep the guides a user may be following
    // Assigned in place: the parts that read the content keep their reference to it.
    content_ = std::move(loaded.content);
    plan_.setCountry(settings_.country);
    plan_.contentReloaded();
    firstAid_->contentReloaded();
    scenarios_.contentReloaded();
    return true;
}

void App::saveSettings() {
    try {
        store::saveSettings(db_, settings_);
    } catch (const std::exception& e) {
        notices_.failed(i18n::tr("Settings could not be saved"), e);
    }
}

void App::setTheme(core::Theme theme) {
    settings_.theme = theme;
    saveSettings();
}

void App::setTextScale(float scale) {
    settings_.textScale = core::clampTextScale(scale);
    saveSettings();
}

void App::setCountry(const std::string& code) {
    settings_.country = code;
    countrySearch_.clear();
    saveSettings();
    plan_.setCountry(code);
    core::setFormatCountry(code);
}

void App::setCprPreferences(const core::CprPreferences& cpr) {
    settings_.cpr = cpr;
    saveSettings();
    firstAid_->setCprPreferences(cpr);
}

std::string App::emergencyNumber() const { return content_.numbers.numberFor(settings_.country); }

const core::CountryNumbers* App::country() const { return content_.numbers.find(settings_.country); }

std::string App::countryName() const {
    const core::CountryNumbers* c = country();
    return c ? c->name : "";
}

std::vector<const core::CountryNumbers*> App::countryMatches() const {
    return core::searchCountries(content_.numbers, countrySearch_);
}

std::string App::noCountryMatchText() const {
    const core::CountryNumbers* c = country();
    if (!c) return i18n::fillIn(i18n::tr("No country matches. Until you choose one, Steadfast shows {number}: check the number where you are."), "number", emergencyNumber());
    return i18n::fillIn(i18n::fillIn(i18n::tr("No country matches. Steadfast uses {number}, the number for {country}."), "number", emergencyNumber()),
                      "country", c->name);
}

namespace {
// The file `name` written by `write` (given where to write it) and handed over to the user;
// returns how to name it in a message.
template <class Write>
std::string giveFile(UserFiles& files, const std::string& name, Write write) {
    std::filesystem::path file = files.placeFor(name);
    write(file);
    files.handOver(file);
    return files.shownAs(file);
}

// Records other programs read (`write`: export/history.h, export/progress.h) as `stem`.csv or
// .json for the user: how many were written, and how to name the file.
using RecordsWriter = int (*)(store::Database&, exporting::HistoryFormat, std::ostream&);
std::pair<int, std::string> giveRecords(UserFiles& files, store::Database& db, const std::string& stem, RecordsWriter write,
                                        exporting::HistoryFormat format) {
    int count = 0;
    std::string file = giveFile(files, stem + (format == exporting::HistoryFormat::Csv ? ".csv" : ".json"), [&](const std::filesystem::path& path) {
        std::ostringstream text;
        count = write(db, format, text);
        store::writeFileAtomically(path, text.str());
    });
    return {count, file};
}
}  // namespace

void App::backUpNow() {
    std::string name = "steadfast-backup-" + core::formatFileStamp(clock_.now()) + ".db";
    try {
        std::string file = giveFile(*files_, name, [this](const std::filesystem::path& path) { store::backupTo(db_, path); });
        notices_.show(i18n::fillIn(i18n::tr("Backed up everything to {file}. Keep a copy somewhere other than this device."), "file", file));
    } catch (const std::exception& e) {
        notices_.failed(i18n::tr("The backup failed"), e);
    }
}

void App::exportPlan(PlanFormat format, core::Paper paper) {
    if (format == PlanFormat::Pdf && files_->printsPages()) {
        files_->showPrintPage(plan_.printPage(paper, emergencyNumber()));
        notices_.show(i18n::tr("The plan and wallet cards are open to print. To keep a PDF, choose Save as PDF as the printer."));
        return;
    }
    std::string name = "household-plan-" + plan_.today().iso() + (format == PlanFormat::Pdf ? ".pdf" : ".json");
    try {
        std::filesystem::path file = files_->placeFor(name);
        PlanFileResult result = plan_.exportTo(file, paper, emergencyNumber(), files_->shownAs(file));
        if (result.ok) files_->handOver(file);
        notices_.show(result.message);
    } catch (const std::exception& e) {
        notices_.show(e.what());
    }
}

void App::exportHistory(exporting::HistoryFormat format) {
    try {
        auto [runs, file] = giveRecords(*files_, db_, "checklist-history-" + plan_.today().iso(), exporting::writeHistory, format);
        notices_.show(i18n::fillIn(i18n::fillIn(i18n::tr("Saved {runs} to {file}."), "runs", i18n::trn("%d checklist run", "%d checklist runs", runs)),
                                   "file", file));
    } catch (const std::exception& e) {
        notices_.failed(i18n::tr("The checklist history was not saved"), e);
    }
}

void App::exportProgress(exporting::HistoryFormat format) {
    try {
        auto [events, file] = giveRecords(*files_, db_, "practice-record-" + plan_.today().iso(), exporting::writeProgress, format);
        notices_.show(i18n::fillIn(
            i18n::fillIn(i18n::tr("Saved {events} to {file}."), "events", i18n::trn("%d practice record", "%d practice records", events)), "file",
            file));
    } catch (const std::exception& e) {
        notices_.failed(i18n::tr("The practice record was not saved"), e);
    }
}

void App::exportReminders() {
    std::string name = "reminders-" + plan_.today().iso() + ".ics";
    try {
        std::string file = giveFile(*files_, name, [this](const std::filesystem::path& path) {
            if (std::optional<std::string> error = exporting::exportICalendar(db_, path, clock_.now())) throw std::runtime_error(*error);
        });
        notices_.show(i18n::fillIn(i18n::tr("Saved every reminder to {file}, for a calendar program."), "file", file));
    } catch (const std::exception& e) {
        notices_.failed(i18n::tr("The reminders were not saved"), e);
    }
}

void App::restoreFromChosenFile() {
    files_->choose(".db", [this](const std::filesystem::path& file, const std::string& shownAs) {
        try {
            std::filesystem::path replaced = store::restoreFrom(db_, file);
            files_->handOver(replaced);
            notices_.show(i18n::fillIn(i18n::fillIn(i18n::tr("Restored everything from {file}. The data it replaced is in {copy}."), "file", shownAs),
                                       "copy", files_->shownAs(replaced)));
            dataReplaced_ = true;
        } catch (const std::exception& e) {  // the reason names the file as the user knows it
            std::string why = e.what(), path = "\"" + file.string() + "\"";
            for (size_t at; (at = why.find(path)) != std::string::npos;) why.replace(at, path.size(), shownAs);
            notices_.show(why + " " + i18n::tr("Nothing was changed."));
        }
    });
}

void App::importPlanFromChosenFile() {
    files_->choose(".json", [this](const std::filesystem::path& file, const std::string& shownAs) {
        notices_.show(plan_.importFrom(file, shownAs).message);
    });
}

void App::onScreenChanged() {
    plan_.saveTyping();
    firstAid_->refreshPractice();
    HouseholdPlan::OpenRecords open;
    for (const Route& r : nav_.stack()) {
        if (auto* m = std::get_if<route::PlanMember>(&r.params)) open.members.insert(m->memberId);
        if (auto* c = std::get_if<route::PlanContact>(&r.params)) open.contacts.insert(c->contactId);
        if (auto* p = std::get_if<route::PlanPet>(&r.params)) open.pets.insert(p->petId);
    }
    plan_.dropBlankRecords(open);
    progress_.refresh();
}

void App::openProgress() {
    progress_.refresh();
    nav_.push(route::Progress{});
}

void App::tick(bool editingText) {
    reminders_.tick();
    scenarios_.tick();
    if (!editingText) plan_.saveTyping();
    plan_.tick();
    bool playerShown = nav_.current().screen() == Screen::Player;
    spoken_.tick(*firstAid_, clock_.now(), emergencyNumber(), playerShown);
    if (keepScreenOn_ && playerShown != screenKeptOn_) {
        screenKeptOn_ = playerShown;
        keepScreenOn_(playerShown);
    }
}

double App::secondsUntilNextChange() const {
    double wait = -1;
    auto sooner = [&wait](double s) {
        if (s >= 0 && (wait < 0 || s < wait)) wait = s;
    };
    for (double s : {reminders_.secondsUntilNextChange(), plan_.secondsUntilSave(), scenarios_.secondsUntilNextChange(),
                     runs_.secondsUntilNextChange()})
        sooner(s);
    if (std::optional<core::TimePoint> call = spoken_.nextChange(*firstAid_, clock_.now()))
        sooner(std::max(0.0, std::chrono::duration<double>(*call - clock_.now()).count()));
    return wait;
}

void App::openEmergency() {
    firstAid_->startTriage();
    nav_.push(route::Emergency{});
}
void App::openSettings() {
    if (background_.state) backgroundState_ = background_.state();
    nav_.push(route::Settings{});
}
void App::openGuide(const std::string& guideId) { nav_.push(route::Guide{guideId}); }

void App::useGuideNow(const std::string& guideId) {
    firstAid_->startGuide(guideId);
    openPlayer();
}

void App::openPlayer() { nav_.push(route::Player{}); }

void App::openQuiz(const std::string& guideId) {
    firstAid_->startQuiz(guideId);
    nav_.push(route::Quiz{guideId});
}

void App::openTrainer() {
    firstAid_->startTrainer();
    nav_.push(route::Trainer{});
}

void App::openIncidentLog(long long incidentId) { nav_.push(route::IncidentLog{incidentId}); }

namespace {
// XDG_DOCUMENTS_DIR from a user-dirs.dirs file: a shell assignment, "$HOME/Documents" or an
// absolute path, in double quotes.
std::optional<std::filesystem::path> documentsFromUserDirs(const std::filesystem::path& file, const std::string& home) {
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line)) {
        const std::string key = "XDG_DOCUMENTS_DIR=\"";
        if (line.rfind(key, 0) != 0) continue;
        std::string value = line.substr(key.size());
        if (auto quote = value.find('"'); quote != std::string::npos) value.resize(quote);
        if (value.rfind("$HOME", 0) == 0) value = home + value.substr(5);
        if (!value.empty() && value[0] == '/') return std::filesystem::path(value);
    }
    return std::nullopt;
}
}  // namespace

std::filesystem::path userDocumentsFolder() {
    namespace fs = std::filesystem;
    // Set when a session sources user-dirs.dirs into the environment.
    if (const char* set = std::getenv("XDG_DOCUMENTS_DIR"); set && *set == '/') return set;
    const char* homeVar = std::getenv("HOME");
    std::string home = homeVar && *homeVar ? homeVar : fs::temp_directory_path().string();
    const char* configVar = std::getenv("XDG_CONFIG_HOME");
    fs::path config = configVar && *configVar ? fs::path(configVar) : fs::path(home) / ".config";
    return documentsFromUserDirs(config / "user-dirs.dirs", home).value_or(fs::path(home) / "Documents");
}

std::string countryFromLocale(const char* lang) {
    if (!lang) return {};
    std::string s(lang);
    auto underscore = s.find('_');
    if (underscore == std::string::npos || underscore + 3 > s.size()) return {};
    return s.substr(underscore + 1, 2);
}

}  // namespace app
