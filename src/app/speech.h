#pragma once
// Speaking to a user whose hands and eyes are busy. The voice itself is the platform's (espeak-ng
// on the desktop, the browser's speech synthesis on the web), behind Speaker, so the app never
// includes a speech engine and tests listen through a fake one.
#include <string>

namespace app {

struct Utterance {
    std::string text;
    std::string language;    // "en", "ar": the UI language, whose voice says it
    bool interrupt = false;  // stop what is being said first (a new step replaces the old one)
    bool operator==(const Utterance&) const = default;
};

class Speaker {
public:
    virtual ~Speaker() = default;
    // Returns at once: the words are synthesised and played on a thread of the speaker's own.
    virtual void say(const Utterance& utterance) = 0;
    // Stops speaking and drops what is queued.
    virtual void hush() = 0;
};

}  // namespace app
