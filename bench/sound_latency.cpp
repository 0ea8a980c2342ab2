// The metronome's sound through the real output (OpenAL): how long from the tap on Start until the
// first click leaves the app for the device (plus the latency the device reports), and how steadily
// the stream thread hands blocks over (its lateness against the stream's own clock: a block later
// than the queue lasts would be heard as a gap). The click positions inside the stream are exact
// to the sample (tests/test_metronome_sound.cpp), so this is the timing a user can hear.
// Then "Read steps aloud": how long from a step appearing (Speaker::say) until its first speech
// samples are handed to the voice's output (espeak-ng synthesis included), in English and Arabic;
// and the clicks' hand-over lateness again while the voice speaks without a pause.
//
// Usage: bench_sound_latency [SECONDS] [STARTS]   (default 20 s of clicks, 20 starts)
// Without a sound card: ALSOFT_DRIVERS=null build/bench_sound_latency (OpenAL Soft's null output
// plays in real time, so the thread's timing is measured; the device latency is then 0).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <thread>
#include <vector>

#include "app/sound_output.h"
#include "platform/espeak_speaker.h"
#include "platform/openal_audio.h"

using namespace std::chrono;

namespace {

// When each block was handed over; outlives the device, which the sound closes when it stops.
struct WriteLog {
    struct Write {
        steady_clock::time_point at;
        size_t frames;
    };
    std::mutex mutex;
    std::vector<Write> writes;
    int rate = 0;
};

// Passes everything to the real output and notes when each block was handed over.
class TimedDevice : public app::AudioDevice {
public:
    TimedDevice(std::unique_ptr<app::AudioDevice> inner, std::shared_ptr<WriteLog> log) : inner_(std::move(inner)), log_(std::move(log)) {
        log_->rate = inner_->sampleRate();
    }
    int sampleRate() const override { return inner_->sampleRate(); }
    size_t waitForSpace(milliseconds timeout) override { return inner_->waitForSpace(timeout); }
    void write(std::span<const int16_t> frames) override {
        inner_->write(frames);
        std::lock_guard lock(log_->mutex);
        log_->writes.push_back({steady_clock::now(), frames.size()});
    }
    void halt() override { inner_->halt(); }
    double latencySeconds() const override { return inner_->latencySeconds(); }

private:
    std::unique_ptr<app::AudioDevice> inner_;
    std::shared_ptr<WriteLog> log_;
};

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
}

app::AudioDeviceOpener timedOutput(const std::shared_ptr<WriteLog>& log) {
    return [log] { return std::make_unique<TimedDevice>(platform::openAudioOutput(), log); };
}

// The clicks for `seconds`; prints the stream thread's hand-over lateness. With `speaker`, it
// speaks a step after another all the while.
int steadiness(int seconds, app::Speaker* speaker, const char* label) {
    auto log = std::make_shared<WriteLog>();
    app::SoundOutput sound(timedOutput(log), nullptr);
    core::SystemClock clock;
    core::MetronomeSpec spec;  // 110 a minute, 30:2
    sound.playMetronome(core::Metronome(spec, clock.now()), clock.now());
    if (speaker)
        for (int i = 0; i < seconds / 2 + 1; ++i)
            speaker->say({i % 2 ? "اضغط بقوة وسرعة في وسط الصدر، بعمق 5 إلى 6 سنتيمترات." : "Push hard and fast in the centre of the chest, 5 to 6 centimetres deep.",
                          i % 2 ? "ar" : "en", false});
    std::this_thread::sleep_for(std::chrono::seconds{seconds});
    if (speaker) speaker->hush();
    sound.stop();
    std::this_thread::sleep_for(milliseconds{50});
    std::lock_guard lock(log->mutex);
    const auto& w = log->writes;
    if (w.empty()) return 1;
    double rate = log->rate;
    // Each block is due when the frames before it have played: its lateness against that clock,
    // less the queue the output holds (the first blocks fill it at once).
    std::vector<double> lateMs;
    long long before = 0;
    for (const auto& x : w) {
        double due = static_cast<double>(before) / rate * 1000.0;
        double at = duration<double, std::milli>(x.at - w.front().at).count();
        lateMs.push_back(at - due);
        before += static_cast<long long>(x.frames);
    }
    std::printf("%s: %zu blocks over %d s: hand-over lateness against the stream clock p50 %.2f ms, p99 %.2f ms, max %.2f ms "
                "(the output queue holds 60 ms; later than that would be heard)\n",
                label, w.size(), seconds, percentile(lateMs, 0.5), percentile(lateMs, 0.99), percentile(lateMs, 1.0));
    return 0;
}

