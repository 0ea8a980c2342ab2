#pragma once
// The browser's sound, voice and screen, behind the same hooks as the desktop's OpenAL output,
// espeak-ng speaker and screensaver inhibit (web_media.js is their JavaScript side).
#include <functional>
#include <memory>
#include <string>

#include "app/sound_output.h"
#include "app/speech.h"

namespace platform {

// Web Audio: a device that pulls, from the browser's audio callback. Throws std::runtime_error
// when the browser has no Web Audio.
std::unique_ptr<app::AudioDevice> openWebAudioOutput();

// The browser's speechSynthesis, with a voice of the utterance's language where the browser has
// one. `tell` gets the one message a user sees when it cannot speak (once for each language).
std::unique_ptr<app::Speaker> openWebSpeaker(std::function<void(std::string)> tell);

// The Screen Wake Lock while `on` (the guide player is shown), asked for again whenever the page is
// shown again (the browser lets it go while the page is hidden); let go when off. Where the
// browser has none, it says so once in the console and the screen may blank.
void keepScreenOnInBrowser(bool on);

}  // namespace platform
