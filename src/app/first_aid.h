#pragma once
// First aid flows: triage, the guide player in emergency mode (with its incident log, timers and
// metronome), quizzes on a spaced schedule, and the CPR rhythm trainer. Every step reached and
// every timer started or stopped is written to the store as it happens.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/notices.h"
#include "core/content.h"
#include "core/incident.h"
#include "core/practice.h"
#include "core/timers.h"
#include "store/first_aid_store.h"

namespace app {

// "15 compressions, then 2 breaths", or "compressions without stopping": the cycle in words.
std::string cprCycleText(const core::MetronomeSpec& spec);
// Step text with "{cpr-cycle}" replaced by the cycle this rescuer follows.
std::string withCprCycle(const std::string& text, const core::MetronomeSpec& spec);
// "Good rhythm", "Too slow: push faster": what the trainer says of a rhythm.
const char* rhythmVerdictText(core::RhythmVerdict verdict);
// The guide an incident followed, in the language of content: its title now while the guide
// exists (by its id), else the title stored with the incident when it began.
std::string incidentTitle(const core::Incident& incident, const core::Content& content);
// The incident log as plain text for paramedics, with local clock times ("14:03:12  Step 1: …");
// the first lines name the guide (and the variant followed) and when it started.
std::string incidentAsText(const core::Incident& incident, const core::Content& content);

class FirstAid {
public:
    FirstAid(const core::Content& content, store::Database& db, const core::Clock& clock, Notices& notices,
             core::CprPreferences cpr = {});

    // --- Triage: yes/no questions that lead to a guide.
    void startTriage();
    const core::TriageNode* triageNode() const;
    int triageAnswers() const { return static_cast<int>(triagePath_.size()) - 1; }
    // Returns the guide id when the answer leads to a guide (the player is then started).
    std::optional<std::string> answerTriage(size_t answerIndex);
    bool triageBack();  // false when already at the first question

    // --- Guide player (emergency mode). One incident at a time; it survives a restart.
    // `how` is logged right after the guide opens (the triage answers that led to it). `startStep`
    // (a step id) opens it there once the variant is known; a start step with a metronome starts
    // the beat at once, so CPR from triage begins with the rhythm running.
    void startGuide(const std::string& guideId, const std::string& variant = "", const std::string& how = "",
                    const std::string& startStep = "");
    bool active() const { return incident_.has_value(); }
    const core::Incident* incident() const { return incident_ ? &*incident_ : nullptr; }
    const core::Guide* guide() const;
    bool needsVariant() const;  // the guide has variants and none is chosen yet
    void chooseVariant(const std::string& variantId);
    const std::vector<const core::Step*>& steps() const { return steps_; }
    int stepIndex() const { return incident_ ? incident_->stepIndex : 0; }
    const core::Step* currentStep() const;
    // A step's text and detail as this rescuer reads them: "{cpr-cycle}" filled in.
    std::string stepText(const std::string& text) const;
    void nextStep();
    void previousStep();
    void finish();  // ends the incident; its log stays

    void startTimer(const core::TimerSpec& spec);
    void stopTimer(const std::string& timerId);
    void moveTimerStartEarlier(const std::string& timerId, std::chrono::seconds by);  // "it started a minute ago"
    const core::RunningTimer* timer(const std::string& timerId) const;
    const std::map<std::string, core::RunningTimer>& timers() const { return timers_; }

    // Starts the beat for a step's metronome, as this rescuer gives CPR (see cprPreferences()).
    void startMetronome(const core::MetronomeSpec& stepSpec);
    void stopMetronome();
    const std::optional<core::Metronome>& metronome() const { return metronome_; }
    // Told whenever the beat starts, changes rhythm or stops (the sound follows it).
    void setMetronomeChanged(std::function<void()> onChanged) { onMetronomeChanged_ = std::move(onChanged); }
    // With or without breaths, and a child's cycle for a rescuer trained only in adult CPR. A
    // change while the beat runs restarts it in the new rhythm and is logged.
    const core::CprPreferences& cprPreferences() const { return cpr_; }
    void setCprPreferences(const core::CprPreferences& cpr);
    // The cycle the open guide's CPR steps follow for this rescuer (nullopt: the guide has none).
    std::optional<core::MetronomeSpec> cprCycle() const;

    void logNote(const std::string& text);  // e.g. "Emergency number copied: 112"
    // The last incidents (without events), cached with the practice summary.
    const std::vector<core::Incident>& recentIncidents() const { return recentIncidents_; }
    std::optional<core::Incident> loadIncident(long long id) { return store_.incident(id); }

    // --- Quiz: due questions first, then new ones, then the rest.
    struct Quiz {
        std::string guideId;
        std::vector<int> order;
        size_t position = 0;
        std::optional<int> chosen;  // set once the current question is answered
        int correct = 0;
        bool finished() const { return position >= order.size(); }
    };
    void startQuiz(const std::string& guideId);
    const Quiz* quiz() const { return quiz_ ? &*quiz_ : nullptr; }
    const core::Question* currentQuestion() const;
    void answer(int choice);
    void nextQuestion();

    // --- CPR rhythm trainer.
    void startTrainer();
    void tapRhythm();
    const std::vector<long long>& rhythmTaps() const { return taps_; }
    core::RhythmScore liveRhythm() const;  // the last 8 taps
    std::optional<core::RhythmScore> finishTrainer();  // scored and saved; nullopt if too few taps
    std::vector<store::RhythmSession> recentRhythmSessions() { return store_.recentRhythmSessions(5); }

    // --- What the user has practised: cached, refreshed after each change (never per frame).
    const std::map<std::string, store::GuidePractice>& practice() const { return practice_; }
    int dueReviews() const { return dueReviews_; }
    void refreshPractice();
    // The content was read again (another language): the steps and timers of a guide in progress
    // take their new words, and keep their place and their running time.
    void contentReloaded();
    // Told when the reviews due change: how many are due (or, when none is yet, how many fall due
    // first) and when the earliest is due. The app keeps one "practice" reminder with it.
    void setPracticeChanged(std::function<void(int count, core::TimePoint earliest)> onChanged) {
        onPracticeChanged_ = std::move(onChanged);
    }

    static constexpr const char* kMetronomeTimerId = "metronome";

private:
    void loadIncident(core::Incident incident);
    void enterStep(int index);
    void enterStartStep();  // the pending start step, or the first
    void log(const std::string& text);
    template <class Fn>
    bool write(Fn&& fn);

    const core::Content& content_;
    store::FirstAidStore store_;
    const core::Clock& clock_;
    Notices& notices_;

    std::vector<std::string> triagePath_;
    std::optional<core::Incident> incident_;
    std::vector<const core::Step*> steps_;
    std::map<std::string, core::RunningTimer> timers_;
    std::optional<core::Metronome> metronome_;
    core::MetronomeSpec metronomeStep_;  // the step's own spec the beat was started from
    core::CprPreferences cpr_;
    std::string startStep_;  // where a guide opened from triage starts, until the variant is chosen

    std::optional<Quiz> quiz_;
    std::vector<long long> taps_;
    long long trainerStartMs_ = 0;

    std::map<std::string, store::GuidePractice> practice_;
    std::vector<core::Incident> recentIncidents_;
    int dueReviews_ = 0;
    std::function<void(int, core::TimePoint)> onPracticeChanged_;
    std::function<void()> onMetronomeChanged_;
    std::pair<int, core::TimePoint> toldPractice_{-1, {}};
};

}  // namespace app
