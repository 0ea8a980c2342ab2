#pragma once
// Files that hold the user's personal data (the plan as PDF and JSON, the checklist history, the
// reminders' calendar): private to the user (0600) from their first byte, written beside the
// target and renamed over it only once complete and on disk, so a full disk or a crash never
// leaves half a file where the user expects one (a later start removes what a crash left).
#include <filesystem>
#include <string>
#include <string_view>

namespace exporting {

// Throws std::runtime_error: "Cannot write "FILE": the disk is full." (or why else), and then
// nothing was written. `mode` 0644 (less the umask) is for files meant to be shared, such as a
// metronome track: they are written the same careful way.
void writePrivateFile(const std::filesystem::path& file, std::string_view bytes, unsigned mode = 0600);

// What went wrong, as the user reads it: "the disk is full" for ENOSPC and EDQUOT.
std::string writeErrorText(int errnoValue);

}  // namespace exporting
