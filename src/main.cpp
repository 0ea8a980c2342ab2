// steadfast: the app, and the commands that work on its data without a window.
#include <CLI/CLI.hpp>
#include <SQLiteCpp/Exception.h>
#include <chrono>
#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <functional>
#include <sstream>
#include <iostream>
#include <memory>
#include <optional>
#include <tuple>
#include <unistd.h>
#include <vector>

#include "app/app.h"
#include "app/sound_output.h"
#include "export/history.h"
#include "export/progress.h"
#include "content/loader.h"
#include "core/practice.h"
#include "export/ics.h"
#include "i18n/i18n.h"
#include "store/atomic_file.h"
#include "platform/desktop_notification.h"
#include "platform/espeak_speaker.h"
#include "platform/openal_audio.h"
#include "platform/platform.h"
#include "platform/reminder_timer.h"
#include "platform/screen_inhibitor.h"
#include "store/backup.h"
#include "store/database.h"
#include "store/settings_store.h"

namespace fs = std::filesystem;

namespace {

// A data folder next to an installed binary (../share/steadfast/NAME), else the source tree's.
fs::path installedOr(const char* name, const char* sourceTree) {
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        fs::path installed = exe.parent_path().parent_path() / "share" / "steadfast" / name;
        if (fs::is_directory(installed)) return installed;
    }
    return sourceTree;
}
fs::path defaultContentDir() { return installedOr("content", STEADFAST_SOURCE_CONTENT_DIR); }

// The English tree, then each translation found beside it; a translation's own problems only, as
// the English ones are printed once.
int checkContent(const fs::path& dir) {
    std::vector<std::string> languages{""};
    for (const std::string& language : content::languagesIn(dir)) languages.push_back(language);
    size_t problems = 0;
    for (const std::string& language : languages) {
        content::LoadResult result = content::loadContent(dir, language);
        size_t found = 0;
        for (const auto& p : result.problems) {
            if (!language.empty() && p.file != language && p.file.rfind(language + "/", 0) != 0) continue;
            std::cout << (dir / p.file).generic_string() << ":" << p.line << ": " << p.message << "\n";
            ++found;
        }
        problems += found;
        if (language.empty())
            std::cout << dir.generic_string() << ": " << result.content.guides.size() << " guides, " << result.content.checklists.size()
                      << " checklists, " << result.content.scenarios.size() << " scenarios, " << result.content.numbers.countries.size()
                      << " countries: ";
        else
            std::cout << (dir / language).generic_string() << ": translation to " << language << ": ";
        std::cout << (found ? std::to_string(found) + " problem(s)" : "no problems") << "\n";
    }
    return problems ? 1 : 0;
}

int exportPlan(app::App& app, const fs::path& file, const std::string& paperName) {
    core::Paper paper = paperName.empty() ? core::defaultPaperFor(app.settings().country) : *core::paperFromName(paperName);
    app::PlanFileResult result = app.plan().exportTo(file, paper, app.emergencyNumber());
    (result.ok ? std::cout : std::cerr) << (result.ok ? "" : "steadfast: ") << result.message << "\n";
    return result.ok ? 0 : 1;
}

int importPlan(app::App& app, const fs::path& file) {
    app::PlanFileResult result = app.plan().importFrom(file);
    (result.ok ? std::cout : std::cerr) << (result.ok ? "" : "steadfast: ") << result.message << "\n";
    return result.ok ? 0 : 1;
}

// Written as a private file (see store/atomic_file.h), so a failed export never leaves half a
// file where a good one was. "-" writes to standard output. `what` names the records ("run(s)").
using Writer = int (*)(store::Database&, exporting::HistoryFormat, std::ostream&);
int exportRecords(store::Database& db, Writer write, const char* what, const std::string& formatName, const fs::path& file) {
    exporting::HistoryFormat format = *exporting::historyFormatFromName(formatName);
    try {
        if (file == "-") {
            write(db, format, std::cout);
            std::cout.flush();
            return std::cout ? 0 : 1;
        }
        std::ostringstream text;
        int count = write(db, format, text);
        store::writeFileAtomically(file, text.str());
        std::cerr << "steadfast: wrote " << count << " " << what << " to " << file.string() << "\n";
        return 0;
    } catch (const SQLite::Exception& e) {
        std::cerr << "steadfast: the database could not be read: " << e.what() << "\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "steadfast: " << e.what() << "\n";
        return 1;
    }
}

