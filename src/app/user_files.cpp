#include "app/user_files.h"

#include <stdexcept>

#include "i18n/i18n.h"

namespace app {

void UserFiles::choose(const std::string&, Chosen) {}

std::filesystem::path DocumentsFolderFiles::placeFor(const std::string& name) {
    std::error_code ec;
    std::filesystem::create_directories(folder_, ec);
    if (ec)
        throw std::runtime_error(
            i18n::fillIn(i18n::fillIn(i18n::tr("Cannot make the folder {folder}: {error}"), "folder", folder_.string()), "error", ec.message()));
    return folder_ / name;
}

std::string DocumentsFolderFiles::shownAs(const std::filesystem::path& file) const { return "\"" + file.string() + "\""; }

}  // namespace app
