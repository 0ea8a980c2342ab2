#include "store/database.h"


#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <array>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <map>
#include <mutex>
#include <sqlite3.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <thread>
#include <unistd.h>

#include "store/atomic_file.h"

namespace store {
namespace fs = std::filesystem;

namespace {

std::string quoted(const fs::path& p) { return "\"" + p.string() + "\""; }

// Pragmas belong to the connection, so every connection sets them.
void configureConnection(SQLite::Database& db, int busyTimeoutMs) {
    db.setBusyTimeout(busyTimeoutMs);
    db.exec("PRAGMA foreign_keys = ON");
}

uint32_t bigEndian32(const unsigned char* p) {
    return (uint32_t{p[0]} << 24) | (uint32_t{p[1]} << 16) | (uint32_t{p[2]} << 8) | uint32_t{p[3]};
}

std::string diskFullMessage(const fs::path& path) {
    return "The disk is full: there is no room to open " + quoted(path) + ". Free some space and start Steadfast again; your data was not changed.";
}

// The -wal and -shm files a failed open made while the WAL is empty: they hold nothing (the -shm
// is only an index of the WAL) and would only puzzle the user. Removed only while no other
// Steadfast has the file open (lockFd: our shared lock).
void removeEmptySideFiles(const fs::path& path, int lockFd) {
    if (::flock(lockFd, LOCK_EX | LOCK_NB) != 0) return;
    std::error_code ec;
    fs::path wal = path.string() + "-wal";
    if (!fs::exists(wal, ec) || (fs::file_size(wal, ec) == 0 && !ec)) {
        fs::remove(wal, ec);
        fs::remove(path.string() + "-shm", ec);
    }
    ::flock(lockFd, LOCK_SH);
}

// One descriptor per database file in this process, shared by every Database open on it. Closing
// any descriptor of a file drops every fcntl lock the process holds on it, SQLite's included, so
// the file is opened once and closed only with the last Database on it.
struct SharedDescriptor {
    dev_t device;
    ino_t inode;
    int fd;
    int users;
};
std::mutex g_descriptorsMutex;
std::vector<SharedDescriptor> g_descriptors;

int acquireDescriptor(const fs::path& path) {
    std::lock_guard lock(g_descriptorsMutex);
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return -1;
    for (auto& d : g_descriptors)
        if (d.device == st.st_dev && d.inode == st.st_ino) {
            ++d.users;
            return d.fd;
        }
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);  // NONBLOCK: a FIFO must not hang us
    if (fd >= 0) g_descriptors.push_back({st.st_dev, st.st_ino, fd, 1});
    return fd;
}

void releaseDescriptor(int fd) {
    std::lock_guard lock(g_descriptorsMutex);
    for (auto it = g_descriptors.begin(); it != g_descriptors.end(); ++it)
        if (it->fd == fd && --it->users == 0) {
            ::close(fd);
            g_descriptors.erase(it);
            return;
        }
}

// The whole file was checked less than a week ago (the time is kept in the settings table):
// damage that no crash explains, from the disk or another program, is found within a week.
constexpr long long kFullCheckEverySeconds = 7 * 24 * 3600;
constexpr const char* kLastFullCheckKey = "store.last_full_check";

bool checkedRecently(SQLite::Database& db) {
    if (!db.tableExists("settings")) return false;
    SQLite::Statement q(db, "SELECT value FROM settings WHERE key = ?");
    q.bind(1, kLastFullCheckKey);
    if (!q.executeStep()) return false;
    long long at = std::atoll(q.getColumn(0).getString().c_str());
    long long now = static_cast<long long>(std::time(nullptr));
    return at <= now && now - at < kFullCheckEverySeconds;
}

}  // namespace

fs::path defaultDatabasePath() {
    fs::path base;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        base = xdg;
    else if (const char* home = std::getenv("HOME"); home && *home)
        base = fs::path(home) / ".local" / "share";
    else
        base = ".";
    return base / "steadfast" / "steadfast.db";
}

