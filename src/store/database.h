#pragma once
// The one SQLite file that holds everything the user enters. Opening it checks that it really is
// a Steadfast database this version understands; anything else is refused and left untouched.
#include <SQLiteCpp/Database.h>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace store {

class OpenError : public std::runtime_error {
public:
    enum class Kind {
        NotSteadfast,  // not SQLite, or SQLite belonging to another program
        Damaged,       // corrupt or truncated
        Newer,         // written by a newer Steadfast
        Locked,        // another program holds it
        CannotCreate,  // directory or file could not be made
    };
    OpenError(Kind kind, const std::string& message) : std::runtime_error(message), kind(kind) {}
    Kind kind;
};

struct OpenOptions {
    int busyTimeoutMs = 5000;  // how long to wait for another writer before giving up
};

class Database {
public:
    static constexpr int kApplicationId = 0x53544644;  // "STFD" in the file header

    // Opens or creates the database at path and brings its schema up to date.
    explicit Database(const std::filesystem::path& path, OpenOptions options = {});

    SQLite::Database& sql() { return *db_; }
    const std::filesystem::path& path() const { return path_; }
    int schemaVersion();
    static int latestSchemaVersion();

private:
    void checkExistingFile();
    void migrate();

    std::filesystem::path path_;
    OpenOptions options_;
    std::unique_ptr<SQLite::Database> db_;
};

// $XDG_DATA_HOME/steadfast/steadfast.db, defaulting to ~/.local/share/steadfast/steadfast.db.
std::filesystem::path defaultDatabasePath();

// One step of the schema. Each runs once, in order, inside the migration transaction.
struct Migration {
    int version;
    const char* sql;
};
const std::vector<Migration>& migrations();

}  // namespace store
