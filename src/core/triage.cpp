#include "core/triage.h"

#include <algorithm>
#include <functional>
#include <set>

namespace core {

const TriageNode* TriageTree::find(const std::string& id) const {
    for (const auto& n : nodes)
        if (n.id == id) return &n;
    return nullptr;
}

std::vector<TriageTree::Problem> TriageTree::validate(const std::vector<std::string>& knownGuideIds) const {
    std::vector<Problem> problems;
    if (!find(start)) {
        problems.push_back({1, "start node '" + start + "' does not exist"});
        return problems;
    }
    for (const auto& n : nodes) {
        if (n.answers.empty()) problems.push_back({n.line, "node '" + n.id + "' has no answers (a dead end)"});
        for (const auto& a : n.answers) {
            if (isGuide(a.next)) {
                auto id = guideId(a.next);
                if (std::find(knownGuideIds.begin(), knownGuideIds.end(), id) == knownGuideIds.end())
                    problems.push_back({a.line, "answer '" + a.label + "' leads to unknown guide '" + id + "'"});
            } else if (!find(a.next)) {
                problems.push_back({a.line, "answer '" + a.label + "' leads to unknown node '" + a.next + "'"});
            }
        }
    }
    // Walk every path from the start: it must reach a guide within the limit, without cycles.
    std::set<std::string> reached;
    std::function<void(const TriageNode&, int)> walk = [&](const TriageNode& n, int depth) {
        reached.insert(n.id);
        for (const auto& a : n.answers) {
            if (isGuide(a.next)) continue;
            const TriageNode* next = find(a.next);
            if (!next) continue;
            if (depth + 1 >= kMaxAnswersToGuide) {
                problems.push_back({a.line, "answer '" + a.label + "' does not reach a guide within " +
                                                std::to_string(kMaxAnswersToGuide) + " answers"});
                continue;
            }
            walk(*next, depth + 1);
        }
    };
    walk(*find(start), 0);
    for (const auto& n : nodes)
        if (!reached.count(n.id)) problems.push_back({n.line, "node '" + n.id + "' cannot be reached from the start"});
    return problems;
}

std::vector<std::string> TriageTree::reachableGuides() const {
    std::vector<std::string> out;
    std::set<std::string> seen;
    std::function<void(const TriageNode*)> walk = [&](const TriageNode* n) {
        if (!n || !seen.insert(n->id).second) return;
        for (const auto& a : n->answers) {
            if (isGuide(a.next)) {
                auto id = guideId(a.next);
                if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
            } else {
                walk(find(a.next));
            }
        }
    };
    walk(find(start));
    return out;
}

}  // namespace core
