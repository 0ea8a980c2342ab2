#include "store/backup.h"

#include <SQLiteCpp/Backup.h>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace store {
namespace fs = std::filesystem;

namespace {
fs::path temporaryBeside(const fs::path& file) {
    fs::path temp = file;
    temp += ".part-" + std::to_string(::getpid());
    return temp;
}

void copyAll(SQLite::Database& from, SQLite::Database& to) {
    SQLite::Backup backup(to, from);
    backup.executeStep();  // all pages in one step
}
}  // namespace

void backupTo(Database& db, const fs::path& file) {
    fs::path temp = temporaryBeside(file);
    std::error_code ec;
    fs::remove(temp, ec);
    int fd = ::open(temp.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0) throw std::runtime_error("Cannot write \"" + file.string() + "\": " + std::strerror(errno));
    ::close(fd);
    try {
        {
            SQLite::Database copy(temp.string(), SQLite::OPEN_READWRITE);
            copyAll(db.sql(), copy);
            copy.exec("PRAGMA journal_mode = DELETE");  // one self-contained file, no -wal beside it
        }
        fs::rename(temp, file);
    } catch (const std::exception& e) {
        fs::remove(temp, ec);
        throw std::runtime_error("Cannot write \"" + file.string() + "\": " + e.what());
    }
}

void restoreFrom(Database& db, const fs::path& file, const fs::path& safetyCopy) {
    std::error_code ec;
    if (!fs::is_regular_file(file, ec)) throw std::runtime_error("\"" + file.string() + "\" is not a file.");
    // Check (and bring up to date) a copy, so the user's backup file is never changed.
    fs::path candidatePath = temporaryBeside(db.path());
    fs::remove(candidatePath, ec);
    fs::copy_file(file, candidatePath, ec);
    if (ec) throw std::runtime_error("Cannot read \"" + file.string() + "\": " + ec.message());
    struct RemoveCandidate {
        fs::path path;
        ~RemoveCandidate() {
            std::error_code ignored;
            for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(fs::path(path.string() + suffix), ignored);
        }
    } cleanup{candidatePath};
    try {
        Database candidate(candidatePath);
        backupTo(db, safetyCopy);
        copyAll(candidate.sql(), db.sql());
    } catch (const OpenError& e) {
        // Name the file the user chose, not the copy that was checked.
        std::string message = e.what();
        for (size_t at; (at = message.find(candidatePath.string())) != std::string::npos;)
            message.replace(at, candidatePath.string().size(), file.string());
        throw OpenError(e.kind, message);
    }
}

}  // namespace store
