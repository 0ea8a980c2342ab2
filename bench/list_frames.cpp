// Frames of long lists while a finger drags them up and down, in English and in Arabic: the First
// aid list (every guide, grouped), a checklist run with many items (the go bag) and the Plan. CPU
// time of each frame (NewFrame, the screens, Render; no GPU; this thread's CPU clock) on the
// headless platform at phone size, the drag as bench/web_bench.py makes it in the browser: 300
// points in 20 moves, down twice, back up twice, and again.
//
// Usage: bench_list_frames [DIR] [ROUNDS]   (DIR: where the scratch database goes; default ".";
//                                            ROUNDS: times the drag pattern is repeated, default 10)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <imgui.h>
#include <vector>

#include "app/app.h"
#include "bench/frame_stats.h"
#include "content/loader.h"
#include "core/checklist_run.h"
#include "core/clock.h"
#include "i18n/i18n.h"
#include "platform/headless.h"
#include "store/database.h"

namespace fs = std::filesystem;

namespace {

constexpr float kWidth = 420, kHeight = 860;

// Opens the list to measure; false when it is not there.
using Opener = std::function<bool(app::App&, platform::Headless&)>;

struct List {
    const char* name;
    Opener open;
};

// One drag of dy points in 20 moves from the middle of the screen, every frame timed.
void drag(platform::Headless& screen, core::ManualClock& clock, float dy, std::vector<double>& ms) {
    ImGuiIO& io = ImGui::GetIO();
    auto timed = [&] {
        clock.advance(std::chrono::milliseconds(16));
        double t0 = bench::cpuMs();
        screen.frame();
        ms.push_back(bench::cpuMs() - t0);
    };
    float x = kWidth / 2, y = kHeight / 2 - dy / 2;
    io.MousePos = ImVec2(x, y);
    io.MouseDown[0] = true;
    timed();
    for (int i = 1; i <= 20; ++i) {
        io.MousePos = ImVec2(x, y + dy * static_cast<float>(i) / 20);
        timed();
    }
    io.MouseDown[0] = false;
    for (int i = 0; i < 30; ++i) timed();  // the glide after the finger lifts
}

void measure(const List& list, const char* language, const fs::path& dbPath, int rounds) {
    bench::removeDatabase(dbPath);
    {
        store::Database db(dbPath);
        core::ManualClock clock;
        app::App app(content::loadContent(STEADFAST_SOURCE_CONTENT_DIR), db, clock);
        app.startInLanguage(language);
        platform::Headless screen(app, kWidth, kHeight);
        screen.frame(2);
        if (!list.open(app, screen)) {
            std::fprintf(stderr, "bench_list_frames: could not open %s\n", list.name);
            std::exit(1);
        }
        std::vector<double> ms;
        for (int warm = 0; warm < 2; ++warm) drag(screen, clock, -300, ms), drag(screen, clock, 300, ms);  // every row seen once
        ms.clear();
        for (int r = 0; r < rounds; ++r)
            for (float dy : {-300.0f, -300.0f, 300.0f, 300.0f}) drag(screen, clock, dy, ms);
        bench::Stats s = bench::stats(ms);
        std::printf("  %-12s %-3s %4zu frames: p50 %6.3f ms  p99 %6.3f ms  max %6.3f ms\n", list.name, language, ms.size(), s.p50, s.p99,
                    s.max);
    }
    bench::removeDatabase(dbPath);
}

}  // namespace

int main(int argc, char** argv) {
    fs::path dir = argc > 1 ? argv[1] : ".";
    int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 10;
    i18n::setCatalogFolder(STEADFAST_SOURCE_PO_DIR);
    const List lists[] = {
        {"First aid",
         [](app::App& app, platform::Headless& screen) {
             app.nav().selectTab(app::Tab::FirstAid);
             screen.frame();
             return screen.visible("##guide-search");
         }},
        {"Go bag run",
         [](app::App& app, platform::Headless& screen) {
             app.nav().selectTab(app::Tab::Checklists);
             app.nav().push(app::route::ChecklistStart{core::templateKey("go-bag")});
             screen.frame();
             return screen.tap("##start-run") && app.nav().current().screen() == app::Screen::ChecklistRun;
         }},
        {"Plan",
         [](app::App& app, platform::Headless& screen) {
             app.nav().selectTab(app::Tab::Plan);
             screen.frame();
             return app.nav().current().screen() == app::Screen::Plan;
         }},
    };
    std::printf("Long lists dragged up and down, %gx%g, headless (CPU time per frame)\n", kWidth, kHeight);
    for (const List& list : lists)
        for (const char* language : {"en", "ar"}) measure(list, language, dir / "bench-list.db", rounds);
    return 0;
}
