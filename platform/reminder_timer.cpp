#include "platform/reminder_timer.h"

#include <sys/wait.h>

#include <cstdio>

namespace platform {
namespace {

constexpr const char* kTimer = "steadfast-reminders.timer";

struct Result {
    int status = -1;
    std::string output;
};

// Runs a fixed command (no user text in it) and collects what it says.
Result run(const std::string& command) {
    Result r;
    FILE* pipe = popen((command + " 2>&1").c_str(), "r");
    if (!pipe) return r;
    char buf[512];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) r.output.append(buf, n);
    int status = pclose(pipe);
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    while (!r.output.empty() && (r.output.back() == '\n' || r.output.back() == ' ')) r.output.pop_back();
    return r;
}

}  // namespace

app::BackgroundReminderState reminderTimerState() {
    app::BackgroundReminderState s;
    Result enabled = run(std::string("systemctl --user is-enabled ") + kTimer);
    // is-enabled prints enabled, disabled, static ...; "not-found" or an error when it is not installed.
    if (enabled.output == "enabled" || enabled.output == "disabled" || enabled.output == "static" || enabled.output == "linked") {
        s.installed = true;
        s.enabled = enabled.output == "enabled";
    } else if (enabled.output.find("No such file") == std::string::npos && enabled.output != "not-found" && !enabled.output.empty()) {
        s.problem = enabled.output;  // no user service manager, say
    }
    if (s.installed) s.active = run(std::string("systemctl --user is-active ") + kTimer).output == "active";
    return s;
}

std::string setReminderTimer(bool on) {
    Result r = run(std::string("systemctl --user ") + (on ? "enable --now " : "disable --now ") + kTimer);
    return r.status == 0 ? "" : (r.output.empty() ? "systemctl failed" : r.output);
}

}  // namespace platform
