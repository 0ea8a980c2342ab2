// steadfast: the app, and the commands that work on its data without a window.
#include <CLI/CLI.hpp>
#include <SQLiteCpp/Exception.h>
#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <functional>
#include <sstream>
#include <iostream>
#include <unistd.h>

#include "app/app.h"
#include "export/history.h"
#include "content/loader.h"
#include "export/ics.h"
#include "i18n/i18n.h"
#include "store/atomic_file.h"
#include "platform/desktop_notification.h"
#include "platform/platform.h"
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
// file where a good one was. "-" writes to standard output.
int exportHistory(store::Database& db, const std::string& formatName, const fs::path& file) {
    exporting::HistoryFormat format = *exporting::historyFormatFromName(formatName);
    try {
        if (file == "-") {
            exporting::writeHistory(db, format, std::cout);
            std::cout.flush();
            return std::cout ? 0 : 1;
        }
        std::ostringstream text;
        int runs = exporting::writeHistory(db, format, text);
        store::writeFileAtomically(file, text.str());
        std::cerr << "steadfast: wrote " << runs << " run(s) to " << file.string() << "\n";
        return 0;
    } catch (const SQLite::Exception& e) {
        std::cerr << "steadfast: the history could not be read: " << e.what() << "\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "steadfast: " << e.what() << "\n";
        return 1;
    }
}

}  // namespace

