#pragma once
// The desktop's voice for "Read steps aloud": espeak-ng (Debian's libespeak-ng1, with an Arabic
// voice) synthesises each sentence into a buffer on a thread of its own, and the buffer plays
// through an OpenAL output of its own, beside the metronome's. Why not espeak-ng's own audio
// output: it would need a second sound library (pcaudiolib) reaching the sound server by another
// path, and a sentence could not be tested or measured as samples. Why not the metronome's
// stream: a sentence never waits for, or takes buffers from, the clicks' stream thread; the sound
// server mixes the two. The browser build speaks with speechSynthesis instead.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "app/sound_output.h"
#include "app/speech.h"

namespace platform {

struct SpokenAudio {
    std::vector<int16_t> samples;  // mono
    int sampleRate = 0;
};

// `text` in the voice of `language` ("en", "ar", "ar_EG"), synthesised now on the calling thread.
// Throws std::runtime_error saying why when espeak-ng or the language's voice is missing.
SpokenAudio synthesiseSpeech(const std::string& text, const std::string& language);

// A Speaker that plays through `open` (platform::openAudioOutput). Problems (no voice, no sound
// card) are written once to standard error; the app goes on silently.
std::unique_ptr<app::Speaker> openSpeaker(app::AudioDeviceOpener open);

}  // namespace platform
