// The layers of docs/ARCHITECTURE.md, enforced: every #include in src/ and platform/ runs
// downwards. A wrong one fails here with its file and line. Our own headers are named from src/
// ("core/plan.h"), so the folder an include names is the layer it comes from.
//
//   platform ─► ui ─► app ─► export ─► store ─► core
//                        └─► content ─────────► core
//
// core has no I/O, no SQLite, no ImGui; no layer but ui and platform includes ImGui; only
// platform includes GLFW, OpenGL or emscripten's headers (platform/web: the browser).
#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "support.h"

using namespace test;

namespace {

// What each layer may include of ours (besides itself).
const std::map<std::string, std::set<std::string>> kMayInclude = {
    {"core", {}},
    {"store", {"core"}},
    {"content", {"core"}},
    {"i18n", {"core"}},  // the UI's own words and the language's formats, read from po/
    {"export", {"core", "store", "i18n"}},
    {"app", {"core", "store", "content", "i18n", "export"}},
    {"ui", {"core", "i18n", "app"}},
    {"platform", {"core", "store", "content", "i18n", "export", "app", "ui"}},
};

// System headers a layer must not include: the prefix of the name between < and >.
// The browser's own headers count as windowing: only platform/web knows it runs in a browser.
const std::vector<std::string> kWindowing = {"GLFW/", "GL/", "glad/", "EGL/", "emscripten"};
const std::vector<std::string> kImGui = {"imgui"};
const std::vector<std::string> kIo = {"fstream", "iostream", "filesystem", "unistd.h", "fcntl.h", "sys/", "sqlite3.h", "SQLiteCpp/",
                                      "toml++/", "nlohmann/", "cairo", "pango/", "fontconfig/"};

std::vector<std::string> forbiddenSystemHeaders(const std::string& layer) {
    std::vector<std::string> out;
    if (layer == "platform") return out;
    out = kWindowing;
    if (layer == "ui") return out;
    out.insert(out.end(), kImGui.begin(), kImGui.end());
    if (layer == "core") out.insert(out.end(), kIo.begin(), kIo.end());
    return out;
}

struct Include {
    fs::path file;
    int line;
    std::string name;
    bool system;  // <…> rather than "…"
};

// `#include <name>` or `#include "name"`, spaces allowed around `#`. (A scan, not <regex>: GCC 12
// with the sanitizers warns falsely inside <regex>.)
std::optional<Include> includeOn(const std::string& text) {
    size_t at = text.find_first_not_of(" \t");
    if (at == std::string::npos || text[at] != '#') return std::nullopt;
    at = text.find_first_not_of(" \t", at + 1);
    if (at == std::string::npos || text.compare(at, 7, "include") != 0) return std::nullopt;
    at = text.find_first_not_of(" \t", at + 7);
    if (at == std::string::npos || (text[at] != '<' && text[at] != '"')) return std::nullopt;
    const char close = text[at] == '<' ? '>' : '"';
    size_t end = text.find(close, at + 1);
    if (end == std::string::npos || end == at + 1) return std::nullopt;
    return Include{{}, 0, text.substr(at + 1, end - at - 1), close == '>'};
}

std::vector<Include> includesIn(const fs::path& file) {
    std::vector<Include> out;
    std::ifstream in(file);
    std::string text;
    for (int line = 1; std::getline(in, text); ++line)
        if (std::optional<Include> inc = includeOn(text)) {
            inc->file = file;
            inc->line = line;
            out.push_back(*inc);
        }
    return out;
}

// The layer a source file belongs to: its folder under src/, or platform ("" for src/main.cpp).
std::string layerOf(const fs::path& relative) {
    std::vector<std::string> parts;
    for (const auto& p : relative) parts.push_back(p.string());
    if (parts[0] == "platform") return "platform";
    return parts[0] == "src" && parts.size() > 2 ? parts[1] : "";
}

// Wrong includes, as "file:line: why".
std::vector<std::string> wrongIncludes(const fs::path& root) {
    std::vector<std::string> problems;
    for (const char* top : {"src", "platform"})
        for (const auto& entry : fs::recursive_directory_iterator(root / top)) {
            std::string ext = entry.path().extension().string();
            if (!entry.is_regular_file() || (ext != ".h" && ext != ".cpp")) continue;
            fs::path relative = fs::relative(entry.path(), root);
            std::string layer = layerOf(relative);
            if (layer.empty()) continue;  // src/main.cpp: the program, above every layer
            auto allowed = kMayInclude.find(layer);
            std::string where = relative.generic_string();
            if (allowed == kMayInclude.end()) {
                problems.push_back(where + ": a folder that is no layer (add it to docs/ARCHITECTURE.md and this test)");
                continue;
            }
            for (const Include& inc : includesIn(entry.path())) {
                std::string at = where + ":" + std::to_string(inc.line) + ": " + layer + " includes " + inc.name;
                if (inc.system) {
                    for (const std::string& prefix : forbiddenSystemHeaders(layer))
                        if (inc.name.rfind(prefix, 0) == 0) problems.push_back(at + " (not in this layer)");
                    continue;
                }
                std::string from = inc.name.substr(0, inc.name.find('/'));
                if (inc.name.find('/') == std::string::npos)
                    problems.push_back(at + " (name our headers from src/: \"" + layer + "/" + inc.name + "\")");
                else if (from != layer && !allowed->second.count(from))
                    problems.push_back(at + " (an include that runs upwards or sideways)");
            }
        }
    return problems;
}

std::string joinedLines(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& l : lines) out += l + "\n";
    return out;
}

}  // namespace

