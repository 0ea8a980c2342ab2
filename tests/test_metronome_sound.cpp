// The metronome heard: where the cues fall, the stream writer keeping time on its own thread while
// nothing else runs, the app with no sound card, and the WAV track from the real binary.
#include <doctest/doctest.h>

#include <atomic>
#include <cmath>
#include <cstdio>
#include <mutex>
#include <thread>

#include "app/sound_output.h"
#include "core/click_track.h"
#include "store/settings_store.h"
#include "command_output.h"
#include "support.h"

using namespace test;
using namespace std::chrono;

namespace {

// A sound card in software: it plays `rate` frames a second of real time from a 250 ms buffer (a
// sound server's usual size, so a test machine busy with other work does not starve it), and
// keeps every frame it was given. Running dry (an underrun) is what a user hears as a gap.
struct RealTimeCard {
    std::mutex mutex;
    std::vector<int16_t> played;
    int underruns = 0;
    int halts = 0;
};

class FakeDevice : public app::AudioDevice {
public:
    static constexpr int kRate = 16000;
    static constexpr size_t kBuffer = kRate / 4;  // 250 ms
    explicit FakeDevice(std::shared_ptr<RealTimeCard> card) : card_(std::move(card)) {}
    int sampleRate() const override { return kRate; }
    size_t waitForSpace(milliseconds timeout) override {
        auto until = steady_clock::now() + timeout;
        for (;;) {
            long long room = static_cast<long long>(kBuffer) - queued();
            if (room >= static_cast<long long>(kBuffer / 4)) return static_cast<size_t>(room);
            if (steady_clock::now() >= until) return 0;
            std::this_thread::sleep_for(milliseconds{1});
        }
    }
    void write(std::span<const int16_t> frames) override {
        std::lock_guard lock(card_->mutex);
        if (started_ && queued() < 0) ++card_->underruns;
        if (!started_) {
            started_ = true;
            start_ = steady_clock::now();
        }
        card_->played.insert(card_->played.end(), frames.begin(), frames.end());
        written_ += static_cast<long long>(frames.size());
    }
    void halt() override {
        std::lock_guard lock(card_->mutex);
        ++card_->halts;
        started_ = false;
        written_ = 0;
    }

private:
    // Frames given but not yet played (negative: the card ran dry).
    long long queued() const {
        if (!started_) return 0;
        long long consumed = duration_cast<microseconds>(steady_clock::now() - start_).count() * kRate / 1'000'000;
        return written_ - consumed;
    }
    std::shared_ptr<RealTimeCard> card_;
    bool started_ = false;
    steady_clock::time_point start_;
    long long written_ = 0;
};

// Onsets of the sounds in a track: the first sample heard after at least 5 ms of silence.
struct Onset {
    long long frame;
    long long length;  // frames until the sound ends
};
std::vector<Onset> onsets(std::span<const int16_t> samples, int rate) {
    std::vector<Onset> out;
    long long silence = rate / 200, quiet = silence, last = -1;
    for (long long i = 0; i < static_cast<long long>(samples.size()); ++i) {
        if (samples[static_cast<size_t>(i)] == 0) {
            ++quiet;
            continue;
        }
        if (quiet >= silence) out.push_back({i, 0});
        quiet = 0;
        last = i;
        out.back().length = last - out.back().frame + 1;
    }
    return out;
}

core::MetronomeSpec spec(int rate, int compressions, int breaths) {
    core::MetronomeSpec s;
    s.rate = rate;
    s.compressions = compressions;
    s.breaths = breaths;
    return s;
}

}  // namespace

