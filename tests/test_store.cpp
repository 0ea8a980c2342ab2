// The store: migrations, settings, and refusing every file it must not touch.
#include <SQLiteCpp/SQLiteCpp.h>
#include <doctest/doctest.h>
#include <ctime>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "store/settings_store.h"
#include "support.h"

using namespace test;
using store::Database;
using store::OpenError;

TEST_CASE("a new database is created private and migrated to the latest schema") {
    TempDir dir;
    auto path = dir / "sub" / "steadfast.db";
    {
        Database db(path);
        CHECK(db.schemaVersion() == Database::latestSchemaVersion());
        CHECK(db.sql().execAndGet("PRAGMA journal_mode").getString() == "wal");
        CHECK(db.sql().execAndGet("PRAGMA foreign_keys").getInt() == 1);
        CHECK(db.sql().execAndGet("PRAGMA synchronous").getInt() == 2);  // FULL
        CHECK(db.sql().execAndGet("PRAGMA application_id").getInt() == Database::kApplicationId);
    }
    struct stat st {};
    REQUIRE(stat(path.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    // Reopening finds the same schema and migrates nothing.
    Database again(path);
    CHECK(again.schemaVersion() == Database::latestSchemaVersion());
}

TEST_CASE("migrations are numbered 1, 2, 3 and so on, each its own step") {
    const auto& all = store::migrations();
    for (size_t i = 0; i < all.size(); ++i) {
        CHECK(all[i].version == static_cast<int>(i) + 1);
        // A step that swallowed the next one would hold its C++ text.
        CHECK(std::string(all[i].sql).find("R\"sql(") == std::string::npos);
    }
}

TEST_CASE("an empty file is treated as a new database") {
    TempDir dir;
    writeFile(dir / "steadfast.db", "");
    Database db(dir / "steadfast.db");
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
}

TEST_CASE("settings survive a restart") {
    TempDir dir;
    {
        Database db(dir / "s.db");
        core::Settings s;
        s.country = "NZ";
        s.theme = core::Theme::Dark;
        s.textScale = 1.3f;
        store::saveSettings(db, s);
    }
    Database db(dir / "s.db");
    core::Settings s = store::loadSettings(db);
    CHECK(s.country == "NZ");
    CHECK(s.theme == core::Theme::Dark);
    CHECK(s.textScale == doctest::Approx(1.3f));
}

namespace {
// Opening must throw the given kind and leave the file byte-for-byte as it was.
void checkRefused(const fs::path& path, OpenError::Kind kind, int busyTimeoutMs = 200) {
    std::string before = readFile(path);
    bool threw = false;
    try {
        Database db(path, {busyTimeoutMs});
    } catch (const OpenError& e) {
        threw = true;
        CHECK(e.kind == kind);
        CHECK(std::string(e.what()).find(path.string()) != std::string::npos);  // the message names the file
    }
    CHECK(threw);
    CHECK(readFile(path) == before);
}
}  // namespace

TEST_CASE("a file that is not SQLite is refused and left unchanged") {
    TempDir dir;
    writeFile(dir / "notes.db", "These are my notes, not a database.\n");
    checkRefused(dir / "notes.db", OpenError::Kind::NotSteadfast);
}

TEST_CASE("another program's SQLite database is refused and left unchanged") {
    TempDir dir;
    {
        SQLite::Database other((dir / "other.db").string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        other.exec("CREATE TABLE photos(id INTEGER PRIMARY KEY, name TEXT); INSERT INTO photos(name) VALUES('a');");
    }
    checkRefused(dir / "other.db", OpenError::Kind::NotSteadfast);
}

TEST_CASE("a database from a newer Steadfast is refused and left unchanged") {
    TempDir dir;
    {
        Database db(dir / "new.db");
        db.sql().exec("PRAGMA user_version = " + std::to_string(Database::latestSchemaVersion() + 1));
        db.sql().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    checkRefused(dir / "new.db", OpenError::Kind::Newer);
}

TEST_CASE("a truncated database is refused and left unchanged") {
    TempDir dir;
    {
        Database db(dir / "t.db");
        db.sql().exec("CREATE TABLE filler(x BLOB)");
        for (int i = 0; i < 50; ++i) db.sql().exec("INSERT INTO filler VALUES(randomblob(4000))");
        db.sql().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    std::string bytes = readFile(dir / "t.db");
    REQUIRE(bytes.size() > 100000);
    writeFile(dir / "t.db", bytes.substr(0, bytes.size() / 2));
    checkRefused(dir / "t.db", OpenError::Kind::Damaged);
}

TEST_CASE("a corrupt database is refused and left unchanged") {
    TempDir dir;
    {
        Database db(dir / "c.db");
        for (int i = 0; i < 200; ++i) db.sql().exec("INSERT INTO settings VALUES(printf('row %d', " + std::to_string(i) + "), 'x')");
        db.sql().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    std::string bytes = readFile(dir / "c.db");
    // Scribble over the second page (the first table's b-tree), keeping the header intact.
    for (size_t i = 4096; i < 4096 + 600 && i < bytes.size(); ++i) bytes[i] = static_cast<char>(0xA5);
    writeFile(dir / "c.db", bytes);
    checkRefused(dir / "c.db", OpenError::Kind::Damaged);
}

TEST_CASE("a database locked by another program is refused and left unchanged") {
    TempDir dir;
    { Database db(dir / "l.db"); }
    SQLite::Database holder((dir / "l.db").string(), SQLite::OPEN_READWRITE);
    holder.exec("PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; CREATE TABLE held(x); ");
    checkRefused(dir / "l.db", OpenError::Kind::Locked);
    holder.exec("ROLLBACK");
}

TEST_CASE("the whole file is checked after a crash or once a week, not at every start") {
    TempDir dir;
    fs::path path = dir / "s.db";
    { Database created(path); }
    { Database first(path); CHECK(first.fullCheckRan()); }  // never checked yet
    { Database again(path); CHECK_FALSE(again.fullCheckRan()); }  // checked a moment ago, closed cleanly
    // A process that ends without closing leaves its -wal: the next start checks the whole file.
    pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        Database crashing(path);
        crashing.sql().exec("INSERT INTO settings VALUES('crash', 'yes')");
        ::_exit(0);
    }
    ::waitpid(pid, nullptr, 0);
    REQUIRE(fs::exists(path.string() + "-wal"));
    { Database afterCrash(path); CHECK(afterCrash.fullCheckRan()); }
    { Database afterCleanExit(path); CHECK_FALSE(afterCleanExit.fullCheckRan()); }
    // A week after the last full check, the next start checks again.
    {
        SQLite::Database raw(path.string(), SQLite::OPEN_READWRITE);
        raw.exec("UPDATE settings SET value = '" + std::to_string(std::time(nullptr) - 8 * 24 * 3600) + "' WHERE key = 'store.last_full_check'");
    }
    { Database weekLater(path); CHECK(weekLater.fullCheckRan()); }
}
