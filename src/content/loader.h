#pragma once
// Loads and validates the content/ tree into core types. Every problem names its file and line.
#include <filesystem>
#include <string>
#include <vector>

#include "core/content.h"
#include "core/text.h"

namespace content {

struct Problem {
    Problem() = default;
    Problem(std::string file, int line, std::string message, core::Wording words = {})
        : file(std::move(file)), line(line), message(std::move(message)), words(std::move(words)) {}

    std::string file;  // relative to the content directory
    int line = 0;
    std::string message;   // in English: for the command line and the people who write content
    core::Wording words;   // the same to word in the user's language; no key: only the English exists

    std::string toString() const { return file + ":" + std::to_string(line) + ": " + message; }
    static Problem worded(std::string file, int line, core::Wording words) {
        std::string english = words.english();
        return {std::move(file), line, std::move(english), std::move(words)};
    }
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