// `metronome`: the CPR metronome as a WAV file. Every argument is checked before anything is
// written; a bad one is named, with what it may be, and exits 2.
struct MetronomeTrack {
    int rate = 110;
    std::string ratio = "30:2";
    int seconds = 0;
    fs::path file;
};

int writeMetronomeTrack(const MetronomeTrack& track) {
    auto usage = [](const std::string& message) {
        std::cerr << "steadfast metronome: " << message << "\n";
        return 2;
    };
    if (track.rate < core::kMinCompressionRate || track.rate > core::kMaxCompressionRate)
        return usage("--rate " + std::to_string(track.rate) + " is outside 100 to 120 compressions a minute (ERC and AHA 2025).");
    core::MetronomeSpec spec;
    spec.rate = track.rate;
    char colon = 0, rest = 0;
    std::istringstream ratio(track.ratio);
    if (!(ratio >> spec.compressions >> colon >> spec.breaths) || colon != ':' || (ratio >> rest) || spec.compressions < 1 ||
        spec.compressions > 100 || spec.breaths < 0 || spec.breaths > 5)
        return usage("--ratio \"" + track.ratio + "\" is not COMPRESSIONS:BREATHS, such as 30:2, 15:2 or 30:0 (compressions only).");
    if (track.seconds < 1 || track.seconds > 3600) return usage("--seconds must be from 1 to 3600 (an hour).");
    if (track.file.extension() != ".wav") return usage("the file to write must end in .wav: " + track.file.string());
    try {
        app::writeMetronomeWav(track.file, spec, track.seconds);
    } catch (const std::exception& e) {
        std::cerr << "steadfast: " << e.what() << "\n";
        return 1;
    }
    std::cout << "Wrote " << track.seconds << " s of CPR metronome (" << spec.rate << " a minute, " << app::cprCycleText(spec) << ") to "
              << track.file.string() << "\n";
    return 0;
}

// How long `reminders notify` stays to answer a click on its notifications: well inside the
// timer's 15 minutes, so one run has ended before the next starts.
constexpr std::chrono::minutes kAnswerClicksFor{10};

// `reminders notify`: a desktop notification for each reminder come due that none has told about;
// a click on one starts Steadfast on that reminder (with the database this run was given).
int notifyDueReminders(app::App& a, const fs::path& db, bool dbGiven) {
    try {
        std::error_code ec;
        fs::path self = fs::read_symlink("/proc/self/exe", ec);
        std::vector<std::string> openCommand{ec ? std::string("steadfast") : self.string()};
        if (dbGiven) openCommand.insert(openCommand.end(), {"--db", fs::absolute(db).string()});
        platform::ReminderNotifications notifications(openCommand);
        app::NotifyRun run =
            a.reminders().notifyDue([&](const app::DueNotification& n) { return notifications.show(n.reminderId, n.title, n.body); });
        notifications.waitForClicks(kAnswerClicksFor);
        if (run.notShown.empty()) return 0;
        // Said on the terminal or in the journal instead; recorded only once shown.
        for (const app::DueNotification& n : run.notShown) {
            std::string when = n.body.substr(0, n.body.find('\n'));
            std::cout << n.title << " (" << when << ")\n";
        }
        std::cerr << "steadfast: no notification service answered, so these were printed instead; "
                     "they will be notified when one does.\n";
        return 0;
    } catch (const SQLite::Exception& e) {
        std::cerr << "steadfast: the reminders could not be read or recorded: " << e.what() << "\n";
        return 1;
    }
}

// What the command line asked for: the options, and the command to run on the user's data.
struct CommandLine {
    fs::path dbPath = store::defaultDatabasePath();
    bool dbGiven = false;
    fs::path contentDir = defaultContentDir();
    fs::path screenshotDir;
    std::string language;  // --lang: this run only
    std::string openLink;  // --open reminder:ID: the screen to open on
    platform::WindowOptions window;
    fs::path checkDir;  // check-content DIR
    CLI::App* metronomeCommand = nullptr;
    MetronomeTrack track;  // metronome's arguments
    // A command that works on the user's data without a window; runs once the content and the
    // database are open.
    std::function<int(app::App&)> command;
    CLI::App* exportCommand = nullptr;
    CLI::App* remindersCommand = nullptr;
    // The subcommands' arguments.
    fs::path exportPlanFile, importPlanFile, backupFile, restoreFile, icsFile, historyFile;
    std::string paperName, historyFormat;
};

