#include "export/history.h"

#include <nlohmann/json.hpp>
#include <vector>

#include "core/date_format.h"
#include "core/text.h"
#include "store/checklist_runs.h"

namespace exporting {
namespace {

std::string isoOrEmpty(const std::optional<core::TimePoint>& t) { return t ? core::formatIsoUtc(*t) : ""; }

std::string durationSeconds(const core::Run& run) {
    auto d = run.duration();
    return d ? std::to_string(d->count() / 1000) : "";
}

nlohmann::ordered_json optionalIso(const std::optional<core::TimePoint>& t) { return t ? nlohmann::ordered_json(core::formatIsoUtc(*t)) : nlohmann::ordered_json(nullptr); }

// Item numbers count from 1, as a person reads the list.
int itemNumber(int position) { return position + 1; }

const core::RunItem* itemAt(const core::Run& run, int position) {
    return position >= 0 && position < static_cast<int>(run.items.size()) ? &run.items[position] : nullptr;
}

void writeCsvRow(std::ostream& out, const std::vector<std::string>& fields) { out << csvRow(fields); }

nlohmann::ordered_json runJson(const core::Run& run, const std::vector<core::RunEvent>& events) {
    nlohmann::ordered_json items = nlohmann::ordered_json::array();
    for (const core::RunItem& it : run.items)
        items.push_back({{"number", itemNumber(it.position)},
                         {"section", it.section},
                         {"text", it.text},
                         {"detail", it.detail},
                         {"ticked_at", optionalIso(it.tickedAt)},
                         {"note", it.note}});
    nlohmann::ordered_json evs = nlohmann::ordered_json::array();
    for (const core::RunEvent& e : events)
        evs.push_back({{"item_number", itemNumber(e.position)}, {"at", core::formatIsoUtc(e.at)}, {"event", core::runEventName(e.kind)}, {"note", e.note}});
    auto d = run.duration();
    return {{"id", run.id},
            {"checklist", run.checklistKey},
            {"title", run.title},
            {"mode", core::runModeName(run.mode)},
            {"status", core::runStatusName(run.status)},
            {"performed_by", run.performedBy},
            {"started_at", core::formatIsoUtc(run.started)},
            {"ended_at", optionalIso(run.ended)},
            {"duration_seconds", d ? nlohmann::ordered_json(d->count() / 1000) : nlohmann::ordered_json(nullptr)},
            {"items", std::move(items)},
            {"events", std::move(evs)}};
}

}  // namespace

std::optional<HistoryFormat> historyFormatFromName(const std::string& name) {
    if (name == "csv") return HistoryFormat::Csv;
    if (name == "json") return HistoryFormat::Json;
    return std::nullopt;
}

std::string csvField(std::string_view value) {
    if (value.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(value);
    std::string out = "\"";
    for (char c : value) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string csvRow(const std::vector<std::string>& fields) {
    std::string out;
    for (size_t i = 0; i < fields.size(); ++i) {
        if (i) out += ',';
        out += csvField(fields[i]);
    }
    return out + "\r\n";
}

int writeHistory(store::Database& db, HistoryFormat format, std::ostream& out) {
    store::ChecklistRuns runs(db);
    int count = 0;
    if (format == HistoryFormat::Csv) {
        writeCsvRow(out, {"run_id", "checklist", "title", "mode", "status", "performed_by", "started_at", "ended_at", "duration_seconds",
                          "item_number", "section", "item", "event", "event_at", "note"});
        runs.forEach([&](const core::Run& run, const std::vector<core::RunEvent>& events) {
            ++count;
            std::vector<std::string> runFields{std::to_string(run.id), run.checklistKey, run.title, core::runModeName(run.mode),
                                               core::runStatusName(run.status), run.performedBy, core::formatIsoUtc(run.started),
                                               isoOrEmpty(run.ended), durationSeconds(run)};
            if (events.empty()) {
                runFields.resize(runFields.size() + 6);
                writeCsvRow(out, runFields);
            }
            for (const core::RunEvent& e : events) {
                std::vector<std::string> row = runFields;
                const core::RunItem* it = itemAt(run, e.position);
                row.insert(row.end(), {std::to_string(itemNumber(e.position)), it ? it->section : "", it ? it->text : "",
                                       core::runEventName(e.kind), core::formatIsoUtc(e.at), e.note});
                writeCsvRow(out, row);
            }
        });
    } else {
        // Streamed run by run, so a long history never sits in memory twice; keys keep the order written.
        out << "{\"format\":\"steadfast-checklist-history\",\"version\":1,\"runs\":[";
        runs.forEach([&](const core::Run& run, const std::vector<core::RunEvent>& events) {
            out << (count++ ? ",\n" : "\n") << runJson(run, events).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
        });
        out << "\n]}\n";
    }
    return count;
}

}  // namespace exporting
