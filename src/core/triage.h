#pragma once
// The yes/no questions behind the Emergency button. Each answer leads to another question or to
// a guide.
#include <string>
#include <vector>

namespace core {

struct TriageAnswer {
    std::string label;
    std::string next;   // a node id, or "guide:<id>"
    int line = 0;       // where it is written, for error messages
};

struct TriageNode {
    std::string id;
    std::string question;
    std::vector<TriageAnswer> answers;
    int line = 0;
};

struct TriageTree {
    std::string start;
    std::vector<TriageNode> nodes;

    static constexpr int kMaxAnswersToGuide = 3;

    const TriageNode* find(const std::string& id) const;
    static bool isGuide(const std::string& next) { return next.rfind("guide:", 0) == 0; }
    // "guide:child-infant-cpr#infant" → "child-infant-cpr" and "infant".
    static std::string guideId(const std::string& next) { return next.substr(6, next.find('#') == std::string::npos ? std::string::npos : next.find('#') - 6); }
    static std::string variantId(const std::string& next) { return next.find('#') == std::string::npos ? "" : next.substr(next.find('#') + 1); }

    struct Problem {
        int line;
        std::string message;
    };
    // Dead ends, unknown targets, unreachable nodes, cycles, paths longer than the limit.
    std::vector<Problem> validate(const std::vector<std::string>& knownGuideIds) const;
    // Every guide id some path reaches.
    std::vector<std::string> reachableGuides() const;
};

}  // namespace core
