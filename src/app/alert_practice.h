#pragma once
// Practising a country's public warning signals: the app plays a signal, the user says what it
// means and what to do first. Each signal is one question in the same spaced review as the
// quizzes (keyed "signals:<country>"), so signals due again count in the practice reminder.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "app/notices.h"
#include "core/content.h"
#include "core/clock.h"
#include "store/first_aid_store.h"

namespace app {

// A signal's sound in words of the UI language, with the published figures only: "Rising and
// falling tone for 1 minute (7 s up, 7 s down)".
std::string signalSoundWords(const core::SignalSound& sound);
// What the sound leaves to a stand-in, in words: "pitch, length".
std::string unpublishedWords(const core::SignalSound& sound);

class AlertPractice {
public:
    AlertPractice(const core::Content& content, store::Database& db, const core::Clock& clock,
                  std::function<void()> answered, Notices& notices);

    // Starts a round with the country's signals, those due for review first. A country the
    // content does not describe leaves none chosen (the screen offers those it does).
    void start(const std::string& countryCode);
    const core::CountrySignals* country() const;

    enum class Ask { Meaning, FirstAction, Finished };
    struct Question {
        std::vector<std::string> choices;
        int right = 0;
        std::optional<int> chosen;  // set once answered
        bool answeredRight() const { return chosen == right; }
    };
    Ask ask() const;
    const core::AlertSignal* signal() const;  // the one being asked about (nullptr when finished)
    const Question& question() const { return ask_ == Ask::FirstAction ? action_ : meaning_; }
    // Answers the question shown (once). The second answer of a signal records its review.
    void choose(int choice);
    void advance();  // from the meaning to what to do first, then to the next signal
    int rightSoFar() const { return right_; }
    int total() const { return static_cast<int>(order_.size()); }
    int position() const { return static_cast<int>(position_); }

    static std::string reviewKey(const std::string& countryCode) { return "signals:" + countryCode; }

private:
    void prepare();  // the questions for the signal at position_
    std::vector<std::string> choicesFrom(std::vector<std::string> own, const std::function<std::string(const core::AlertSignal&)>& field) const;

    const core::Content& content_;
    store::FirstAidStore store_;
    const core::Clock& clock_;
    std::function<void()> answered_;
    Notices& notices_;

    std::string code_;
    std::vector<int> order_;
    size_t position_ = 0;
    Ask ask_ = Ask::Finished;
    Question meaning_, action_;
    int right_ = 0;
};

}  // namespace app
