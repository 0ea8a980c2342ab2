#include "app/alert_practice.h"

#include <cstdio>

#include "i18n/i18n.h"

#include <SQLiteCpp/Exception.h>

#include <algorithm>

#include "core/practice.h"

namespace app {

namespace {
// "1 minute", "7 s": whole minutes as minutes, else seconds as published.
std::string secondsWords(double s) {
    if (s >= 60 && static_cast<long long>(s) % 60 == 0) return i18n::trn("%d minute", "%d minutes", static_cast<long long>(s) / 60);
    char number[32];
    std::snprintf(number, sizeof number, "%g", s);
    return i18n::fillIn(i18n::tr("{seconds} s"), "seconds", number);
}
}  // namespace

std::string signalSoundWords(const core::SignalSound& sound) {
    using i18n::fillIn;
    using i18n::tr;
    std::string text = sound.pattern == core::SignalPattern::Steady          ? tr("Steady tone")
                       : sound.pattern == core::SignalPattern::RisingFalling ? tr("Rising and falling tone")
                                                                             : tr("Tone sounding and stopping");
    if (sound.seconds) text = fillIn(fillIn(tr("{sound} for {length}"), "sound", text), "length", secondsWords(*sound.seconds));
    if (sound.pattern == core::SignalPattern::RisingFalling && sound.riseSeconds && sound.fallSeconds)
        text = fillIn(fillIn(fillIn(tr("{sound} ({rise} up, {fall} down)"), "sound", text), "rise", secondsWords(*sound.riseSeconds)), "fall",
                      secondsWords(*sound.fallSeconds));
    if (sound.pattern == core::SignalPattern::Interrupted && sound.onSeconds && sound.offSeconds)
        text = fillIn(fillIn(fillIn(tr("{sound} ({on} on, {off} off)"), "sound", text), "on", secondsWords(*sound.onSeconds)), "off",
                      secondsWords(*sound.offSeconds));
    return text;
}

std::string unpublishedWords(const core::SignalSound& sound) {
    std::string out;
    for (core::SignalSound::Part part : sound.unpublished()) {
        const char* words = part == core::SignalSound::Part::Pitch          ? i18n::tr("pitch")
                            : part == core::SignalSound::Part::Length       ? i18n::tr("length")
                            : part == core::SignalSound::Part::RiseAndFall  ? i18n::tr("speed of the rise and fall")
                                                                            : i18n::tr("length of each tone and pause");
        out += (out.empty() ? "" : i18n::tr(", ")) + std::string(words);
    }
    return out;
}

AlertPractice::AlertPractice(const core::Content& content, store::Database& db, const core::Clock& clock,
                             std::function<void()> answered, Notices& notices)
    : content_(content), store_(db), clock_(clock), answered_(std::move(answered)), notices_(notices) {}

const core::CountrySignals* AlertPractice::country() const { return content_.signalsFor(code_); }

void AlertPractice::start(const std::string& countryCode) {
    code_ = countryCode;
    order_.clear();
    position_ = 0;
    right_ = 0;
    ask_ = Ask::Finished;
    const core::CountrySignals* c = country();
    if (!c) return;
    std::map<int, core::ReviewState> reviews;
    try {
        reviews = store_.reviews(reviewKey(code_));
    } catch (const SQLite::Exception& e) {
        notices_.failed(i18n::tr("Earlier answers could not be read"), e);
    }
    order_ = core::reviewOrder(static_cast<int>(c->signals.size()), reviews, clock_.now());
    prepare();
}

AlertPractice::Ask AlertPractice::ask() const { return ask_; }

const core::AlertSignal* AlertPractice::signal() const {
    const core::CountrySignals* c = country();
    if (!c || ask_ == Ask::Finished || position_ >= order_.size()) return nullptr;
    return &c->signals[static_cast<size_t>(order_[position_])];
}

// The country's own answers, then (for a country with few signals) those of other countries, so
// there are always three to choose from; turned by the position, so the right one moves about.
std::vector<std::string> AlertPractice::choicesFrom(std::vector<std::string> own, const std::function<std::string(const core::AlertSignal&)>& field) const {
    std::vector<std::string> choices;
    auto add = [&](const std::string& text) {
        if (!text.empty() && std::find(choices.begin(), choices.end(), text) == choices.end()) choices.push_back(text);
    };
    for (const std::string& text : own) add(text);
    for (const core::CountrySignals& other : content_.alertSignals)
        for (const core::AlertSignal& s : other.signals)
            if (choices.size() < 3 && other.code != code_) add(field(s));
    if (!choices.empty())
        std::rotate(choices.begin(), choices.begin() + static_cast<long>((position_ * 2 + 1) % choices.size()), choices.end());
    return choices;
}

void AlertPractice::prepare() {
    const core::CountrySignals* c = country();
    if (!c || position_ >= order_.size()) {
        ask_ = Ask::Finished;
        return;
    }
    const core::AlertSignal& s = c->signals[static_cast<size_t>(order_[position_])];
    auto meaningOf = [](const core::AlertSignal& x) { return x.meaning; };
    auto firstActionOf = [](const core::AlertSignal& x) { return x.actions.empty() ? std::string() : x.actions.front(); };
    std::vector<std::string> meanings, actions;
    for (const core::AlertSignal& x : c->signals) {
        meanings.push_back(meaningOf(x));
        actions.push_back(firstActionOf(x));
    }
    meaning_ = Question{choicesFrom(meanings, meaningOf), 0, std::nullopt};
    action_ = Question{choicesFrom(actions, firstActionOf), 0, std::nullopt};
    meaning_.right = static_cast<int>(std::find(meaning_.choices.begin(), meaning_.choices.end(), s.meaning) - meaning_.choices.begin());
    action_.right = static_cast<int>(std::find(action_.choices.begin(), action_.choices.end(), firstActionOf(s)) - action_.choices.begin());
    ask_ = Ask::Meaning;
}

void AlertPractice::choose(int choice) {
    if (ask_ == Ask::Finished) return;
    Question& q = ask_ == Ask::Meaning ? meaning_ : action_;
    if (q.chosen || choice < 0 || choice >= static_cast<int>(q.choices.size())) return;
    q.chosen = choice;
    if (ask_ != Ask::FirstAction) return;
    bool correct = meaning_.answeredRight() && action_.answeredRight();
    if (correct) ++right_;
    int index = order_[position_];
    core::TimePoint now = clock_.now();
    try {
        auto reviews = store_.reviews(reviewKey(code_));
        core::ReviewState current = reviews.count(index) ? reviews[index] : core::ReviewState{};
        store_.recordAnswer(reviewKey(code_), index, correct, now, core::scheduleReview(current, correct, now));
    } catch (const SQLite::Exception& e) {
        notices_.failed(i18n::tr("The answer could not be saved"), e);
    }
    if (answered_) answered_();
}

void AlertPractice::advance() {
    if (ask_ == Ask::Meaning && meaning_.chosen) {
        ask_ = Ask::FirstAction;
    } else if (ask_ == Ask::FirstAction && action_.chosen) {
        ++position_;
        prepare();
    }
}

}  // namespace app
