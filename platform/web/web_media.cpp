#include "platform/web/web_media.h"

#include <emscripten.h>

#include <algorithm>
#include <cstdint>
#include <stdexcept>

#include "i18n/i18n.h"

extern "C" {
// web_media.js
int steadfast_audio_open(int frames);
void steadfast_audio_close();
double steadfast_audio_latency();
}

namespace platform {
namespace {

app::AudioDevice::Pull g_pull;  // the open output's; empty: silence

// 1,024 frames (21 ms at 48 kHz) a callback: the node holds two, so a click is heard ~45 ms after
// it is made, and a frame of the UI up to ~20 ms long never starves it (the callback runs on the
// page's one thread).
constexpr int kBlockFrames = 1024;

class WebAudioOutput final : public app::AudioDevice {
public:
    WebAudioOutput() : rate_(0) {}
    ~WebAudioOutput() override {
        steadfast_audio_close();
        g_pull = nullptr;
    }
    int sampleRate() const override { return rate_; }
    bool pullFrom(Pull pull) override {
        g_pull = std::move(pull);
        return true;
    }
    size_t waitForSpace(std::chrono::milliseconds) override { return 0; }  // never fed
    void write(std::span<const int16_t>) override {}
    void halt() override {}
    double latencySeconds() const override { return steadfast_audio_latency(); }

    // Inside the tap that starts the sound, so the browser lets it play.
    void start() {
        rate_ = steadfast_audio_open(kBlockFrames);
        // TRANSLATORS: the reason in "No sound: {reason}. The metronome shows the beat on screen only…"
        if (rate_ <= 0) throw std::runtime_error(i18n::tr("this browser cannot play sound"));
    }

private:
    int rate_;
};

}  // namespace

std::unique_ptr<app::AudioDevice> openWebAudioOutput() {
    auto output = std::make_unique<WebAudioOutput>();
    output->start();
    return output;
}

}  // namespace platform

// SoundOutput's pull, for the audio callback in web_media.js: the next `frames` samples.
extern "C" EMSCRIPTEN_KEEPALIVE void steadfast_audio_fill(int16_t* out, int frames) {
    std::span<int16_t> block(out, static_cast<size_t>(frames));
    if (platform::g_pull)
        platform::g_pull(block);
    else
        std::fill(block.begin(), block.end(), int16_t{0});
}
