// Whole-database backup and restore.
#include <SQLiteCpp/SQLiteCpp.h>
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "platform/headless.h"
#include "store/backup.h"
#include "store/settings_store.h"
#include "support.h"

using namespace test;

namespace {
void setCountry(store::Database& db, const std::string& country) {
    core::Settings s = store::loadSettings(db);
    s.country = country;
    store::saveSettings(db, s);
}
}  // namespace

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

    fs::path before = store::restoreFrom(db, dir / "backup.db");
    CHECK(before.parent_path() == dir.path);
    CHECK(before.filename().string().rfind("steadfast-before-restore-", 0) == 0);
    CHECK(store::loadSettings(db).country == "AU");
    CHECK(readFile(dir / "backup.db") == backupBytes);  // the backup itself is never changed
    store::Database beforeDb(before);
    CHECK(store::loadSettings(beforeDb).country == "NZ");
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
        store::restoreFrom(db, dir / "photo.jpg");
    } catch (const store::OpenError& e) {
        refused = true;
        CHECK(std::string(e.what()).find((dir / "photo.jpg").string()) != std::string::npos);
    }
    CHECK(refused);
    CHECK(store::loadSettings(db).country == "AU");
    for (const auto& e : fs::directory_iterator(dir.path)) CHECK(e.path().filename().string().find("before-restore") == std::string::npos);
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
    CHECK(f.app->notices().text().find(written[0].string()) != std::string::npos);
    store::Database copy(written[0]);
    CHECK(copy.schemaVersion() == store::Database::latestSchemaVersion());
}

