#pragma once
// Shared test fixtures: temporary directories, the real content, an app over a fresh database.
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <sstream>
#include <string>

#include "app/app.h"
#include "content/loader.h"
#include "core/clock.h"
#include "store/database.h"

namespace test {

namespace fs = std::filesystem;

// A directory removed when the test ends.
struct TempDir {
    fs::path path;
    TempDir() {
        std::random_device rd;
        path = fs::temp_directory_path() / ("steadfast-test-" + std::to_string(rd()) + std::to_string(rd()));
        fs::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    fs::path operator/(const std::string& name) const { return path / name; }
};

inline fs::path contentDir() { return STEADFAST_SOURCE_CONTENT_DIR; }

inline const content::LoadResult& realContent() {
    static const content::LoadResult loaded = content::loadContent(contentDir());
    return loaded;
}

inline std::string readFile(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

inline void writeFile(const fs::path& p, const std::string& text) {
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
}

// An app over a database file in a temp dir, with a manual clock. Reopen to simulate a restart.
struct AppFixture {
    TempDir dir;
    core::ManualClock clock;
    std::unique_ptr<store::Database> db;
    std::unique_ptr<app::App> app;

    AppFixture() { open(); }
    fs::path dbPath() const { return dir / "steadfast.db"; }
    void open() {
        app.reset();
        db.reset();
        db = std::make_unique<store::Database>(dbPath());
        app = std::make_unique<app::App>(realContent(), *db, clock);
    }
    void restart() { open(); }
};

}  // namespace test
