// Fuzz target: opening a database file, as the app does at start and `restore` does with a
// backup. Any file is either opened (and then read as the app reads it) or refused with an
// OpenError, and a refused file is left byte for byte as it was.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

#include "store/checklist_runs.h"
#include "store/database.h"
#include "store/plan_store.h"
#include "store/reminder_store.h"
#include "store/settings_store.h"

namespace fs = std::filesystem;

namespace {
std::string readAll(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const fs::path dir = [] {
        fs::path d = fs::temp_directory_path() / ("steadfast-fuzz-db-" + std::to_string(::getpid()));
        fs::create_directories(d);
        std::atexit([] { fs::remove_all(fs::temp_directory_path() / ("steadfast-fuzz-db-" + std::to_string(::getpid()))); });
        return d;
    }();
    fs::path path = dir / "steadfast.db";
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path.string() + suffix);
    std::string bytes(reinterpret_cast<const char*>(data), size);
    { std::ofstream(path, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size())); }
    try {
        store::Database db(path, {.busyTimeoutMs = 0});
        try {
            store::loadSettings(db);
            store::PlanStore(db).load(3);
            store::ReminderStore(db).loadAll();
            store::ChecklistRuns(db).unfinished();
        } catch (const std::exception&) {
            // A file that passed the cheap checks at open may still hold a damaged page deeper in;
            // reading it is an error the app reports, not a crash.
        }
    } catch (const store::OpenError&) {
        if (readAll(path) != bytes) __builtin_trap();  // refused, so left untouched
    }
    return 0;
}