void defineOptions(CLI::App& cli, CommandLine& c) {
    cli.fallthrough();  // options like --db may also follow a subcommand (inherited by each)
    cli.set_version_flag("--version", std::string("steadfast ") + STEADFAST_VERSION);
    cli.add_option("--db", c.dbPath, "Database file (default: $XDG_DATA_HOME/steadfast/steadfast.db)")
        ->each([&c](const std::string&) { c.dbGiven = true; });
    cli.add_option("--content", c.contentDir, "Content directory")->check(CLI::ExistingDirectory);
    cli.add_option("--screenshot", c.screenshotDir, "Render every screen to DIR/*.png at phone size, then exit");
    cli.add_option("--open", c.openLink, "Open on this screen: reminder:ID (what a click on a reminder's notification does)");
    cli.add_option("--lang", c.language, "The language for this run (en, ar, ...); else the one chosen in Settings, else the system's");
    cli.add_option_function<std::pair<int, int>>(
           "--size", [&c](const std::pair<int, int>& size) { std::tie(c.window.width, c.window.height) = size; },
           "Window (and screenshot) size in points, WIDTH HEIGHT (default: a phone, 420 860)")
        ->check(CLI::Range(240, 8000));
    cli.add_flag("--quit-after-first-frame", c.window.quitAfterFirstFrame, "Exit once the first frame is shown (start-up benchmark)")
        ->group("");
    cli.add_subcommand("check-content", "Validate a content tree; print file:line: message for each problem")
        ->add_option("DIR", c.checkDir, "Content directory")
        ->required();
    c.metronomeCommand = cli.add_subcommand("metronome", "Write the CPR metronome's sound to a 16-bit WAV file to practise with");
    c.metronomeCommand->add_option("--rate", c.track.rate, "Compressions a minute, 100 to 120 (default 110)");
    c.metronomeCommand->add_option("--ratio", c.track.ratio,
                                   "Compressions:breaths, such as 30:2, 15:2, or 30:0 for compressions only (default 30:2)");
    c.metronomeCommand->add_option("--seconds", c.track.seconds, "How long the track is, 1 to 3600")->required();
    c.metronomeCommand->add_option("FILE", c.track.file, "The .wav file to write")->required();
}

// A command given as a function of the App: errors it throws are printed, and it fails.
std::function<void()> runs(CommandLine& c, std::function<int(app::App&)> command, std::string failureSuffix = "") {
    return [&c, command = std::move(command), failureSuffix = std::move(failureSuffix)] {
        c.command = [command, failureSuffix](app::App& a) {
            try {
                return command(a);
            } catch (const std::exception& e) {
                std::cerr << "steadfast: " << e.what() << failureSuffix << "\n";
                return 1;
            }
        };
    };
}

