#include "export/private_file.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <unistd.h>

#include "store/database.h"

namespace exporting {
namespace fs = std::filesystem;

std::string writeErrorText(int errnoValue) {
    if (errnoValue == ENOSPC || errnoValue == EDQUOT) return "the disk is full";
    return std::strerror(errnoValue);
}

void writePrivateFile(const fs::path& file, std::string_view bytes, unsigned mode) {
    fs::path partial = store::partialFileFor(file);
    auto failed = [&](int error, int fd) {
        if (fd >= 0) ::close(fd);
        ::unlink(partial.c_str());
        throw std::runtime_error("Cannot write \"" + file.string() + "\": " + writeErrorText(error) + ".");
    };
    ::unlink(partial.c_str());
    int fd = ::open(partial.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, static_cast<mode_t>(mode));
    if (fd < 0) failed(errno, -1);
    for (size_t done = 0; done < bytes.size();) {
        ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) failed(errno, fd);
        done += static_cast<size_t>(n);
    }
    if (::fsync(fd) != 0) failed(errno, fd);
    if (::close(fd) != 0) failed(errno, -1);
    if (::rename(partial.c_str(), file.c_str()) != 0) failed(errno, -1);
}

}  // namespace exporting