TEST_CASE("the click schedule accents the count's last compression and gives one tone per breath") {
    core::ClickSchedule schedule(spec(110, 30, 2), 48000);
    double beat = 60.0 / 110, cycle = 30 * beat + 2 * 2.5;
    auto cues = schedule.between(0, static_cast<long long>(2 * cycle * 48000));
    REQUIRE(cues.size() == 64);  // two cycles of 30 compressions and 2 breaths
    for (int c = 0; c < 2; ++c) {
        for (int k = 0; k < 30; ++k) {
            const core::CueAt& cue = cues[static_cast<size_t>(c * 32 + k)];
            CHECK(cue.cue == (k == 29 ? core::Cue::Accent : core::Cue::Beat));
            CHECK(std::abs(cue.frame - std::llround((c * cycle + k * beat) * 48000)) <= 1);
        }
        for (int b = 0; b < 2; ++b) {
            const core::CueAt& cue = cues[static_cast<size_t>(c * 32 + 30 + b)];
            CHECK(cue.cue == core::Cue::Breath);
            CHECK(std::abs(cue.frame - std::llround((c * cycle + 30 * beat + b * 2.5) * 48000)) <= 1);
        }
    }
    // Any window gives the same cues as the whole: a stream rendered block by block misses none.
    std::vector<core::CueAt> pieced;
    for (long long from = 0; from < 2 * cycle * 48000; from += 441) {
        auto part = schedule.between(from, std::min<long long>(from + 441, static_cast<long long>(2 * cycle * 48000)));
        pieced.insert(pieced.end(), part.begin(), part.end());
    }
    CHECK(pieced == cues);
}

TEST_CASE("compression-only CPR clicks every beat with no accent and no breath cue") {
    core::ClickSchedule schedule(spec(100, 30, 0), 48000);
    auto cues = schedule.between(0, 60 * 48000);
    REQUIRE(cues.size() == 100);
    for (size_t n = 0; n < cues.size(); ++n) {
        CHECK(cues[n].cue == core::Cue::Beat);
        CHECK(cues[n].frame == static_cast<long long>(n) * 48000 * 60 / 100);
    }
}

TEST_CASE("the clicks keep time while the frame loop is stalled for 2 seconds") {
    auto card = std::make_shared<RealTimeCard>();
    std::vector<std::string> told;
    app::SoundOutput sound([card] { return std::make_unique<FakeDevice>(card); }, [&](std::string m) { told.push_back(m); });
    core::Metronome metronome(spec(110, 30, 2), core::TimePoint{} + hours{1});
    sound.playMetronome(metronome, metronome.start());
    // The UI thread does nothing at all for two seconds: no frame, no call into the sound.
    std::this_thread::sleep_for(seconds{2});
    sound.stop();
    std::this_thread::sleep_for(milliseconds{50});

    std::lock_guard lock(card->mutex);
    CHECK(told.empty());
    CHECK(card->underruns == 0);
    // Two seconds played (less what the buffer still held when it stopped) ...
    CHECK(card->played.size() >= static_cast<size_t>(FakeDevice::kRate * 19 / 10));  // 2 s, less scheduling slack
    // ... with every click where the beat puts it, to the sample.
    core::ClickSchedule schedule(metronome.spec(), FakeDevice::kRate);
    std::vector<core::CueAt> expected = schedule.between(0, static_cast<long long>(card->played.size()) - FakeDevice::kRate / 50);
    std::vector<Onset> heard = onsets(card->played, FakeDevice::kRate);
    REQUIRE(expected.size() >= 4);
    REQUIRE(heard.size() >= expected.size());
    for (size_t i = 0; i < expected.size(); ++i) CHECK(std::abs(heard[i].frame - expected[i].frame) <= 1);
    CHECK(heard.front().frame <= 1);  // the first click at once, not a beat later
}

