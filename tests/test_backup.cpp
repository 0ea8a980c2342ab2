// Whole-database backup and restore.
#include <SQLiteCpp/SQLiteCpp.h>
#include <doctest/doctest.h>
#include <sys/stat.h>

#include "platform/headless.h"
#include "store/backup.h"
#include "store/settings_store.h"
#include "support.h"

using namespace test;

TEST_CASE("a backup is a private, complete Steadfast database") {
    TempDir dir;
    store::Database db(dir / "steadfast.db");
    core::Settings s;
    s.country = "AU";
    store::saveSettings(db, s);
    store::backupTo(db, dir / "backup.db");
    struct stat st {};
    REQUIRE(stat((dir / "backup.db").c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    CHECK_FALSE(fs::exists(dir / "backup.db-wal"));
    store::Database copy(dir / "backup.db");
    CHECK(store::loadSettings(copy).country == "AU");
}

TEST_CASE("restoring replaces the data and keeps what it replaced in a safety copy") {
    TempDir dir;
    store::Database db(dir / "steadfast.db");
    core::Settings s;
    s.country = "AU";
    store::saveSettings(db, s);
    store::backupTo(db, dir / "backup.db");
    std::string backupBytes = readFile(dir / "backup.db");
    s.country = "NZ";
    store::saveSettings(db, s);

    store::restoreFrom(db, dir / "backup.db", dir / "before.db");
    CHECK(store::loadSettings(db).country == "AU");
    CHECK(readFile(dir / "backup.db") == backupBytes);  // the backup itself is never changed
    store::Database before(dir / "before.db");
    CHECK(store::loadSettings(before).country == "NZ");
}

TEST_CASE("restoring from a file that is not a Steadfast database changes nothing") {
    TempDir dir;
    store::Database db(dir / "steadfast.db");
    core::Settings s;
    s.country = "AU";
    store::saveSettings(db, s);
    writeFile(dir / "photo.jpg", "\xff\xd8\xff\xe0 not a database");
    bool refused = false;
    try {
        store::restoreFrom(db, dir / "photo.jpg", dir / "before.db");
    } catch (const store::OpenError& e) {
        refused = true;
        CHECK(std::string(e.what()).find((dir / "photo.jpg").string()) != std::string::npos);
    }
    CHECK(refused);
    CHECK(store::loadSettings(db).country == "AU");
    CHECK_FALSE(fs::exists(dir / "before.db"));
    CHECK(readFile(dir / "photo.jpg") == "\xff\xd8\xff\xe0 not a database");
}

TEST_CASE("backup and restore work from the command line") {
    TempDir dir;
    std::string bin = STEADFAST_BINARY, db = (dir / "s.db").string();
    {
        store::Database d(db);
        core::Settings s;
        s.country = "IE";
        store::saveSettings(d, s);
    }
    CHECK(std::system((bin + " --db " + db + " backup " + (dir / "b.db").string() + " > /dev/null").c_str()) == 0);
    {
        store::Database d(db);
        core::Settings s = store::loadSettings(d);
        s.country = "FR";
        store::saveSettings(d, s);
    }
    CHECK(std::system((bin + " --db " + db + " restore " + (dir / "b.db").string() + " > /dev/null").c_str()) == 0);
    store::Database d(db);
    CHECK(store::loadSettings(d).country == "IE");
    CHECK(WEXITSTATUS(std::system((bin + " --db " + db + " restore " + (dir / "missing.db").string() + " 2> /dev/null").c_str())) == 1);
}

TEST_CASE("Back up now in Settings writes a backup to the documents folder") {
    TempDir documents;
    setenv("XDG_DOCUMENTS_DIR", documents.path.c_str(), 1);
    AppFixture f;
    unsetenv("XDG_DOCUMENTS_DIR");
    platform::Headless screen(*f.app, 420, 1600);
    REQUIRE(screen.tap("##settings"));
    REQUIRE(screen.tap("##backup"));
    std::vector<fs::path> written;
    for (const auto& e : fs::directory_iterator(documents.path)) written.push_back(e.path());
    REQUIRE(written.size() == 1);
    CHECK(written[0].filename().string().rfind("steadfast-backup-", 0) == 0);
    CHECK(f.app->notice().find(written[0].string()) != std::string::npos);
    store::Database copy(written[0]);
    CHECK(copy.schemaVersion() == store::Database::latestSchemaVersion());
}
