#pragma once
// The one SQLite file that holds everything the user enters. Opening it checks that it really is
// a Steadfast database this version understands; anything else is refused and left untouched.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <filesystem>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace store {

class OpenError : public std::runtime_error {
public:
    enum class Kind {
        NotSteadfast,  // not SQLite, or SQLite belonging to another program, or not a schema Steadfast wrote
        Damaged,       // corrupt or truncated
        Newer,         // written by a newer Steadfast
        Locked,        // another program holds it
        CannotCreate,  // directory or file could not be made
        DiskFull,      // no space left to open it (the file itself is intact)
    };
    OpenError(Kind kind, const std::string& message) : std::runtime_error(message), kind(kind) {}
    Kind kind;
};

class Database;

// A statement prepared once per connection and kept for the next call with the same SQL. While a
// repository holds it, it is theirs alone (the same SQL asked for again meanwhile gets a second
// one); when it goes out of scope it is reset, with its bindings cleared, so no read stays open.
class Statement {
public:
    Statement(Database& owner, std::unique_ptr<SQLite::Statement> statement) : owner_(&owner), statement_(std::move(statement)) {}
    Statement(Statement&&) = default;
    ~Statement();
    SQLite::Statement& operator*() { return *statement_; }
    SQLite::Statement* operator->() { return statement_.get(); }

private:
    Database* owner_;
    std::unique_ptr<SQLite::Statement> statement_;
};

struct OpenOptions {
    int busyTimeoutMs = 5000;  // how long to wait for another writer before giving up
};

class Database {
public:
    static constexpr int kApplicationId = 0x53544644;  // "STFD" in the file header

    // Opens or creates the database at path and brings its schema up to date. Every Steadfast
    // process that has the file open holds a shared lock on it (see ExclusiveUse). Files a killed
    // restore or export left beside it (*.part-PID of a process that is gone) are removed.
    explicit Database(const std::filesystem::path& path, OpenOptions options = {});
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    SQLite::Database& sql() { return *db_; }
    // The statement for this SQL, prepared on first use and kept (see Statement).
    Statement prepare(const std::string& sql);
    // Runs one statement that returns no rows, prepared once (one statement: no ";" between two).
    void run(const std::string& sql);
    // How many statements were prepared: tests and benchmarks check that repeated calls reuse them.
    long long preparedCount() const { return prepared_; }
    const std::filesystem::path& path() const { return path_; }
    int schemaVersion();
    static int latestSchemaVersion();
    // True when opening ran PRAGMA quick_check over the whole file: after an unclean shutdown (a
    // -wal file was left), where a write may have been cut short; when opening writes (a
    // migration, or a file not yet in WAL mode); and when the last full check is a week old.
    // Otherwise the header, the size, the owner, the version and the schema are checked, which
    // costs the same for any size.
    bool fullCheckRan() const { return fullCheckRan_; }

    // While one exists, no other Steadfast process has this database open (a restore needs
    // that: a running app would go on showing, and writing over, the data it replaced).
    class ExclusiveUse {
    public:
        explicit ExclusiveUse(Database& db);  // throws OpenError(Locked) while another has it open
        ~ExclusiveUse();
        ExclusiveUse(const ExclusiveUse&) = delete;
        ExclusiveUse& operator=(const ExclusiveUse&) = delete;

    private:
        Database& db_;
    };

private:
    void takeSharedLock();
    bool checkExistingFile();
    void migrate();

    std::filesystem::path path_;
    OpenOptions options_;
    int lockFd_ = -1;  // flock(2) on the database file; independent of SQLite's own fcntl locks
    bool fullCheckRan_ = false;
    std::unique_ptr<SQLite::Database> db_;
    // After db_: a connection closes only once its statements are finalized.
    friend class Statement;
    std::map<std::string, std::vector<std::unique_ptr<SQLite::Statement>>> idle_;  // by SQL
    long long prepared_ = 0;
};

// True when an SQLite error on `file` comes from a full disk: SQLITE_FULL, or an I/O error or a
// file that could not be made (how SQLite reports ENOSPC while creating -wal or -shm) while the
// file system has almost no space left.
bool diskIsFull(const std::filesystem::path& file, int sqliteErrorCode);

// $XDG_DATA_HOME/steadfast/steadfast.db, defaulting to ~/.local/share/steadfast/steadfast.db.
std::filesystem::path defaultDatabasePath();

// One step of the schema. Each runs once, in order, inside the migration transaction.
struct Migration {
    int version;
    const char* sql;
};
const std::vector<Migration>& migrations();

// Every table, index, trigger and view (type, name, SQL) exactly as migrations 1..version create
// them, sorted; "" when no Steadfast version had that schema version.
std::string expectedSchema(int version);
// The same list read from a database.
std::string schemaOf(SQLite::Database& db);

}  // namespace store