// From say() to the first speech samples handed to the voice's output, `count` steps.
void speechStart(int count) {
    auto log = std::make_shared<WriteLog>();
    std::unique_ptr<app::Speaker> speaker = platform::openSpeaker(timedOutput(log));
    std::vector<double> ms[2];
    const char* text[2] = {"Check it is safe for you to go to the person.", "تأكد أن الوصول إلى الشخص آمن لك."};
    for (int i = 0; i < count * 2; ++i) {
        int language = i % 2;
        size_t seen;
        {
            std::lock_guard lock(log->mutex);
            seen = log->writes.size();
        }
        auto said = steady_clock::now();
        speaker->say({text[language], language ? "ar" : "en", true});
        for (;;) {
            {
                std::lock_guard lock(log->mutex);
                if (log->writes.size() > seen) {
                    ms[language].push_back(duration<double, std::milli>(log->writes[seen].at - said).count());
                    break;
                }
            }
            std::this_thread::sleep_for(microseconds{200});
        }
        std::this_thread::sleep_for(milliseconds{300});
        speaker->hush();
        std::this_thread::sleep_for(milliseconds{100});
    }
    std::printf("step appears to first speech handed to the device: English p50 %.1f ms, max %.1f ms; Arabic p50 %.1f ms, max %.1f ms "
                "(%d steps each, espeak-ng synthesis included)\n",
                percentile(ms[0], 0.5), percentile(ms[0], 1.0), percentile(ms[1], 0.5), percentile(ms[1], 1.0), count);
}

}  // namespace

int main(int argc, char** argv) {
    int seconds = argc > 1 ? std::atoi(argv[1]) : 20;
    int starts = argc > 2 ? std::atoi(argv[2]) : 20;
    core::MetronomeSpec spec;  // 110 a minute, 30:2

    // Tap to first click: a fresh start each time, the device opened by the tap as in the app.
    std::vector<double> tapMs;
    double deviceMs = 0;
    for (int i = 0; i < starts; ++i) {
        auto log = std::make_shared<WriteLog>();
        TimedDevice* timed = nullptr;
        app::SoundOutput sound(
            [&] {
                auto d = std::make_unique<TimedDevice>(platform::openAudioOutput(), log);
                timed = d.get();
                return d;
            },
            [](std::string m) { std::fprintf(stderr, "%s\n", m.c_str()); });
        auto tap = steady_clock::now();
        core::SystemClock clock;
        sound.playMetronome(core::Metronome(spec, clock.now()), clock.now());
        if (!timed) return 1;  // no output: said above
        for (;;) {
            {
                std::lock_guard lock(log->mutex);
                if (!log->writes.empty()) {
                    tapMs.push_back(duration<double, std::milli>(log->writes.front().at - tap).count());
                    break;
                }
            }
            std::this_thread::sleep_for(microseconds{200});
        }
        std::this_thread::sleep_for(milliseconds{100});
        deviceMs = timed->latencySeconds() * 1000;  // still open: the sound plays on
    }
    std::printf("tap to first click handed to the device: p50 %.2f ms, max %.2f ms over %d starts; device latency %.1f ms\n",
                percentile(tapMs, 0.5), percentile(tapMs, 1.0), starts, deviceMs);

    // Steadiness over `seconds` of clicks, alone and while steps are read aloud.
    if (steadiness(seconds, nullptr, "clicks alone") != 0) return 1;
    speechStart(std::max(1, starts / 2));
    std::unique_ptr<app::Speaker> speaker = platform::openSpeaker(platform::openAudioOutput);
    return steadiness(seconds, speaker.get(), "clicks while steps are spoken");
}
