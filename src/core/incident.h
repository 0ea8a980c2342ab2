#pragma once
// The incident log: what happened when, while a guide was followed in an emergency. Handed to
// paramedics as plain text.
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"

namespace core {

struct IncidentEvent {
    TimePoint at;
    std::string text;  // "Step 3: Push hard and fast…", "Timer started: Cooling the burn"
};

struct Incident {
    long long id = 0;
    std::string guideId;
    std::string guideTitle;
    std::string variant;   // variant id, empty when the guide has none
    TimePoint startedAt;
    std::optional<TimePoint> endedAt;
    int stepIndex = 0;     // where the user is, so the guide reopens there after a restart
    std::vector<IncidentEvent> events;
};

}  // namespace core
