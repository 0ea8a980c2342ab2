#include "store/atomic_file.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <unistd.h>

namespace store {
namespace fs = std::filesystem;

namespace {
mode_t modeFor(FileAccess access) { return access == FileAccess::Private ? 0600 : 0644; }

fs::path folderOf(const fs::path& file) { return file.has_parent_path() ? file.parent_path() : fs::path("."); }

// fsync on a descriptor opened for the purpose; 0 or the errno.
int syncPath(const fs::path& path, int flags) {
    int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (fd < 0) return errno;
    int error = ::fsync(fd) == 0 ? 0 : errno;
    ::close(fd);
    return error;
}
}  // namespace

std::string writeErrorText(int errnoValue) {
    if (errnoValue == ENOSPC || errnoValue == EDQUOT) return "the disk is full";
    return std::strerror(errnoValue);
}

fs::path partialFileFor(const fs::path& file) {
    return folderOf(file) / ("." + file.filename().string() + ".part-" + std::to_string(::getpid()));
}

AtomicFile::AtomicFile(fs::path target, FileAccess access) : target_(std::move(target)), temp_(partialFileFor(target_)) {
    ::unlink(temp_.c_str());
    // O_EXCL and the mode at creation: the file is never, even for a moment, readable by others.
    int fd = ::open(temp_.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, modeFor(access));
    if (fd < 0) fail(errno);
    ::close(fd);
}

AtomicFile::~AtomicFile() {
    if (committed_) return;
    for (const char* suffix : {"", "-journal", "-wal", "-shm"}) ::unlink((temp_.string() + suffix).c_str());
}

void AtomicFile::fail(int errnoValue) {
    throw std::runtime_error("Cannot write \"" + target_.string() + "\": " + writeErrorText(errnoValue) + ".");
}

void AtomicFile::commit() {
    if (int error = syncPath(temp_, O_RDONLY)) fail(error);
    if (::rename(temp_.c_str(), target_.c_str()) != 0) fail(errno);
    committed_ = true;
    // The rename is on the disk only once the folder is: without this a power cut could bring
    // back the old file, or none.
    if (int error = syncPath(folderOf(target_), O_RDONLY | O_DIRECTORY)) fail(error);
}

void writeFileAtomically(const fs::path& file, std::string_view bytes, FileAccess access) {
    AtomicFile out(file, access);
    int fd = ::open(out.tempPath().c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
    auto failed = [&](int error) {
        if (fd >= 0) ::close(fd);
        throw std::runtime_error("Cannot write \"" + file.string() + "\": " + writeErrorText(error) + ".");
    };
    if (fd < 0) failed(errno);
    for (size_t done = 0; done < bytes.size();) {
        ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) failed(errno);
        done += static_cast<size_t>(n);
    }
    if (::close(fd) != 0) {
        fd = -1;
        failed(errno);
    }
    out.commit();
}

void removeLeftoverPartials(const fs::path& dir) {
    std::error_code ec;
    for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
        std::string name = it->path().filename().string();
        size_t at = name.rfind(".part-");
        // Hidden (".NAME.part-PID"), or as versions before 0.1 named them ("steadfast….part-PID").
        bool ours = name.starts_with(".") || name.starts_with("steadfast");
        if (!ours || at == std::string::npos) continue;
        std::string rest = name.substr(at + 6);
        for (const char* suffix : {"-wal", "-shm", "-journal"})
            if (rest.size() > std::strlen(suffix) && rest.ends_with(suffix)) rest.resize(rest.size() - std::strlen(suffix));
        if (rest.empty() || rest.find_first_not_of("0123456789") != std::string::npos || rest.size() > 9) continue;
        pid_t pid = static_cast<pid_t>(std::stol(rest));
        if (pid == ::getpid() || ::kill(pid, 0) == 0 || errno != ESRCH) continue;  // still running (or not ours to judge)
        std::error_code ignored;
        fs::remove(it->path(), ignored);
    }
}

}  // namespace store
