// Backups and exported plans go to one place: the user's documents folder (XDG), named in the message.
#include <doctest/doctest.h>

#include <cstdlib>

#include "platform/headless.h"
#include "support.h"

using namespace test;

namespace {
// HOME and XDG_CONFIG_HOME pointed into a temporary directory for the test's length.
struct FakeHome {
    TempDir dir;
    std::string oldHome = std::getenv("HOME") ? std::getenv("HOME") : "";
    FakeHome() {
        setenv("HOME", dir.path.c_str(), 1);
        setenv("XDG_CONFIG_HOME", (dir / "config").c_str(), 1);
        unsetenv("XDG_DOCUMENTS_DIR");
    }
    ~FakeHome() {
        setenv("HOME", oldHome.c_str(), 1);
        unsetenv("XDG_CONFIG_HOME");
    }
};
}  // namespace

TEST_CASE("the documents folder is the one the XDG user directories name, else ~/Documents") {
    FakeHome home;
    CHECK(app::userDocumentsFolder() == home.dir / "Documents");
    writeFile(home.dir / "config" / "user-dirs.dirs", "# written by xdg-user-dirs-update\nXDG_DESKTOP_DIR=\"$HOME/Desktop\"\n"
                                                      "XDG_DOCUMENTS_DIR=\"$HOME/Dokumente\"\n");
    CHECK(app::userDocumentsFolder() == home.dir / "Dokumente");
    writeFile(home.dir / "config" / "user-dirs.dirs", "XDG_DOCUMENTS_DIR=\"/srv/papers\"\n");
    CHECK(app::userDocumentsFolder() == "/srv/papers");
    setenv("XDG_DOCUMENTS_DIR", "/home/papers", 1);  // a session that exports it: that goes first
    CHECK(app::userDocumentsFolder() == "/home/papers");
    unsetenv("XDG_DOCUMENTS_DIR");
}

TEST_CASE("a backup and the exported plan land in the same documents folder, and the messages say where") {
    FakeHome home;
    writeFile(home.dir / "config" / "user-dirs.dirs", "XDG_DOCUMENTS_DIR=\"$HOME/Dokumente\"\n");
    AppFixture f;  // opened after HOME moved
    fs::path folder = home.dir / "Dokumente";
    CHECK(f.app->files().destination() == folder.string());
    platform::Headless screen(*f.app, 420, 4000);

    REQUIRE(screen.tap("##tab-Plan"));
    REQUIRE(screen.tap("##export-json"));
    fs::path plan = folder / ("household-plan-" + f.app->plan().today().iso() + ".json");
    CHECK(fs::exists(plan));
    CHECK(f.app->notices().text().find(plan.string()) != std::string::npos);
    REQUIRE(screen.tap("##notice"));

    REQUIRE(screen.tap("##settings"));
    REQUIRE(screen.tap("##backup"));
    int backups = 0;
    for (const auto& entry : fs::directory_iterator(folder))
        if (entry.path().filename().string().rfind("steadfast-backup-", 0) == 0) {
            ++backups;
            CHECK(f.app->notices().text().find(entry.path().string()) != std::string::npos);
        }
    CHECK(backups == 1);
    CHECK_FALSE(fs::exists(home.dir / "Documents"));
}
