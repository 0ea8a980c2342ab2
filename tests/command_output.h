#pragma once
// Runs a shell command the way a user would, and keeps its exit status and everything it printed
// (standard output and standard error together).
#include <doctest/doctest.h>
#include <sys/wait.h>

#include <cstdio>
#include <string>

namespace test {

struct CommandOutput {
    int status = -1;
    std::string text;
};

inline CommandOutput runCommand(const std::string& command) {
    CommandOutput out;
    FILE* pipe = popen((command + " 2>&1").c_str(), "r");
    REQUIRE(pipe);
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) out.text.append(buf, n);
    int status = pclose(pipe);
    out.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return out;
}

}  // namespace test