TEST_CASE("without a sound card the app says so once and the metronome goes on silently") {
    AppFixture f;
    int opens = 0;
    f.app->setAudioOutput([&]() -> std::unique_ptr<app::AudioDevice> {
        ++opens;
        throw std::runtime_error("no audio output device was found");
    });
    auto& fa = f.app->firstAid();
    fa.startGuide("adult-cpr");
    while (!fa.currentStep()->metronome) fa.nextStep();
    fa.startMetronome(*fa.currentStep()->metronome);
    CHECK(fa.metronome().has_value());
    CHECK(f.app->notices().text().find("No sound: no audio output device was found") != std::string::npos);
    CHECK(f.app->soundProblem() == f.app->notices().text());
    f.app->notices().dismiss();
    fa.stopMetronome();
    fa.startMetronome(*fa.currentStep()->metronome);
    CHECK(fa.metronome().has_value());
    CHECK(f.app->notices().text().empty());  // said once
    CHECK(opens == 1);
}

TEST_CASE("sound on or off and the volume are kept, and the sound follows the beat") {
    AppFixture f;
    auto card = std::make_shared<RealTimeCard>();
    f.app->setAudioOutput([card] { return std::make_unique<FakeDevice>(card); });
    auto& fa = f.app->firstAid();
    fa.startGuide("adult-cpr");
    while (!fa.currentStep()->metronome) fa.nextStep();
    fa.startMetronome(*fa.currentStep()->metronome);
    f.app->setMetronomeVolume(0.3f);
    f.app->setMetronomeSound(false);
    CHECK(store::loadSettings(*f.db).metronomeSound == false);
    CHECK(store::loadSettings(*f.db).metronomeVolume == doctest::Approx(0.3f));
    std::this_thread::sleep_for(milliseconds{50});
    size_t silencedAt;
    {
        std::lock_guard lock(card->mutex);
        silencedAt = card->played.size();
    }
    std::this_thread::sleep_for(milliseconds{100});
    {
        std::lock_guard lock(card->mutex);
        CHECK(card->played.size() == silencedAt);  // nothing more is played once off
    }
    f.restart();
    CHECK(f.app->settings().metronomeSound == false);
}

namespace {

struct Wav {
    int channels = 0, rate = 0, bits = 0;
    std::vector<int16_t> samples;
};

Wav readWav(const fs::path& file) {
    std::string bytes = readFile(file);
    auto u32 = [&](size_t at) {
        return static_cast<uint32_t>(static_cast<unsigned char>(bytes[at]) | static_cast<unsigned char>(bytes[at + 1]) << 8 |
                                     static_cast<unsigned char>(bytes[at + 2]) << 16 | static_cast<uint32_t>(static_cast<unsigned char>(bytes[at + 3])) << 24);
    };
    auto u16 = [&](size_t at) { return static_cast<int>(static_cast<unsigned char>(bytes[at]) | static_cast<unsigned char>(bytes[at + 1]) << 8); };
    Wav w;
    REQUIRE(bytes.size() >= 44);
    REQUIRE(bytes.substr(0, 4) == "RIFF");
    REQUIRE(bytes.substr(8, 8) == "WAVEfmt ");
    REQUIRE(u16(20) == 1);  // PCM
    w.channels = u16(22);
    w.rate = static_cast<int>(u32(24));
    w.bits = u16(34);
    REQUIRE(bytes.substr(36, 4) == "data");
    uint32_t size = u32(40);
    REQUIRE(bytes.size() == 44 + size);
    CHECK(u32(4) == 36 + size);
    w.samples.resize(size / 2);
    for (size_t i = 0; i < w.samples.size(); ++i) w.samples[i] = static_cast<int16_t>(u16(44 + 2 * i));
    return w;
}

int run(const std::string& command, std::string* output = nullptr) {
    CommandOutput out = runCommand(command);
    if (output) *output = out.text;
    return out.status;
}

}  // namespace

