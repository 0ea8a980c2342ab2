// First aid: content coverage, triage, timers and metronome on an injected clock, spaced review,
// rhythm scoring, and the emergency flow driven through the UI.
#include <SQLiteCpp/SQLiteCpp.h>
#include <cmath>
#include <doctest/doctest.h>
#include <set>

#include "core/date_format.h"
#include "core/settings.h"
#include "i18n/i18n.h"
#include "core/text.h"
#include "ui/widgets.h"

#include "core/practice.h"
#include "core/timers.h"
#include "platform/headless.h"
#include "support.h"
#include "ui/text/text.h"
#include "ui_support.h"
#include <imgui.h>
#include <functional>

using namespace test;
using namespace std::chrono;

TEST_CASE("the shipped guides cover every required topic with guideline, sources and quiz") {
    const auto& c = realContent().content;
    CHECK(c.guides.size() >= 16);
    for (const char* id : {"adult-cpr", "child-infant-cpr", "choking-adult-child", "choking-infant", "severe-bleeding", "burns",
                           "stroke", "heart-attack", "seizure", "anaphylaxis", "recovery-position", "shock",
                           "fractures-sprains", "head-injury", "heat-illness", "hypothermia", "poisoning", "drowning"}) {
        INFO(id);
        const core::Guide* g = c.guide(id);
        REQUIRE(g != nullptr);
        CHECK(!g->guideline.name.empty());
        CHECK(!g->guideline.edition.empty());
        CHECK(!g->sources.empty());
        CHECK(g->questions.size() >= 4);
        CHECK(!g->steps.empty());
    }
    // Where the issue names a disagreement between guidelines, the guide says which it follows.
    for (const char* id : {"child-infant-cpr", "burns", "heart-attack", "anaphylaxis"}) {
        INFO(id);
        CHECK(!c.guide(id)->guideline.note.empty());
    }
    CHECK(c.numbers.countries.size() >= 40);
    CHECK(c.numbers.numberFor("ZZ") == "112");
}

TEST_CASE("the timers the issue names are defined by the content") {
    const auto& c = realContent().content;
    auto timerIn = [&](const char* guide, core::TimerKind kind) {
        for (const auto& s : c.guide(guide)->steps)
            if (s.timer && s.timer->kind == kind) return &*s.timer;
        return static_cast<const core::TimerSpec*>(nullptr);
    };
    REQUIRE(timerIn("burns", core::TimerKind::Countdown));
    CHECK(timerIn("burns", core::TimerKind::Countdown)->seconds == 1200);
    REQUIRE(timerIn("seizure", core::TimerKind::Stopwatch));
    CHECK(timerIn("seizure", core::TimerKind::Stopwatch)->callAfterSeconds == 300);
    CHECK(timerIn("severe-bleeding", core::TimerKind::Stopwatch) != nullptr);
    CHECK(timerIn("stroke", core::TimerKind::Stopwatch) != nullptr);
}

TEST_CASE("the triage tree reaches every guide it names and has no dead ends") {
    const auto& c = realContent().content;
    std::vector<std::string> ids;
    for (const auto& g : c.guides) ids.push_back(g.id);
    CHECK(c.triage.validate(ids).empty());
    auto reached = c.triage.reachableGuides();
    CHECK(reached.size() >= 10);
    for (const auto& id : reached) CHECK(c.guide(id) != nullptr);
    // Walk every path: each ends at a guide within three answers.
    std::function<void(const core::TriageNode&, int)> walk = [&](const core::TriageNode& n, int depth) {
        REQUIRE(!n.answers.empty());
        for (const auto& a : n.answers) {
            if (core::TriageTree::isGuide(a.next)) {
                CHECK(depth + 1 <= 3);
                continue;
            }
            const core::TriageNode* next = c.triage.find(a.next);
            REQUIRE(next != nullptr);
            walk(*next, depth + 1);
        }
    };
    walk(*c.triage.find(c.triage.start), 0);
}

