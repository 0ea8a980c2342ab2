#include "core/triage.h"

#include <algorithm>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace core {

const TriageNode* TriageTree::find(const std::string& id) const {
    for (const auto& n : nodes)
        if (n.id == id) return &n;
    return nullptr;
}

std::optional<GuideTarget> TriageTree::guideTarget(const std::string& next) {
    if (!isGuide(next)) return std::nullopt;
    GuideTarget t;
    std::string rest = next.substr(6);
    if (auto at = rest.find('@'); at != std::string::npos) {
        t.step = rest.substr(at + 1);
        rest.resize(at);
    }
    if (auto hash = rest.find('#'); hash != std::string::npos) {
        t.variant = rest.substr(hash + 1);
        rest.resize(hash);
    }
    t.guide = rest;
    return t;
}

std::vector<TriageTree::Problem> TriageTree::validate(const std::vector<std::string>& knownGuideIds) const {
    std::vector<Problem> problems;
    std::unordered_map<std::string, size_t> index;  // node id → position, so every lookup is O(1)
    for (size_t i = 0; i < nodes.size(); ++i)
        if (!index.emplace(nodes[i].id, i).second)
            problems.push_back({nodes[i].line, "node id '" + nodes[i].id + "' appears twice"});
    auto startIt = index.find(start);
    if (startIt == index.end()) {
        problems.push_back({1, "start node '" + start + "' does not exist"});
        return problems;
    }
    const std::unordered_set<std::string> guides(knownGuideIds.begin(), knownGuideIds.end());
    // next[i][k]: the node answer k of node i leads to, or -1 for a guide or an unknown node.
    std::vector<std::vector<long>> next(nodes.size());
    for (size_t i = 0; i < nodes.size(); ++i) {
        const TriageNode& n = nodes[i];
        if (n.answers.empty()) problems.push_back({n.line, "node '" + n.id + "' has no answers (a dead end)"});
        for (const auto& a : n.answers) {
            long target = -1;
            if (auto g = guideTarget(a.next)) {
                if (!guides.count(g->guide))
                    problems.push_back({a.line, "answer '" + a.label + "' leads to unknown guide '" + g->guide + "'"});
            } else if (auto it = index.find(a.next); it != index.end()) {
                target = static_cast<long>(it->second);
                if (a.unresponsive && !nodes[it->second].call)
                    problems.push_back({a.line, "answer '" + a.label + "' is for a person who does not respond, so the "
                                                "question it leads to must say to call first (call = true)"});
            } else {
                problems.push_back({a.line, "answer '" + a.label + "' leads to unknown node '" + a.next + "'"});
            }
            next[i].push_back(target);
        }
    }

    // Depth-first from the start without recursion (a long chain must not overflow the stack):
    // an answer back to a node still on the path closes a cycle; the finishing order of the
    // others is a topological order of what the start reaches.
    enum Colour : char { White, Grey, Black };
    std::vector<Colour> colour(nodes.size(), White);
    std::vector<size_t> finished;
    std::vector<std::pair<size_t, size_t>> stack{{startIt->second, 0}};  // node, next answer to follow
    std::vector<std::vector<bool>> backEdge(nodes.size());
    for (size_t i = 0; i < nodes.size(); ++i) backEdge[i].assign(next[i].size(), false);
    colour[startIt->second] = Grey;
    while (!stack.empty()) {
        auto& [node, k] = stack.back();
        if (k == next[node].size()) {
            colour[node] = Black;
            finished.push_back(node);
            stack.pop_back();
            continue;
        }
        size_t answer = k++;
        long m = next[node][answer];
        if (m < 0) continue;
        if (colour[m] == Grey) {
            backEdge[node][answer] = true;
            const TriageAnswer& a = nodes[node].answers[answer];
            problems.push_back({a.line, "answer '" + a.label + "' leads back to the earlier question '" + nodes[m].id +
                                            "': the questions would go round in a circle"});
        } else if (colour[m] == White) {
            colour[m] = Grey;
            stack.emplace_back(static_cast<size_t>(m), 0);
        }
    }

    // Longest number of answers from the start to each node, in topological order. An answer
    // that is the limit-th one and still leads to a question cannot end at a guide in time.
    std::vector<int> depth(nodes.size(), 0);
    for (auto it = finished.rbegin(); it != finished.rend(); ++it) {
        size_t n = *it;
        for (size_t k = 0; k < next[n].size(); ++k) {
            long m = next[n][k];
            if (m < 0 || backEdge[n][k]) continue;
            if (depth[n] + 1 >= kMaxAnswersToGuide) {
                const TriageAnswer& a = nodes[n].answers[k];
                problems.push_back({a.line, "answer '" + a.label + "' does not reach a guide within " +
                                                std::to_string(kMaxAnswersToGuide) + " answers"});
                continue;
            }
            depth[m] = std::max(depth[m], depth[n] + 1);
        }
    }
    for (size_t i = 0; i < nodes.size(); ++i)
        if (colour[i] == White) problems.push_back({nodes[i].line, "node '" + nodes[i].id + "' cannot be reached from the start"});
    return problems;
}

std::vector<std::string> TriageTree::reachableGuides() const {
    std::vector<std::string> out;
    std::set<std::string> seen, guidesSeen;
    std::vector<const TriageNode*> todo{find(start)};
    while (!todo.empty()) {
        const TriageNode* n = todo.back();
        todo.pop_back();
        if (!n || !seen.insert(n->id).second) continue;
        for (const auto& a : n->answers) {
            if (auto g = guideTarget(a.next)) {
                if (guidesSeen.insert(g->guide).second) out.push_back(g->guide);
            } else {
                todo.push_back(find(a.next));
            }
        }
    }
    return out;
}

}  // namespace core
