#pragma once
// The yes/no questions behind the Emergency button. Each answer leads to another question or to
// a guide, optionally to one of its variants and a step to start at.
#include <optional>
#include <string>
#include <vector>

#include "core/translation.h"

namespace core {

struct TriageAnswer {
    std::string label;
    std::string next;           // a node id, or "guide:<id>[#<variant>][@<step id>]"
    int line = 0;               // where it is written, for error messages
    bool unresponsive = false;  // the answer says the person does not respond: the call comes first
};

struct TriageNode {
    std::string id;
    std::string question;
    std::string detail;  // optional: how to find the answer, in smaller type under the question
    std::vector<TriageAnswer> answers;
    int line = 0;
    bool call = false;  // the screen says "Call now" before the question
};

// Where an answer that ends the questions leads: "guide:drowning#child@out-of-water".
struct GuideTarget {
    std::string guide;
    std::string variant;  // empty: the player asks when the guide has variants
    std::string step;     // empty: the first step
};

struct TriageTree {
    std::string start;
    std::vector<TriageNode> nodes;
    Translation translation;  // the language the questions are in, when not the English original

    static constexpr int kMaxAnswersToGuide = 3;

    const TriageNode* find(const std::string& id) const;
    static bool isGuide(const std::string& next) { return next.rfind("guide:", 0) == 0; }
    // nullopt when next names a node rather than a guide.
    static std::optional<GuideTarget> guideTarget(const std::string& next);

    struct Problem {
        int line;
        std::string message;
    };
    // Dead ends, unknown targets, unreachable nodes, cycles, paths longer than the limit, and an
    // answer for a person who does not respond that leads to a question without the call. Each
    // problem once, in time linear in the size of the tree.
    std::vector<Problem> validate(const std::vector<std::string>& knownGuideIds) const;
    // Every guide id some path reaches.
    std::vector<std::string> reachableGuides() const;
};

}  // namespace core
