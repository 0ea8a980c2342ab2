#include "store/backup.h"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Statement.h>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include "core/date_format.h"
#include "store/atomic_file.h"

namespace store {
namespace fs = std::filesystem;

namespace {

std::string quoted(const fs::path& p) { return "\"" + p.string() + "\""; }

std::string diskFullOr(const fs::path& file, int sqliteErrorCode, const std::string& otherwise) {
    return diskIsFull(file, sqliteErrorCode) ? "the disk is full; free some space and try again" : otherwise;
}

void copyAll(SQLite::Database& from, SQLite::Database& to) {
    SQLite::Backup backup(to, from);
    backup.executeStep();  // all pages in one step
}

// A file beside the database no earlier restore used: created empty (0600) so that a second restore
// in the same second, in this process or another, picks the next name.
fs::path reserveSafetyCopy(const fs::path& dbPath) {
    std::string stamp = core::formatFileStamp(std::chrono::system_clock::now());
    for (int n = 1; n < 1000; ++n) {
        fs::path candidate = dbPath;
        candidate.replace_filename(std::string("steadfast-before-restore-") + stamp + (n == 1 ? "" : "-" + std::to_string(n)) + ".db");
        int fd = ::open(candidate.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
        if (fd >= 0) {
            ::close(fd);
            return candidate;
        }
        if (errno != EEXIST)
            throw std::runtime_error("Cannot keep a copy of your data before restoring: " + writeErrorText(errno) + ".");
    }
    throw std::runtime_error("Cannot keep a copy of your data before restoring: too many copies this second.");
}

// Everything a backup must be before it may replace the user's data. Reads only.
void verifyBackup(const fs::path& path, const fs::path& shownAs) {
    std::string name = quoted(shownAs);
    try {
        SQLite::Database probe(path.string(), SQLite::OPEN_READONLY);
        int appId = probe.execAndGet("PRAGMA application_id").getInt();
        int version = probe.execAndGet("PRAGMA user_version").getInt();
        if (appId != Database::kApplicationId)
            throw OpenError(OpenError::Kind::NotSteadfast, name + " is not a Steadfast backup (it is not a database Steadfast wrote).");
        if (version > Database::latestSchemaVersion())
            throw OpenError(OpenError::Kind::Newer, name + " was written by a newer version of Steadfast (schema " + std::to_string(version) +
                                                        "). Update Steadfast to restore it.");
        std::string expected = expectedSchema(version);
        if (expected.empty() || schemaOf(probe) != expected)
            throw OpenError(OpenError::Kind::NotSteadfast,
                            name + " is not a Steadfast backup as Steadfast wrote it: its tables were changed by another program.");
        std::string integrity = probe.execAndGet("PRAGMA integrity_check").getString();
        if (integrity != "ok") throw OpenError(OpenError::Kind::Damaged, name + " is damaged (" + integrity + ").");
        SQLite::Statement orphans(probe, "PRAGMA foreign_key_check");
        if (orphans.executeStep())
            throw OpenError(OpenError::Kind::Damaged, name + " is damaged: rows in " + orphans.getColumn(0).getString() +
                                                          " refer to rows that are not there.");
    } catch (const SQLite::Exception& e) {
        if ((e.getErrorCode() & 0xff) == SQLITE_NOTADB)
            throw OpenError(OpenError::Kind::NotSteadfast, name + " is not a Steadfast backup (it is not a database).");
        throw OpenError(OpenError::Kind::Damaged, name + " is damaged (" + e.what() + ").");
    }
}

}  // namespace

void backupTo(Database& db, const fs::path& file) {
    AtomicFile out(file, FileAccess::Private);
    try {
        SQLite::Database copy(out.tempPath().string(), SQLite::OPEN_READWRITE);
        copyAll(db.sql(), copy);
        copy.exec("PRAGMA journal_mode = DELETE");  // one self-contained file, no -wal beside it
    } catch (const SQLite::Exception& e) {
        throw std::runtime_error("Cannot write " + quoted(file) + ": " + diskFullOr(out.tempPath(), e.getErrorCode(), e.what()) + ".");
    }
    out.commit();
}

fs::path restoreFrom(Database& db, const fs::path& file) {
    Database::ExclusiveUse alone(db);
    std::error_code ec;
    if (!fs::is_regular_file(file, ec)) throw std::runtime_error(quoted(file) + " is not a file.");
    if (fs::file_size(file, ec) == 0) throw OpenError(OpenError::Kind::NotSteadfast, quoted(file) + " is empty: it is not a backup.");

    // Check (and bring up to date) a private copy, so the user's backup file is never changed.
    fs::path candidatePath = partialFileFor(db.path());
    struct RemoveCandidate {
        fs::path path;
        ~RemoveCandidate() {
            std::error_code ignored;
            for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(fs::path(path.string() + suffix), ignored);
        }
    } cleanup{candidatePath};
    fs::remove(candidatePath, ec);
    int fd = ::open(candidatePath.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd >= 0) ::close(fd);
    fs::copy_file(file, candidatePath, fs::copy_options::overwrite_existing, ec);
    if (fd < 0 || ec)
        throw std::runtime_error("Cannot read " + quoted(file) + ": " + (ec.value() == ENOSPC || errno == ENOSPC ? "the disk is full" : ec.message()) + ".");
    verifyBackup(candidatePath, file);

    fs::path safetyCopy;
    try {
        Database candidate(candidatePath);
        safetyCopy = reserveSafetyCopy(db.path());
        backupTo(db, safetyCopy);
        copyAll(candidate.sql(), db.sql());
    } catch (const OpenError& e) {
        // Name the file the user chose, not the copy that was checked.
        std::string message = e.what();
        for (size_t at; (at = message.find(candidatePath.string())) != std::string::npos;)
            message.replace(at, candidatePath.string().size(), file.string());
        if (!safetyCopy.empty()) fs::remove(safetyCopy, ec);
        throw OpenError(e.kind, message);
    } catch (const SQLite::Exception& e) {
        if (!safetyCopy.empty()) fs::remove(safetyCopy, ec);
        throw std::runtime_error("Cannot restore " + quoted(file) + ": " + diskFullOr(db.path(), e.getErrorCode(), e.what()) + ".");
    } catch (const std::exception&) {
        if (!safetyCopy.empty()) fs::remove(safetyCopy, ec);
        throw;
    }
    return safetyCopy;
}

}  // namespace store
