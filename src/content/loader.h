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
    core::Content content;  // content.language: the language it is in
    std::vector<Problem> problems;
    std::filesystem::path dir;  // where it was read from, to read again in another language
    bool ok() const { return problems.empty(); }
};

// Reads every content file under dir, in English. A file with problems is reported and, where it
// cannot be trusted, left out; the rest still loads.
LoadResult loadContent(const std::filesystem::path& dir);
// The same, then the words of dir/<language>/ in place of the English ("ar"; "" or "en": English).
// A word the translation lacks stays English, and the problem is reported.
LoadResult loadContent(const std::filesystem::path& dir, const std::string& language);

// The translations under dir: its folders named by a language code ("ar", "pt-BR"), sorted.
std::vector<std::string> languagesIn(const std::filesystem::path& dir);
bool isLanguageCode(const std::string& name);

}  // namespace content