namespace {

// A database with one setting, backed up to dir/backup.db; then `change` is run on the backup
// with foreign keys off, as another program would.
fs::path alteredBackup(const TempDir& dir, store::Database& db, const std::string& change) {
    store::backupTo(db, dir / "backup.db");
    SQLite::Database backup((dir / "backup.db").string(), SQLite::OPEN_READWRITE);
    backup.exec(change);
    return dir / "backup.db";
}

std::string refusal(store::Database& db, const fs::path& file) {
    try {
        store::restoreFrom(db, file);
    } catch (const std::exception& e) {
        return e.what();
    }
    return "restored";
}

// Another process that opens the database as the app does and keeps it open until destroyed.
struct HeldOpen {
    pid_t pid = -1;
    int toChild = -1;
    explicit HeldOpen(const fs::path& db) {
        int in[2], out[2];
        REQUIRE(::pipe2(in, O_CLOEXEC) == 0);
        REQUIRE(::pipe2(out, O_CLOEXEC) == 0);
        pid = ::fork();
        REQUIRE(pid >= 0);
        if (pid == 0) {
            ::dup2(in[0], STDIN_FILENO);
            ::dup2(out[1], STDOUT_FILENO);
            ::execl(STEADFAST_TICK_CHILD, "steadfast_tick_child", db.c_str(), "hold", static_cast<char*>(nullptr));
            ::_exit(127);
        }
        ::close(in[0]);
        ::close(out[1]);
        toChild = in[1];
        char ready[6] = {};
        REQUIRE(::read(out[0], ready, 5) == 5);  // "ready": the database is open
        ::close(out[0]);
    }
    ~HeldOpen() {
        ::close(toChild);  // its standard input ends: it closes the database and exits
        ::waitpid(pid, nullptr, 0);
    }
};

bool safetyCopyMade(const TempDir& dir) {
    for (const auto& e : fs::directory_iterator(dir.path))
        if (e.path().filename().string().find("before-restore") != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("a restore refuses an empty file, an SQLite file with no tables and a changed schema") {
    TempDir dir;
    store::Database db(dir / "steadfast.db");
    setCountry(db, "AU");

    writeFile(dir / "empty.db", "");
    CHECK(refusal(db, dir / "empty.db").find("is empty") != std::string::npos);
    { SQLite::Database blank((dir / "blank.db").string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE); blank.exec("PRAGMA user_version = 0"); }
    writeFile(dir / "blank.db", readFile(dir / "blank.db"));
    CHECK(refusal(db, dir / "blank.db").find("not a Steadfast backup") != std::string::npos);

    const char* changes[] = {
        // A trigger that would go on deleting household members after the restore.
        "CREATE TRIGGER wipe AFTER INSERT ON settings BEGIN DELETE FROM plan_members; END",
        "DROP TABLE quiz_answers",
        "ALTER TABLE plan_pets DROP COLUMN microchip",
        "ALTER TABLE plan_pets ADD COLUMN colour TEXT",
        "DROP TABLE rhythm_sessions; CREATE VIEW rhythm_sessions AS SELECT 1 AS id",
        "DROP INDEX kit_items_by_expiry",
        "CREATE TABLE extra(x)",
    };
    for (const char* change : changes) {
        CAPTURE(change);
        std::string why = refusal(db, alteredBackup(dir, db, change));
        CHECK(why.find("its tables were changed by another program") != std::string::npos);
        CHECK(why.find((dir / "backup.db").string()) != std::string::npos);
    }
    CHECK(store::loadSettings(db).country == "AU");
    CHECK_FALSE(safetyCopyMade(dir));
}

TEST_CASE("a restore refuses a backup whose rows refer to rows that are not there") {
    TempDir dir;
    store::Database db(dir / "steadfast.db");
    std::string why = refusal(db, alteredBackup(dir, db,
                                                "INSERT INTO incident_events(incident_id, at, text) VALUES (99, 0, 'orphan')"));
    CHECK(why.find("refer to rows that are not there") != std::string::npos);
    CHECK_FALSE(safetyCopyMade(dir));
}

TEST_CASE("two restores in the same second keep two safety copies") {
    TempDir dir;
    store::Database db(dir / "steadfast.db");
    setCountry(db, "AU");
    store::backupTo(db, dir / "backup.db");  // AU
    setCountry(db, "NZ");
    fs::path first = store::restoreFrom(db, dir / "backup.db");   // keeps NZ
    fs::path second = store::restoreFrom(db, dir / "backup.db");  // keeps AU
    CHECK(first != second);
    store::Database firstCopy(first);
    CHECK(store::loadSettings(firstCopy).country == "NZ");  // the original data is still there
    store::Database secondCopy(second);
    CHECK(store::loadSettings(secondCopy).country == "AU");
}

TEST_CASE("a restore is refused while another Steadfast has the database open") {
    TempDir dir;
    std::string bin = STEADFAST_BINARY, path = (dir / "s.db").string();
    store::Database db(dir / "s.db");
    setCountry(db, "AU");
    store::backupTo(db, dir / "backup.db");
    setCountry(db, "NZ");

    // Another Steadfast process with the database open (as the app's window would have it).
    {
        HeldOpen running(dir / "s.db");
        CHECK(refusal(db, dir / "backup.db").find("is open in another Steadfast") != std::string::npos);
    }
    // A restore command while this process has it open.
    std::string out = dir / "out.txt";
    int status = std::system((bin + " --db " + path + " restore " + (dir / "backup.db").string() + " > " + out + " 2>&1").c_str());
    CHECK(WEXITSTATUS(status) == 1);
    CHECK(readFile(out).find("is open in another Steadfast") != std::string::npos);
    CHECK(store::loadSettings(db).country == "NZ");
    CHECK_FALSE(safetyCopyMade(dir));
    // Once it is the only one, the restore goes ahead, and the lock is back to shared after it.
    CHECK(refusal(db, dir / "backup.db") == "restored");
    store::Database again(dir / "s.db");
    CHECK(store::loadSettings(again).country == "AU");
}

TEST_CASE("opening the database removes what a killed restore or backup left beside it") {
    TempDir dir;
    { store::Database db(dir / "steadfast.db"); }
    // A process id no process has (above the kernel's pid_max), and one that is running (init).
    for (const char* name : {".steadfast.db.part-99999999", ".steadfast.db.part-99999999-wal", ".steadfast.db.part-99999999-shm",
                             ".backup.db.part-99999999-journal", ".steadfast.db.part-1", "steadfast.db.part-99999999",
                             "steadfast.db.part-99999999-wal"})
        writeFile(dir / name, std::string(4096, 'x'));
    writeFile(dir / "notes.part-99999999", "the user's own file");
    store::Database db(dir / "steadfast.db");
    CHECK_FALSE(fs::exists(dir / ".steadfast.db.part-99999999"));
    CHECK_FALSE(fs::exists(dir / ".steadfast.db.part-99999999-wal"));
    CHECK_FALSE(fs::exists(dir / ".steadfast.db.part-99999999-shm"));
    CHECK_FALSE(fs::exists(dir / ".backup.db.part-99999999-journal"));
    CHECK_FALSE(fs::exists(dir / "steadfast.db.part-99999999"));  // as earlier versions named them
    CHECK_FALSE(fs::exists(dir / "steadfast.db.part-99999999-wal"));
    CHECK(fs::exists(dir / ".steadfast.db.part-1"));  // its process is still running
    CHECK(fs::exists(dir / "notes.part-99999999"));   // not one of ours
}
