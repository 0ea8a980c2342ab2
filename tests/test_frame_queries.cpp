// No screen queries the database on every frame: once a screen has settled, drawing it again
// runs no SQL at all. Checked for every screen the screenshot mode visits.
#include <doctest/doctest.h>
#include <sqlite3.h>

#include "platform/headless.h"
#include "support.h"
#include "ui/screenshots.h"

using namespace test;

namespace {
int g_statements = 0;
int countStatement(unsigned, void*, void*, void*) {
    ++g_statements;
    return 0;
}
}  // namespace

TEST_CASE("a settled screen runs no SQL while it is redrawn") {
    AppFixture f;
    platform::Headless screen(*f.app);
    sqlite3_trace_v2(f.db->sql().getHandle(), SQLITE_TRACE_STMT, countStatement, nullptr);
    for (const auto& scenario : ui::screenshotScenarios(*f.app)) {
        INFO(scenario.name);
        scenario.go(*f.app);
        screen.frame(3);
        g_statements = 0;
        screen.frame(30);
        CHECK(g_statements == 0);
    }
    sqlite3_trace_v2(f.db->sql().getHandle(), 0, nullptr, nullptr);
}
