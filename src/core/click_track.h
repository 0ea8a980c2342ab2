#pragma once
// The CPR metronome as sound: where each cue falls, in sample frames, and the samples themselves.
// The same track feeds the sound card and the WAV file, so what a class practises with is what the
// app plays. Positions come from the metronome's own exact beat times (core::Metronome), never from
// adding periods, so a long track does not drift.
#include <cstdint>
#include <span>
#include <vector>

#include "core/guide.h"
#include "core/sound_source.h"
#include "core/timers.h"

namespace core {

enum class Cue {
    Beat,    // a compression
    Accent,  // the count's last compression, before the breaths
    Breath,  // one per rescue breath: two of them say "two breaths"
};

struct CueAt {
    long long frame = 0;  // onset, in sample frames from the beat's start
    Cue cue = Cue::Beat;
    bool operator==(const CueAt&) const = default;
};

class ClickSchedule {
public:
    ClickSchedule(MetronomeSpec spec, int sampleRate);
    // The cues whose onset lies in [from, to), in order.
    std::vector<CueAt> between(long long from, long long to) const;
    int sampleRate() const { return sampleRate_; }
    const MetronomeSpec& spec() const { return metronome_.spec(); }

private:
    long long frameAt(std::chrono::nanoseconds offset) const;
    Metronome metronome_;
    int sampleRate_;
};

// The sound of each cue, synthesised: short bright clicks for the beat, a higher and louder one
// for the accent, and a soft low tone for each breath. Floats in [-1, 1].
std::vector<float> cueSound(Cue cue, int sampleRate);

// A mono 16-bit stream of the metronome, rendered block by block from any starting frame.
class ClickTrack : public SoundSource {
public:
    ClickTrack(MetronomeSpec spec, int sampleRate, long long startFrame = 0);
    // Fills `out` with the next frames at `volume` (0 silent, 1 full) and moves on past them.
    void render(std::span<int16_t> out, float volume) override;
    long long position() const { return position_; }
    int sampleRate() const { return schedule_.sampleRate(); }

private:
    ClickSchedule schedule_;
    std::vector<float> sounds_[3];
    long long longest_ = 0;  // the longest cue, in frames: cues that began before a block still sound in it
    long long position_;
    std::vector<float> mix_;
};

}  // namespace core
