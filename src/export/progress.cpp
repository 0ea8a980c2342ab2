#include "export/progress.h"

#include <cstdio>
#include <nlohmann/json.hpp>

#include "core/date_format.h"
#include "store/practice_events.h"

namespace exporting {
namespace {

std::string seconds(long long ms) {
    char text[32];
    std::snprintf(text, sizeof text, "%.3f", static_cast<double>(ms) / 1000.0);
    return text;
}

template <class T, class Format>
std::string optionalText(const std::optional<T>& v, Format format) {
    return v ? format(*v) : "";
}

std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : "; ") + n;
    return out;
}

std::vector<std::string> csvFields(const store::PracticeEvent& e) {
    auto integer = [](auto v) { return std::to_string(v); };
    return {store::practiceEventName(e.kind),
            core::formatIsoUtc(e.at),
            e.subject,
            e.item,
            e.mode,
            optionalText(e.correct, [](bool b) { return std::string(b ? "true" : "false"); }),
            optionalText(e.choice, integer),
            optionalText(e.timeMs, seconds),
            optionalText(e.targetSeconds, integer),
            optionalText(e.rate, [](double r) {
                char text[32];
                std::snprintf(text, sizeof text, "%.1f", r);
                return std::string(text);
            }),
            optionalText(e.percent, integer),
            joined(e.participants)};
}

nlohmann::ordered_json eventJson(const store::PracticeEvent& e) {
    nlohmann::ordered_json j{{"kind", store::practiceEventName(e.kind)}, {"at", core::formatIsoUtc(e.at)}, {"subject", e.subject}};
    using Kind = store::PracticeEvent::Kind;
    if (e.kind == Kind::QuizAnswer || e.kind == Kind::ScenarioDecision) {
        j["item"] = e.item;
        j["correct"] = e.correct.value_or(false);
    }
    if (e.kind == Kind::ScenarioDecision) {
        j["mode"] = e.mode;
        j["choice"] = e.choice ? nlohmann::ordered_json(*e.choice) : nlohmann::ordered_json(nullptr);  // null: time ran out
        j["time_seconds"] = static_cast<double>(e.timeMs.value_or(0)) / 1000.0;
    }
    if (e.kind == Kind::RhythmSession) {
        j["rate_per_minute"] = e.rate.value_or(0);
        j["percent_in_range"] = e.percent.value_or(0);
    }
    if (e.kind == Kind::Drill) {
        j["status"] = e.mode;
        j["time_seconds"] = static_cast<double>(e.timeMs.value_or(0)) / 1000.0;
        j["target_seconds"] = e.targetSeconds ? nlohmann::ordered_json(*e.targetSeconds) : nlohmann::ordered_json(nullptr);
        j["percent_done"] = e.percent.value_or(0);
        j["participants"] = e.participants;
    }
    return j;
}

}  // namespace

int writeProgress(store::Database& db, HistoryFormat format, std::ostream& out) {
    std::vector<store::PracticeEvent> events = store::practiceEvents(db);
    if (format == HistoryFormat::Csv) {
        out << csvRow({"kind", "at", "subject", "item", "mode", "correct", "choice", "time_seconds", "target_seconds", "rate_per_minute",
                       "percent", "participants"});
        for (const auto& e : events) out << csvRow(csvFields(e));
    } else {
        out << "{\"format\":\"steadfast-progress\",\"version\":1,\"events\":[";
        for (size_t i = 0; i < events.size(); ++i)
            out << (i ? ",\n" : "\n") << eventJson(events[i]).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
        out << "\n]}\n";
    }
    return static_cast<int>(events.size());
}

}  // namespace exporting
