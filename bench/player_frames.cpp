// One frame of the guide player, in English and in Arabic: the CPU time of a frame (NewFrame, the
// screens, Render; no GPU; this thread's CPU clock, so other programs on the machine do not count) on the headless platform, the UI the app draws at phone size. The frame
// measured is the busiest the player has: adult CPR's compressions step with the metronome beating
// and the CPR stopwatch running, the clock moving on a sixtieth of a second each frame, so the count
// and the time change as they do on screen. In Arabic the step, the buttons and the beat's words
// are shaped and the layout mirrored.
//
// Usage: bench_player_frames [DIR] [FRAMES]   (DIR: where the scratch database goes; default ".";
//                                              FRAMES: frames measured per language, default 2000)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <vector>

#include "app/app.h"
#include "bench/frame_stats.h"
#include "content/loader.h"
#include "core/clock.h"
#include "i18n/i18n.h"
#include "platform/headless.h"
#include "store/database.h"

namespace fs = std::filesystem;

namespace {

using bench::Stats;
using bench::stats;

void measure(const char* language, const fs::path& dbPath, int frames) {
    bench::removeDatabase(dbPath);
    {
        store::Database db(dbPath);
        core::ManualClock clock;
        app::App app(content::loadContent(STEADFAST_SOURCE_CONTENT_DIR), db, clock);
        app.startInLanguage(language);
        app.useGuideNow("adult-cpr");
        app::FirstAid& fa = app.firstAid();
        while (fa.currentStep() && !fa.currentStep()->metronome) fa.nextStep();
        if (!fa.currentStep()) {
            std::fprintf(stderr, "bench_player_frames: adult CPR has no metronome step\n");
            std::exit(1);
        }
        fa.startMetronome(*fa.currentStep()->metronome);
        if (fa.currentStep()->timer) fa.startTimer(*fa.currentStep()->timer);
        platform::Headless screen(app, 420, 860);
        auto frame = [&] {
            clock.advance(std::chrono::milliseconds(16));
            double t0 = bench::cpuMs();
            screen.frame();
            return bench::cpuMs() - t0;
        };
        double first = frame();
        for (int i = 0; i < 120; ++i) frame();  // every word of the screen shaped, every glyph in the atlas
        std::vector<double> ms;
        for (int i = 0; i < frames; ++i) ms.push_back(frame());
        Stats s = stats(ms);
        std::printf("  %-8s first frame %6.2f ms   %d frames: p50 %5.2f ms  p99 %5.2f ms  max %5.2f ms\n", language, first, frames, s.p50,
                    s.p99, s.max);
    }
    bench::removeDatabase(dbPath);
}

}  // namespace

int main(int argc, char** argv) {
    fs::path dir = argc > 1 ? argv[1] : ".";
    int frames = argc > 2 ? std::max(1, std::atoi(argv[2])) : 2000;
    i18n::setCatalogFolder(STEADFAST_SOURCE_PO_DIR);
    std::printf("Guide player, adult CPR with the metronome running, 420x860, headless (CPU time per frame)\n");
    measure("en", dir / "bench-player-en.db", frames);
    measure("ar", dir / "bench-player-ar.db", frames);
    return 0;
}
