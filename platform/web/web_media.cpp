#include "platform/web/web_media.h"

#include <emscripten.h>

#include <algorithm>
#include <cstdint>
#include <set>
#include <stdexcept>

#include "i18n/i18n.h"

extern "C" {
// web_media.js
int steadfast_audio_open(int frames);
void steadfast_audio_close();
double steadfast_audio_latency();
int steadfast_speech_say(const char* text, const char* lang, int interrupt);
void steadfast_speech_hush();
void steadfast_keep_screen_on(int on);
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

class WebSpeaker;
WebSpeaker* g_speaker = nullptr;  // the one speaker, told when the browser fails to speak

// The browser's speechSynthesis. say() hands the words over and returns: the browser speaks them
// on its own, so a sentence never holds the page's one thread, and so never the clicks' callback.
class WebSpeaker final : public app::Speaker {
public:
    explicit WebSpeaker(std::function<void(std::string)> tell) : tell_(std::move(tell)) { g_speaker = this; }
    ~WebSpeaker() override {
        steadfast_speech_hush();
        g_speaker = nullptr;
    }
    void say(const app::Utterance& u) override {
        language_ = u.language;
        int status = steadfast_speech_say(u.text.c_str(), u.language.c_str(), u.interrupt);
        if (status == 1) tellOnce(i18n::tr("This browser cannot speak, so steps are not read aloud."));
        if (status == 2) failed();
    }
    void hush() override { steadfast_speech_hush(); }
    // The browser has no voice for the language, or could not use it.
    void failed() { tellOnce(i18n::tr("This browser has no voice for this language, so steps are not read aloud.")); }

private:
    void tellOnce(const std::string& message) {
        if (!told_.insert(language_).second) return;  // once for each language
        if (tell_) tell_(message);
    }
    std::function<void(std::string)> tell_;
    std::string language_;
    std::set<std::string> told_;
};

}  // namespace

std::unique_ptr<app::AudioDevice> openWebAudioOutput() {
    auto output = std::make_unique<WebAudioOutput>();
    output->start();
    return output;
}

std::unique_ptr<app::Speaker> openWebSpeaker(std::function<void(std::string)> tell) {
    return std::make_unique<WebSpeaker>(std::move(tell));
}

void keepScreenOnInBrowser(bool on) { steadfast_keep_screen_on(on ? 1 : 0); }

}  // namespace platform

// From web_media.js: the browser could not speak the last words (no voice for their language).
extern "C" EMSCRIPTEN_KEEPALIVE void steadfast_speech_failed() {
    if (platform::g_speaker) platform::g_speaker->failed();
}

// SoundOutput's pull, for the audio callback in web_media.js: the next `frames` samples.
extern "C" EMSCRIPTEN_KEEPALIVE void steadfast_audio_fill(int16_t* out, int frames) {
    std::span<int16_t> block(out, static_cast<size_t>(frames));
    if (platform::g_pull)
        platform::g_pull(block);
    else
        std::fill(block.begin(), block.end(), int16_t{0});
}
