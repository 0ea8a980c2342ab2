#pragma once
// `steadfast export history`: every checklist run and its item events, as CSV (RFC 4180) or JSON,
// for spreadsheets and other programs. Times are UTC in ISO 8601.
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "store/database.h"

namespace exporting {

enum class HistoryFormat { Csv, Json };
std::optional<HistoryFormat> historyFormatFromName(const std::string& name);  // "csv", "json"

// Writes the whole history; returns how many runs it wrote.
//  CSV: one row per item event, with its run's columns; a run with no events gets one row with
//       the event columns empty. CRLF line ends; fields quoted where RFC 4180 needs it.
//  JSON: {"format": "steadfast-checklist-history", "version": 1, "runs": [{…, "items": […],
//        "events": […]}]}.
int writeHistory(store::Database& db, HistoryFormat format, std::ostream& out);

// One CSV field, quoted and with its quotes doubled when it holds a comma, quote, CR or LF.
std::string csvField(std::string_view value);
// A CSV record: the fields, each as csvField writes it, and CRLF.
std::string csvRow(const std::vector<std::string>& fields);

}  // namespace exporting
