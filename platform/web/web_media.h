#pragma once
// The browser's sound, voice and screen, behind the same hooks as the desktop's OpenAL output,
// espeak-ng speaker and screensaver inhibit (web_media.js is their JavaScript side).
#include <memory>

#include "app/sound_output.h"

namespace platform {

// Web Audio: a device that pulls, from the browser's audio callback. Throws std::runtime_error
// when the browser has no Web Audio.
std::unique_ptr<app::AudioDevice> openWebAudioOutput();

}  // namespace platform
