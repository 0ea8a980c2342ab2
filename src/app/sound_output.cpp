#include "app/sound_output.h"

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
    if (!deviceHeld_ && !opened_) {
        try {
            opened_ = open_();
        } catch (const std::exception& e) {
            problem_ = i18n::fillIn(i18n::tr("No sound: {reason}. The metronome shows the beat on screen only, and signals cannot be played."),
                                    "reason", e.what());
            lock.unlock();
            if (tell_) tell_(problem_);
            return;
        }
    }
    wanted_ = std::move(make);
    finished_ = false;
    ++generation_;
    if (!thread_.joinable()) thread_ = std::thread([this] { run(); });
    lock.unlock();
    wake_.notify_all();
}

void SoundOutput::stop() {
    {
        std::lock_guard lock(mutex_);
        if (!wanted_) return;
        wanted_ = nullptr;
        ++generation_;
    }
    wake_.notify_all();
}

bool SoundOutput::playing() const {
    std::lock_guard lock(mutex_);
    return wanted_ && !finished_ && problem_.empty();
}

std::string SoundOutput::problem() const {
    std::lock_guard lock(mutex_);
    return problem_;
}

// The stream writer: keeps the device fed from the source. Nothing here waits on the UI.
void SoundOutput::run() {
    std::unique_ptr<AudioDevice> device;
    std::unique_ptr<core::SoundSource> source;
    std::vector<int16_t> block;
    uint64_t seen = 0;
    for (;;) {
        MakeSource make;
        bool changed = false;
        {
            std::unique_lock lock(mutex_);
            if (!source) wake_.wait(lock, [&] { return stopping_ || generation_ != seen; });
            if (stopping_) break;
            if (generation_ != seen) {
                seen = generation_;
                make = wanted_;
                changed = true;
                if (!make) {
                    deviceHeld_ = false;
                } else if (!device) {
                    device = std::move(opened_);
                    deviceHeld_ = true;
                }
            }
        }
        if (changed) {
            source.reset();
            if (!make) {
                device.reset();  // closed while silent: an open output costs power
                continue;
            }
            device->halt();
            source = make(device->sampleRate());
        }
        size_t room = device->waitForSpace(milliseconds{5});
        if (room == 0) continue;
        block.resize(room);
        source->render(block, volume_.load());
        device->write(block);
        if (source->finished()) finished_ = true;  // the tail already queued plays out
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
