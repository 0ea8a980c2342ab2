#pragma once
// "Read steps aloud": while a guide is followed, each step is spoken as it appears, and each call
// point of its timers as it comes (a countdown that ends, a stopwatch's "call now", the 2-minute
// swap during CPR). Decided here from the player's state each tick; said by the platform's Speaker.
#include <memory>
#include <optional>
#include <string>
#include <tuple>

#include "app/first_aid.h"
#include "app/speech.h"
#include "core/call_points.h"

namespace app {

// What is said for a step as it appears: its text as this rescuer reads it, and on a step that
// says to call, the number digit by digit.
std::string stepSpeech(const FirstAid& firstAid, const core::Step& step, const std::string& emergencyNumber);
// What is said at a call point, in the UI language.
std::string callPointSpeech(const FirstAid& firstAid, const core::CallPoint& point);

class SpokenSteps {
public:
    void setSpeaker(std::unique_ptr<Speaker> speaker);
    // On: the step shown now is said at the next tick; off: silence at once.
    void setOn(bool on, core::TimePoint now);
    bool on() const { return on_; }
    bool hasSpeaker() const { return speaker_ != nullptr; }
    // Says what came due since the last tick, and the step shown when it is new (`playerShown`:
    // steps are said only while the player is on screen; call points while the guide runs).
    void tick(const FirstAid& firstAid, core::TimePoint now, const std::string& emergencyNumber, bool playerShown);
    // When tick() next has something to say (nullopt: not until something changes).
    std::optional<core::TimePoint> nextChange(const FirstAid& firstAid, core::TimePoint now) const;

private:
    std::unique_ptr<Speaker> speaker_;
    bool on_ = false;
    // The step last said: incident, variant and position.
    std::optional<std::tuple<long long, std::string, int>> said_;
    std::optional<core::TimePoint> heardUpTo_;  // call points up to here are said (or were before speech was on)
};

}  // namespace app