TEST_CASE("a dead end in the triage tree is found") {
    core::TriageTree t;
    t.start = "a";
    t.nodes = {{"a", "?", "", {{"Yes", "b", 3}}, 1}, {"b", "?", "", {}, 5}};
    auto problems = t.validate({});
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].line == 5);
}

TEST_CASE("the metronome beat schedule drifts less than 1 ms over 10 minutes") {
    core::ManualClock clock;
    for (int rate : {100, 110, 120}) {
        for (int breaths : {0, 2}) {
            core::Metronome m({rate, 30, breaths}, clock.now());
            // Step through 10 minutes in uneven frame-sized steps, as a UI would, and check each
            // beat the metronome reports against the ideal time computed independently.
            core::TimePoint t = clock.now();
            core::TimePoint end = t + minutes{10};
            double worstMs = 0;
            long long beats = 0;
            while (t < end) {
                core::Metronome::State s = m.at(t);
                if (s.phase == core::Metronome::Phase::Compress) {
                    long long n = s.totalCompressions - 1;
                    long double cycleSec = 30.0L * 60 / rate + breaths * 2.5L;
                    long double ideal = breaths ? (n / 30) * cycleSec + (n % 30) * 60.0L / rate : n * 60.0L / rate;
                    long double got = duration<long double>(s.beatAt - m.start()).count();
                    worstMs = std::max(worstMs, static_cast<double>(std::fabs(got - ideal) * 1000));
                    beats = std::max(beats, s.totalCompressions);
                }
                t += microseconds{16'667 + (beats % 7) * 1000};
            }
            INFO(rate << " per minute, " << breaths << " breaths");
            CHECK(worstMs < 1.0);
            if (breaths == 0) CHECK(beats == rate * 10);
        }
    }
}

TEST_CASE("the metronome counts compressions, prompts breaths at the ratio and counts cycles") {
    core::ManualClock clock;
    core::Metronome m({120, 30, 2}, clock.now());  // 0.5 s a beat: 30 beats in 15 s, then 5 s of breaths
    auto s = m.at(clock.now());
    CHECK(s.phase == core::Metronome::Phase::Compress);
    CHECK(s.compressionInCycle == 1);
    s = m.at(clock.now() + milliseconds{14'600});
    CHECK(s.compressionInCycle == 30);
    s = m.at(clock.now() + milliseconds{15'100});
    CHECK(s.phase == core::Metronome::Phase::Breathe);
    CHECK(s.breathInCycle == 1);
    s = m.at(clock.now() + milliseconds{17'600});
    CHECK(s.breathInCycle == 2);
    s = m.at(clock.now() + milliseconds{20'100});
    CHECK(s.phase == core::Metronome::Phase::Compress);
    CHECK(s.cycle == 1);
    CHECK(s.compressionInCycle == 1);
    CHECK(s.totalCompressions == 31);
}

TEST_CASE("countdown and stopwatch timers on an injected clock") {
    core::ManualClock clock;
    core::TimerSpec cooling{"cooling", core::TimerKind::Countdown, 1200, "Cooling", 0, ""};
    core::RunningTimer t{cooling, clock.now(), std::nullopt};
    clock.advance(minutes{5});
    CHECK(t.remaining(clock.now()) == minutes{15});
    CHECK_FALSE(t.finished(clock.now()));
    clock.advance(minutes{16});
    CHECK(t.remaining(clock.now()) == milliseconds{0});
    CHECK(t.finished(clock.now()));

    core::TimerSpec seizure{"seizure", core::TimerKind::Stopwatch, 0, "Seizure", 300, "Call now"};
    core::RunningTimer s{seizure, clock.now(), std::nullopt};
    clock.advance(seconds{299});
    CHECK_FALSE(s.callDue(clock.now()));
    clock.advance(seconds{1});
    CHECK(s.callDue(clock.now()));
}

TEST_CASE("a step timer keeps running across steps and keeps its time across a restart") {
    AppFixture f;
    auto& fa = f.app->firstAid();
    fa.startGuide("burns");
    REQUIRE(fa.currentStep() != nullptr);
    while (!fa.currentStep()->timer) fa.nextStep();
    core::TimerSpec spec = *fa.currentStep()->timer;
    fa.startTimer(spec);
    f.clock.advance(minutes{3});
    fa.nextStep();
    REQUIRE(fa.timer(spec.id) != nullptr);
    CHECK(fa.timer(spec.id)->elapsed(f.clock.now()) == minutes{3});
    int step = fa.stepIndex();

    f.clock.advance(minutes{2});  // the app is closed for two minutes
    f.restart();
    auto& again = f.app->firstAid();
    REQUIRE(again.active());
    CHECK(again.stepIndex() == step);
    REQUIRE(again.timer(spec.id) != nullptr);
    CHECK(again.timer(spec.id)->remaining(f.clock.now()) == seconds{1200} - minutes{5});
}

TEST_CASE("the metronome survives a restart without losing its beat") {
    AppFixture f;
    auto& fa = f.app->firstAid();
    fa.startGuide("adult-cpr");
    while (!fa.currentStep()->metronome) fa.nextStep();
    fa.startMetronome(*fa.currentStep()->metronome);
    core::TimePoint start = fa.metronome()->start();
    f.clock.advance(seconds{95});
    f.restart();
    REQUIRE(f.app->firstAid().metronome().has_value());
    CHECK(f.app->firstAid().metronome()->start() == start);
}

TEST_CASE("spaced review: a right answer pushes the review out, a wrong one brings it closer") {
    core::ManualClock clock;
    core::ReviewState s;
    s = core::scheduleReview(s, true, clock.now());
    CHECK(s.box == 1);
    CHECK(s.dueAt - clock.now() == hours{24});
    s = core::scheduleReview(s, true, clock.now());
    s = core::scheduleReview(s, true, clock.now());
    CHECK(s.box == 3);
    CHECK(s.dueAt - clock.now() == hours{24 * 7});
    auto before = s.dueAt - clock.now();
    s = core::scheduleReview(s, false, clock.now());
    CHECK(s.box == 0);
    CHECK(s.dueAt - clock.now() < before);
    CHECK(s.dueAt - clock.now() == minutes{10});
    for (int i = 0; i < 20; ++i) s = core::scheduleReview(s, true, clock.now());
    CHECK(s.box == core::kMaxReviewBox);
}

TEST_CASE("quiz answers are stored and due questions come first") {
    AppFixture f;
    auto& fa = f.app->firstAid();
    fa.startQuiz("burns");
    REQUIRE(fa.currentQuestion() != nullptr);
    int first = fa.quiz()->order[0];
    fa.answer(fa.currentQuestion()->answer == 0 ? 1 : 0);  // wrong
    fa.nextQuestion();
    fa.answer(fa.currentQuestion()->answer);  // right
    CHECK(fa.quiz()->correct == 1);
    CHECK(f.db->sql().execAndGet("SELECT count(*) FROM quiz_answers WHERE guide_id = 'burns'").getInt() == 2);
    CHECK(fa.practice().at("burns").lastPractised.has_value());
    f.clock.advance(minutes{11});  // the missed question is due again; the right one is not
    fa.refreshPractice();
    CHECK(fa.dueReviews() == 1);
    fa.startQuiz("burns");
    CHECK(fa.quiz()->order[0] == first);
}

namespace {
std::vector<long long> taps(int count, double intervalMs, double jitterMs = 0) {
    std::vector<long long> out;
    double t = 0;
    for (int i = 0; i < count; ++i) {
        out.push_back(static_cast<long long>(t + ((i % 2) ? jitterMs : -jitterMs)));
        t += intervalMs;
    }
    return out;
}
}  // namespace

TEST_CASE("rhythm scoring: too slow, in range, too fast, irregular") {
    auto slow = core::scoreRhythm(taps(30, 60000.0 / 80));
    CHECK(slow.verdict == core::RhythmVerdict::TooSlow);
    CHECK(slow.rate == doctest::Approx(80).epsilon(0.01));
    CHECK(slow.percent() == 0);

    auto good = core::scoreRhythm(taps(30, 60000.0 / 110, 5));
    CHECK(good.verdict == core::RhythmVerdict::InRange);
    CHECK(good.percent() == 100);

    auto fast = core::scoreRhythm(taps(30, 60000.0 / 140));
    CHECK(fast.verdict == core::RhythmVerdict::TooFast);

    std::vector<long long> uneven;
    long long t = 0;
    for (int i = 0; i < 30; ++i) {
        uneven.push_back(t);
        t += (i % 2) ? 300 : 800;  // mean 110 a minute, but lurching
    }
    auto irregular = core::scoreRhythm(uneven);
    CHECK(irregular.verdict == core::RhythmVerdict::Irregular);
    CHECK(irregular.percent() < 10);

    CHECK(core::scoreRhythm(taps(3, 545)).verdict == core::RhythmVerdict::TooFew);
}

TEST_CASE("a rhythm session is scored and stored") {
    AppFixture f;
    auto& fa = f.app->firstAid();
    fa.startTrainer();
    for (int i = 0; i < 20; ++i) {
        fa.tapRhythm();
        f.clock.advance(milliseconds{545});
    }
    auto score = fa.finishTrainer();
    REQUIRE(score.has_value());
    CHECK(score->verdict == core::RhythmVerdict::InRange);
    CHECK(f.db->sql().execAndGet("SELECT count(*) FROM rhythm_sessions").getInt() == 1);
}

TEST_CASE("headless: Emergency then triage then the CPR guide then the next steps are logged in the database") {
    AppFixture f;
    f.app->setCountry("DE");
    platform::Headless screen(*f.app, 420, 1400);
    REQUIRE(screen.tap("##emergency"));
    // Does the person respond? No.  (Call now.) Breathing normally? No.  Age: Adult.
    REQUIRE(screen.tap("##answer-1"));
    REQUIRE(screen.tap("##answer-1"));
    REQUIRE(screen.tap("##answer-0"));
    CHECK(f.app->nav().current().screen() == app::Screen::Player);
    auto& fa = f.app->firstAid();
    REQUIRE(fa.active());
    CHECK(fa.incident()->guideId == "adult-cpr");
    CHECK(fa.stepIndex() == 4);  // the first compression step, not "check it is safe"
    for (int i = 0; i < 3; ++i) {
        f.clock.advance(seconds{20});
        REQUIRE(screen.tap("##step-next"));
    }
    CHECK(fa.stepIndex() == 7);
    long long id = fa.incident()->id;

    SQLite::Statement q(f.db->sql(), "SELECT text FROM incident_events WHERE incident_id = ? ORDER BY at, id");
    q.bind(1, static_cast<int64_t>(id));
    std::vector<std::string> events;
    while (q.executeStep()) events.push_back(q.getColumn(0).getString());
    REQUIRE(events.size() >= 5);
    CHECK(events[0] == "Opened guide: Adult CPR with an AED");
    CHECK(events[1] == "Triage: Does the person respond when you speak to them and tap their shoulders? No; "
                       "Is the person breathing normally? No, only gasping, or not sure; Start CPR now. How old is the person? "
                       "Adult or teenager");
    CHECK(events[2] == "Step 5: Push hard and fast in the centre of the chest, 5–6 cm deep, to the beat: 30 compressions, then 2 breaths.");
    CHECK(events[3] == "CPR metronome started: 110 per minute, 30 compressions, then 2 breaths");
    CHECK(events.back().rfind("Step 8:", 0) == 0);
    // The log can be opened and copied as text.
    REQUIRE(screen.tap("##open-log"));
    REQUIRE(screen.tap("##copy-log"));
    std::string text = ImGui::GetClipboardText();
    CHECK(text.find("Incident log: Adult CPR with an AED") == 0);
    CHECK(text.find("Step 8:") != std::string::npos);
}

namespace {
// Every path through the triage, as the answers' labels, with where it ends.
struct TriagePath {
    std::vector<const core::TriageAnswer*> answers;
    std::vector<const core::TriageNode*> nodes;  // the node each answer was given at
};

void walkTriage(const core::TriageTree& tree, const core::TriageNode& node, TriagePath path, std::vector<TriagePath>& out,
                std::set<std::string> onPath) {
    REQUIRE_MESSAGE(onPath.insert(node.id).second, "the triage goes round in a circle at " << node.id);
    REQUIRE_MESSAGE(!node.answers.empty(), node.id << " is a dead end");
    for (const auto& a : node.answers) {
        TriagePath next = path;
        next.answers.push_back(&a);
        next.nodes.push_back(&node);
        if (core::TriageTree::isGuide(a.next)) {
            out.push_back(next);
            continue;
        }
        const core::TriageNode* n = tree.find(a.next);
        REQUIRE_MESSAGE(n != nullptr, a.label << " leads to the unknown question " << a.next);
        walkTriage(tree, *n, next, out, onPath);
    }
}
}  // namespace

TEST_CASE("the triage graph: every answer ends at a guide within three answers, every guide is reached, no circles, call first when unresponsive") {
    const auto& c = realContent().content;
    std::vector<TriagePath> paths;
    walkTriage(c.triage, *c.triage.find(c.triage.start), {}, paths, {});
    std::set<std::string> reached;
    bool sawUnresponsive = false;
    for (const auto& p : paths) {
        CAPTURE(p.answers.back()->next);
        CHECK(p.answers.size() <= 3);
        auto target = core::TriageTree::guideTarget(p.answers.back()->next);
        REQUIRE(target.has_value());
        const core::Guide* g = c.guide(target->guide);
        REQUIRE(g != nullptr);
        reached.insert(g->id);
        if (!target->variant.empty())
            CHECK(std::any_of(g->variants.begin(), g->variants.end(), [&](const core::Variant& v) { return v.id == target->variant; }));
        if (!target->step.empty()) CHECK(g->stepIndex(target->variant, target->step).has_value());
        // After an answer that says the person does not respond, the very next thing shown is
        // the call: the next question says "Call now", or the guide opens on a call step.
        for (size_t i = 0; i < p.answers.size(); ++i) {
            if (!p.answers[i]->unresponsive) continue;
            sawUnresponsive = true;
            if (i + 1 < p.nodes.size())
                CHECK_MESSAGE(p.nodes[i + 1]->call, p.nodes[i + 1]->id << " must say Call now first");
            else
                CHECK(g->stepsFor(target->variant)[g->stepIndex(target->variant, target->step).value_or(0)]->call);
        }
    }
    CHECK(sawUnresponsive);
    CHECK(c.triage.find(c.triage.start)->answers[1].unresponsive);  // "No" to "Does the person respond?"
    for (const auto& g : c.guides) {
        INFO(g.id);
        CHECK(reached.count(g.id) == 1);  // every guide within three answers
    }
}

namespace {
// Starts the triage and answers that the person does not respond: the question that follows.
const core::TriageNode* afterNoResponse(app::FirstAid& fa) {
    fa.startTriage();
    fa.answerTriage(1);
    const core::TriageNode* node = fa.triageNode();
    REQUIRE(node != nullptr);
    return node;
}

// The index of the first answer whose label contains text.
size_t answerWith(const core::TriageNode& node, const std::string& text) {
    for (size_t i = 0; i < node.answers.size(); ++i)
        if (node.answers[i].label.find(text) != std::string::npos) return i;
    FAIL("no answer says " << text);
    return 0;
}
}  // namespace

TEST_CASE("triage: an unresponsive person who is jerking reaches the seizure guide, which ends with the breathing check") {
    AppFixture f;
    auto& fa = f.app->firstAid();
    const core::TriageNode* breathing = afterNoResponse(fa);
    CHECK(breathing->call);
    REQUIRE(fa.answerTriage(answerWith(*breathing, "Jerking")) == std::optional<std::string>("seizure"));
    // Near the end, once the jerking stops: check breathing, and say that jerking can be cardiac arrest.
    const auto& steps = fa.steps();
    auto check = std::find_if(steps.begin(), steps.end(), [](const core::Step* s) { return s->id == "breathing-check"; });
    REQUIRE(check != steps.end());
    CHECK((*check)->call);
    CHECK((*check)->detail.find("heart stops") != std::string::npos);
    CHECK(steps.end() - check <= 3);
}

TEST_CASE("triage: unresponsive but breathing asks the cause, and each cause opens its own guide") {
    AppFixture f;
    auto& fa = f.app->firstAid();
    afterNoResponse(fa);
    fa.answerTriage(0);  // breathing normally
    const core::TriageNode* cause = fa.triageNode();
    REQUIRE(cause != nullptr);
    std::set<std::string> guides;
    for (const auto& a : cause->answers) guides.insert(core::TriageTree::guideTarget(a.next).value_or(core::GuideTarget{}).guide);
    for (const char* id : {"severe-bleeding", "anaphylaxis", "heat-illness", "hypothermia", "opioid-overdose", "recovery-position"}) {
        INFO(id);
        CHECK(guides.count(id) == 1);
    }
    // The recovery position asks who it is for before any step, and tilts the head only for an
    // adult or child: a baby's head is kept level.
    REQUIRE(fa.answerTriage(cause->answers.size() - 1) == std::optional<std::string>("recovery-position"));
    CHECK(fa.needsVariant());
    fa.chooseVariant("infant");
    for (const core::Step* s : fa.steps()) {
        INFO(s->text);
        CHECK(s->text.find("Tilt the head back") == std::string::npos);
        CHECK(s->detail.find("Tilt the head back") == std::string::npos);
    }
    CHECK(fa.steps().front()->call);  // the call comes first here too
}

TEST_CASE("triage: what happened has a way out for something else, leading to the call and a general check") {
    const auto& c = realContent().content;
    const core::TriageNode* what = c.triage.find("what-happened");
    REQUIRE(what != nullptr);
    const core::TriageAnswer& last = what->answers.back();
    CHECK(last.label == "Something else, or not sure");
    auto target = core::TriageTree::guideTarget(last.next);
    REQUIRE(target);
    const core::Guide* g = c.guide(target->guide);
    REQUIRE(g != nullptr);
    std::string all;
    for (const auto& s : g->steps) all += s.text + " ";
    for (const char* part : {"safe", "respond", "call", "airway", "breathing", "bleeding"}) {
        INFO(part);
        CHECK(core::toLower(all).find(part) != std::string::npos);
    }
    CHECK(std::any_of(g->steps.begin(), g->steps.end(), [](const core::Step& s) { return s.call; }));
}

TEST_CASE("triage: pulled from water opens the child's drowning variant at the first step for someone already out") {
    AppFixture f;
    auto& fa = f.app->firstAid();
    fa.answerTriage(answerWith(*afterNoResponse(fa), "water"));
    REQUIRE(fa.triageNode() != nullptr);
    REQUIRE(fa.answerTriage(1) == std::optional<std::string>("drowning"));  // a child
    CHECK(fa.incident()->variant == "child");
    REQUIRE(fa.currentStep() != nullptr);
    CHECK(fa.currentStep()->id == "out-of-water");
    CHECK(fa.stepIndex() == 2);  // the call and "stay out of the water" are behind the user
    // The child's CPR follows the child's cycle.
    while (!fa.currentStep()->metronome) fa.nextStep();
    CHECK(fa.currentStep()->metronome->compressions == 15);
    CHECK(fa.stepText(fa.currentStep()->text).find("15 compressions, then 2 breaths") != std::string::npos);
}

TEST_CASE("children's CPR: 15:2 by default, 30:2 for a rescuer who only learnt adult CPR, kept across a restart") {
    AppFixture f;
    auto& fa = f.app->firstAid();
    fa.startGuide("child-infant-cpr", "child", "", "compressions");
    REQUIRE(fa.metronome().has_value());  // a start at the compression step starts the beat
    CHECK(fa.metronome()->spec().compressions == 15);
    CHECK(fa.metronome()->spec().breaths == 2);
    CHECK(fa.stepText(fa.currentStep()->text).find("15 compressions") != std::string::npos);

    f.clock.advance(seconds{30});
    f.app->setCprPreferences({true, true});  // learnt adult CPR only
    CHECK(fa.metronome()->spec().compressions == 30);
    CHECK(fa.metronome()->start() == f.clock.now());  // the count restarts in the new rhythm
    CHECK(fa.timer("cpr")->elapsed(f.clock.now()) == seconds{30});  // the CPR time goes on
    CHECK(fa.stepText(fa.currentStep()->text).find("30 compressions") != std::string::npos);
    CHECK(fa.incident()->events.back().text == "CPR metronome changed to 30 compressions, then 2 breaths");

    f.app->setCprPreferences({false, true});  // no breaths
    CHECK(fa.metronome()->spec().breaths == 0);

    f.restart();
    CHECK(f.app->settings().cpr == core::CprPreferences{false, true});
    REQUIRE(f.app->firstAid().metronome().has_value());
    CHECK(f.app->firstAid().metronome()->spec().breaths == 0);
    // The adult guide has no child cycle: 30:2 either way, and no breaths as chosen.
    f.app->setCprPreferences({true, true});
    f.app->firstAid().startGuide("adult-cpr", "", "", "compressions");
    CHECK(f.app->firstAid().metronome()->spec().compressions == 30);
}

TEST_CASE("headless: from triage the CPR metronome runs at once, and stays visible with its Stop on every later step") {
    AppFixture f;
    platform::Headless screen(*f.app, 420, 860);
    REQUIRE(screen.tap("##emergency"));
    REQUIRE(screen.visible("##answer-1"));
    REQUIRE(screen.tap("##answer-1"));  // does not respond
    // "Call now" comes before the breathing question and its answers.
    REQUIRE(screen.visible("##triage-call"));
    CHECK(ui::tapTargets().at("##triage-call").y1 <= ui::tapTargets().at("##answer-0").y0);
    REQUIRE(screen.tap("##answer-1"));  // not breathing normally
    REQUIRE(screen.tap("##answer-0"));  // adult
    auto& fa = f.app->firstAid();
    REQUIRE(fa.metronome().has_value());
    CHECK(screen.visible("##metronome-stop"));
    int count = static_cast<int>(fa.steps().size());
    while (fa.stepIndex() + 1 < count) {
        f.clock.advance(seconds{5});
        REQUIRE(screen.tap("##step-next"));
        INFO("step " << fa.stepIndex() + 1);
        CHECK(screen.visible("##metronome-stop"));
    }
    REQUIRE(screen.tap("##metronome-stop"));
    CHECK_FALSE(fa.metronome().has_value());
    screen.frame(2);
    CHECK_FALSE(screen.visible("##metronome-stop"));
}

TEST_CASE("no step asks the user to follow the beat where there is no metronome") {
    for (const auto& g : realContent().content.guides)
        for (const auto& s : g.steps) {
            INFO(g.id << ": " << s.text);
            bool mentionsBeat = core::toLower(s.text + " " + s.detail).find("beat") != std::string::npos &&
                                core::toLower(s.text + " " + s.detail).find("heartbeat") == std::string::npos;
            if (mentionsBeat) CHECK(s.metronome.has_value());
        }
}

TEST_CASE("every guide ends with its guideline, edition and the date it was checked, and says which edition it truly follows") {
    for (const auto& g : realContent().content.guides) {
        INFO(g.id);
        CHECK(g.guideline.checked.year >= 2025);
        CHECK_FALSE(g.guideline.edition.empty());
        CHECK_FALSE(core::formatLongDate(g.guideline.checked).empty());
        // A guide labelled with the 2025 edition may not say that it follows an older text.
        if (g.guideline.edition == "2025") {
            CHECK(g.guideline.note.find("2021 text") == std::string::npos);
            CHECK(g.guideline.note.find("follow the ERC 2021") == std::string::npos);
            CHECK(g.guideline.note.find("follows the ERC 2021") == std::string::npos);
        }
    }
    AppFixture f;
    platform::Headless screen(*f.app, 420, 20000);  // tall enough to hold the whole guide
    f.app->nav().selectTab(app::Tab::FirstAid);
    f.app->openGuide("drowning");
    screen.frame(3);
    CHECK(screen.visible("##guide-checked"));
    CHECK(core::formatLongDate(f.app->content().guide("drowning")->guideline.checked) == "3 December 2026");
}

TEST_CASE("a guide's subtitle that is too long for its row ends at a whole word, never mid-word") {
    AppFixture f;
    platform::Headless screen(*f.app, 420, 860);
    screen.frame(2);
    std::string summary = "Sit the person up and help them use their reliever inhaler: one puff every 30 to 60 seconds.";
    float width = ImGui::CalcTextSize("Sit the person up and help").x + 1;
    std::string cut = ui::fitToWidth(summary, width);
    CHECK(cut == "Sit the person up and\xe2\x80\xa6");
    CHECK(ui::fitToWidth("Short", 1000) == "Short");
}

TEST_CASE("the First aid list scrolls to its last guide and opens it at the smallest and largest text, in English and Arabic") {
    i18n::setCatalogFolder(STEADFAST_SOURCE_PO_DIR);
    for (const char* language : {"en", "ar"})
        for (float scale : {core::Settings::kTextScales.front(), core::Settings::kTextScales.back()}) {
            INFO(language << " at text scale " << scale);
            AppFixture f;
            f.app->startInLanguage(language);
            f.app->setTextScale(scale);
            f.app->nav().selectTab(app::Tab::FirstAid);
            std::string last;  // the last row shown: the last category's last guide
            for (const std::string& category : f.app->content().categories())
                for (const core::Guide& g : f.app->content().guides)
                    if (g.category == category) last = g.id;
            // The rows out of view are only measured, not drawn: the list is still as long, and
            // the last guide is reached and opens.
            platform::Headless screen(*f.app, 420, 860);
            screen.frame(3);
            CHECK_FALSE(screen.visible("##guide-" + last));
            REQUIRE(scrollTo(screen, "##guide-" + last));
            REQUIRE(screen.tap("##guide-" + last));
            CHECK(f.app->nav().current() == app::Route{app::route::Guide{last}});
        }
    i18n::setLanguage("en");
    ui::text::setLanguage("en");
}

TEST_CASE("the First aid list is laid out again when the text size or the language changes") {
    i18n::setCatalogFolder(STEADFAST_SOURCE_PO_DIR);
    AppFixture f;
    f.app->nav().selectTab(app::Tab::FirstAid);
    platform::Headless screen(*f.app, 420, 30000);  // every row drawn
    auto rowHeights = [&] {
        screen.frame(3);
        float total = 0;
        for (const core::Guide& g : f.app->content().guides) {
            REQUIRE(screen.visible("##guide-" + g.id));
            total += ui::tapTargets().at("##guide-" + g.id).height();
        }
        return total;
    };
    float english = rowHeights();
    f.app->setTextScale(core::Settings::kTextScales.back());
    float largest = rowHeights();
    CHECK(largest > english * 1.2f);  // the same words, larger: every row taller, titles wrapped again
    f.app->setTextScale(1.0f);
    CHECK(rowHeights() == doctest::Approx(english));
    f.app->setLanguage("ar");
    float arabic = rowHeights();
    CHECK(arabic != doctest::Approx(english));  // the Arabic titles and summaries, wrapped at their own words
    f.app->setLanguage("en");
    CHECK(rowHeights() == doctest::Approx(english));
    ui::text::setLanguage("en");
}
