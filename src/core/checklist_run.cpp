// The rules of runs and of the user's own lists: names, keys, what was done and skipped, and
// the limits on what the user types.
#include "core/checklist_run.h"

#include <charconv>

#include "core/text.h"
#include "core/user_list.h"

namespace core {

const char* runModeName(RunMode mode) { return mode == RunMode::Real ? "real" : "practice"; }

const char* runStatusName(RunStatus status) {
    switch (status) {
        case RunStatus::InProgress: return "in_progress";
        case RunStatus::Finished: return "finished";
        case RunStatus::Abandoned: return "abandoned";
    }
    return "in_progress";
}

const char* runEventName(RunEventKind kind) {
    switch (kind) {
        case RunEventKind::Tick: return "tick";
        case RunEventKind::Untick: return "untick";
        case RunEventKind::Note: return "note";
    }
    return "tick";
}

std::optional<RunMode> runModeFromName(const std::string& name) {
    if (name == "practice") return RunMode::Practice;
    if (name == "real") return RunMode::Real;
    return std::nullopt;
}

std::optional<RunStatus> runStatusFromName(const std::string& name) {
    for (RunStatus s : {RunStatus::InProgress, RunStatus::Finished, RunStatus::Abandoned})
        if (name == runStatusName(s)) return s;
    return std::nullopt;
}

std::optional<RunEventKind> runEventFromName(const std::string& name) {
    for (RunEventKind k : {RunEventKind::Tick, RunEventKind::Untick, RunEventKind::Note})
        if (name == runEventName(k)) return k;
    return std::nullopt;
}

namespace {
constexpr std::string_view kTemplatePrefix = "template:";
constexpr std::string_view kListPrefix = "list:";
}  // namespace

std::string templateKey(const std::string& templateId) { return std::string(kTemplatePrefix) + templateId; }
std::string listKey(long long listId) { return std::string(kListPrefix) + std::to_string(listId); }

std::optional<std::string> templateIdOf(const std::string& key) {
    if (key.rfind(kTemplatePrefix, 0) != 0 || key.size() == kTemplatePrefix.size()) return std::nullopt;
    return key.substr(kTemplatePrefix.size());
}

std::optional<long long> listIdOf(const std::string& key) {
    if (key.rfind(kListPrefix, 0) != 0) return std::nullopt;
    long long id = 0;
    const char* begin = key.data() + kListPrefix.size();
    const char* end = key.data() + key.size();
    auto [ptr, ec] = std::from_chars(begin, end, id);
    if (ec != std::errc() || ptr != end || begin == end || id <= 0) return std::nullopt;
    return id;
}

std::vector<RunItem> runItemsFrom(const std::vector<ChecklistSection>& sections) {
    std::vector<RunItem> items;
    for (const auto& s : sections)
        for (const auto& it : s.items) {
            RunItem r;
            r.position = static_cast<int>(items.size());
            r.section = s.title;
            r.text = it.text;
            r.detail = it.detail;
            items.push_back(std::move(r));
        }
    return items;
}

int Run::doneCount() const {
    int n = 0;
    for (const auto& it : items) n += it.ticked() ? 1 : 0;
    return n;
}

std::vector<const RunItem*> Run::skipped() const {
    std::vector<const RunItem*> out;
    for (const auto& it : items)
        if (!it.ticked()) out.push_back(&it);
    return out;
}

std::optional<Millis> Run::duration() const {
    if (!ended) return std::nullopt;
    return std::chrono::duration_cast<Millis>(*ended - started);
}

bool Run::completeDrill() const {
    return mode == RunMode::Practice && status == RunStatus::Finished && ended && doneCount() == static_cast<int>(items.size());
}

int UserList::itemCount() const {
    int n = 0;
    for (const auto& s : sections) n += static_cast<int>(s.items.size());
    return n;
}

std::vector<ChecklistSection> UserList::asSections() const {
    std::vector<ChecklistSection> out;
    for (const auto& s : sections) {
        ChecklistSection c{s.title, {}};
        for (const auto& it : s.items) c.items.push_back({it.text, it.detail});
        out.push_back(std::move(c));
    }
    return out;
}

namespace {
std::optional<LengthProblem> checkLength(const std::string& text, size_t max, TypedText what, bool required) {
    if (required && text.empty()) return LengthProblem{what, 0, max};
    size_t n = utf8Length(text);
    if (n > max) return LengthProblem{what, n, max};
    return std::nullopt;
}
}  // namespace

std::optional<LengthProblem> checkListTitle(const std::string& title) { return checkLength(title, kMaxChecklistTitle, TypedText::ListTitle, true); }
std::optional<LengthProblem> checkSectionTitle(const std::string& title) { return checkLength(title, kMaxSectionTitle, TypedText::SectionTitle, true); }
std::optional<LengthProblem> checkItemText(const std::string& text) { return checkLength(text, kMaxItemText, TypedText::ItemText, true); }
std::optional<LengthProblem> checkItemDetail(const std::string& detail) { return checkLength(detail, kMaxItemDetail, TypedText::ItemDetail, false); }
std::optional<LengthProblem> checkNote(const std::string& note) { return checkLength(note, kMaxNote, TypedText::Note, false); }
std::optional<LengthProblem> checkPerformer(const std::string& name) { return checkLength(name, kMaxPerformer, TypedText::Performer, false); }

}  // namespace core
