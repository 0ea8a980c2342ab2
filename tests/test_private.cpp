// Private by default: the data folder is the user's alone (0700); the database, its WAL and SHM,
// backups and every export that holds personal data are 0600 whatever the umask; and the app
// opens no network socket (a screenshot session under strace opens only local AF_UNIX sockets,
// for the display).
#include <doctest/doctest.h>
#include <sys/stat.h>

#include <algorithm>
#include <map>
#include <vector>

#include "export/history.h"
#include "export/ics.h"
#include "store/backup.h"
#include "store/plan_store.h"
#include "plan_support.h"
#include "support.h"

using namespace test;

namespace {
unsigned modeOf(const fs::path& p) {
    struct stat st {};
    REQUIRE_MESSAGE(::stat(p.c_str(), &st) == 0, p);
    return st.st_mode & 0777;
}

std::string run(const std::string& command) {
    std::string out;
    FILE* pipe = popen((command + " 2>&1").c_str(), "r");
    REQUIRE(pipe);
    char buffer[4096];
    while (size_t n = fread(buffer, 1, sizeof buffer, pipe)) out.append(buffer, n);
    pclose(pipe);
    return out;
}
}  // namespace

TEST_CASE("the data folder, the database and every file with personal data are private to the user") {
    mode_t oldMask = ::umask(022);  // a common umask: files 0644 and folders 0755 unless we say otherwise
    TempDir dir;
    fs::path dataDir = dir / "share" / "steadfast";
    store::Database db(dataDir / "steadfast.db");
    core::ManualClock clock;
    app::App app(realContent(), db, clock);
    store::PlanStore(db).replace(fullPlan(app.content().kit));
    app.plan().reload();
    long long runId = *app.runs().start(core::templateKey("go-bag"));
    app.runs().setTicked(runId, 0, true);

    CHECK(modeOf(dataDir) == 0700);
    for (const char* suffix : {"", "-wal", "-shm"}) CHECK(modeOf(dataDir.string() + "/steadfast.db" + suffix) == 0600);

    fs::path out = dir / "exports";
    fs::create_directories(out);
    REQUIRE(app.plan().exportTo(out / "plan.pdf", core::Paper::A4, "112").ok);
    REQUIRE(app.plan().exportTo(out / "plan.json", core::Paper::A4, "112").ok);
    REQUIRE_FALSE(exporting::exportICalendar(db, out / "reminders.ics", clock.now()));
    store::backupTo(db, out / "backup.db");
    std::string bin = std::string(STEADFAST_BINARY) + " --db '" + (dataDir / "steadfast.db").string() + "'";
    run(bin + " export history --format csv '" + (out / "history.csv").string() + "'");
    run(bin + " export history --format json '" + (out / "history.json").string() + "'");
    fs::path safety = store::restoreFrom(db, out / "backup.db");
    CHECK(modeOf(safety) == 0600);
    for (const char* name : {"plan.pdf", "plan.json", "reminders.ics", "backup.db", "history.csv", "history.json"}) {
        CAPTURE(name);
        CHECK(modeOf(out / name) == 0600);
    }
    ::umask(oldMask);
}

TEST_CASE("a screenshot session opens no network socket") {
    if (std::system("command -v strace > /dev/null && command -v xvfb-run > /dev/null") != 0) {
        FAIL("strace and xvfb-run are needed (scripts/setup-deps installs them)");
        return;
    }
    TempDir dir;
    fs::path trace = dir / "trace.log";
    std::string out = run("xvfb-run -a -s '-screen 0 1280x1024x24' strace -f -e trace=network -o '" + trace.string() + "' " +
                          STEADFAST_BINARY + " --db '" + (dir / "s.db").string() + "' --screenshot '" + (dir / "shots").string() + "'");
    INFO(out.substr(0, 2000));
    std::string log = readFile(trace);
    REQUIRE(log.find("socket(") != std::string::npos);  // the trace saw the display connection
    std::istringstream lines(log);
    int sockets = 0;
    for (std::string line; std::getline(lines, line);) {
        size_t at = line.find("socket(");
        if (at == std::string::npos || line.find("socketpair(") == at) continue;
        ++sockets;
        CHECK_MESSAGE(line.compare(at, 15, "socket(AF_UNIX,") == 0, line);
    }
    CHECK(sockets > 0);
    CHECK(fs::exists(dir / "shots" / "01-today.png"));
}

TEST_CASE("an export reaches the disk whole: written beside the file, synced, renamed, and the folder synced") {
    if (std::system("command -v strace > /dev/null") != 0) {
        FAIL("strace is needed (scripts/setup-deps installs it)");
        return;
    }
    TempDir dir;
    std::string bin = std::string(STEADFAST_BINARY) + " --db '" + (dir / "s.db").string() + "'";
    run(bin + " import plan /dev/null");  // creates the database (the import itself is refused)
    fs::path trace = dir / "trace.log", file = dir / "out" / "plan.json";
    fs::create_directories(file.parent_path());
    run("strace -e trace=openat,fsync,rename -o '" + trace.string() + "' " + bin + " export plan '" + file.string() + "'");
    REQUIRE(fs::exists(file));
    CHECK(modeOf(file) == 0600);
    // The order of the calls that matter, with the descriptors resolved to what they opened.
    std::map<std::string, std::string> opened;  // descriptor -> path
    std::vector<std::string> steps;
    std::istringstream lines(readFile(trace));
    for (std::string line; std::getline(lines, line);) {
        auto quotedPath = [&] {
            size_t a = line.find('"'), b = line.find('"', a + 1);
            return line.substr(a + 1, b - a - 1);
        };
        if (line.rfind("openat(", 0) == 0 && line.find(" = ") != std::string::npos && line.find("= -1") == std::string::npos)
            opened[line.substr(line.rfind(" = ") + 3)] = quotedPath();
        else if (line.rfind("fsync(", 0) == 0)
            steps.push_back("fsync " + opened[line.substr(6, line.find(')') - 6)]);
        else if (line.rfind("rename(", 0) == 0)
            steps.push_back("rename to " + line.substr(line.find(", \"") + 3, line.find("\")") - line.find(", \"") - 3));
    }
    std::string partial = "/." + file.filename().string() + ".part-";  // the pid is the child's
    auto at = [&](const std::string& step) { return std::find(steps.begin(), steps.end(), step) - steps.begin(); };
    INFO(readFile(trace));
    long synced = -1;
    for (size_t i = 0; i < steps.size(); ++i)
        if (steps[i].find(partial) != std::string::npos && steps[i].rfind("fsync", 0) == 0) synced = static_cast<long>(i);
    long renamed = at("rename to " + file.string()), folderSynced = at("fsync " + file.parent_path().string());
    REQUIRE(synced >= 0);
    CHECK(synced < renamed);
    CHECK(renamed < static_cast<long>(steps.size()));
    CHECK(renamed < folderSynced);
    CHECK(folderSynced < static_cast<long>(steps.size()));
}