// `export` and `import` nest one subcommand per kind of data: add a new kind beside `plan`.
void defineDataCommands(CLI::App& cli, CommandLine& c) {
    c.exportCommand = cli.add_subcommand("export", "Write your data to a file other programs read");
    c.exportCommand->require_subcommand(1);
    CLI::App* importCommand = cli.add_subcommand("import", "Read data from a file into Steadfast");
    importCommand->require_subcommand(1);

    CLI::App* exportPlanCommand = c.exportCommand->add_subcommand(
        "plan", "The household plan: FILE.pdf to print (with wallet cards), FILE.json for a full copy to import");
    exportPlanCommand->add_option("FILE", c.exportPlanFile, "File to write, ending in .pdf or .json")->required();
    exportPlanCommand->add_option("--paper", c.paperName, "PDF paper size: a4 or letter (default: the usual size in your country)")
        ->check(CLI::IsMember({"a4", "letter"}));
    exportPlanCommand->callback(runs(c, [&c](app::App& a) { return exportPlan(a, c.exportPlanFile, c.paperName); }));

    importCommand
        ->add_subcommand("plan", "Replace the household plan with one exported as JSON; a file with any problem changes nothing")
        ->callback(runs(c, [&c](app::App& a) { return importPlan(a, c.importPlanFile); }))
        ->add_option("FILE", c.importPlanFile, "A .json file written by 'steadfast export plan'")
        ->required();

    c.exportCommand->add_subcommand("ics", "Write every reminder, with its repeat rule, as an iCalendar file")
        ->callback(runs(c, [&c](app::App& a) {
            std::optional<std::string> error = exporting::exportICalendar(a.db(), c.icsFile, a.clock().now());
            if (error) std::cerr << "steadfast: " << *error << "\n";
            return error ? 1 : 0;
        }))
        ->add_option("FILE", c.icsFile, "The .ics file to write")
        ->required();

    CLI::App* exportHistoryCommand = c.exportCommand->add_subcommand("history", "Every checklist run and its item events");
    exportHistoryCommand->add_option("--format", c.historyFormat, "csv or json")->required()->check(CLI::IsMember({"csv", "json"}));
    exportHistoryCommand->add_option("FILE", c.historyFile, "The file to write (- for standard output)")->required();
    exportHistoryCommand->callback(
        runs(c, [&c](app::App& a) { return exportRecords(a.db(), exporting::writeHistory, "run(s)", c.historyFormat, c.historyFile); }));

    CLI::App* exportProgressCommand = c.exportCommand->add_subcommand(
        "progress", "Every practice event: quiz answers, scenario decisions, rhythm sessions, drills");
    exportProgressCommand->add_option("--format", c.historyFormat, "csv or json")->required()->check(CLI::IsMember({"csv", "json"}));
    exportProgressCommand->add_option("FILE", c.historyFile, "The file to write (- for standard output)")->required();
    exportProgressCommand->callback(runs(
        c, [&c](app::App& a) { return exportRecords(a.db(), exporting::writeProgress, "practice event(s)", c.historyFormat, c.historyFile); }));
}

void defineBackupAndReminderCommands(CLI::App& cli, CommandLine& c) {
    cli.add_subcommand("backup", "Write a copy of the whole database to FILE")
        ->callback(runs(c, [&c](app::App& a) {
            store::backupTo(a.db(), c.backupFile);
            std::cout << "Backed up to " << c.backupFile.string() << "\n";
            return 0;
        }))
        ->add_option("FILE", c.backupFile, "The file to write")
        ->required();
    cli.add_subcommand("restore", "Replace all data with a backup; the current data is kept in a copy first")
        ->callback(runs(
            c,
            [&c](app::App& a) {
                fs::path safety = store::restoreFrom(a.db(), c.restoreFile);
                std::cout << "Restored from " << c.restoreFile.string() << ". The data it replaced is in " << safety.string() << "\n";
                return 0;
            },
            " Nothing was changed."))
        ->add_option("FILE", c.restoreFile, "A file written by 'steadfast backup' or the Back up button")
        ->required();

    c.remindersCommand = cli.add_subcommand("reminders", "Reminders without opening the app");
    c.remindersCommand->require_subcommand(1);
    c.remindersCommand->add_subcommand("due", "Print what is due today and overdue, one per line (nothing when none); exit 0")
        ->callback(runs(c, [](app::App& a) {
            std::cout << a.reminders().dueReport();
            return 0;
        }));
    c.remindersCommand
        ->add_subcommand("notify", "Show a desktop notification for each reminder come due that none has shown yet, "
                                   "and record it; without a notification service, print them (exit 0)")
        ->callback([&c] { c.command = [&c](app::App& a) { return notifyDueReminders(a, c.dbPath, c.dbGiven); }; });
}

// Screenshot scenarios start runs and make lists to have something to show: without --db they
// write to a scratch database in a folder of their own, removed on exit, never to the user's.
class ScratchFolder {
public:
    explicit ScratchFolder(CommandLine& c) {
        if (c.screenshotDir.empty() || c.dbGiven) return;
        dir_ = fs::temp_directory_path() / ("steadfast-screenshots-" + std::to_string(::getpid()));
        c.dbPath = dir_ / "steadfast.db";
    }
    ~ScratchFolder() {
        std::error_code ec;
        if (!dir_.empty()) fs::remove_all(dir_, ec);
    }
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;

private:
    fs::path dir_;
};

