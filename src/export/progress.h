#pragma once
// `steadfast export progress`: every practice event (quiz answers, scenario decisions, CPR rhythm
// sessions, practice drills), one CSV row or JSON object each, oldest first, with a `kind`
// column, so the user owns the record of their practice. Times are UTC in ISO 8601.
#include <ostream>

#include "export/history.h"
#include "store/database.h"

namespace exporting {

//  CSV: kind, at, subject, item, mode, correct, choice, time_seconds, target_seconds,
//       rate_per_minute, percent, participants (names joined by "; "); empty where a kind has none.
//  JSON: {"format": "steadfast-progress", "version": 1, "events": [{"kind": …, "at": …, …}]}, each
//       event with the fields its kind has.
// Returns how many events it wrote.
int writeProgress(store::Database& db, HistoryFormat format, std::ostream& out);

}  // namespace exporting
