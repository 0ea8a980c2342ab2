#include "store/database.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <array>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

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

Database::Database(const fs::path& path, OpenOptions options) : path_(path), options_(options) {
    std::error_code ec;
    if (fs::exists(path_, ec)) {
        checkExistingFile();
    } else {
        // Create the file ourselves so it is private (0600) from its first byte; SQLite gives
        // its -wal and -shm files the same mode.
        if (path_.has_parent_path()) {
            fs::create_directories(path_.parent_path(), ec);
            if (ec) throw OpenError(OpenError::Kind::CannotCreate, "Cannot create the folder " + quoted(path_.parent_path()) + ": " + ec.message());
        }
        int fd = ::open(path_.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
        if (fd < 0) throw OpenError(OpenError::Kind::CannotCreate, "Cannot create " + quoted(path_) + ": " + std::strerror(errno));
        ::close(fd);
    }
    try {
        db_ = std::make_unique<SQLite::Database>(path_.string(), SQLite::OPEN_READWRITE);
        configureConnection(*db_, options_.busyTimeoutMs);
        // WAL with full sync: a commit costs a fraction of a millisecond and survives power loss.
        db_->exec("PRAGMA journal_mode = WAL");
        db_->exec("PRAGMA synchronous = FULL");
        migrate();
    } catch (const SQLite::Exception& e) {
        if (e.getErrorCode() == SQLITE_BUSY || e.getErrorCode() == SQLITE_LOCKED)
            throw OpenError(OpenError::Kind::Locked, quoted(path_) + " is in use by another program. Close it and try again.");
        throw OpenError(OpenError::Kind::Damaged, "Cannot open " + quoted(path_) + ": " + e.what());
    }
}

// Everything here reads only: a file we refuse must stay exactly as it was.
void Database::checkExistingFile() {
    std::error_code ec;
    if (!fs::is_regular_file(path_, ec))
        throw OpenError(OpenError::Kind::NotSteadfast, quoted(path_) + " is not a file.");
    auto size = fs::file_size(path_, ec);
    if (ec) throw OpenError(OpenError::Kind::CannotCreate, "Cannot read " + quoted(path_) + ": " + ec.message());
    if (size == 0) return;  // an empty file is a new database

    std::array<unsigned char, 100> header{};
    std::ifstream in(path_, std::ios::binary);
    in.read(reinterpret_cast<char*>(header.data()), header.size());
    if (in.gcount() < 16 || std::memcmp(header.data(), "SQLite format 3", 16) != 0)
        throw OpenError(OpenError::Kind::NotSteadfast,
                        quoted(path_) + " is not a Steadfast database (it is not an SQLite file). It was left untouched.");
    if (in.gcount() < static_cast<std::streamsize>(header.size()))
        throw OpenError(OpenError::Kind::Damaged, quoted(path_) + " is truncated. It was left untouched.");
    uint32_t pageSize = (uint32_t{header[16]} << 8) | header[17];
    if (pageSize == 1) pageSize = 65536;
    uint32_t pageCount = bigEndian32(&header[28]);
    bool pageCountValid = bigEndian32(&header[92]) == bigEndian32(&header[24]) && pageCount != 0;
    if (pageCountValid && uint64_t{pageCount} * pageSize > size)
        throw OpenError(OpenError::Kind::Damaged,
                        quoted(path_) + " is truncated (" + std::to_string(size) + " of " +
                            std::to_string(uint64_t{pageCount} * pageSize) + " bytes). It was left untouched.");

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
        std::string check = probe.execAndGet("PRAGMA quick_check").getString();
        if (check != "ok")
            throw OpenError(OpenError::Kind::Damaged, quoted(path_) + " is damaged (" + check + "). It was left untouched.");
    } catch (const SQLite::Exception& e) {
        int code = e.getErrorCode() & 0xff;
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
            throw OpenError(OpenError::Kind::Locked, quoted(path_) + " is in use by another program. Close it and try again.");
        if (code == SQLITE_NOTADB)
            throw OpenError(OpenError::Kind::NotSteadfast, quoted(path_) + " is not a Steadfast database. It was left untouched.");
        throw OpenError(OpenError::Kind::Damaged, quoted(path_) + " is damaged (" + e.what() + "). It was left untouched.");
    }
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

}  // namespace store
