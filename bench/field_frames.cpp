// Frames of the plan member screen while its name is being edited, in English (a Latin name, drawn
// from ImGui's own glyphs) and in Arabic (an Arabic name, shaped by the text engine with the caret
// placed through its clusters). CPU time of each frame (NewFrame, the screens, Render; no GPU; this
// thread's CPU clock) on the headless platform at phone size. Typing frames add a letter or take
// one away (Backspace), so the field's text is laid out again; still frames only show the caret.
//
// Usage: bench_field_frames [DIR] [ROUNDS]   (DIR: where the scratch database goes; default ".";
//                                             ROUNDS: letters typed and removed, default 1000)
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <imgui.h>
#include <vector>

#include "app/app.h"
#include "bench/frame_stats.h"
#include "content/loader.h"
#include "core/clock.h"
#include "core/plan.h"
#include "i18n/i18n.h"
#include "platform/headless.h"
#include "store/database.h"

namespace fs = std::filesystem;

namespace {

double cpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

void measure(const char* language, const char* name, const char* letter, const fs::path& dbPath, int rounds) {
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(dbPath.string() + suffix);
    {
        store::Database db(dbPath);
        core::ManualClock clock;
        app::App app(content::loadContent(STEADFAST_SOURCE_CONTENT_DIR), db, clock);
        app.startInLanguage(language);
        int64_t member = app.plan().add<core::Member>();
        app.plan().setField(member, *core::findField(core::memberFields(), "name"), name);
        app.nav().selectTab(app::Tab::Plan);
        app.nav().push(app::route::PlanMember{member});
        platform::Headless screen(app, 420, 860);
        if (!screen.tap("##member-name")) {
            std::fprintf(stderr, "bench_field_frames: the name field is not on screen\n");
            std::exit(1);
        }
        auto timed = [&] {
            double t0 = cpuMs();
            screen.frame();
            return cpuMs() - t0;
        };
        std::vector<double> typing, still;
        for (int i = 0; i < rounds + 20; ++i) {
            ImGui::GetIO().AddInputCharactersUTF8(letter);
            double added = timed();
            screen.keyDown(platform::keys::Backspace);
            double removed = timed();
            screen.keyUp(platform::keys::Backspace);
            double shown = timed();
            if (i < 20) continue;  // the letters' glyphs are in the atlas, the screen's words shaped
            typing.push_back(added);
            typing.push_back(removed);
            still.push_back(shown);
        }
        bench::Stats t = bench::stats(typing), s = bench::stats(still);
        std::printf("  %-3s typing (%zu frames): p50 %5.2f ms  p99 %5.2f ms  max %5.2f ms   still (%zu): p50 %5.2f ms  p99 %5.2f ms\n",
                    language, typing.size(), t.p50, t.p99, t.max, still.size(), s.p50, s.p99);
    }
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(dbPath.string() + suffix);
}

}  // namespace

int main(int argc, char** argv) {
    fs::path dir = argc > 1 ? argv[1] : ".";
    int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 1000;
    i18n::setCatalogFolder(STEADFAST_SOURCE_PO_DIR);
    std::printf("Plan member screen, the name being edited, 420x860, headless (CPU time per frame)\n");
    measure("en", "Mohammed Al-Ahmad", "a", dir / "bench-field-en.db", rounds);
    measure("ar", "محمد الأحمد", "ا", dir / "bench-field-ar.db", rounds);
    return 0;
}
