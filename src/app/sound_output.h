#pragma once
// What the app plays aloud: the metronome's clicks and the warning signals to learn. Samples are
// rendered block by block by one pull function, fill(), called by whatever feeds the sound card:
// a thread of SoundOutput's own on the desktop (which writes into OpenAL's queue), the browser's
// audio callback on the web (no threads there). Either way each click's place is counted in the
// stream's own samples, so the clicks keep time whether or not the window draws a frame. The sound
// card itself is behind AudioDevice (the platform's output, or a fake in tests); a machine without
// one gets a single message and silence, never an error.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <thread>
#include <vector>

#include "core/alert_signal.h"
#include "core/click_track.h"
#include "core/timers.h"

namespace app {

// Something that plays mono 16-bit samples at a steady rate. Either it is fed (the default):
// SoundOutput's thread waits for room and writes; or it pulls: its own audio callback asks for
// each block it is about to play.
class AudioDevice {
public:
    // Fills the block with the next frames to play.
    using Pull = std::function<void(std::span<int16_t>)>;

    virtual ~AudioDevice() = default;
    virtual int sampleRate() const = 0;
    // A device that pulls keeps `pull`, calls it from its audio callback from now until it is
    // destroyed, and returns true. A device that is fed returns false.
    virtual bool pullFrom(Pull pull) {
        (void)pull;
        return false;
    }
    // Waits up to `timeout` for room; returns how many frames the device takes now (0: none yet).
    virtual size_t waitForSpace(std::chrono::milliseconds timeout) = 0;
    // At most what waitForSpace() last offered. Starts playing if it was not.
    virtual void write(std::span<const int16_t> frames) = 0;
    // Stops at once and drops what is queued.
    virtual void halt() = 0;
    // How long a frame takes from write() to the speaker, as the device reports it (0: unknown).
    virtual double latencySeconds() const { return 0; }
};

// Opens the output; throws std::runtime_error saying why it cannot.
using AudioDeviceOpener = std::function<std::unique_ptr<AudioDevice>()>;

class SoundOutput {
public:
    // `tell` receives the one message a user sees when there is no sound to be had.
    SoundOutput(AudioDeviceOpener open, std::function<void(std::string)> tell);
    ~SoundOutput();
    SoundOutput(const SoundOutput&) = delete;
    SoundOutput& operator=(const SoundOutput&) = delete;

    // Plays the metronome from where its beat is at `now` (the first click at once for a beat
    // started now); nullopt stops it.
    void playMetronome(const std::optional<core::Metronome>& metronome, core::TimePoint now);
    // Plays a warning signal once through, at most `maxSeconds` of it.
    void playSignal(const core::SignalSound& sound, double maxSeconds);
    // Plays samples made at `sampleRate` once through (a spoken sentence).
    void playSamples(std::vector<float> samples, int sampleRate);
    // Falls silent and lets the device go.
    void stop();
    void setVolume(float volume) { volume_ = volume; }  // 0 to 1, heard from the next block
    // Something is playing (a signal that has played to its end counts as stopped).
    bool playing() const;
    // Why there is no sound ("" while there may be).
    std::string problem() const;

private:
    using MakeSource = std::function<std::unique_ptr<core::SoundSource>(int sampleRate)>;
    // What the stream plays now; belongs to the caller of fill() (the thread, or the callback).
    struct Playing {
        uint64_t seen = 0;  // the generation_ it plays
        std::unique_ptr<core::SoundSource> source;
    };
    void play(MakeSource make);
    // The pull: the next frames of the sound wanted, at `sampleRate`. True when a new sound
    // begins with this block (what the device still holds of the old one is stale).
    bool fill(std::span<int16_t> block, int sampleRate, Playing& playing);
    void run();  // the feeding thread, for a device that is fed

    AudioDeviceOpener open_;
    std::function<void(std::string)> tell_;
    std::atomic<float> volume_{0.8f};
    std::atomic<bool> finished_{false};  // the source played to its end

    mutable std::mutex mutex_;
    std::condition_variable wake_;
    MakeSource wanted_;                      // empty: silence
    uint64_t generation_ = 0;                // counts changes of wanted_
    std::unique_ptr<AudioDevice> opened_;    // opened by play(), taken by the thread
    bool deviceHeld_ = false;                // the thread holds an open device
    std::unique_ptr<AudioDevice> pulling_;   // an open device that pulls: no thread
    bool stopping_ = false;
    std::string problem_;
    std::thread thread_;
};

// The metronome as a WAV file, `seconds` long: the sound the app plays. Throws std::runtime_error
// with a message for the user (a full disk, a folder that cannot be written); then no file is left.
void writeMetronomeWav(const std::filesystem::path& file, const core::MetronomeSpec& spec, int seconds,
                       int sampleRate = 44100);

}  // namespace app