int main(int argc, char** argv) {
    std::setlocale(LC_ALL, "");
    CLI::App cli{"Steadfast: first aid, emergency checklists, a household plan and reminders, offline."};
    cli.fallthrough();  // options like --db may also follow a subcommand (inherited by each)
    cli.set_version_flag("--version", std::string("steadfast ") + STEADFAST_VERSION);
    fs::path dbPath = store::defaultDatabasePath();
    fs::path contentDir = defaultContentDir();
    fs::path screenshotDir;
    bool quitAfterFirstFrame = false;
    std::string language;
    i18n::setCatalogFolder(installedOr("po", STEADFAST_SOURCE_PO_DIR));
    CLI::Option* dbOption = cli.add_option("--db", dbPath, "Database file (default: $XDG_DATA_HOME/steadfast/steadfast.db)");
    cli.add_option("--content", contentDir, "Content directory")->check(CLI::ExistingDirectory);
    cli.add_option("--screenshot", screenshotDir, "Render every screen to DIR/*.png at phone size, then exit");
    cli.add_option("--lang", language, "The language for this run (en, ar, ...); else the one chosen in Settings, else the system's");
    std::pair<int, int> windowSize{platform::WindowOptions{}.width, platform::WindowOptions{}.height};
    cli.add_option("--size", windowSize, "Window (and screenshot) size in points, WIDTH HEIGHT (default: a phone, 420 860)")
        ->check(CLI::Range(240, 8000));
    cli.add_flag("--quit-after-first-frame", quitAfterFirstFrame, "Exit once the first frame is shown (start-up benchmark)")
        ->group("");

    fs::path checkDir;
    CLI::App* check = cli.add_subcommand("check-content", "Validate a content tree; print file:line: message for each problem");
    check->add_option("DIR", checkDir, "Content directory")->required();

    // Commands that work on the user's data without a window. Each one sets `command`, which runs
    // once the content and the database are open. `export` and `import` nest one subcommand per
    // kind of data: add a new kind beside `plan`.
    std::function<int(app::App&)> command;
    CLI::App* exportCommand = cli.add_subcommand("export", "Write your data to a file other programs read");
    exportCommand->require_subcommand(1);
    CLI::App* importCommand = cli.add_subcommand("import", "Read data from a file into Steadfast");
    importCommand->require_subcommand(1);

    fs::path exportPlanFile;
    std::string paperName;
    CLI::App* exportPlanCommand = exportCommand->add_subcommand(
        "plan", "The household plan: FILE.pdf to print (with wallet cards), FILE.json for a full copy to import");
    exportPlanCommand->add_option("FILE", exportPlanFile, "File to write, ending in .pdf or .json")->required();
    exportPlanCommand->add_option("--paper", paperName, "PDF paper size: a4 or letter (default: the usual size in your country)")
        ->check(CLI::IsMember({"a4", "letter"}));
    exportPlanCommand->callback([&] { command = [&](app::App& a) { return exportPlan(a, exportPlanFile, paperName); }; });

    fs::path importPlanFile;
    CLI::App* importPlanCommand = importCommand->add_subcommand(
        "plan", "Replace the household plan with one exported as JSON; a file with any problem changes nothing");
    importPlanCommand->add_option("FILE", importPlanFile, "A .json file written by 'steadfast export plan'")->required();
    importPlanCommand->callback([&] { command = [&](app::App& a) { return importPlan(a, importPlanFile); }; });

    fs::path backupFile;
    cli.add_subcommand("backup", "Write a copy of the whole database to FILE")
        ->callback([&] {
            command = [&](app::App& a) {
                try {
                    store::backupTo(a.db(), backupFile);
                    std::cout << "Backed up to " << backupFile.string() << "\n";
                    return 0;
                } catch (const std::exception& e) {
                    std::cerr << "steadfast: " << e.what() << "\n";
                    return 1;
                }
            };
        })
        ->add_option("FILE", backupFile, "The file to write")
        ->required();
    fs::path restoreFile;
    cli.add_subcommand("restore", "Replace all data with a backup; the current data is kept in a copy first")
        ->callback([&] {
            command = [&](app::App& a) {
                try {
                    fs::path safety = store::restoreFrom(a.db(), restoreFile);
                    std::cout << "Restored from " << restoreFile.string() << ". The data it replaced is in " << safety.string() << "\n";
                    return 0;
                } catch (const std::exception& e) {
                    std::cerr << "steadfast: " << e.what() << " Nothing was changed.\n";
                    return 1;
                }
            };
        })
        ->add_option("FILE", restoreFile, "A file written by 'steadfast backup' or the Back up button")
        ->required();

    CLI::App* reminders = cli.add_subcommand("reminders", "Reminders without opening the app");
    reminders->require_subcommand(1);
    reminders->add_subcommand("due", "Print what is due today and overdue, one per line (nothing when none); exit 0")
        ->callback([&] {
            command = [](app::App& a) {
                std::cout << a.reminders().dueReport();
                return 0;
            };
        });

    fs::path icsFile;
    CLI::App* exportIcs = exportCommand->add_subcommand("ics", "Write every reminder, with its repeat rule, as an iCalendar file");
    exportIcs->add_option("FILE", icsFile, "The .ics file to write")->required();
    exportIcs->callback([&] {
        command = [&](app::App& a) {
            if (auto error = exporting::exportICalendar(a.db(), icsFile, a.clock().now())) {
                std::cerr << "steadfast: " << *error << "\n";
                return 1;
            }
            return 0;
        };
    });

    std::string historyFormat;
    fs::path historyFile;
    CLI::App* exportHistoryCommand = exportCommand->add_subcommand("history", "Every checklist run and its item events");
    exportHistoryCommand->add_option("--format", historyFormat, "csv or json")->required()->check(CLI::IsMember({"csv", "json"}));
    exportHistoryCommand->add_option("FILE", historyFile, "The file to write (- for standard output)")->required();
    exportHistoryCommand->callback([&] { command = [&](app::App& a) { return exportHistory(a.db(), historyFormat, historyFile); }; });

    CLI11_PARSE(cli, argc, argv);

    if (check->parsed()) return checkContent(checkDir);

    // Screenshot scenarios start runs and make lists to have something to show: without --db they
    // write to a scratch database, never to the user's.
    fs::path scratchDir;
    if (!screenshotDir.empty() && dbOption->count() == 0) {
        scratchDir = fs::temp_directory_path() / ("steadfast-screenshots-" + std::to_string(::getpid()));
        dbPath = scratchDir / "steadfast.db";
    }
    struct RemoveScratch {
        const fs::path& dir;
        ~RemoveScratch() {
            std::error_code ec;
            if (!dir.empty()) fs::remove_all(dir, ec);
        }
    } removeScratch{scratchDir};

    content::LoadResult loaded = content::loadContent(contentDir);
    for (const auto& p : loaded.problems) std::cerr << "steadfast: content: " << p.toString() << "\n";

    // Exports and `reminders due` read what is there; they never create a database to do it.
    if ((exportCommand->parsed() || reminders->parsed()) && !fs::exists(dbPath)) {
        if (reminders->parsed()) return 0;  // nothing is due
        std::cerr << "steadfast: there is no database at " << dbPath << " yet, so there is nothing to export.\n";
        return 2;
    }

    std::unique_ptr<store::Database> db;
    try {
        db = std::make_unique<store::Database>(dbPath);
    } catch (const store::OpenError& e) {
        std::cerr << "steadfast: " << e.what() << "\n";
        // Started from the desktop there is no terminal to read: say it in a window as well.
        if (!command && screenshotDir.empty() && platform::displayAvailable()) {
            try {
                platform::WindowOptions options;
                options.quitAfterFirstFrame = quitAfterFirstFrame;
                platform::showMessageWindow("Steadfast cannot open your data", e.what(), options);
            } catch (const std::exception&) {
            }
        }
        return 2;
    }
    // What a killed export or backup left in the folder they write to (the database's own folder
    // was cleaned when it opened).
    store::removeLeftoverPartials(app::userDocumentsFolder());
    core::SystemClock clock;
    if (core::Settings settings = store::loadSettings(*db); settings.country.empty()) {
        // First run: guess the country from the locale; the user can change it in Settings.
        const char* locale = std::getenv("LC_ALL") ? std::getenv("LC_ALL") : std::getenv("LANG");
        settings.country = app::countryFromLocale(locale);
        if (loaded.content.numbers.find(settings.country)) store::saveSettings(*db, settings);
    }
    app::App app(std::move(loaded), *db, clock);
    app.startInLanguage(language);
    if (command) return command(app);


    platform::WindowOptions window;
    window.quitAfterFirstFrame = quitAfterFirstFrame;
    window.width = windowSize.first;
    window.height = windowSize.second;
    try {
        if (!screenshotDir.empty()) return platform::renderScreenshots(app, screenshotDir, window);
        if (!platform::displayAvailable()) {
            std::cerr << "steadfast: no display (DISPLAY and WAYLAND_DISPLAY are unset). "
                         "Use --screenshot DIR to render the screens to PNG files.\n";
            return 3;
        }
        platform::DesktopNotifier notifier;
        app.reminders().setNotificationSink([&](const std::string& title, const std::string& body) { notifier.send(title, body); });
        return platform::runWindow(app, window);
    } catch (const std::exception& e) {
        std::cerr << "steadfast: " << e.what() << "\n";
        return 1;
    }
}
