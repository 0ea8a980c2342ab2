// Frames of the plan member screen while its name is being edited, in English (a Latin name, drawn
// from ImGui's own glyphs) and in Arabic (an Arabic name, shaped by the text engine with the caret
// placed through its clusters). CPU time of each frame (NewFrame, the screens, Render; no GPU; this
// thread's CPU clock) on the headless platform at phone size. A typing frame adds a letter picked at
// random, so the field's text is new and is shaped and laid out again; the still frame after it
// shows the same text (cached) with the caret.
//
// Usage: bench_field_frames [DIR] [ROUNDS]   (DIR: where the scratch database goes; default ".";
//                                             ROUNDS: letters typed, default 1000)
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
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

void measure(const char* language, const char* name, const std::vector<std::string>& letters, const fs::path& dbPath, int rounds) {
    bench::removeDatabase(dbPath);
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
            double t0 = bench::cpuMs();
            screen.frame();
            return bench::cpuMs() - t0;
        };
        std::vector<double> typing, still;
        std::mt19937 random(7);
        for (int i = 0; i < rounds + 20; ++i) {
            // Up to 30 letters more, each picked at random so the text is new in every frame and the
            // engine lays it out again; then taken away with Backspace, unmeasured, and again.
            if (i % 30 == 29)
                for (int k = 0; k < 29; ++k) {
                    screen.keyDown(platform::keys::Backspace);
                    screen.frame();
                    screen.keyUp(platform::keys::Backspace);
                    screen.frame();
                }
            ImGui::GetIO().AddInputCharactersUTF8(letters[random() % letters.size()].c_str());
            double typed = timed();
            double shown = timed();
            if (i < 20) continue;  // the letters' glyphs are in the atlas, the screen's words shaped
            typing.push_back(typed);
            still.push_back(shown);
        }
        bench::Stats t = bench::stats(typing), s = bench::stats(still);
        std::printf("  %-3s typing (%zu frames): p50 %5.3f ms  p99 %5.3f ms  max %5.3f ms   still (%zu): p50 %5.3f ms  p99 %5.3f ms\n",
                    language, typing.size(), t.p50, t.p99, t.max, still.size(), s.p50, s.p99);
    }
    bench::removeDatabase(dbPath);
}

}  // namespace

int main(int argc, char** argv) {
    fs::path dir = argc > 1 ? argv[1] : ".";
    int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 1000;
    i18n::setCatalogFolder(STEADFAST_SOURCE_PO_DIR);
    std::printf("Plan member screen, the name being edited, 420x860, headless (CPU time per frame)\n");
    measure("en", "Mohammed Al-Ahmad", {"a", "b", "d", "e", "h", "i", "l", "m", "n", "o", "r", "s", "t", "u", " "}, dir / "bench-field-en.db", rounds);
    measure("ar", "محمد الأحمد", {"ا", "ب", "ت", "ح", "د", "ر", "س", "ع", "ف", "ل", "م", "ن", "ه", "و", "ي", "ة", "لا", " "},
            dir / "bench-field-ar.db", rounds);
    return 0;
}
