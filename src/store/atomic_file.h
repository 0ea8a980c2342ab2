#pragma once
// The one way Steadfast writes a file other than the database itself (exports, backups, the
// calendar, screenshots): into a temporary file in the same folder, synced to the disk, then
// renamed over the target, and the folder synced so the rename survives a power cut. A full disk,
// a crash or a kill never leaves half a file where the user expects one; a later start removes
// what a killed write left (removeLeftoverPartials). Files that hold personal data are private to
// the user (0600) from their first byte.
#include <filesystem>
#include <string>
#include <string_view>

namespace store {

enum class FileAccess {
    Private,  // 0600: anything the user entered (exports, backups, the calendar)
    Shared,   // 0644: nothing personal (screenshots)
};

// Throws std::runtime_error: "Cannot write "FILE": the disk is full." (or why else), and then
// nothing was written.
void writeFileAtomically(const std::filesystem::path& file, std::string_view bytes, FileAccess access = FileAccess::Private);

// For a writer that fills the file itself (SQLite's backup): it writes to tempPath(), then
// commit() syncs and renames. Destroyed uncommitted, it removes the temporary file (and the
// -journal, -wal and -shm SQLite may have left beside it).
class AtomicFile {
public:
    AtomicFile(std::filesystem::path target, FileAccess access);  // creates tempPath(), empty
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    const std::filesystem::path& tempPath() const { return temp_; }
    void commit();  // throws std::runtime_error as writeFileAtomically does

private:
    [[noreturn]] void fail(int errnoValue);
    std::filesystem::path target_, temp_;
    bool committed_ = false;
};

// What went wrong, as the user reads it: "the disk is full" for ENOSPC and EDQUOT.
std::string writeErrorText(int errnoValue);

// The temporary file a write to `file` goes to before it is renamed over it: hidden, beside it,
// named after this process so a later start can tell it is left over.
std::filesystem::path partialFileFor(const std::filesystem::path& file);

// Removes .*.part-PID files (and their -wal, -shm and -journal) in dir whose process is gone: what a
// restore, a backup or an export killed half-way left behind (also steadfast*.part-PID, as earlier
// versions named them).
void removeLeftoverPartials(const std::filesystem::path& dir);

}  // namespace store
