#include "core/click_track.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace core {
using namespace std::chrono;

ClickSchedule::ClickSchedule(MetronomeSpec spec, int sampleRate) : metronome_(spec, TimePoint{}), sampleRate_(sampleRate) {}

long long ClickSchedule::frameAt(nanoseconds offset) const {
    // Rounded to the nearest frame; exact in integers for tracks of many hours.
    return (offset.count() * sampleRate_ + 500'000'000LL) / 1'000'000'000LL;
}

std::vector<CueAt> ClickSchedule::between(long long from, long long to) const {
    std::vector<CueAt> out;
    if (to <= from) return out;
    const MetronomeSpec& spec = metronome_.spec();
    from = std::max(from, 0LL);
    if (spec.breaths == 0) {
        // Compression-only: a click every beat and no count to accent.
        long long n = std::max(0LL, from * spec.rate / (60LL * sampleRate_) - 1);
        for (long long f; (f = frameAt(metronome_.beatOffset(n))) < to; ++n)
            if (f >= from) out.push_back({f, Cue::Beat});
        return out;
    }
    long long cycleFrames = std::max(1LL, frameAt(metronome_.cycleLength()));
    for (long long cycle = std::max(0LL, from / cycleFrames - 1);; ++cycle) {
        long long first = frameAt(metronome_.beatOffset(cycle * spec.compressions));
        if (first >= to) break;
        for (int k = 0; k < spec.compressions; ++k) {
            long long f = frameAt(metronome_.beatOffset(cycle * spec.compressions + k));
            if (f >= from && f < to) out.push_back({f, k + 1 == spec.compressions ? Cue::Accent : Cue::Beat});
        }
        for (int b = 0; b < spec.breaths; ++b) {
            long long f = frameAt(metronome_.breathOffset(cycle, b));
            if (f >= from && f < to) out.push_back({f, Cue::Breath});
        }
    }
    return out;
}

namespace {

// A sine burst with a 2 ms attack (no click from a sudden start) and an exponential decay.
std::vector<float> burst(int sampleRate, double hz, double seconds, double decayPerSecond, double gain) {
    std::vector<float> s(static_cast<size_t>(seconds * sampleRate));
    double attack = 0.002 * sampleRate;
    for (size_t i = 0; i < s.size(); ++i) {
        double t = static_cast<double>(i) / sampleRate;
        double envelope = std::min(1.0, static_cast<double>(i) / attack) * std::exp(-decayPerSecond * t);
        s[i] = static_cast<float>(gain * envelope * std::sin(2 * std::numbers::pi * hz * t));
    }
    return s;
}

}  // namespace

std::vector<float> cueSound(Cue cue, int sampleRate) {
    switch (cue) {
        case Cue::Beat: return burst(sampleRate, 1760, 0.035, 120, 0.6);
        case Cue::Accent: return burst(sampleRate, 2640, 0.06, 70, 0.95);
        case Cue::Breath: {
            // A soft held tone that fades over its last half, clearly unlike a click.
            std::vector<float> s = burst(sampleRate, 523.25, 0.35, 0, 0.5);
            size_t fadeFrom = s.size() / 2;
            for (size_t i = fadeFrom; i < s.size(); ++i)
                s[i] *= static_cast<float>(std::cos(std::numbers::pi / 2 * static_cast<double>(i - fadeFrom) / static_cast<double>(s.size() - fadeFrom)));
            return s;
        }
    }
    return {};
}

ClickTrack::ClickTrack(MetronomeSpec spec, int sampleRate, long long startFrame) : schedule_(spec, sampleRate), position_(startFrame) {
    for (Cue cue : {Cue::Beat, Cue::Accent, Cue::Breath}) {
        sounds_[static_cast<int>(cue)] = cueSound(cue, sampleRate);
        longest_ = std::max(longest_, static_cast<long long>(sounds_[static_cast<int>(cue)].size()));
    }
}

void ClickTrack::render(std::span<int16_t> out, float volume) {
    long long end = position_ + static_cast<long long>(out.size());
    mix_.assign(out.size(), 0.0f);
    for (const CueAt& c : schedule_.between(position_ - longest_, end)) {
        const std::vector<float>& sound = sounds_[static_cast<int>(c.cue)];
        long long begin = std::max(c.frame, position_), stop = std::min(c.frame + static_cast<long long>(sound.size()), end);
        for (long long f = begin; f < stop; ++f) mix_[static_cast<size_t>(f - position_)] += sound[static_cast<size_t>(f - c.frame)];
    }
    float gain = perceivedGain(volume);
    for (size_t i = 0; i < out.size(); ++i)
        out[i] = toPcm16(mix_[i] * gain);
    position_ = end;
}

std::vector<float> resampled(const std::vector<float>& samples, int fromRate, int toRate) {
    if (fromRate == toRate || samples.empty() || fromRate <= 0 || toRate <= 0) return samples;
    auto frames = static_cast<size_t>(static_cast<double>(samples.size()) * toRate / fromRate);
    std::vector<float> out(frames);
    for (size_t i = 0; i < frames; ++i) {
        double at = static_cast<double>(i) * fromRate / toRate;
        auto k = static_cast<size_t>(at);
        float frac = static_cast<float>(at - static_cast<double>(k));
        float a = samples[std::min(k, samples.size() - 1)], b = samples[std::min(k + 1, samples.size() - 1)];
        out[i] = a + (b - a) * frac;
    }
    return out;
}

void SampleTrack::render(std::span<int16_t> out, float volume) {
    float gain = perceivedGain(volume);
    for (int16_t& frame : out) {
        float s = position_ < samples_.size() ? samples_[position_++] * gain : 0.0f;
        frame = toPcm16(s);
    }
}

}  // namespace core
