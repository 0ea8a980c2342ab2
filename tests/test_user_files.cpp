// What a platform without a desktop (a browser) offers through the app's interfaces: files for the
// user and from the user (app::UserFiles: every export handed over with its name, restore and
// import from a chosen file with the command line's refusals, the plan's print page), notifications
// allowed from Settings, and a new version taken only on the user's tap.
#include <doctest/doctest.h>

#include "platform/headless.h"
#include "core/plan.h"
#include "store/backup.h"
#include "store/settings_store.h"
#include "support.h"

using namespace test;

namespace {

// Writes into a folder, remembers what was handed over, and "chooses" the file a test sets.
struct ChooserFiles final : app::UserFiles {
    fs::path folder;
    std::vector<fs::path>* handed;
    fs::path* next;
    std::string* printed = nullptr;  // set: the platform prints pages, and the last page shown is here
    ChooserFiles(fs::path f, std::vector<fs::path>* h, fs::path* n) : folder(std::move(f)), handed(h), next(n) {}
    fs::path placeFor(const std::string& name) override { return folder / name; }
    std::string shownAs(const fs::path& file) const override { return "<" + file.filename().string() + ">"; }
    void handOver(const fs::path& file) override { handed->push_back(file); }
    std::string destination() const override { return "the downloads"; }
    bool canChoose() const override { return true; }
    bool printsPages() const override { return printed != nullptr; }
    void showPrintPage(const std::string& html) override { *printed = html; }
    void choose(const std::string&, Chosen chosen) override {
        if (!next->empty()) chosen(*next, "<" + next->filename().string() + ">");
    }
};

void addMember(app::App& app, const std::string& name) {
    app.plan().setField(app.plan().add<core::Member>(), *core::findField(core::memberFields(), "name"), name);
}

struct Fixture : AppFixture {
    TempDir out;
    std::vector<fs::path> handed;
    fs::path next;
    Fixture() { app->setUserFiles(std::make_unique<ChooserFiles>(out.path, &handed, &next)); }
    std::string notice() const { return app->notices().text(); }
    std::string country() { return store::loadSettings(*db).country; }
};

}  // namespace

TEST_CASE("every export in Settings and the Plan is handed to the user with its name, and the notice names it") {
    Fixture f;
    platform::Headless screen(*f.app, 420, 4000);
    std::string today = f.app->plan().today().iso();
    struct Export {
        const char* target;
        std::string name;
        std::string starts;  // the file's first bytes
    };
    REQUIRE(screen.tap("##settings"));
    for (const Export& e : {Export{"##export-history-csv", "checklist-history-" + today + ".csv", "run_id"},
                            Export{"##export-history-json", "checklist-history-" + today + ".json", "{"},
                            Export{"##export-progress-csv", "practice-record-" + today + ".csv", "kind"},
                            Export{"##export-progress-json", "practice-record-" + today + ".json", "{"},
                            Export{"##export-ics", "reminders-" + today + ".ics", "BEGIN:VCALENDAR"}}) {
        CAPTURE(e.target);
        f.handed.clear();
        REQUIRE(screen.tap(e.target));
        REQUIRE(f.handed.size() == 1);
        CHECK(f.handed[0] == f.out / e.name);
        CHECK(readFile(f.handed[0]).rfind(e.starts, 0) == 0);
        CHECK(f.notice().find("<" + e.name + ">") != std::string::npos);
    }
    f.handed.clear();
    REQUIRE(screen.tap("##backup"));
    REQUIRE(f.handed.size() == 1);
    CHECK(f.handed[0].filename().string().rfind("steadfast-backup-", 0) == 0);
    CHECK(f.notice().find("<" + f.handed[0].filename().string() + ">") != std::string::npos);

    f.handed.clear();
    REQUIRE(screen.tap("##tab-Plan"));
    REQUIRE(screen.tap("##export-json"));
    REQUIRE(f.handed.size() == 1);
    CHECK(f.handed[0] == f.out / ("household-plan-" + today + ".json"));
    CHECK(f.notice().find("<household-plan-" + today + ".json>") != std::string::npos);
}

