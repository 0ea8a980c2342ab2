#pragma once
// Loads and validates the content/ tree into core types. Every problem names its file and line.
#include <filesystem>
#include <string>
#include <vector>

#include "core/content.h"

namespace content {

struct Problem {
    std::string file;  // relative to the content directory
    int line = 0;
    std::string message;

    std::string toString() const { return file + ":" + std::to_string(line) + ": " + message; }
};

struct LoadResult {
    core::Content content;
    std::vector<Problem> problems;
    bool ok() const { return problems.empty(); }
};

// Reads every content file under dir. A file with problems is reported and, where it cannot be
// trusted, left out; the rest still loads.
LoadResult loadContent(const std::filesystem::path& dir);

}  // namespace content
