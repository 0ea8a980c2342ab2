// Alert signals: the shipped content (every country with its sources), the loader's file:line
// errors, each tone synthesised as its description says, and the practice feeding the quizzes'
// spaced review, driven through the app and headlessly through the screen.
#include <doctest/doctest.h>
#include <imgui.h>

#include <cmath>

#include "app/alert_practice.h"
#include "core/alert_signal.h"
#include "platform/headless.h"
#include "support.h"

using namespace test;

namespace {

const core::AlertSignal& signalOf(const std::string& country, const std::string& id) {
    const core::CountrySignals* c = realContent().content.signalsFor(country);
    REQUIRE(c);
    for (const auto& s : c->signals)
        if (s.id == id) return s;
    FAIL("no signal " << id << " in " << country);
    throw;
}

// The pitch around `at` seconds, from zero crossings over 0.2 s.
double pitchAt(const std::vector<float>& samples, int rate, double at) {
    auto from = static_cast<size_t>(at * rate), to = static_cast<size_t>((at + 0.2) * rate);
    int crossings = 0;
    for (size_t i = from + 1; i < to && i < samples.size(); ++i)
        if ((samples[i - 1] < 0) != (samples[i] < 0)) ++crossings;
    return crossings / 2.0 / 0.2;
}

double loudnessAt(const std::vector<float>& samples, int rate, double at) {
    auto from = static_cast<size_t>(at * rate), to = static_cast<size_t>((at + 0.2) * rate);
    double peak = 0;
    for (size_t i = from; i < to && i < samples.size(); ++i) peak = std::max(peak, static_cast<double>(std::abs(samples[i])));
    return peak;
}

}  // namespace

TEST_CASE("the shipped alert signals load without problems and each country names its sources") {
    const auto& loaded = realContent();
    for (const auto& p : loaded.problems) CHECK_MESSAGE(p.file != "alert_signals.toml", p.toString());
    for (const char* code : {"DE", "FI", "SE", "SA", "TR", "IL"}) {
        const core::CountrySignals* c = loaded.content.signalsFor(code);
        REQUIRE_MESSAGE(c, code);
        CHECK(!c->sources.empty());
        CHECK(c->checked.year >= 2026);
        for (const auto& s : c->signals) {
            CHECK(!s.actions.empty());
            CHECK(!s.meaning.empty());
        }
    }
    // Finland publishes the rise and fall; Germany does not, and the app says so.
    CHECK(signalOf("FI", "general-alarm").sound.riseSeconds == 7.0);
    CHECK(app::signalSoundWords(signalOf("FI", "general-alarm").sound) == "Rising and falling tone for 1 minute (7 s up, 7 s down)");
    CHECK(!signalOf("DE", "warning").sound.riseSeconds);
    CHECK(app::unpublishedWords(signalOf("DE", "warning").sound) == "pitch, speed of the rise and fall");
    CHECK(app::signalSoundWords(signalOf("SE", "important-message").sound) == "Tone sounding and stopping for 2 minutes (7 s on, 14 s off)");
}

TEST_CASE("a malformed alert signal file is reported with its line and the country left out") {
    TempDir dir;
    writeMinimalTree(dir.path);
    writeFile(dir / "alert_signals.toml", R"([[country]]
code = "XX"
name = "Nowhere"
source = ["A source"]
checked = 2026-12-03

[[country.signal]]
id = "warning"
name = "Warning"
meaning = "Danger"
sound = { pattern = "wailing", seconds = 60 }
do = ["Go indoors."]

[[country.signal]]
id = "all-clear"
name = "All clear"
meaning = "Over"
sound = { pattern = "steady", on_seconds = 3 }
do = ["Nothing."]
)");
    auto loaded = content::loadContent(dir.path);
    std::string all = joined(loaded.problems);
    CHECK(all.find("alert_signals.toml:2: country code 'XX' is not in emergency_numbers.toml") != std::string::npos);
    CHECK(all.find("alert_signals.toml:11: pattern 'wailing' must be steady, rising-falling or interrupted") != std::string::npos);
    CHECK_MESSAGE(all.find("alert_signals.toml:18: 'on_seconds' belongs to the interrupted pattern") != std::string::npos, all);
    CHECK(loaded.content.alertSignals.empty());
}

