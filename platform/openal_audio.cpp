#include "platform/openal_audio.h"

#include <AL/al.h>
#include <AL/alc.h>
#include <AL/alext.h>

#include <stdexcept>
#include <thread>
#include <vector>

namespace platform {
namespace {
using namespace std::chrono;

// Each output makes its own context current on the thread using it (ALC_EXT_thread_local_context),
// so the metronome and the voice, each on a device of its own, never switch the other's context.
// Where the extension is missing (one output at a time), the process-wide current context.
void useContext(ALCcontext* context) {
    static const auto setThreadContext = reinterpret_cast<PFNALCSETTHREADCONTEXTPROC>(
        alcIsExtensionPresent(nullptr, "ALC_EXT_thread_local_context") ? alcGetProcAddress(nullptr, "alcSetThreadContext") : nullptr);
    if (setThreadContext)
        setThreadContext(context);
    else
        alcMakeContextCurrent(context);
}

// The context is current only while a call uses it: a thread that ends holding one makes OpenAL Soft
// report a possible leak (its stream thread ends each time the metronome stops).
class ContextScope {
public:
    explicit ContextScope(ALCcontext* context) { useContext(context); }
    ~ContextScope() { useContext(nullptr); }
    ContextScope(const ContextScope&) = delete;
    ContextScope& operator=(const ContextScope&) = delete;
};

class OpenAlOutput : public app::AudioDevice {
public:
    // Six buffers of 10 ms: a stalled stream thread has 50 ms before the sound breaks up, and a
    // change of rhythm is heard within a buffer.
    static constexpr int kBuffers = 6;

    OpenAlOutput() {
        device_ = alcOpenDevice(nullptr);
        if (!device_) throw std::runtime_error("no audio output device was found");
        context_ = alcCreateContext(device_, nullptr);
        if (context_) useContext(context_);
        if (!context_ || alcGetCurrentContext() != context_) {
            if (context_) alcDestroyContext(context_);
            alcCloseDevice(device_);
            throw std::runtime_error("the audio output could not be started");
        }
        ALCint frequency = 0;
        alcGetIntegerv(device_, ALC_FREQUENCY, 1, &frequency);
        rate_ = frequency > 0 ? frequency : 48000;  // the device's own rate: nothing to resample
        framesPerBuffer_ = static_cast<size_t>(rate_ / 100);
        alGetError();
        alGenSources(1, &source_);
        alGenBuffers(kBuffers, buffers_);
        if (alGetError() != AL_NO_ERROR) {
            useContext(nullptr);
            alcDestroyContext(context_);
            alcCloseDevice(device_);
            throw std::runtime_error("the audio output has no room for a sound");
        }
        free_.assign(buffers_, buffers_ + kBuffers);
        useContext(nullptr);
    }

    ~OpenAlOutput() override {
        useContext(context_);
        alSourceStop(source_);
        alSourcei(source_, AL_BUFFER, 0);
        alDeleteSources(1, &source_);
        alDeleteBuffers(kBuffers, buffers_);
        useContext(nullptr);
        alcDestroyContext(context_);
        alcCloseDevice(device_);
    }

    int sampleRate() const override { return rate_; }

    size_t waitForSpace(milliseconds timeout) override {
        ContextScope current(context_);
        auto until = steady_clock::now() + timeout;
        for (;;) {
            ALint processed = 0;
            alGetSourcei(source_, AL_BUFFERS_PROCESSED, &processed);
            while (processed-- > 0) {
                ALuint b = 0;
                alSourceUnqueueBuffers(source_, 1, &b);
                free_.push_back(b);
            }
            if (!free_.empty()) return framesPerBuffer_;
            if (steady_clock::now() >= until) return 0;
            std::this_thread::sleep_for(milliseconds{2});
        }
    }

    void write(std::span<const int16_t> frames) override {
        if (free_.empty() || frames.empty()) return;
        ContextScope current(context_);
        ALuint b = free_.back();
        free_.pop_back();
        alBufferData(b, AL_FORMAT_MONO16, frames.data(), static_cast<ALsizei>(frames.size_bytes()), rate_);
        alSourceQueueBuffers(source_, 1, &b);
        // Starts the sound, or restarts it after the queue ran dry.
        ALint state = 0;
        alGetSourcei(source_, AL_SOURCE_STATE, &state);
        if (state != AL_PLAYING) alSourcePlay(source_);
    }

    // OpenAL Soft's AL_SOFT_source_latency: what is queued inside the mixer and the device.
    double latencySeconds() const override {
        ContextScope current(context_);
        if (!alIsExtensionPresent("AL_SOFT_source_latency")) return 0;
        auto get = reinterpret_cast<LPALGETSOURCEDVSOFT>(alGetProcAddress("alGetSourcedvSOFT"));
        ALdouble offsetAndLatency[2] = {0, 0};
        if (get) get(source_, AL_SEC_OFFSET_LATENCY_SOFT, offsetAndLatency);
        return offsetAndLatency[1];
    }

    void halt() override {
        ContextScope current(context_);
        alSourceStop(source_);  // every queued buffer counts as processed once stopped
        alSourcei(source_, AL_BUFFER, 0);
        free_.assign(buffers_, buffers_ + kBuffers);
    }

private:
    ALCdevice* device_ = nullptr;
    ALCcontext* context_ = nullptr;
    ALuint source_ = 0;
    ALuint buffers_[kBuffers]{};
    std::vector<ALuint> free_;
    int rate_ = 48000;
    size_t framesPerBuffer_ = 480;
};

}  // namespace

std::unique_ptr<app::AudioDevice> openAudioOutput() { return std::make_unique<OpenAlOutput>(); }

}  // namespace platform