TEST_CASE("restore from a chosen backup replaces the data, and the data it replaced is handed over first") {
    Fixture f;
    f.app->setCountry("IE");
    store::backupTo(*f.db, f.out / "kept.db");
    f.app->setCountry("NZ");
    f.next = f.out / "kept.db";
    platform::Headless screen(*f.app, 420, 4000);
    REQUIRE(screen.tap("##settings"));
    REQUIRE(screen.tap("##restore"));
    CHECK(f.app->dataReplaced());
    CHECK(f.country() == "IE");
    CHECK(f.notice().find("Restored everything from <kept.db>") != std::string::npos);
    REQUIRE(f.handed.size() == 1);  // the copy of what was there before
    store::Database before(f.handed[0]);
    CHECK(store::loadSettings(before).country == "NZ");
}

TEST_CASE("a damaged or foreign file chosen to restore is refused with its reason, and nothing changes") {
    Fixture f;
    f.app->setCountry("NZ");
    writeFile(f.out / "garbage.db", std::string(4096, 'x'));
    {
        SQLite::Database other((f.out / "other.db").string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        other.exec("CREATE TABLE notes(text TEXT)");
    }
    writeFile(f.out / "empty.db", "");
    platform::Headless screen(*f.app, 420, 4000);
    REQUIRE(screen.tap("##settings"));
    for (const char* name : {"garbage.db", "other.db", "empty.db"}) {
        CAPTURE(name);
        f.next = f.out / name;
        REQUIRE(screen.tap("##restore"));
        CHECK_FALSE(f.app->dataReplaced());
        CHECK(f.country() == "NZ");
        CHECK(f.notice().find(std::string("<") + name + ">") != std::string::npos);
        CHECK(f.notice().find("not") != std::string::npos);  // "is not a Steadfast backup", "is empty: it is not a backup"
        CHECK(f.notice().find("Nothing was changed.") != std::string::npos);
        CHECK(f.handed.empty());
    }
}

TEST_CASE("a plan imported from a chosen file replaces the plan, and a bad one is refused with nothing changed") {
    Fixture f;
    addMember(*f.app, "Amal");
    platform::Headless screen(*f.app, 420, 4000);
    REQUIRE(screen.tap("##tab-Plan"));
    REQUIRE(screen.tap("##export-json"));
    fs::path exported = f.handed.at(0);
    addMember(*f.app, "Omar");
    REQUIRE(f.app->plan().plan().members.size() == 2);

    writeFile(f.out / "broken.json", "{\"format\": \"steadfast-plan\", ");
    f.next = f.out / "broken.json";
    f.app->notices().dismiss();
    screen.frame(2);  // the notice's bar gone, the buttons where they stay
    REQUIRE(screen.tap("##import-plan"));
    CHECK_MESSAGE(f.notice().find("Cannot import <broken.json>") != std::string::npos, f.notice());
    CHECK(f.app->plan().plan().members.size() == 2);

    f.next = exported;
    f.app->notices().dismiss();
    screen.frame(2);  // the notice's bar gone, the buttons where they stay
    REQUIRE(screen.tap("##import-plan"));
    CHECK(f.notice().find("Imported the plan from <" + exported.filename().string() + ">") != std::string::npos);
    CHECK(f.app->plan().plan().members.size() == 1);
}

TEST_CASE("the desktop chooses no files: no restore or import button, and Settings says how to restore") {
    AppFixture f;
    platform::Headless screen(*f.app, 420, 4000);
    REQUIRE(screen.tap("##settings"));
    CHECK_FALSE(screen.visible("##restore"));
    CHECK(screen.visible("##backup"));
    REQUIRE(screen.tap("##tab-Plan"));
    CHECK_FALSE(screen.visible("##import-plan"));
    CHECK(screen.visible("##export-json"));
}

namespace {
size_t count(const std::string& text, const std::string& part) {
    size_t n = 0;
    for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
    return n;
}
}  // namespace

TEST_CASE("where pages are printed, the plan's PDF buttons show a print page with the PDF's sections and a wallet card per member") {
    AppFixture f;
    std::vector<fs::path> handed;
    fs::path next;
    std::string page;
    auto files = std::make_unique<ChooserFiles>(f.dir.path, &handed, &next);
    files->printed = &page;
    f.app->setUserFiles(std::move(files));
    f.app->setCountry("GB");
    addMember(*f.app, "Amal <Haddad>");
    addMember(*f.app, "Omar");
    platform::Headless screen(*f.app, 420, 4000);
    REQUIRE(screen.tap("##tab-Plan"));
    REQUIRE(screen.tap("##export-letter"));
    CHECK(handed.empty());  // nothing downloaded: the page is shown
    CHECK(f.app->notices().text().find("Save as PDF") != std::string::npos);
    CHECK(page.find("<html lang=\"en\" dir=\"ltr\">") != std::string::npos);
    CHECK(page.find("size: letter") != std::string::npos);
    CHECK(page.find("@media print") != std::string::npos);
    for (const char* section : {"Meeting places", "Contacts", "Household members", "Where things are at home", "Important documents",
                                "Emergency kit", "Wallet cards"})
        CHECK_MESSAGE(page.find(std::string("<h2>") + section + "</h2>") != std::string::npos, section);
    CHECK(page.find("In an emergency call 999") != std::string::npos);
    CHECK(page.find("<h3>Amal &lt;Haddad&gt;</h3>") != std::string::npos);  // what was typed is text, never markup
    CHECK(count(page, "<div class=\"card\">") == 2);
    CHECK(count(page, "Emergency: 999") == 2);  // on each card's front

    ShippedCatalogues shipped;
    f.app->setLanguage("ar");
    f.app->notices().dismiss();
    screen.frame(2);
    REQUIRE(screen.tap("##export-a4"));
    CHECK(page.find("<html lang=\"ar\" dir=\"rtl\">") != std::string::npos);
    CHECK(page.find("size: A4") != std::string::npos);
    CHECK(page.find(std::string("<h2>") + i18n::tr("Meeting places") + "</h2>") != std::string::npos);
    CHECK(i18n::tr("Meeting places") != std::string("Meeting places"));
}

TEST_CASE("where notifications must be allowed, Settings asks only when tapped and says what was decided") {
    AppFixture f;
    using State = app::NotificationPermission::State;
    State state = State::NotAsked;
    int asked = 0;
    f.app->setNotificationPermission({[&] { return state; }, [&] {
                                          ++asked;
                                          state = State::Granted;
                                      }});
    platform::Headless screen(*f.app, 420, 4000);
    REQUIRE(screen.tap("##settings"));
    CHECK(asked == 0);  // never at start, never by showing Settings
    REQUIRE(screen.tap("##allow-notifications"));
    CHECK(asked == 1);
    screen.frame(2);
    CHECK_FALSE(screen.visible("##allow-notifications"));
    state = State::Denied;
    screen.frame(2);
    CHECK_FALSE(screen.visible("##allow-notifications"));
}

TEST_CASE("the desktop sets no notification permission: Settings has nothing to allow") {
    AppFixture f;
    platform::Headless screen(*f.app, 420, 4000);
    REQUIRE(screen.tap("##settings"));
    CHECK_FALSE(screen.visible("##allow-notifications"));
}

TEST_CASE("a new version the platform has ready is offered on Today and taken only on the tap") {
    AppFixture f;
    bool ready = false;
    int applied = 0;
    f.app->setAppUpdate({[&] { return ready; }, [&] { ++applied; }});
    platform::Headless screen(*f.app, 420, 4000);
    screen.frame(2);
    CHECK_FALSE(screen.visible("##update"));
    ready = true;
    screen.frame(2);
    CHECK(applied == 0);  // found, not taken
    REQUIRE(screen.tap("##update"));
    CHECK(applied == 1);
}
