#pragma once
// What the user chooses in Settings. Persisted by the store.
#include <array>
#include <string>

#include "core/guide.h"

namespace core {

enum class Theme { Light, Dark };

struct Settings {
    std::string country;        // ISO code; empty until chosen (the fallback number is shown)
    std::string language;       // the UI language ("en", "ar"); empty until chosen (the system's is used)
    Theme theme = Theme::Light;
    float textScale = 1.0f;     // one of kTextScales
    CprPreferences cpr;         // how the user gives CPR: the metronome follows it
    bool metronomeSound = true; // the metronome clicks aloud (hands and eyes are busy during CPR)
    float metronomeVolume = 0.8f;  // 0 to 1
    bool readStepsAloud = false;   // the guide player speaks each step and the timers' call points

    static constexpr std::array<float, 5> kTextScales{0.85f, 1.0f, 1.15f, 1.3f, 1.5f};
};

const char* themeName(Theme t);
Theme themeFromName(const std::string& name);
// The nearest allowed text scale, so a hand-edited value cannot make the UI unusable.
float clampTextScale(float scale);

}  // namespace core
