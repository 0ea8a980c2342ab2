// A full disk: with the database on a small file system filled to the last byte, a tick, an
// import, an export and a backup each fail with a message that says the disk is full, change
// nothing half-way, leave the app running, and work again once space is freed. Opening the
// database on a full disk says so too (not "damaged") and leaves no empty -wal or -shm behind.
//
// The small file system is a 4 MB tmpfs mounted for the test (root only; without the right to
// mount, the test says so and checks nothing).
#include <SQLiteCpp/SQLiteCpp.h>
#include <doctest/doctest.h>
#include <algorithm>
#include <cstring>
#include <fcntl.h>
#include <sys/mount.h>
#include <unistd.h>

#include "export/ics.h"
#include "export/plan_json.h"
#include "store/backup.h"
#include "store/plan_store.h"
#include "support.h"

using namespace test;

namespace {

struct SmallDisk {
    TempDir dir;
    fs::path root = dir / "disk";
    bool mounted = false;

    SmallDisk() {
        fs::create_directories(root);
        mounted = ::mount("tmpfs", root.c_str(), "tmpfs", 0, "size=4m,mode=0700") == 0;
    }
    ~SmallDisk() {
        if (mounted) ::umount2(root.c_str(), MNT_DETACH);
    }
    // Writes a filler file until not one more byte fits.
    void fill() {
        int fd = ::open((root / "filler").c_str(), O_CREAT | O_WRONLY | O_APPEND, 0600);
        REQUIRE(fd >= 0);
        std::string chunk(64 * 1024, 'f');
        for (size_t size = chunk.size(); size > 0; size /= 2)
            while (::write(fd, chunk.data(), size) == static_cast<ssize_t>(size)) {
            }
        ::close(fd);
    }
    void freeSpace() { fs::remove(root / "filler"); }
};

bool saysDiskFull(const std::string& message) { return message.find("disk is full") != std::string::npos; }

std::vector<std::string> filesIn(const fs::path& dir) {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

}  // namespace

TEST_CASE("on a full disk a tick, an import, an export and a backup say so, change nothing, and work once space is freed") {
    SmallDisk disk;
    if (!disk.mounted) {
        MESSAGE("skipped: mounting a small tmpfs needs root (" << std::strerror(errno) << ")");
        return;
    }
    core::ManualClock clock;
    setenv("XDG_DOCUMENTS_DIR", disk.root.c_str(), 1);  // where backups go, read when the app starts
    store::Database db(disk.root / "steadfast.db");
    app::App app(realContent(), db, clock);
    long long runId = *app.runs().start(core::templateKey("go-bag"));
    REQUIRE(app.runs().setTicked(runId, 0, true));
    fs::path planFile = disk.dir / "plan.json";  // on the big disk
    core::Plan incoming = core::Plan::empty(3);
    incoming.members.push_back({});
    incoming.members.back().name = "Imported member";
    exporting::writePlanJson(planFile, incoming);
    const std::string planBefore = exporting::planToJson(store::PlanStore(db).load(3));

    disk.fill();
    std::vector<std::string> filesWhenFull = filesIn(disk.root);

    CHECK_FALSE(app.runs().setTicked(runId, 1, true));
    CHECK_MESSAGE(saysDiskFull(app.notices().text()), app.notices().text());
    CHECK_FALSE(store::ChecklistRuns(db).load(runId)->items[1].ticked());
    CHECK(store::ChecklistRuns(db).load(runId)->items[0].ticked());

    app::PlanFileResult imported = app.plan().importFrom(planFile);
    CHECK_FALSE(imported.ok);
    CHECK_MESSAGE(saysDiskFull(imported.message), imported.message);
    CHECK(exporting::planToJson(store::PlanStore(db).load(3)) == planBefore);

    app::PlanFileResult exported = app.plan().exportTo(disk.root / "plan.pdf", core::Paper::A4, "112");
    CHECK_FALSE(exported.ok);
    CHECK_MESSAGE(saysDiskFull(exported.message), exported.message);
    std::optional<std::string> ics = exporting::exportICalendar(db, disk.root / "reminders.ics", clock.now());
    REQUIRE(ics);
    CHECK_MESSAGE(saysDiskFull(*ics), *ics);

    app.backUpNow();
    CHECK_MESSAGE(saysDiskFull(app.notices().text()), app.notices().text());
    CHECK(filesIn(disk.root) == filesWhenFull);  // no half-written export, backup or part file
    CHECK(db.sql().execAndGet("PRAGMA integrity_check").getString() == "ok");

    // Space again: everything works, in the same app.
    disk.freeSpace();
    CHECK(app.runs().setTicked(runId, 1, true));
    CHECK(store::ChecklistRuns(db).load(runId)->items[1].ticked());
    CHECK(app.plan().importFrom(planFile).ok);
    CHECK(app.plan().plan().members.size() == 1);
    CHECK(app.plan().exportTo(disk.root / "plan.pdf", core::Paper::A4, "112").ok);
    CHECK_FALSE(exporting::exportICalendar(db, disk.root / "reminders.ics", clock.now()));
    app.backUpNow();
    CHECK(app.notices().text().find("Backed up everything") != std::string::npos);
    unsetenv("XDG_DOCUMENTS_DIR");
}

TEST_CASE("opening the database on a full disk says the disk is full and leaves no empty -wal or -shm") {
    SmallDisk disk;
    if (!disk.mounted) {
        MESSAGE("skipped: mounting a small tmpfs needs root (" << std::strerror(errno) << ")");
        return;
    }
    fs::path path = disk.root / "steadfast.db";
    { store::Database db(path); }  // closed cleanly: no -wal or -shm left
    std::string bytes = readFile(path);
    disk.fill();
    std::string message;
    try {
        store::Database db(path);
    } catch (const store::OpenError& e) {
        message = e.what();
        CHECK(e.kind == store::OpenError::Kind::DiskFull);
    }
    CHECK_MESSAGE(saysDiskFull(message), message);
    CHECK(message.find("damaged") == std::string::npos);
    CHECK_FALSE(fs::exists(path.string() + "-wal"));
    CHECK_FALSE(fs::exists(path.string() + "-shm"));
    CHECK(readFile(path) == bytes);

    // The command line says the same, with its own exit code for "cannot open".
    std::string out = (disk.dir / "out.txt").string();
    int status = std::system((std::string(STEADFAST_BINARY) + " --db " + path.string() + " reminders due > " + out + " 2>&1").c_str());
    CHECK(WEXITSTATUS(status) == 2);
    CHECK_MESSAGE(saysDiskFull(readFile(out)), readFile(out));

    disk.freeSpace();
    store::Database db(path);
    CHECK(db.schemaVersion() == store::Database::latestSchemaVersion());
}