TEST_CASE("a 10-minute metronome track has every click within 1 ms of its time") {
    TempDir dir;
    fs::path file = dir / "cpr.wav";
    REQUIRE(run(std::string(STEADFAST_BINARY) + " metronome --rate 110 --ratio 30:2 --seconds 600 '" + file.string() + "'") == 0);
    Wav w = readWav(file);
    CHECK(w.channels == 1);
    CHECK(w.bits == 16);
    REQUIRE(w.samples.size() == static_cast<size_t>(600) * w.rate);
    // The expected times, worked out here from the rhythm itself: 30 compressions at 110 a
    // minute, then 2 breaths of 2.5 s, repeated.
    double beat = 60.0 / 110, cycle = 30 * beat + 2 * 2.5;
    std::vector<std::pair<double, bool>> expected;  // seconds, and whether it is a breath tone
    for (int c = 0; c * cycle < 600; ++c) {
        for (int k = 0; k < 30; ++k) expected.push_back({c * cycle + k * beat, false});
        for (int b = 0; b < 2; ++b) expected.push_back({c * cycle + 30 * beat + b * 2.5, true});
    }
    while (!expected.empty() && expected.back().first > 600 - 0.4) expected.pop_back();  // a sound cut off by the end
    std::vector<Onset> heard = onsets(w.samples, w.rate);
    while (heard.size() > expected.size()) heard.pop_back();
    REQUIRE(heard.size() == expected.size());
    double drift = 0;
    int breaths = 0;
    for (size_t i = 0; i < expected.size(); ++i) {
        drift = std::max(drift, std::abs(static_cast<double>(heard[i].frame) / w.rate - expected[i].first));
        bool longTone = heard[i].length > w.rate / 5;  // a breath tone lasts over 0.2 s, a click under 0.1 s
        CHECK(longTone == expected[i].second);
        breaths += longTone;
    }
    CHECK(drift < 0.001);
    CHECK(breaths >= 2 * 16);
    MESSAGE("clicks: " << heard.size() << ", largest drift: " << drift * 1000 << " ms");
}

TEST_CASE("a compression-only track clicks every beat with no pause") {
    TempDir dir;
    fs::path file = dir / "hands-only.wav";
    REQUIRE(run(std::string(STEADFAST_BINARY) + " metronome --rate 100 --ratio 30:0 --seconds 60 '" + file.string() + "'") == 0);
    Wav w = readWav(file);
    std::vector<Onset> heard = onsets(w.samples, w.rate);
    REQUIRE(heard.size() == 100);
    for (size_t n = 0; n < heard.size(); ++n) CHECK(std::abs(static_cast<double>(heard[n].frame) / w.rate - n * 0.6) < 0.001);
}

TEST_CASE("bad metronome arguments get a clear message and exit status 2") {
    TempDir dir;
    std::string base = std::string(STEADFAST_BINARY) + " metronome ";
    std::string out;
    CHECK(run(base + "--rate 200 --seconds 10 '" + (dir / "a.wav").string() + "'", &out) == 2);
    CHECK(out.find("--rate 200 is outside 100 to 120") != std::string::npos);
    CHECK(run(base + "--ratio 30-2 --seconds 10 '" + (dir / "a.wav").string() + "'", &out) == 2);
    CHECK(out.find("--ratio \"30-2\" is not COMPRESSIONS:BREATHS") != std::string::npos);
    CHECK(run(base + "--seconds 0 '" + (dir / "a.wav").string() + "'", &out) == 2);
    CHECK(out.find("--seconds must be from 1 to 3600") != std::string::npos);
    CHECK(run(base + "--seconds ten '" + (dir / "a.wav").string() + "'", &out) == 2);
    CHECK(run(base + "'" + (dir / "a.wav").string() + "'", &out) == 2);  // --seconds missing
    CHECK(out.find("--seconds is required") != std::string::npos);
    CHECK(run(base + "--seconds 5 '" + (dir / "a.mp3").string() + "'", &out) == 2);
    CHECK(!fs::exists(dir / "a.wav"));
    // A folder that does not exist: the write fails (status 1), and says where.
    CHECK(run(base + "--seconds 5 '" + (dir / "no" / "a.wav").string() + "'", &out) == 1);
    CHECK(out.find("Cannot write") != std::string::npos);
}
