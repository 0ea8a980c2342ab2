#include "app/first_aid.h"

#include <algorithm>

#include "core/date_format.h"
#include "i18n/i18n.h"

namespace app {
using core::TimePoint;
using i18n::fillIn, i18n::tr, i18n::trc, i18n::trn;

std::string cprCycleText(const core::MetronomeSpec& spec) {
    if (spec.breaths == 0) return tr("compressions without stopping");
    // TRANSLATORS: {breaths} is "%d breath(s)" below: "30 compressions, then 2 breaths".
    std::string text = trn("%d compression, then {breaths}", "%d compressions, then {breaths}", spec.compressions);
    return fillIn(text, "breaths", trn("%d breath", "%d breaths", spec.breaths));
}

std::string withCprCycle(const std::string& text, const core::MetronomeSpec& spec) {
    return text.find("{cpr-cycle}") == std::string::npos ? text : fillIn(text, "cpr-cycle", cprCycleText(spec));
}

const char* rhythmVerdictText(core::RhythmVerdict v) {
    switch (v) {
        case core::RhythmVerdict::TooFew: return tr("Keep tapping");
        case core::RhythmVerdict::TooSlow: return tr("Too slow: push faster");
        case core::RhythmVerdict::InRange: return tr("Good rhythm");
        case core::RhythmVerdict::TooFast: return tr("Too fast: slow down a little");
        case core::RhythmVerdict::Irregular: return tr("Uneven: keep a steady beat");
    }
    return "";
}

std::string incidentTitle(const core::Incident& incident, const core::Content& content) {
    const core::Guide* g = content.guide(incident.guideId);
    return g ? g->title : incident.guideTitle;
}

std::string incidentAsText(const core::Incident& incident, const core::Content& content) {
    std::string variant = incident.variant;
    if (const core::Guide* g = content.guide(incident.guideId))
        for (const auto& v : g->variants)
            if (v.id == incident.variant) variant = v.label;
    std::string title = incidentTitle(incident, content) + (variant.empty() ? "" : " (" + variant + ")");
    std::string out = fillIn(tr("Incident log: {guide}"), "guide", title) + "\n";
    out += fillIn(tr("Started {when}"), "when", core::formatDateTime(incident.startedAt)) + "\n";
    for (const auto& e : incident.events) out += core::formatTimeWithSeconds(e.at) + "  " + e.text + "\n";
    // TRANSLATORS: the incident log's last line, after the time the incident ended.
    if (incident.endedAt) out += core::formatTimeWithSeconds(*incident.endedAt) + "  " + trc("incident", "Ended") + "\n";
    return out;
}

// Incident log lines are written in the language in use at the time, as a record of what the
// user was shown then (the step texts are in it too); they are not translated afterwards. The
// guide's title is the one thing shown in today's language (incidentTitle): it names the guide.

FirstAid::FirstAid(const core::Content& content, store::Database& db, const core::Clock& clock, Notices& notices,
                   core::CprPreferences cpr)
    : content_(content), store_(db), clock_(clock), notices_(notices), cpr_(cpr) {
    if (auto open = store_.openIncident()) loadIncident(std::move(*open));
    refreshPractice();
}

// A failed write reaches the user as a message; the flow goes on so nobody is stuck mid-emergency.
template <class Fn>
bool FirstAid::write(Fn&& fn) {
    try {
        fn();
        return true;
    } catch (const std::exception& e) {
        return notices_.failed(tr("Could not save to the database"), e);
    }
}

// --- Triage

void FirstAid::startTriage() { triagePath_.assign(1, content_.triage.start); }

const core::TriageNode* FirstAid::triageNode() const {
    return triagePath_.empty() ? nullptr : content_.triage.find(triagePath_.back());
}

std::optional<std::string> FirstAid::answerTriage(size_t answerIndex) {
    const core::TriageNode* node = triageNode();
    if (!node || answerIndex >= node->answers.size()) return std::nullopt;
    const std::string& next = node->answers[answerIndex].next;
    std::optional<core::GuideTarget> target = core::TriageTree::guideTarget(next);
    if (!target) {
        triagePath_.push_back(next);
        return std::nullopt;
    }
    std::string path;
    for (size_t i = 0; i < triagePath_.size(); ++i) {
        const core::TriageNode* n = content_.triage.find(triagePath_[i]);
        if (!n) continue;
        size_t chosen = answerIndex;
        if (i + 1 < triagePath_.size())
            for (size_t a = 0; a < n->answers.size(); ++a)
                if (n->answers[a].next == triagePath_[i + 1]) chosen = a;
        path += (path.empty() ? "" : "; ") + n->question + " " + n->answers[chosen].label;
    }
    startGuide(target->guide, target->variant, fillIn(tr("Triage: {answers}"), "answers", path), target->step);
    triagePath_.clear();
    return target->guide;
}

bool FirstAid::triageBack() {
    if (triagePath_.size() <= 1) return false;
    triagePath_.pop_back();
    return true;
}

// --- Guide player

void FirstAid::startGuide(const std::string& guideId, const std::string& variant, const std::string& how,
                          const std::string& startStep) {
    const core::Guide* g = content_.guide(guideId);
    if (!g) return;
    if (incident_) finish();  // one incident at a time
    core::Incident incident;
    incident.guideId = g->id;
    incident.guideTitle = g->title;
    incident.variant = variant;
    incident.startedAt = clock_.now();
    if (!write([&] { incident.id = store_.startIncident(g->id, g->title, variant, incident.startedAt); })) return;
    loadIncident(std::move(incident));
    startStep_ = startStep;
    log(fillIn(tr("Opened guide: {guide}"), "guide", g->title));
    if (!how.empty()) log(how);
    if (!needsVariant()) enterStartStep();
    refreshPractice();
}

void FirstAid::loadIncident(core::Incident incident) {
    incident_ = std::move(incident);
    timers_.clear();
    metronome_.reset();
    startStep_.clear();
    const core::Guide* g = guide();
    steps_ = g ? g->stepsFor(incident_->variant) : std::vector<const core::Step*>{};
    incident_->stepIndex = std::clamp(incident_->stepIndex, 0, std::max(0, static_cast<int>(steps_.size()) - 1));
    // Timers come back from their stored start times: they kept running while the app was closed.
    std::map<std::string, store::StoredTimer> stored;
    write([&] { stored = store_.timers(incident_->id); });
    for (const auto& [id, t] : stored) {
        if (id == kMetronomeTimerId) {
            if (t.stoppedAt) continue;
            for (const core::Step* s : steps_)
                if (s->metronome) {
                    metronomeStep_ = *s->metronome;
                    metronome_.emplace(metronomeStep_.forRescuer(cpr_), t.startedAt);
                    break;
                }
            continue;
        }
        for (const core::Step* s : steps_)
            if (s->timer && s->timer->id == id) {
                timers_[id] = core::RunningTimer{*s->timer, t.startedAt, t.stoppedAt};
                break;
            }
    }
    if (onMetronomeChanged_) onMetronomeChanged_();
}

const core::Guide* FirstAid::guide() const { return incident_ ? content_.guide(incident_->guideId) : nullptr; }

bool FirstAid::needsVariant() const {
    const core::Guide* g = guide();
    return g && !g->variants.empty() && incident_->variant.empty();
}

void FirstAid::chooseVariant(const std::string& variantId) {
    if (!incident_) return;
    incident_->variant = variantId;
    write([&] { store_.setVariant(incident_->id, variantId); });
    steps_ = guide()->stepsFor(variantId);
    for (const auto& v : guide()->variants)
        if (v.id == variantId) log(fillIn(tr("Chose: {variant}"), "variant", v.label));
    enterStartStep();
}

void FirstAid::enterStartStep() {
    const core::Guide* g = guide();
    std::optional<int> at = g ? g->stepIndex(incident_->variant, startStep_) : std::nullopt;
    startStep_.clear();
    enterStep(at.value_or(0));
    const core::Step* step = currentStep();
    if (!at || !step || !step->metronome) return;
    startMetronome(*step->metronome);
    if (step->timer && !timer(step->timer->id)) startTimer(*step->timer);
}

std::string FirstAid::stepText(const std::string& text) const {
    std::optional<core::MetronomeSpec> cycle = cprCycle();
    return cycle ? withCprCycle(text, *cycle) : text;
}

std::optional<core::MetronomeSpec> FirstAid::cprCycle() const {
    if (metronome_) return metronome_->spec();
    for (const core::Step* s : steps_)
        if (s->metronome) return s->metronome->forRescuer(cpr_);
    return std::nullopt;
}

const core::Step* FirstAid::currentStep() const {
    if (!incident_ || needsVariant() || steps_.empty()) return nullptr;
    return steps_[incident_->stepIndex];
}

void FirstAid::enterStep(int index) {
    if (!incident_ || steps_.empty()) return;
    incident_->stepIndex = std::clamp(index, 0, static_cast<int>(steps_.size()) - 1);
    write([&] { store_.setStep(incident_->id, incident_->stepIndex); });
    log(fillIn(fillIn(tr("Step {number}: {text}"), "number", core::formatNumber(incident_->stepIndex + 1)), "text",
               stepText(steps_[incident_->stepIndex]->text)));
}

void FirstAid::nextStep() {
    if (incident_ && incident_->stepIndex + 1 < static_cast<int>(steps_.size())) enterStep(incident_->stepIndex + 1);
}

void FirstAid::previousStep() {
    if (incident_ && incident_->stepIndex > 0) enterStep(incident_->stepIndex - 1);
}

void FirstAid::finish() {
    if (!incident_) return;
    TimePoint now = clock_.now();
    for (auto& [id, t] : timers_)
        if (t.running()) stopTimer(id);
    stopMetronome();
    write([&] { store_.endIncident(incident_->id, now); });
    incident_.reset();
    steps_.clear();
    timers_.clear();
    refreshPractice();
}

void FirstAid::log(const std::string& text) {
    if (!incident_) return;
    core::IncidentEvent e{clock_.now(), text};
    if (write([&] { store_.logEvent(incident_->id, e.at, e.text); })) incident_->events.push_back(e);
}

void FirstAid::logNote(const std::string& text) { log(text); }

void FirstAid::startTimer(const core::TimerSpec& spec) {
    if (!incident_) return;
    TimePoint now = clock_.now();
    if (!write([&] { store_.startTimer(incident_->id, spec.id, now); })) return;
    timers_[spec.id] = core::RunningTimer{spec, now, std::nullopt};
    log(fillIn(tr("Timer started: {timer}"), "timer", spec.label));
}

void FirstAid::stopTimer(const std::string& timerId) {
    auto it = timers_.find(timerId);
    if (!incident_ || it == timers_.end() || !it->second.running()) return;
    TimePoint now = clock_.now();
    if (!write([&] { store_.stopTimer(incident_->id, timerId, now); })) return;
    it->second.stoppedAt = now;
    long long secs = std::chrono::duration_cast<std::chrono::seconds>(it->second.elapsed(now)).count();
    // TRANSLATORS: an incident log line: "Timer stopped: Cooling the burn after 20 min 5 s".
    std::string line = fillIn(tr("Timer stopped: {timer} after {minutes} min {seconds} s"), "timer", it->second.spec.label);
    log(fillIn(fillIn(line, "minutes", core::formatNumber(secs / 60)), "seconds", core::formatNumber(secs % 60)));
}

void FirstAid::moveTimerStartEarlier(const std::string& timerId, std::chrono::seconds by) {
    auto it = timers_.find(timerId);
    if (!incident_ || it == timers_.end() || !it->second.running()) return;
    TimePoint earlier = it->second.startedAt - by;
    if (!write([&] { store_.startTimer(incident_->id, timerId, earlier); })) return;
    it->second.startedAt = earlier;
    std::string line = trn("Timer start moved %d minute earlier: {timer}, now from {time}",
                           "Timer start moved %d minutes earlier: {timer}, now from {time}", by.count() / 60);
    log(fillIn(fillIn(line, "timer", it->second.spec.label), "time", core::formatTimeWithSeconds(earlier)));
}

const core::RunningTimer* FirstAid::timer(const std::string& timerId) const {
    auto it = timers_.find(timerId);
    return it == timers_.end() ? nullptr : &it->second;
}

void FirstAid::startMetronome(const core::MetronomeSpec& stepSpec) {
    if (!incident_) return;
    TimePoint now = clock_.now();
    if (!write([&] { store_.startTimer(incident_->id, kMetronomeTimerId, now); })) return;
    metronomeStep_ = stepSpec;
    core::MetronomeSpec spec = stepSpec.forRescuer(cpr_);
    metronome_.emplace(spec, now);
    if (onMetronomeChanged_) onMetronomeChanged_();
    log(fillIn(fillIn(tr("CPR metronome started: {rate} per minute, {cycle}"), "rate", core::formatNumber(spec.rate)), "cycle", cprCycleText(spec)));
}

void FirstAid::setCprPreferences(const core::CprPreferences& cpr) {
    if (cpr == cpr_) return;
    cpr_ = cpr;
    if (!metronome_ || metronomeStep_.forRescuer(cpr_) == metronome_->spec()) return;
    // The count restarts in the new rhythm; the CPR time keeps running on its own timer.
    TimePoint now = clock_.now();
    if (!write([&] { store_.startTimer(incident_->id, kMetronomeTimerId, now); })) return;
    metronome_.emplace(metronomeStep_.forRescuer(cpr_), now);
    if (onMetronomeChanged_) onMetronomeChanged_();
    log(fillIn(tr("CPR metronome changed to {cycle}"), "cycle", cprCycleText(metronome_->spec())));
}

void FirstAid::stopMetronome() {
    if (!incident_ || !metronome_) return;
    TimePoint now = clock_.now();
    core::Metronome::State s = metronome_->at(now);
    write([&] { store_.stopTimer(incident_->id, kMetronomeTimerId, now); });
    metronome_.reset();
    if (onMetronomeChanged_) onMetronomeChanged_();
    // TRANSLATORS: {compressions} and {cycles} are the two lines below: "after 240 compressions, 8 cycles".
    std::string line = fillIn(tr("CPR metronome stopped after {compressions}, {cycles}"), "compressions",
                              trn("%d compression", "%d compressions", s.totalCompressions));
    log(fillIn(line, "cycles", trn("%d cycle", "%d cycles", s.cycle)));
}

// --- Quiz

void FirstAid::startQuiz(const std::string& guideId) {
    const core::Guide* g = content_.guide(guideId);
    if (!g) return;
    std::map<int, core::ReviewState> reviews;
    write([&] { reviews = store_.reviews(guideId); });
    TimePoint now = clock_.now();
    Quiz q;
    q.guideId = guideId;
    q.order = core::reviewOrder(static_cast<int>(g->questions.size()), reviews, now);
    quiz_ = std::move(q);
}

const core::Question* FirstAid::currentQuestion() const {
    if (!quiz_ || quiz_->finished()) return nullptr;
    const core::Guide* g = content_.guide(quiz_->guideId);
    return g ? &g->questions[quiz_->order[quiz_->position]] : nullptr;
}

void FirstAid::answer(int choice) {
    const core::Question* q = currentQuestion();
    if (!q || quiz_->chosen) return;
    quiz_->chosen = choice;
    bool correct = choice == q->answer;
    if (correct) ++quiz_->correct;
    int index = quiz_->order[quiz_->position];
    TimePoint now = clock_.now();
    write([&] {
        auto reviews = store_.reviews(quiz_->guideId);
        core::ReviewState current = reviews.count(index) ? reviews[index] : core::ReviewState{};
        store_.recordAnswer(quiz_->guideId, index, correct, now, core::scheduleReview(current, correct, now));
    });
    refreshPractice();
}

void FirstAid::nextQuestion() {
    if (!quiz_ || !quiz_->chosen) return;
    ++quiz_->position;
    quiz_->chosen.reset();
}

// --- Rhythm trainer

void FirstAid::startTrainer() {
    taps_.clear();
    trainerStartMs_ = core::toEpochMs(clock_.now());
}

void FirstAid::tapRhythm() { taps_.push_back(core::toEpochMs(clock_.now()) - trainerStartMs_); }

core::RhythmScore FirstAid::liveRhythm() const { return core::scoreRhythm(taps_, 8); }

std::optional<core::RhythmScore> FirstAid::finishTrainer() {
    core::RhythmScore score = core::scoreRhythm(taps_);
    taps_.clear();
    if (score.verdict == core::RhythmVerdict::TooFew) return std::nullopt;
    write([&] { store_.saveRhythmSession({clock_.now(), score}); });
    return score;
}

void FirstAid::contentReloaded() {
    if (!incident_) return;
    const core::Guide* g = guide();
    steps_ = g ? g->stepsFor(incident_->variant) : std::vector<const core::Step*>{};
    incident_->stepIndex = std::clamp(incident_->stepIndex, 0, std::max(0, static_cast<int>(steps_.size()) - 1));
    for (auto& [id, running] : timers_)
        for (const core::Step* s : steps_)
            if (s->timer && s->timer->id == id) {
                running.spec = *s->timer;
                break;
            }
}

void FirstAid::refreshPractice() {
    write([&] {
        TimePoint now = clock_.now();
        practice_ = store_.practiceByGuide(now);
        dueReviews_ = store_.dueReviewCount(now);
        recentIncidents_ = store_.recentIncidents(5);
        if (!onPracticeChanged_) return;
        std::optional<TimePoint> earliest = store_.earliestReviewDue();
        std::pair<int, TimePoint> practice{0, {}};
        if (earliest) practice = {dueReviews_ > 0 ? dueReviews_ : store_.dueReviewCount(*earliest), *earliest};
        if (practice != toldPractice_) {
            toldPractice_ = practice;
            onPracticeChanged_(practice.first, practice.second);
        }
    });
}

}  // namespace app
