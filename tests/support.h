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
#include "i18n/i18n.h"
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

// A minimal valid content tree, to break one piece at a time.
inline void writeMinimalTree(const fs::path& dir) {
    writeFile(dir / "emergency_numbers.toml", "fallback = \"112\"\n[[country]]\ncode = \"GB\"\ncode3 = \"GBR\"\nname = \"United Kingdom\"\n"
                                              "single = [\"999\"]\nsource = \"NHS\"\nchecked = 2026-12-03\n");
    writeFile(dir / "kit.toml",
              "days_default = 3\nsources = [\"FEMA\"]\n[guideline]\nname = \"FEMA\"\nedition = \"2024\"\nsection = \"Kit\"\n"
              "[[item]]\nid = \"water\"\nname = \"Water\"\ncategory = \"Water\"\nunit = \"litres\"\nper_person_per_day = 3.8\n");
    std::string guide = "id = \"burns\"\ntitle = \"Burns\"\ncategory = \"Injuries\"\nsummary = \"Cool it.\"\nsources = [\"ERC 2025\"]\n"
                        "[guideline]\nname = \"ERC\"\nedition = \"2025\"\nsection = \"First aid\"\nchecked = 2026-12-03\n"
                        "[[step]]\ntext = \"Cool the burn.\"\ntimer = { id = \"cool\", kind = \"countdown\", seconds = 1200, label = \"Cooling\" }\n";
    for (int i = 0; i < 4; ++i)
        guide += "[[question]]\nprompt = \"Q\"\nchoices = [\"a\", \"b\"]\nanswer = 1\nexplanation = \"because\"\n";
    writeFile(dir / "guides" / "burns.toml", guide);
    writeFile(dir / "checklists" / "go-bag.toml",
              "id = \"go-bag\"\ntitle = \"Go-bag\"\nsummary = \"Pack it.\"\nsources = [\"FEMA\"]\n[[section]]\ntitle = \"Water\"\n"
              "[[section.item]]\ntext = \"Water\"\n");
    writeFile(dir / "triage.toml",
              "start = \"a\"\n[[node]]\nid = \"a\"\nquestion = \"Burnt?\"\n[[node.answer]]\nlabel = \"Yes\"\ngoto = \"guide:burns\"\n");
    writeFile(dir / "upkeep.toml", "[[reminder]]\nid = \"drill\"\ntitle = \"Drill\"\nschedule = \"Every year\"\nrepeat = \"years\"\n"
                                   "first = \"one-period\"\n");
}

// Every problem, one a line, for a failing check to show.
inline std::string joined(const std::vector<content::Problem>& problems) {
    std::string out;
    for (const auto& p : problems) out += p.toString() + "\n";
    return out;
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

// The UI's words from the project's po/ for as long as it lives, English again after.
struct ShippedCatalogues {
    ShippedCatalogues() { i18n::setCatalogFolder(STEADFAST_SOURCE_PO_DIR); }
    ~ShippedCatalogues() { i18n::setLanguage("en"); }
};

}  // namespace test
