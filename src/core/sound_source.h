#pragma once
// What the audio stream plays, block by block: the metronome's clicks, or a synthesised signal.
#include <cmath>
#include <cstdint>
#include <span>
#include <vector>

namespace core {

class SoundSource {
public:
    virtual ~SoundSource() = default;
    // Fills `out` with the next mono 16-bit frames at `volume` (0 silent, 1 full); silence once finished.
    virtual void render(std::span<int16_t> out, float volume) = 0;
    virtual bool finished() const { return false; }
};

// Loudness follows the square of the volume, as the ear hears it.
inline float perceivedGain(float volume) {
    float v = volume < 0 ? 0 : volume > 1 ? 1 : volume;
    return v * v;
}

// One frame of 16-bit PCM from a float in [-1, 1], clipped rather than wrapped.
inline int16_t toPcm16(float s) { return static_cast<int16_t>(std::lround((s < -1 ? -1 : s > 1 ? 1 : s) * 32767.0f)); }

// Samples made at `fromRate` (a voice's 22,050 Hz) at `toRate` (the device's), by linear
// interpolation: enough for speech, which has little above 5 kHz.
std::vector<float> resampled(const std::vector<float>& samples, int fromRate, int toRate);

// A sound made in advance (a warning signal), played once through.
class SampleTrack : public SoundSource {
public:
    explicit SampleTrack(std::vector<float> samples) : samples_(std::move(samples)) {}
    void render(std::span<int16_t> out, float volume) override;
    bool finished() const override { return position_ >= samples_.size(); }

private:
    std::vector<float> samples_;
    size_t position_ = 0;
};

}  // namespace core
