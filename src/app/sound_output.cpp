#include "app/sound_output.h"

#include <algorithm>
#include <stdexcept>
#include <vector>

#include "core/wav.h"
#include "i18n/i18n.h"
#include "store/atomic_file.h"

namespace app {
using namespace std::chrono;

SoundOutput::SoundOutput(AudioDeviceOpener open, std::function<void(std::string)> tell)
    : open_(std::move(open)), tell_(std::move(tell)) {}

SoundOutput::~SoundOutput() {
    pulling_.reset();  // its callback stops before what it reads goes
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    if (thread_.joinable()) thread_.join();
}

void SoundOutput::playMetronome(const std::optional<core::Metronome>& metronome, core::TimePoint now) {
    if (!metronome) {
        stop();
        return;
    }
    core::MetronomeSpec spec = metronome->spec();
    nanoseconds into = std::max(nanoseconds{0}, duration_cast<nanoseconds>(now - metronome->start()));
    play([spec, into](int rate) {
        return std::make_unique<core::ClickTrack>(spec, rate, into.count() * rate / 1'000'000'000LL);
    });
}

void SoundOutput::playSignal(const core::SignalSound& sound, double maxSeconds) {
    play([sound, maxSeconds](int rate) { return std::make_unique<core::SampleTrack>(core::synthesiseSignal(sound, rate, maxSeconds)); });
}

void SoundOutput::playSamples(std::vector<float> samples, int sampleRate) {
    auto shared = std::make_shared<const std::vector<float>>(std::move(samples));
    play([shared, sampleRate](int rate) { return std::make_unique<core::SampleTrack>(core::resampled(*shared, sampleRate, rate)); });
}

void SoundOutput::play(MakeSource make) {
    if (!open_) return;
    std::unique_lock lock(mutex_);
    if (!problem_.empty()) return;  // said once already
    if (!deviceHeld_ && !opened_ && !pulling_) {
        std::unique_ptr<AudioDevice> device;
        try {
            device = open_();
        } catch (const std::exception& e) {
            problem_ = i18n::fillIn(i18n::tr("No sound: {reason}. The metronome shows the beat on screen only, and signals cannot be played."),
                                    "reason", e.what());
            lock.unlock();
            if (tell_) tell_(problem_);
            return;
        }
        int rate = device->sampleRate();
        auto playing = std::make_shared<Playing>();
        if (device->pullFrom([this, rate, playing](std::span<int16_t> block) { fill(block, rate, *playing); }))
            pulling_ = std::move(device);
        else
            opened_ = std::move(device);
    }
    wanted_ = std::move(make);
    finished_ = false;
    ++generation_;
    if (!pulling_ && !thread_.joinable()) thread_ = std::thread([this] { run(); });
    lock.unlock();
    wake_.notify_all();
}

void SoundOutput::stop() {
    std::unique_ptr<AudioDevice> closing;  // closed while silent: an open output costs power
    {
        std::lock_guard lock(mutex_);
        if (!wanted_) return;
        wanted_ = nullptr;
        ++generation_;
        closing = std::move(pulling_);
    }
    wake_.notify_all();
    closing.reset();  // outside the lock: its callback may be waiting for it
}

bool SoundOutput::playing() const {
    std::lock_guard lock(mutex_);
    return wanted_ && !finished_ && problem_.empty();
}

std::string SoundOutput::problem() const {
    std::lock_guard lock(mutex_);
    return problem_;
}

bool SoundOutput::fill(std::span<int16_t> block, int sampleRate, Playing& playing) {
    MakeSource make;
    bool changed = false;
    {
        std::lock_guard lock(mutex_);
        if (generation_ != playing.seen) {
            playing.seen = generation_;
            make = wanted_;
            changed = true;
        }
    }
    if (changed) playing.source = make ? make(sampleRate) : nullptr;
    if (!playing.source) {
        std::fill(block.begin(), block.end(), int16_t{0});
        return changed;
    }
    playing.source->render(block, volume_.load());
    if (playing.source->finished()) finished_ = true;  // the tail already queued plays out
    return changed;
}

// The feeding thread for a device that is fed: keeps it full from fill(). Nothing here waits on the UI.
void SoundOutput::run() {
    std::unique_ptr<AudioDevice> device;
    Playing playing;
    std::vector<int16_t> block;
    for (;;) {
        bool changed = false, silent = false;
        {
            std::unique_lock lock(mutex_);
            if (!playing.source) wake_.wait(lock, [&] { return stopping_ || generation_ != playing.seen || (!wanted_ && device); });
            if (stopping_) break;
            changed = generation_ != playing.seen;
            if (!wanted_) {
                playing.seen = generation_;
                silent = true;
                deviceHeld_ = false;
            } else if (!device) {
                device = std::move(opened_);
                deviceHeld_ = true;
            }
        }
        if (silent) {
            playing.source.reset();
            device.reset();  // closed while silent: an open output costs power
            continue;
        }
        if (changed) device->halt();  // the new sound starts now, not after what is queued
        size_t room = device->waitForSpace(milliseconds{5});
        if (room == 0) continue;
        block.resize(room);
        fill(block, device->sampleRate(), playing);
        device->write(block);
    }
    if (device) device->halt();
}

void writeMetronomeWav(const std::filesystem::path& file, const core::MetronomeSpec& spec, int seconds, int sampleRate) {
    auto frames = static_cast<uint32_t>(static_cast<long long>(seconds) * sampleRate);
    std::string bytes = core::wavHeader(sampleRate, frames);
    bytes.reserve(bytes.size() + frames * 2ull);
    core::ClickTrack track(spec, sampleRate);
    std::vector<int16_t> block(static_cast<size_t>(sampleRate));
    for (uint32_t done = 0; done < frames;) {
        block.resize(std::min<size_t>(block.size(), frames - done));
        track.render(block, 1.0f);
        core::appendWavSamples(bytes, block);
        done += static_cast<uint32_t>(block.size());
    }
    store::writeFileAtomically(file, bytes, store::FileAccess::Shared);  // 0644: a track to share, not personal data
}

}  // namespace app
