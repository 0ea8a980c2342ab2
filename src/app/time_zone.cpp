#include "app/time_zone.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "core/recurrence.h"
#include "core/text.h"

namespace app {
namespace {
std::string zoneFromPath(const std::string& path) {
    auto at = path.find("zoneinfo/");
    return at == std::string::npos ? "" : path.substr(at + 9);
}
}  // namespace

std::string localTimeZone() {
    if (const char* tz = std::getenv("TZ"); tz && *tz) {
        std::string name = tz;
        if (name[0] == ':') name.erase(0, 1);
        if (!name.empty() && name[0] == '/') name = zoneFromPath(name);
        if (core::isKnownTimeZone(name)) return name;
    }
    std::error_code ec;
    std::filesystem::path target = std::filesystem::read_symlink("/etc/localtime", ec);
    if (!ec) {
        std::string name = zoneFromPath(target.string());
        if (!name.empty() && core::isKnownTimeZone(name)) return name;
    }
    std::ifstream file("/etc/timezone");
    std::string name;
    if (std::getline(file, name) && core::isKnownTimeZone(core::trim(name))) return core::trim(name);
    return "UTC";
}

}  // namespace app
