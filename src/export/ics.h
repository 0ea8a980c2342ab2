#pragma once
// Reminders as an iCalendar file (RFC 5545) that calendar programs import: one VEVENT each with
// its DTSTART, TZID and RRULE, the VTIMEZONEs they use, and an alarm at the due time.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/reminder.h"
#include "store/database.h"

namespace exporting {

// The calendar text; `stamp` is DTSTAMP.
std::string toICalendar(const std::vector<core::Reminder>& reminders, core::TimePoint stamp);

// Every reminder in the database, finished ones too, as a private file (see store/atomic_file.h).
// Returns what went wrong, in words for the user; nothing when the file was written.
std::optional<std::string> exportICalendar(store::Database& db, const std::filesystem::path& file, core::TimePoint stamp);

}  // namespace exporting
