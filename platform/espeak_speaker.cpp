#include "platform/espeak_speaker.h"

#include <espeak-ng/espeak_ng.h>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <iostream>
#include <mutex>
#include <stdexcept>
#include <thread>

namespace platform {
namespace {
using namespace std::chrono;

// espeak-ng keeps one voice and one callback for the process: every use holds this lock.
std::mutex& espeakLock() {
    static std::mutex lock;
    return lock;
}

struct Synthesis {
    std::vector<int16_t>* out;
    const std::atomic<bool>* cancel;
};

int collect(short* wav, int count, espeak_EVENT* events) {
    auto* s = static_cast<Synthesis*>(events ? events->user_data : nullptr);
    if (!s) return 0;
    if (wav && count > 0) s->out->insert(s->out->end(), wav, wav + count);
    return s->cancel && s->cancel->load() ? 1 : 0;  // 1 stops the synthesis
}

// Initialised once, synchronous (samples to our callback, no audio of its own).
int espeakSampleRate() {
    static const int rate = [] {
        espeak_ng_InitializePath(nullptr);
        espeak_ng_ERROR_CONTEXT context = nullptr;
        if (espeak_ng_Initialize(&context) != ENS_OK) return 0;
        if (espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 0, nullptr) != ENS_OK) return 0;
        espeak_SetSynthCallback(collect);
        return espeak_ng_GetSampleRate();
    }();
    return rate;
}

SpokenAudio synthesise(const std::string& text, const std::string& language, const std::atomic<bool>* cancel) {
    std::lock_guard lock(espeakLock());
    SpokenAudio audio;
    audio.sampleRate = espeakSampleRate();
    if (audio.sampleRate <= 0) throw std::runtime_error("espeak-ng could not start (is espeak-ng-data installed?)");
    std::string voice = language.substr(0, language.find_first_of("_-.@"));
    if (espeak_ng_SetVoiceByName(voice.c_str()) != ENS_OK) throw std::runtime_error("espeak-ng has no voice for \"" + voice + "\"");
    Synthesis s{&audio.samples, cancel};
    espeak_ng_STATUS status =
        espeak_ng_Synthesize(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, &s);
    if (status != ENS_OK && !(cancel && cancel->load())) throw std::runtime_error("espeak-ng could not say it");
    return audio;
}

class EspeakSpeaker final : public app::Speaker {
public:
    explicit EspeakSpeaker(app::AudioDeviceOpener open)
        : output_(std::move(open), [this](std::string problem) { tellOnce(problem); }), worker_([this] { run(); }) {}

    ~EspeakSpeaker() override {
        {
            std::lock_guard lock(mutex_);
            stopping_ = true;
            queue_.clear();
        }
        cancel_ = true;
        wake_.notify_all();
        worker_.join();
    }

    void say(const app::Utterance& u) override {
        {
            std::lock_guard lock(mutex_);
            if (u.interrupt) {
                queue_.clear();
                cancel_ = true;  // the sentence being made or played gives way
            }
            queue_.push_back(u);
        }
        wake_.notify_all();
    }

    void hush() override {
        {
            std::lock_guard lock(mutex_);
            queue_.clear();
            cancel_ = true;
        }
        wake_.notify_all();
    }

private:
    void tellOnce(const std::string& problem) {
        if (told_.exchange(true)) return;
        std::cerr << "steadfast: steps cannot be read aloud: " << problem << "\n";
    }

    // One sentence at a time: made, then played to its end unless a new step cuts in.
    void run() {
        for (;;) {
            app::Utterance next;
            {
                std::unique_lock lock(mutex_);
                wake_.wait(lock, [&] { return stopping_ || !queue_.empty() || cancel_; });
                if (stopping_) break;
                if (queue_.empty()) {
                    cancel_ = false;
                    output_.stop();
                    continue;
                }
                next = std::move(queue_.front());
                queue_.pop_front();
                cancel_ = false;
            }
            SpokenAudio audio;
            try {
                audio = synthesise(next.text, next.language, &cancel_);
            } catch (const std::exception& e) {
                tellOnce(e.what());
                continue;
            }
            if (cancel_) continue;
            std::vector<float> samples(audio.samples.size());
            for (size_t i = 0; i < samples.size(); ++i) samples[i] = static_cast<float>(audio.samples[i]) / 32768.0f;
            output_.playSamples(std::move(samples), audio.sampleRate);
            std::unique_lock lock(mutex_);
            // Wait for the sentence to end (polled: the output says when it has played out).
            while (!stopping_ && !cancel_ && output_.playing()) wake_.wait_for(lock, milliseconds{20});
            // Silent between sentences: an open output costs power.
            if (cancel_ || stopping_ || queue_.empty()) output_.stop();
        }
        output_.stop();
    }

    app::SoundOutput output_;
    std::atomic<bool> told_{false};
    std::atomic<bool> cancel_{false};
    std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<app::Utterance> queue_;
    bool stopping_ = false;
    std::thread worker_;
};

}  // namespace

SpokenAudio synthesiseSpeech(const std::string& text, const std::string& language) { return synthesise(text, language, nullptr); }

std::unique_ptr<app::Speaker> openSpeaker(app::AudioDeviceOpener open) { return std::make_unique<EspeakSpeaker>(std::move(open)); }

}  // namespace platform
