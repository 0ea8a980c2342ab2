#pragma once
// Shared by the text engine's tests: the fonts as the app finds them, and a command's output.
#include <array>
#include <cstdio>
#include <memory>
#include <string>

#include "ui/fonts.h"
#include "ui/text/font_set.h"

namespace test {

// The regular font set the app draws body text with: DejaVu Sans, then Noto per script.
inline ui::text::FontSet& regularFonts() {
    static std::unique_ptr<ui::text::FontSource> source = ui::text::fontconfigSource();
    static ui::text::FontSet set(*source, {ui::findFontFile("DejaVu Sans"), 0}, false);
    return set;
}

// What a shell command writes to standard output.
inline std::string commandOutput(const std::string& command) {
    std::string out;
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen((command + " 2>/dev/null").c_str(), "r"), pclose);
    if (!pipe) return out;
    std::array<char, 4096> buffer;
    size_t n;
    while ((n = fread(buffer.data(), 1, buffer.size(), pipe.get())) > 0) out.append(buffer.data(), n);
    return out;
}

inline bool commandExists(const std::string& name) { return std::system(("command -v " + name + " > /dev/null 2>&1").c_str()) == 0; }

// A shell word: the text between single quotes.
inline std::string quoted(const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

}  // namespace test
