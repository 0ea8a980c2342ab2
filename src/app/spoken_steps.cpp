#include "app/spoken_steps.h"

#include "i18n/i18n.h"

namespace app {

namespace {
// "112" read as "1 1 2": a voice says a phone number digit by digit only when it is written so.
std::string digitByDigit(const std::string& number) {
    std::string out;
    for (char c : number) {
        if (!out.empty()) out += ' ';
        out += c;
    }
    return out;
}
}  // namespace

std::string stepSpeech(const FirstAid& firstAid, const core::Step& step, const std::string& emergencyNumber) {
    std::string text = firstAid.stepText(step.text);
    if (step.call) text += " " + i18n::fillIn(i18n::tr("The emergency number is {number}."), "number", digitByDigit(emergencyNumber));
    return text;
}

std::string callPointSpeech(const FirstAid& firstAid, const core::CallPoint& point) {
    const core::RunningTimer* t = point.timerId.empty() ? nullptr : firstAid.timer(point.timerId);
    switch (point.kind) {
        case core::CallPoint::Kind::TimeUp:
            return i18n::fillIn(i18n::tr("{timer}: time is up."), "timer", t ? t->spec.label : "");
        case core::CallPoint::Kind::CallNow:
            return t && !t->spec.callMessage.empty() ? t->spec.callMessage : i18n::tr("Call the emergency number now.");
        case core::CallPoint::Kind::SwapRescuers:
            return i18n::trn("%d minute: swap with the other rescuer if there is one.",
                             "%d minutes: swap with the other rescuer if there is one.", point.minutes);
    }
    return {};
}

void SpokenSteps::setSpeaker(std::unique_ptr<Speaker> speaker) { speaker_ = std::move(speaker); }

void SpokenSteps::setOn(bool on, core::TimePoint now) {
    bool was = on_;
    on_ = on;
    said_.reset();
    heardUpTo_ = now;  // call points that passed before are not said late
    if (was && !on && speaker_) speaker_->hush();
}

void SpokenSteps::tick(const FirstAid& firstAid, core::TimePoint now, const std::string& emergencyNumber, bool playerShown) {
    core::TimePoint from = heardUpTo_.value_or(now);
    heardUpTo_ = now;
    if (!on_ || !speaker_) return;
    const core::Step* step = firstAid.active() && !firstAid.needsVariant() ? firstAid.currentStep() : nullptr;
    if (!step) {
        said_.reset();
        return;
    }
    const std::string& language = i18n::language();
    auto where = std::make_tuple(firstAid.incident()->id, firstAid.incident()->variant, firstAid.stepIndex());
    if (playerShown && said_ != where) {
        said_ = where;
        speaker_->say({stepSpeech(firstAid, *step, emergencyNumber), language, true});
    }
    for (const core::CallPoint& p : core::callPointsBetween(firstAid.timers(), firstAid.metronome(), from, now))
        speaker_->say({callPointSpeech(firstAid, p), language, false});
}

std::optional<core::TimePoint> SpokenSteps::nextChange(const FirstAid& firstAid, core::TimePoint now) const {
    if (!on_ || !speaker_ || !firstAid.active()) return std::nullopt;
    return core::nextCallPoint(firstAid.timers(), firstAid.metronome(), now);
}

}  // namespace app
