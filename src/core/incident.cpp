#include "core/incident.h"

#include "core/date_format.h"

namespace core {

std::string incidentAsText(const Incident& incident) {
    std::string out = "Incident log: " + incident.guideTitle;
    if (!incident.variant.empty()) out += " (" + incident.variant + ")";
    out += "\nStarted " + formatDateTime(incident.startedAt) + "\n";
    for (const auto& e : incident.events) out += formatTimeWithSeconds(e.at) + "  " + e.text + "\n";
    if (incident.endedAt) out += formatTimeWithSeconds(*incident.endedAt) + "  Ended\n";
    return out;
}

}  // namespace core