TEST_CASE("each tone is synthesised as its description says") {
    constexpr int rate = 8000;
    // Finland's general alarm: 7 s up, 7 s down, for a minute.
    auto wail = core::synthesiseSignal(signalOf("FI", "general-alarm").sound, rate, 600);
    CHECK(wail.size() == static_cast<size_t>(60 * rate));
    double low = pitchAt(wail, rate, 0.3), high = pitchAt(wail, rate, 6.7), lowAgain = pitchAt(wail, rate, 13.8);
    CHECK(high > low * 1.6);
    CHECK(lowAgain < high / 1.6);
    CHECK(pitchAt(wail, rate, 20.7) > low * 1.6);  // the next rise peaks at 21 s

    // Sweden's important public message: 7 s on, 14 s off.
    auto vma = core::synthesiseSignal(signalOf("SE", "important-message").sound, rate, 600);
    CHECK(vma.size() == static_cast<size_t>(120 * rate));
    CHECK(loudnessAt(vma, rate, 3) > 0.3);
    CHECK(loudnessAt(vma, rate, 10) == 0);
    CHECK(loudnessAt(vma, rate, 20) == 0);
    CHECK(loudnessAt(vma, rate, 24) > 0.3);

    // A steady all clear keeps one pitch; a long signal is cut to what the practice plays.
    auto steady = core::synthesiseSignal(signalOf("TR", "yellow").sound, rate, 60);
    CHECK(steady.size() == static_cast<size_t>(60 * rate));
    CHECK(std::abs(pitchAt(steady, rate, 1) - pitchAt(steady, rate, 50)) < 10);
}

TEST_CASE("practising a country's signals records each answer in the spaced review") {
    AppFixture f;
    app::AlertPractice& practice = f.app->alertPractice();
    practice.start("FI");
    REQUIRE(practice.country());
    CHECK(practice.total() == 3);
    REQUIRE(practice.signal());
    std::string first = practice.signal()->id;
    // The right meaning, then a wrong first action: the signal counts as missed.
    practice.choose(practice.question().right);
    CHECK(practice.question().answeredRight());
    practice.advance();
    REQUIRE(practice.ask() == app::AlertPractice::Ask::FirstAction);
    int wrong = (practice.question().right + 1) % static_cast<int>(practice.question().choices.size());
    practice.choose(wrong);
    CHECK(practice.rightSoFar() == 0);
    practice.advance();
    // The second signal, both right.
    REQUIRE(practice.signal());
    CHECK(practice.signal()->id != first);
    practice.choose(practice.question().right);
    practice.advance();
    practice.choose(practice.question().right);
    CHECK(practice.rightSoFar() == 1);

    store::FirstAidStore store(*f.db);
    auto reviews = store.reviews(app::AlertPractice::reviewKey("FI"));
    REQUIRE(reviews.size() == 2);
    CHECK(reviews.begin()->second.box + std::next(reviews.begin())->second.box == 1);  // one missed (box 0), one known (box 1)
    // The missed one is due again in minutes, like a missed quiz question, and counts in the practice reminder.
    f.clock.advance(std::chrono::minutes{11});
    CHECK(store.dueReviewCount(f.clock.now()) == 1);

    // A new round asks the missed signal first.
    f.restart();
    f.app->alertPractice().start("FI");
    REQUIRE(f.app->alertPractice().signal());
    CHECK(f.app->alertPractice().signal()->id == first);
}

TEST_CASE("a country with one signal still gets three answers to choose from") {
    AppFixture f;
    app::AlertPractice& practice = f.app->alertPractice();
    practice.start("IL");
    REQUIRE(practice.signal());
    CHECK(practice.question().choices.size() == 3);
    CHECK(practice.question().choices[static_cast<size_t>(practice.question().right)] == practice.signal()->meaning);
}

TEST_CASE("the alert signals screen plays a signal and takes the answers by tap") {
    AppFixture f;
    f.app->setCountry("SE");
    platform::Headless screen(*f.app, 420, 1600);  // every answer in view without scrolling
    f.app->openAlertPractice();
    screen.frame(2);
    const core::AlertSignal* s = f.app->alertPractice().signal();
    REQUIRE(s);
    // No sound card in this test: Play says so once and the practice goes on.
    REQUIRE(screen.tap("##signal-play-practice"));
    int right = f.app->alertPractice().question().right;
    REQUIRE(screen.tap("##signal-meaning-" + std::to_string(right)));
    CHECK(f.app->alertPractice().question().answeredRight());
    REQUIRE(screen.tap("##signals-next"));
    screen.frame(2);
    right = f.app->alertPractice().question().right;
    REQUIRE(screen.tap("##signal-action-" + std::to_string(right)));
    CHECK(f.app->alertPractice().rightSoFar() == 1);
    store::FirstAidStore store(*f.db);
    CHECK(store.reviews(app::AlertPractice::reviewKey("SE")).size() == 1);
}