// Opens the database; a problem is printed (and, for a user who started the app from the desktop
// and has no terminal to read, shown in a window too) and nullptr returned.
std::unique_ptr<store::Database> openDatabase(const CommandLine& c) {
    try {
        return std::make_unique<store::Database>(c.dbPath);
    } catch (const store::OpenError& e) {
        std::cerr << "steadfast: " << e.what() << "\n";
        if (!c.command && c.screenshotDir.empty() && platform::displayAvailable()) {
            try {
                platform::showMessageWindow("Steadfast cannot open your data", e.what(), c.window);
            } catch (const std::exception&) {
            }
        }
        return nullptr;
    }
}

// First run: guess the country from the locale; the user can change it in Settings.
void guessCountryOnFirstRun(store::Database& db, const core::EmergencyNumbers& numbers) {
    core::Settings settings = store::loadSettings(db);
    if (!settings.country.empty()) return;
    const char* locale = std::getenv("LC_ALL") ? std::getenv("LC_ALL") : std::getenv("LANG");
    settings.country = app::countryFromLocale(locale);
    if (numbers.find(settings.country)) store::saveSettings(db, settings);
}

// The window, or the screenshots.
int showApp(app::App& app, const CommandLine& c) {
    try {
        if (!c.screenshotDir.empty()) return platform::renderScreenshots(app, c.screenshotDir, c.window);
        if (!platform::displayAvailable()) {
            std::cerr << "steadfast: no display (DISPLAY and WAYLAND_DISPLAY are unset). "
                         "Use --screenshot DIR to render the screens to PNG files.\n";
            return 3;
        }
        app.setAudioOutput(platform::openAudioOutput);
        app.setSpeaker(platform::openSpeaker(platform::openAudioOutput));
        platform::ScreenInhibitor screen;
        app.setKeepScreenOn([&screen](bool on) { screen.keepOn(on); });
        app.setBackgroundReminders({platform::reminderTimerState, platform::setReminderTimer});
        platform::DesktopNotifier notifier;
        app.reminders().setNotificationSink([&](const std::string& title, const std::string& body, long long) { notifier.send(title, body); });
        int status = platform::runWindow(app, c.window);
        app.setKeepScreenOn(nullptr);
        return status;
    } catch (const std::exception& e) {
        std::cerr << "steadfast: " << e.what() << "\n";
        return 1;
    }
}

}  // namespace

int main(int argc, char** argv) {
    std::setlocale(LC_ALL, "");
    CLI::App cli{"Steadfast: first aid, emergency checklists, a household plan and reminders, offline."};
    i18n::setCatalogFolder(installedOr("po", STEADFAST_SOURCE_PO_DIR));
    CommandLine c;
    defineOptions(cli, c);
    defineDataCommands(cli, c);
    defineBackupAndReminderCommands(cli, c);
    try {
        cli.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        // Usage errors exit 2, as the shell's own commands do.
        return cli.exit(e) == 0 ? 0 : 2;
    }
    if (!c.checkDir.empty()) return checkContent(c.checkDir);
    if (c.metronomeCommand->parsed()) return writeMetronomeTrack(c.track);

    ScratchFolder scratch(c);
    content::LoadResult loaded = content::loadContent(c.contentDir);
    for (const auto& p : loaded.problems) std::cerr << "steadfast: content: " << p.toString() << "\n";

    // Exports and `reminders due` read what is there; they never create a database to do it.
    if ((c.exportCommand->parsed() || c.remindersCommand->parsed()) && !fs::exists(c.dbPath)) {
        if (c.remindersCommand->parsed()) return 0;  // nothing is due
        std::cerr << "steadfast: there is no database at " << c.dbPath << " yet, so there is nothing to export.\n";
        return 2;
    }
    std::unique_ptr<store::Database> db = openDatabase(c);
    if (!db) return 2;
    // What a killed export or backup left in the folder they write to (the database's own folder
    // was cleaned when it opened).
    store::removeLeftoverPartials(app::userDocumentsFolder());
    guessCountryOnFirstRun(*db, loaded.content.numbers);
    core::SystemClock clock;
    app::App app(std::move(loaded), *db, clock);
    app.startInLanguage(c.language);
    if (!c.openLink.empty()) app.openLink(c.openLink);  // a problem shows as a notice in the window
    return c.command ? c.command(app) : showApp(app, c);
}
