#include "core/scenario.h"

#include <algorithm>
#include <cmath>

#include "core/content.h"
#include "core/text.h"

namespace core {

bool isContentId(const std::string& s) {
    if (s.empty() || s.front() == '-' || s.back() == '-') return false;
    return std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

std::optional<ContentRef> ContentRef::parse(const std::string& text) {
    ContentRef ref;
    std::string rest;
    if (text.rfind("guide:", 0) == 0) {
        ref.kind = Kind::Guide;
        rest = text.substr(6);
    } else if (text.rfind("checklist:", 0) == 0) {
        ref.kind = Kind::Checklist;
        rest = text.substr(10);
    } else {
        return std::nullopt;
    }
    if (auto at = rest.find('@'); at != std::string::npos) {
        ref.step = rest.substr(at + 1);
        if (!isContentId(ref.step)) return std::nullopt;
        rest.resize(at);
    }
    if (auto hash = rest.find('#'); hash != std::string::npos) {
        ref.variant = rest.substr(hash + 1);
        if (!isContentId(ref.variant) || ref.kind == Kind::Checklist) return std::nullopt;
        rest.resize(hash);
    }
    ref.id = rest;
    if (!isContentId(ref.id)) return std::nullopt;
    return ref;
}

std::string ContentRef::text() const {
    std::string out = (kind == Kind::Guide ? "guide:" : "checklist:") + id;
    if (!variant.empty()) out += "#" + variant;
    if (!step.empty()) out += "@" + step;
    return out;
}

int ScenarioDecision::rightChoice() const {
    for (size_t i = 0; i < choices.size(); ++i)
        if (choices[i].right) return static_cast<int>(i);
    return -1;
}

int ScenarioDecision::secondsAllowed() const { return timeLimitSeconds > 0 ? timeLimitSeconds : kDefaultDecisionSeconds; }

int ScenarioDecision::readingSeconds() const {
    size_t characters = utf8Length(situation);
    for (const auto& c : choices) characters += utf8Length(c.text);
    return static_cast<int>((characters + kReadingCharactersPerSecond - 1) / kReadingCharactersPerSecond);
}

const Scenario* Content::scenario(const std::string& id) const {
    for (const auto& s : scenarios)
        if (s.id == id) return &s;
    return nullptr;
}

bool Scenario::practises(const ContentRef& target) const {
    return std::any_of(trains.begin(), trains.end(), [&](const ContentRef& t) { return t.sameTarget(target); });
}

namespace {

const std::string* stepText(const Guide& guide, const std::string& variant, const std::string& stepId) {
    std::vector<std::string> variants;
    if (!variant.empty() || guide.variants.empty())
        variants.push_back(variant);
    else
        for (const auto& v : guide.variants) variants.push_back(v.id);
    for (const auto& v : variants)
        if (auto at = guide.stepIndex(v, stepId)) return &guide.stepsFor(v)[*at]->text;
    return nullptr;
}

}  // namespace

const std::string* citedText(const Content& content, const ContentRef& ref) {
    if (ref.step.empty()) return nullptr;
    if (ref.kind == ContentRef::Kind::Guide) {
        const Guide* g = content.guide(ref.id);
        return g ? stepText(*g, ref.variant, ref.step) : nullptr;
    }
    if (const ChecklistTemplate* c = content.checklist(ref.id))
        for (const auto& section : c->sections)
            for (const auto& item : section.items)
                if (item.id == ref.step) return &item.text;
    return nullptr;
}

double ScenarioScore::share() const { return decisions > 0 ? static_cast<double>(right) / decisions : 0.0; }

int ScenarioScore::percent() const { return static_cast<int>(std::lround(share() * 100)); }

std::chrono::milliseconds ScenarioScore::meanDecisionTime() const {
    if (results.empty()) return std::chrono::milliseconds{0};
    std::chrono::milliseconds total{0};
    for (const auto& r : results) total += r.elapsed;
    return total / static_cast<long long>(results.size());
}

std::vector<std::string> ScenarioScore::wrongDecisionIds() const {
    std::vector<std::string> out;
    for (const auto& r : results)
        if (!r.right) out.push_back(r.decisionId);
    return out;
}

ScenarioScore scoreScenario(const Scenario& scenario, const std::vector<ScenarioAnswer>& answers, PlayMode mode) {
    ScenarioScore score;
    score.decisions = static_cast<int>(scenario.decisions.size());
    size_t counted = std::min(answers.size(), scenario.decisions.size());
    for (size_t i = 0; i < counted; ++i) {
        const ScenarioDecision& d = scenario.decisions[i];
        const ScenarioAnswer& a = answers[i];
        DecisionResult r;
        r.decisionId = d.id;
        r.elapsed = a.elapsed;
        r.timedOut = !a.choice || (mode == PlayMode::Timed && a.elapsed > std::chrono::seconds(d.secondsAllowed()));
        r.right = !r.timedOut && *a.choice == d.rightChoice() && d.rightChoice() >= 0;
        if (r.right) ++score.right;
        score.results.push_back(std::move(r));
    }
    return score;
}

}  // namespace core
