#include "app/app.h"

#include <SQLiteCpp/Exception.h>

#include <ctime>

#include "store/backup.h"
#include "store/settings_store.h"

namespace app {

App::App(content::LoadResult loaded, store::Database& db, const core::Clock& clock)
    : content_(std::move(loaded.content)), contentProblems_(std::move(loaded.problems)), contentDir_(std::move(loaded.dir)),
      db_(db), clock_(clock),
      plan_(db_, content_.kit, clock_, [this](std::string message) { setNotice(std::move(message)); }),
      reminders_(db_, clock_, [this](std::string message) { notice_ = std::move(message); }) {
    settings_ = store::loadSettings(db_);
    plan_.setCountry(settings_.country);
    firstAid_ = std::make_unique<FirstAid>(content_, db_, clock_, [this](std::string m) { setNotice(std::move(m)); },
                                           settings_.cpr);

    // The parts that follow each other's data: reminders follow the kit's expiry dates and the
    // quiz reviews due; the plan's readiness follows the practice drills.
    plan_.setLastDrillSource([this] { return checklists_.lastFinishedPracticeRun(); });
    plan_.setKitChanged([this] { reminders_.syncKitExpiries(plan_.kitItemsWithExpiry()); });
    firstAid_->setPracticeChanged([this](int count, core::TimePoint earliest) { reminders_.syncPractice(count, earliest); });
    reminders_.syncKitExpiries(plan_.kitItemsWithExpiry());
    firstAid_->refreshPractice();
}

bool App::loadContentLanguage(const std::string& language) {
    content::LoadResult loaded = content::loadContent(contentDir_, language);
    contentProblems_ = std::move(loaded.problems);
    if (loaded.content.guides.empty()) return false;  // keep the guides a user may be following
    // Assigned in place: the parts that read the content keep their reference to it.
    content_ = std::move(loaded.content);
    plan_.setCountry(settings_.country);
    firstAid_->contentReloaded();
    return true;
}

void App::saveSettings() {
    try {
        store::saveSettings(db_, settings_);
    } catch (const SQLite::Exception& e) {
        notice_ = std::string("Settings could not be saved: ") + e.what();
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
    return "No country matches. Steadfast uses " + emergencyNumber() +
           (c ? ", the number for " + c->name + "." : ", which works in most of the world.");
}

void App::backUpNow() {
    std::time_t now = std::chrono::system_clock::to_time_t(clock_.now());
    std::tm local{};
    localtime_r(&now, &local);
    char name[64];
    std::strftime(name, sizeof name, "steadfast-backup-%Y-%m-%d-%H%M%S.db", &local);
    std::filesystem::path file = defaultExportDirectory() / name;
    try {
        store::backupTo(db_, file);
        setNotice("Backed up everything to " + file.string() + ". Keep a copy somewhere other than this device.");
    } catch (const std::exception& e) {
        setNotice(std::string("The backup failed: ") + e.what());
    }
}

void App::onScreenChanged() { firstAid_->refreshPractice(); }

void App::openEmergency() {
    firstAid_->startTriage();
    nav_.push({Screen::Emergency, {}});
}
void App::openSettings() { nav_.push({Screen::Settings, {}}); }
void App::openGuide(const std::string& guideId) { nav_.push({Screen::Guide, guideId}); }

void App::useGuideNow(const std::string& guideId) {
    firstAid_->startGuide(guideId);
    openPlayer();
}

void App::openPlayer() { nav_.push({Screen::Player, {}}); }

void App::openQuiz(const std::string& guideId) {
    firstAid_->startQuiz(guideId);
    nav_.push({Screen::Quiz, guideId});
}

void App::openTrainer() {
    firstAid_->startTrainer();
    nav_.push({Screen::Trainer, {}});
}

void App::openIncidentLog(long long incidentId) { nav_.push({Screen::IncidentLog, std::to_string(incidentId)}); }

std::string countryFromLocale(const char* lang) {
    if (!lang) return {};
    std::string s(lang);
    auto underscore = s.find('_');
    if (underscore == std::string::npos || underscore + 3 > s.size()) return {};
    return s.substr(underscore + 1, 2);
}

}  // namespace app
