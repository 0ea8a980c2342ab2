#include "core/incident.h"

#include <ctime>

#include "core/date_format.h"

namespace core {

namespace {
std::string formatLocal(TimePoint t, const char* format) {
    std::time_t tt = std::chrono::system_clock::to_time_t(t);
    std::tm tm{};
    localtime_r(&tt, &tm);
    char buf[64];
    std::strftime(buf, sizeof buf, format, &tm);
    return buf;
}
}  // namespace

std::string localClockTime(TimePoint t) { return formatLocal(t, "%H:%M:%S"); }
std::string localDateTime(TimePoint t) { return formatDateTime(t); }

std::string incidentAsText(const Incident& incident) {
    std::string out = "Incident log: " + incident.guideTitle;
    if (!incident.variant.empty()) out += " (" + incident.variant + ")";
    out += "\nStarted " + localDateTime(incident.startedAt) + "\n";
    for (const auto& e : incident.events) out += localClockTime(e.at) + "  " + e.text + "\n";
    if (incident.endedAt) out += localClockTime(*incident.endedAt) + "  Ended\n";
    return out;
}

}  // namespace core
