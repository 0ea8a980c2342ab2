// Fuzz target: the content loader, every kind of content file. The first byte picks the kind
// (guide, checklist, kit, triage, emergency numbers, scenario, upkeep reminders); the rest is the
// file. It is loaded beside one shipped guide and checklist, for a scenario to cite, and nothing
// else (the others missing is a problem the loader reports, and cheap, so a million inputs take
// minutes). Any input gives content and file:line problems; nothing may crash.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <unistd.h>

#include "content/loader.h"

namespace fs = std::filesystem;

namespace {

const char* const kKinds[] = {"guides/zz-fuzz.toml", "checklists/zz-fuzz.toml", "kit.toml", "triage.toml", "emergency_numbers.toml",
                              "scenarios/zz-fuzz.toml", "upkeep.toml"};

// Scenarios and upkeep came last: first bytes 250–255 pick scenarios, 244–249 upkeep, and every
// other byte keeps the kind it had, so the corpus keeps most of its meaning.
const char* kindOf(uint8_t first) { return first >= 250 ? kKinds[5] : first >= 244 ? kKinds[6] : kKinds[first % 5]; }

// The base tree, made once per process in a scratch folder.
const fs::path& baseTree() {
    static const fs::path dir = [] {
        fs::path d = fs::temp_directory_path() / ("steadfast-fuzz-content-" + std::to_string(::getpid()));
        fs::remove_all(d);
        fs::create_directories(d / "guides");
        fs::create_directories(d / "checklists");
        fs::create_directories(d / "scenarios");
        const fs::path shipped = STEADFAST_SOURCE_CONTENT_DIR;
        fs::copy_file(shipped / "guides" / "adult-cpr.toml", d / "guides" / "adult-cpr.toml");
        fs::copy_file(shipped / "checklists" / "fire-escape-drill.toml", d / "checklists" / "fire-escape-drill.toml");
        std::atexit([] { fs::remove_all(fs::temp_directory_path() / ("steadfast-fuzz-content-" + std::to_string(::getpid()))); });
        return d;
    }();
    return dir;
}

void write(const fs::path& file, const char* data, size_t size) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(data, static_cast<std::streamsize>(size));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 1) return 0;
    const fs::path& dir = baseTree();
    fs::path file = dir / kindOf(data[0]);
    write(file, reinterpret_cast<const char*>(data + 1), size - 1);
    content::LoadResult result = content::loadContent(dir);
    for (const auto& p : result.problems)
        if (p.file.empty() || p.message.empty()) __builtin_trap();  // every problem names its file
    fs::remove(file);
    return 0;
}