bool diskIsFull(const fs::path& file, int sqliteErrorCode) {
    int code = sqliteErrorCode & 0xff;
    if (code == SQLITE_FULL) return true;
    if (code != SQLITE_IOERR && code != SQLITE_CANTOPEN) return false;
    struct statvfs st {};
    fs::path dir = file.has_parent_path() ? file.parent_path() : fs::path(".");
    if (::statvfs(dir.c_str(), &st) != 0) return false;
    return uint64_t{st.f_bavail} * st.f_frsize < 256 * 1024 || st.f_favail == 0;
}

Database::Database(const fs::path& path, OpenOptions options) : path_(path), options_(options) {
    std::error_code ec;
    bool fresh = !fs::exists(path_, ec);
    if (fresh) {
        // Create the folder private to the user (0700) and the file ourselves so it is private
        // (0600) from its first byte; SQLite gives its -wal and -shm files the same mode.
        if (path_.has_parent_path() && !fs::exists(path_.parent_path(), ec)) {
            fs::create_directories(path_.parent_path(), ec);
            if (ec) throw OpenError(OpenError::Kind::CannotCreate, "Cannot create the folder " + quoted(path_.parent_path()) + ": " + ec.message());
            fs::permissions(path_.parent_path(), fs::perms::owner_all, ec);
        }
        int fd = ::open(path_.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
        if (fd < 0) throw OpenError(OpenError::Kind::CannotCreate, "Cannot create " + quoted(path_) + ": " + std::strerror(errno));
        ::close(fd);
    }
    takeSharedLock();
    try {
        if (!fresh) fullCheckRan_ = checkExistingFile();
    } catch (const OpenError&) {
        releaseDescriptor(lockFd_);
        lockFd_ = -1;
        throw;
    }
    if (path_.has_parent_path()) removeLeftoverPartials(path_.parent_path());
    try {
        db_ = std::make_unique<SQLite::Database>(path_.string(), SQLite::OPEN_READWRITE);
        configureConnection(*db_, options_.busyTimeoutMs);
        db_->exec("PRAGMA synchronous = FULL");
        // Migrate before switching to WAL: the switch rewrites the header, and a migration that
        // fails must leave the file exactly as it was (its rollback journal restores every page).
        migrate();
        // WAL with full sync: a commit costs a fraction of a millisecond and survives power loss.
        db_->exec("PRAGMA journal_mode = WAL");
        if (fullCheckRan_) {
            SQLite::Statement note(*db_, "INSERT INTO settings(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
            note.bind(1, kLastFullCheckKey);
            note.bind(2, std::to_string(std::time(nullptr)));
            note.exec();
        }
    } catch (const SQLite::Exception& e) {
        db_.reset();
        bool full = diskIsFull(path_, e.getExtendedErrorCode());
        if (full) removeEmptySideFiles(path_, lockFd_);
        releaseDescriptor(lockFd_);
        lockFd_ = -1;
        if (e.getErrorCode() == SQLITE_BUSY || e.getErrorCode() == SQLITE_LOCKED)
            throw OpenError(OpenError::Kind::Locked, quoted(path_) + " is in use by another program. Close it and try again.");
        if (full) {
            if (fresh) fs::remove(path_, ec);  // the empty file made above
            throw OpenError(OpenError::Kind::DiskFull, diskFullMessage(path_));
        }
        throw OpenError(OpenError::Kind::Damaged, "Cannot open " + quoted(path_) + ": " + e.what());
    }
}

Database::~Database() {
    idle_.clear();
    db_.reset();
    if (lockFd_ >= 0) releaseDescriptor(lockFd_);
}

Statement Database::prepare(const std::string& sql) {
    auto& idle = idle_[sql];
    if (idle.empty()) {
        ++prepared_;
        return Statement(*this, std::make_unique<SQLite::Statement>(*db_, sql));
    }
    std::unique_ptr<SQLite::Statement> statement = std::move(idle.back());
    idle.pop_back();
    return Statement(*this, std::move(statement));
}

void Database::run(const std::string& sql) { prepare(sql)->exec(); }

Statement::~Statement() {
    if (!statement_) return;  // moved from
    statement_->tryReset();
    statement_->clearBindings();  // sqlite3_clear_bindings cannot fail
    owner_->idle_[statement_->getQuery()].push_back(std::move(statement_));
}

// Shared: any number of Steadfast processes may have the file open together. A restore holds it
// exclusively for a moment; wait that out rather than fail.
void Database::takeSharedLock() {
    lockFd_ = acquireDescriptor(path_);
    if (lockFd_ < 0) throw OpenError(OpenError::Kind::CannotCreate, "Cannot read " + quoted(path_) + ": " + std::strerror(errno));
    auto giveUp = std::chrono::steady_clock::now() + std::chrono::milliseconds(options_.busyTimeoutMs);
    while (::flock(lockFd_, LOCK_SH | LOCK_NB) != 0) {
        if (std::chrono::steady_clock::now() > giveUp) {
            releaseDescriptor(lockFd_);
            lockFd_ = -1;
            throw OpenError(OpenError::Kind::Locked, quoted(path_) + " is being restored by another Steadfast. Try again in a moment.");
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
}

Database::ExclusiveUse::ExclusiveUse(Database& db) : db_(db) {
    if (::flock(db_.lockFd_, LOCK_EX | LOCK_NB) != 0) {
        ::flock(db_.lockFd_, LOCK_SH);  // a failed conversion drops the shared lock: take it back
        throw OpenError(OpenError::Kind::Locked,
                        quoted(db_.path_) + " is open in another Steadfast (a window or a command). Close it, then try again.");
    }
}

Database::ExclusiveUse::~ExclusiveUse() { ::flock(db_.lockFd_, LOCK_SH); }

// Everything here reads only: a file we refuse must stay exactly as it was. The header, the page
// count, the owner, the version and the schema are checked every time (a few reads); the whole
// file (PRAGMA quick_check reads every page: 123 ms for ten years of use) only when a crash or
// opening itself may write, or once a week. Returns whether the whole file was checked.
bool Database::checkExistingFile() {
    std::error_code ec;
    if (!fs::is_regular_file(path_, ec))
        throw OpenError(OpenError::Kind::NotSteadfast, quoted(path_) + " is not a file.");
    struct stat st {};
    if (::fstat(lockFd_, &st) != 0) throw OpenError(OpenError::Kind::CannotCreate, "Cannot read " + quoted(path_) + ": " + std::strerror(errno));
    uint64_t size = static_cast<uint64_t>(st.st_size);
    if (size == 0) return false;  // an empty file is a new database

    // Read through the shared descriptor: opening and closing another would drop SQLite's locks.
    std::array<unsigned char, 100> header{};
    ssize_t got = ::pread(lockFd_, header.data(), header.size(), 0);
    if (got < 16 || std::memcmp(header.data(), "SQLite format 3", 16) != 0)
        throw OpenError(OpenError::Kind::NotSteadfast,
                        quoted(path_) + " is not a Steadfast database (it is not an SQLite file). It was left untouched.");
    if (got < static_cast<ssize_t>(header.size()))
        throw OpenError(OpenError::Kind::Damaged, quoted(path_) + " is truncated. It was left untouched.");
    uint32_t pageSize = (uint32_t{header[16]} << 8) | header[17];
    if (pageSize == 1) pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        throw OpenError(OpenError::Kind::Damaged, quoted(path_) + " is damaged (its header is not valid). It was left untouched.");
    uint32_t pageCount = bigEndian32(&header[28]);
    bool pageCountValid = bigEndian32(&header[92]) == bigEndian32(&header[24]) && pageCount != 0;
    if (pageCountValid && uint64_t{pageCount} * pageSize > size)
        throw OpenError(OpenError::Kind::Damaged,
                        quoted(path_) + " is truncated (" + std::to_string(size) + " of " +
                            std::to_string(uint64_t{pageCount} * pageSize) + " bytes). It was left untouched.");
    fs::path wal = path_.string() + "-wal";
    bool uncleanShutdown = fs::exists(wal, ec) && fs::file_size(wal, ec) > 0 && !ec;
    bool walMode = header[18] == 2 && header[19] == 2;  // else opening switches it: a write
    bool fullCheck = false;

    try {
        SQLite::Database probe(path_.string(), SQLite::OPEN_READONLY);
        probe.setBusyTimeout(options_.busyTimeoutMs);
        int appId = probe.execAndGet("PRAGMA application_id").getInt();
        int version = probe.execAndGet("PRAGMA user_version").getInt();
        int tables = probe.execAndGet("SELECT count(*) FROM sqlite_schema").getInt();
        if (appId != kApplicationId && (appId != 0 || tables != 0))
            throw OpenError(OpenError::Kind::NotSteadfast,
                            quoted(path_) + " is an SQLite database of another program, not Steadfast. It was left untouched.");
        if (version > latestSchemaVersion())
            throw OpenError(OpenError::Kind::Newer,
                            quoted(path_) + " was written by a newer version of Steadfast (schema " + std::to_string(version) +
                                "; this version knows up to " + std::to_string(latestSchemaVersion()) +
                                "). Update Steadfast to open it. It was left untouched.");
        // Before anything is written (switching to WAL writes the header): a schema this version
        // would have to migrate from must be exactly one a migration wrote.
        if (tables != 0 && schemaOf(probe) != expectedSchema(version))
            throw OpenError(OpenError::Kind::NotSteadfast, quoted(path_) +
                                                               " is not a database this Steadfast can use: its tables were changed by "
                                                               "another program. It was left untouched.");
        // The whole file, when the last writer may have been cut short, or when opening is about
        // to write (a migration, a new database, the switch to WAL): never write to a damaged file.
        fullCheck = uncleanShutdown || version < latestSchemaVersion() || !walMode || !checkedRecently(probe);
        if (fullCheck) {
            std::string check = probe.execAndGet("PRAGMA quick_check").getString();
            if (check != "ok")
                throw OpenError(OpenError::Kind::Damaged, quoted(path_) + " is damaged (" + check + "). It was left untouched.");
        }
    } catch (const SQLite::Exception& e) {
        int code = e.getErrorCode() & 0xff;
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
            throw OpenError(OpenError::Kind::Locked, quoted(path_) + " is in use by another program. Close it and try again.");
        if (code == SQLITE_NOTADB)
            throw OpenError(OpenError::Kind::NotSteadfast, quoted(path_) + " is not a Steadfast database. It was left untouched.");
        if (diskIsFull(path_, e.getExtendedErrorCode())) {
            removeEmptySideFiles(path_, lockFd_);
            throw OpenError(OpenError::Kind::DiskFull, diskFullMessage(path_));
        }
        throw OpenError(OpenError::Kind::Damaged, quoted(path_) + " is damaged (" + e.what() + "). It was left untouched.");
    }
    return fullCheck;
}

int Database::schemaVersion() { return db_->execAndGet("PRAGMA user_version").getInt(); }

int Database::latestSchemaVersion() { return migrations().empty() ? 0 : migrations().back().version; }

void Database::migrate() {
    int current = schemaVersion();
    if (current == latestSchemaVersion()) return;
    // IMMEDIATE takes the write lock first, so two instances never migrate at once.
    SQLite::Transaction tx(*db_, SQLite::TransactionBehavior::IMMEDIATE);
    current = schemaVersion();
    for (const Migration& m : migrations()) {
        if (m.version <= current) continue;
        db_->exec(m.sql);
        db_->exec("PRAGMA user_version = " + std::to_string(m.version));
    }
    db_->exec("PRAGMA application_id = " + std::to_string(kApplicationId));
    tx.commit();
}

std::string schemaOf(SQLite::Database& db) {
    SQLite::Statement q(db, "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema ORDER BY type, name");
    std::string out;
    while (q.executeStep())
        for (int i = 0; i < 4; ++i) out += q.getColumn(i).getString() + (i == 3 ? "\n" : "\t");
    return out;
}

std::string expectedSchema(int version) {
    static std::mutex mutex;
    static std::map<int, std::string> made;  // once per version and process
    std::lock_guard lock(mutex);
    if (auto it = made.find(version); it != made.end()) return it->second;
    bool known = false;
    for (const Migration& m : migrations()) known = known || m.version == version;
    if (!known) return made[version] = "";
    SQLite::Database scratch(":memory:", SQLite::OPEN_READWRITE);
    for (const Migration& m : migrations())
        if (m.version <= version) scratch.exec(m.sql);
    return made[version] = schemaOf(scratch);
}

}  // namespace store