TEST_CASE("every include runs down the layers") {
    std::vector<std::string> problems = wrongIncludes(STEADFAST_SOURCE_DIR);
    CHECK_MESSAGE(problems.empty(), joinedLines(problems));
}

TEST_CASE("the layering check finds an include that runs the wrong way") {
    TempDir dir;
    writeFile(dir / "src" / "core" / "plan.h", "#pragma once\n#include \"core/text.h\"\n#include <fstream>\n");
    writeFile(dir / "src" / "app" / "app.cpp", "#include \"app/app.h\"\n#include \"ui/widgets.h\"\n#include <imgui.h>\n");
    writeFile(dir / "src" / "ui" / "ui.cpp", "#include \"ui/ui.h\"\n#include \"store/database.h\"\n#include <GLFW/glfw3.h>\n");
    writeFile(dir / "platform" / "window.cpp", "#include \"ui/ui.h\"\n#include <GLFW/glfw3.h>\n");
    writeFile(dir / "platform" / "web" / "page.cpp", "#include \"ui/ui.h\"\n#include <emscripten/html5.h>\n");
    writeFile(dir / "src" / "store" / "sync.cpp", "#include \"store/database.h\"\n#include <emscripten.h>\n");
    writeFile(dir / "src" / "main.cpp", "#include \"platform/platform.h\"\n");
    std::string problems = joinedLines(wrongIncludes(dir.path));
    CHECK(problems.find("src/core/plan.h:3: core includes fstream") != std::string::npos);
    CHECK(problems.find("src/app/app.cpp:2: app includes ui/widgets.h") != std::string::npos);
    CHECK(problems.find("src/app/app.cpp:3: app includes imgui.h") != std::string::npos);
    CHECK(problems.find("src/ui/ui.cpp:2: ui includes store/database.h") != std::string::npos);
    CHECK(problems.find("src/ui/ui.cpp:3: ui includes GLFW/glfw3.h") != std::string::npos);
    CHECK(problems.find("src/store/sync.cpp:2: store includes emscripten.h") != std::string::npos);
    CHECK(problems.find("platform/") == std::string::npos);
    CHECK(problems.find("main.cpp") == std::string::npos);
    CHECK(problems.find("core/text.h") == std::string::npos);
}
