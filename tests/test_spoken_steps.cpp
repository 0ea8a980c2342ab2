// "Read steps aloud": what the guide player says, in English and Arabic, through a fake speaker
// (each step as it appears, the timers' call points as they come, nothing twice); and that
// espeak-ng really makes speech of it in both languages.
#include <doctest/doctest.h>

#include <cmath>

#include "app/speech.h"
#include "core/call_points.h"
#include "platform/espeak_speaker.h"
#include "platform/headless.h"
#include "store/settings_store.h"
#include "support.h"

using namespace test;
using namespace std::chrono;

namespace {

struct FakeSpeaker : app::Speaker {
    std::vector<app::Utterance>* heard;
    explicit FakeSpeaker(std::vector<app::Utterance>* h) : heard(h) {}
    void say(const app::Utterance& u) override { heard->push_back(u); }
    void hush() override { heard->push_back({"<hush>", "", true}); }
};

struct Listening {
    AppFixture f;
    std::vector<app::Utterance> heard;
    Listening() {
        f.app->setCountry("GB");
        f.app->setSpeaker(std::make_unique<FakeSpeaker>(&heard));
    }
    std::vector<std::string> texts() const {
        std::vector<std::string> out;
        for (const auto& u : heard) out.push_back(u.text);
        return out;
    }
};

// Steps forward in the player to the step with this id.
void goToStep(platform::Headless& screen, app::App& app, const std::string& id) {
    for (int i = 0; i < 20 && app.firstAid().currentStep()->id != id; ++i) {
        REQUIRE(screen.tap("##step-next"));
        screen.frame(2);
    }
    REQUIRE(app.firstAid().currentStep()->id == id);
}

}  // namespace

TEST_CASE("read steps aloud says each step as it appears and the CPR swap every 2 minutes, in English") {
    Listening l;
    app::App& app = *l.f.app;
    platform::Headless screen(app, 420, 2400);
    app.useGuideNow("adult-cpr");
    screen.frame(3);
    CHECK(l.heard.empty());  // off until the user turns it on

    REQUIRE(screen.tap("##read-aloud"));
    screen.frame(2);
    CHECK(app.settings().readStepsAloud);
    CHECK(store::loadSettings(*l.f.db).readStepsAloud);  // kept
    REQUIRE(l.heard.size() == 1);
    CHECK(l.heard[0] == app::Utterance{"Check it is safe for you to go to the person.", "en", true});

    screen.frame(5);
    CHECK(l.heard.size() == 1);  // once, however many frames are drawn

    goToStep(screen, app, "call");
    CHECK(l.texts().back() == "No response? Call the emergency number now and put the phone on speaker. The emergency number is 9 9 9.");
    goToStep(screen, app, "compressions");
    CHECK(l.texts().back() == "Push hard and fast in the centre of the chest, 5–6 cm deep, to the beat: 30 compressions, then 2 breaths.");
    size_t before = l.heard.size();
    REQUIRE(screen.tap("##metronome-start"));
    screen.frame(2);
    l.f.clock.advance(seconds{119});
    screen.frame(2);
    CHECK(l.heard.size() == before);  // not yet
    l.f.clock.advance(seconds{2});
    screen.frame(2);
    REQUIRE(l.heard.size() == before + 1);
    CHECK(l.heard.back() == app::Utterance{"2 minutes: swap with the other rescuer if there is one.", "en", false});
    // The frame loop is woken for the next one, 2 minutes on.
    double wait = app.secondsUntilNextChange();
    CHECK(wait > 0);
    CHECK(wait <= 119.01);
    l.f.clock.advance(minutes{2});
    screen.frame(2);
    CHECK(l.texts().back() == "4 minutes: swap with the other rescuer if there is one.");

    // Off: silence at once, and nothing more is said.
    REQUIRE(screen.tap("##read-aloud"));
    CHECK(l.texts().back() == "<hush>");
    before = l.heard.size();
    l.f.clock.advance(minutes{2});
    REQUIRE(screen.tap("##step-next"));
    screen.frame(2);
    CHECK(l.heard.size() == before);
}

