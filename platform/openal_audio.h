#pragma once
// The sound card through OpenAL (OpenAL Soft on the desktop, which reaches PipeWire, PulseAudio or
// ALSA; emscripten's OpenAL on WebAudio in the browser). Samples are streamed through a short queue
// of buffers, refilled as each one finishes.
#include <memory>

#include "app/sound_output.h"

namespace platform {

// Throws std::runtime_error saying why when there is no output device.
std::unique_ptr<app::AudioDevice> openAudioOutput();

}  // namespace platform
