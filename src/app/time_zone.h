#pragma once
// The zone the user is in: TZ when set to a zone name, else the system's (/etc/localtime,
// /etc/timezone); "UTC" when none is known to libical. Reminders repeat on its wall clock.
#include <string>

namespace app {

std::string localTimeZone();

}  // namespace app