TEST_CASE("read steps aloud says steps and call points in Arabic when the app is in Arabic") {
    test::ShippedCatalogues shipped;
    Listening l;
    app::App& app = *l.f.app;
    app.setLanguage("ar");
    app.setReadStepsAloud(true);
    platform::Headless screen(app, 420, 2400);
    app.useGuideNow("adult-cpr");
    screen.frame(3);
    REQUIRE(l.heard.size() == 1);
    CHECK(l.heard[0] == app::Utterance{"تأكد أن الوصول إلى الشخص آمن لك.", "ar", true});
    goToStep(screen, app, "compressions");
    CHECK(l.texts().back() == "اضغط بقوة وسرعة في وسط الصدر، بعمق 5–6 سم، مع الإيقاع: 30 ضغطة، ثم نفَسان.");
    REQUIRE(screen.tap("##metronome-start"));
    l.f.clock.advance(seconds{121});
    screen.frame(2);
    CHECK(l.heard.back() == app::Utterance{"دقيقتان: بدّل مع المسعف الآخر إن وُجد.", "ar", false});
    l.f.clock.advance(minutes{2});
    screen.frame(2);
    CHECK(l.texts().back() == "4 دقائق: بدّل مع المسعف الآخر إن وُجد.");
}

TEST_CASE("call points: a countdown's end and a stopwatch's call are said once each, in time order") {
    core::TimePoint t0{};
    core::TimerSpec cool{"cool", core::TimerKind::Countdown, 1200, "Cooling", 0, ""};
    core::TimerSpec seizure{"seizure", core::TimerKind::Stopwatch, 0, "Seizure", 300, "Call now"};
    std::map<std::string, core::RunningTimer> timers{{"cool", {cool, t0, std::nullopt}}, {"seizure", {seizure, t0 + seconds{10}, std::nullopt}}};
    auto points = core::callPointsBetween(timers, std::nullopt, t0, t0 + minutes{30});
    REQUIRE(points.size() == 2);
    CHECK(points[0] == core::CallPoint{core::CallPoint::Kind::CallNow, t0 + seconds{310}, "seizure", 0});
    CHECK(points[1] == core::CallPoint{core::CallPoint::Kind::TimeUp, t0 + seconds{1200}, "cool", 0});
    CHECK(core::callPointsBetween(timers, std::nullopt, t0 + seconds{310}, t0 + seconds{1199}).empty());
    CHECK(core::nextCallPoint(timers, std::nullopt, t0 + seconds{310}) == t0 + seconds{1200});
    timers.at("cool").stoppedAt = t0 + seconds{600};  // a stopped timer calls nothing
    CHECK(core::nextCallPoint(timers, std::nullopt, t0 + seconds{310}) == std::nullopt);
}

namespace {
// The length in seconds and the loudness (RMS, 0 to 1) of what espeak-ng made.
std::pair<double, double> measure(const platform::SpokenAudio& audio) {
    double sum = 0;
    for (int16_t s : audio.samples) sum += (s / 32768.0) * (s / 32768.0);
    double rms = audio.samples.empty() ? 0 : std::sqrt(sum / static_cast<double>(audio.samples.size()));
    return {static_cast<double>(audio.samples.size()) / audio.sampleRate, rms};
}
}  // namespace

TEST_CASE("espeak-ng synthesises a step as speech in English and in Arabic") {
    platform::SpokenAudio english = platform::synthesiseSpeech("Push hard and fast in the centre of the chest, 5 to 6 centimetres deep.", "en");
    REQUIRE(english.sampleRate > 0);
    auto [englishSeconds, englishLoudness] = measure(english);
    // Thirteen words at an ordinary speaking rate (150 to 200 a minute) take about 4 to 5 s.
    CHECK(englishSeconds > 2.5);
    CHECK(englishSeconds < 9);
    CHECK(englishLoudness > 0.02);

    platform::SpokenAudio arabic = platform::synthesiseSpeech("اضغط بقوة وسرعة في وسط الصدر، بعمق خمسة إلى ستة سنتيمترات.", "ar");
    auto [arabicSeconds, arabicLoudness] = measure(arabic);
    CHECK(arabicSeconds > 2);
    CHECK(arabicSeconds < 9);
    CHECK(arabicLoudness > 0.02);

    CHECK_THROWS_WITH_AS(platform::synthesiseSpeech("x", "zz"), "espeak-ng has no voice for \"zz\"", std::runtime_error);
}
