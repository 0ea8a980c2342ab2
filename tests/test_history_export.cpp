// `steadfast export history --format csv|json FILE`: every run and its item events, CSV quoted by
// RFC 4180, JSON that parses back to the same runs.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "export/history.h"
#include "core/date_format.h"
#include "core/text.h"
#include "support.h"

using namespace test;
using namespace std::chrono_literals;

namespace {

// Two runs: a finished practice run with ticks, an untick and a note with awkward text, and an
// abandoned real run with no events at all.
std::pair<long long, long long> twoRuns(AppFixture& f) {
    f.app->runs().startDraft().performedBy = "Sam \"the organiser\", jr";
    std::optional<long long> first = f.app->runs().start(core::templateKey("go-bag"));
    REQUIRE(first);
    f.clock.advance(10s);
    REQUIRE(f.app->runs().toggle(*first, 0));
    f.clock.advance(10s);
    REQUIRE(f.app->runs().toggle(*first, 1));
    REQUIRE(f.app->runs().toggle(*first, 1));
    REQUIRE(f.app->runs().setNote(*first, 0, "Two bottles,\nboth sealed"));
    f.clock.advance(1min);
    REQUIRE(f.app->runs().finish(*first));
    f.app->runs().startDraft().mode = core::RunMode::Real;
    f.app->runs().startDraft().performedBy = "";
    std::optional<long long> second = f.app->runs().start(core::templateKey("evacuation"));
    REQUIRE(second);
    REQUIRE(f.app->runs().abandon(*second));
    return {*first, *second};
}

// Splits CSV text into rows of fields, following RFC 4180 (quoted fields may hold , " CR LF).
std::vector<std::vector<std::string>> parseCsv(const std::string& text) {
    std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
    bool quoted = false;
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                rows.back().back() += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                rows.back().back() += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            rows.back().emplace_back();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            rows.emplace_back(1);
            ++i;
        } else {
            rows.back().back() += c;
        }
    }
    if (rows.back().size() == 1 && rows.back()[0].empty()) rows.pop_back();
    return rows;
}

}  // namespace

TEST_CASE("CSV fields are quoted the way RFC 4180 asks") {
    CHECK(exporting::csvField("plain") == "plain");
    CHECK(exporting::csvField("") == "");
    CHECK(exporting::csvField("a,b") == "\"a,b\"");
    CHECK(exporting::csvField("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(exporting::csvField("two\nlines") == "\"two\nlines\"");
    CHECK(exporting::csvField("cr\rhere") == "\"cr\rhere\"");
    CHECK(exporting::csvField("Käse – ok") == "Käse – ok");
}

TEST_CASE("the CSV export has one row per item event and a row for a run without events") {
    AppFixture f;
    auto [first, second] = twoRuns(f);
    std::ostringstream out;
    CHECK(exporting::writeHistory(*f.db, exporting::HistoryFormat::Csv, out) == 2);
    std::string text = out.str();
    CHECK(text.find("\r\n") != std::string::npos);
    auto rows = parseCsv(text);
    REQUIRE(rows.size() == 1 + 4 + 1);
    const auto& header = rows[0];
    REQUIRE(header.size() == 15);
    for (const auto& row : rows) CHECK(row.size() == header.size());
    auto col = [&](const std::string& name) { return static_cast<size_t>(std::find(header.begin(), header.end(), name) - header.begin()); };

    CHECK(rows[1][col("run_id")] == std::to_string(first));
    CHECK(rows[1][col("checklist")] == "template:go-bag");
    CHECK(rows[1][col("performed_by")] == "Sam \"the organiser\", jr");
    CHECK(rows[1][col("mode")] == "practice");
    CHECK(rows[1][col("status")] == "finished");
    CHECK(rows[1][col("duration_seconds")] == "80");
    CHECK(rows[1][col("started_at")] == core::formatIsoUtc(f.clock.now() - 80s));
    CHECK(rows[1][col("item_number")] == "1");
    CHECK(rows[1][col("event")] == "tick");
    CHECK(rows[2][col("event")] == "tick");
    CHECK(rows[3][col("event")] == "untick");
    CHECK(rows[4][col("event")] == "note");
    CHECK(rows[4][col("note")] == "Two bottles,\nboth sealed");
    CHECK(rows[4][col("item")] == f.app->content().checklist("go-bag")->sections[0].items[0].text);
    CHECK(rows[5][col("run_id")] == std::to_string(second));
    CHECK(rows[5][col("status")] == "abandoned");
    CHECK(rows[5][col("mode")] == "real");
    CHECK(rows[5][col("event")].empty());
}

TEST_CASE("the JSON export holds every run with its items and events") {
    AppFixture f;
    auto [first, second] = twoRuns(f);
    std::ostringstream out;
    exporting::writeHistory(*f.db, exporting::HistoryFormat::Json, out);
    nlohmann::json doc = nlohmann::json::parse(out.str());
    CHECK(doc["format"] == "steadfast-checklist-history");
    CHECK(doc["version"] == 1);
    REQUIRE(doc["runs"].size() == 2);
    const auto& run = doc["runs"][0];
    CHECK(run["id"] == first);
    CHECK(run["title"] == f.app->content().checklist("go-bag")->title);
    CHECK(run["performed_by"] == "Sam \"the organiser\", jr");
    CHECK(run["duration_seconds"] == 80);
    CHECK(run["items"].size() == static_cast<size_t>(f.app->content().checklist("go-bag")->itemCount()));
    CHECK(run["items"][0]["note"] == "Two bottles,\nboth sealed");
    CHECK(run["items"][0]["ticked_at"].is_string());
    CHECK(run["items"][1]["ticked_at"].is_null());
    REQUIRE(run["events"].size() == 4);
    CHECK(run["events"][2]["event"] == "untick");
    CHECK(run["events"][2]["item_number"] == 2);
    const auto& abandoned = doc["runs"][1];
    CHECK(abandoned["id"] == second);
    CHECK(abandoned["status"] == "abandoned");
    CHECK(abandoned["events"].empty());
}

TEST_CASE("steadfast export history writes the file and refuses a missing database") {
    AppFixture f;
    twoRuns(f);
    std::string binary = STEADFAST_BINARY;
    std::string db = f.dbPath().string();
    fs::path csv = f.dir / "history.csv", json = f.dir / "out" / "history.json";
    fs::create_directories(json.parent_path());
    CHECK(std::system((binary + " --db '" + db + "' export history --format csv '" + csv.string() + "' 2>/dev/null").c_str()) == 0);
    CHECK(parseCsv(readFile(csv)).size() == 6);
    CHECK(std::system((binary + " --db '" + db + "' export history --format json '" + json.string() + "' 2>/dev/null").c_str()) == 0);
    CHECK(nlohmann::json::parse(readFile(json))["runs"].size() == 2);
    CHECK(fs::directory_iterator(json.parent_path())->path() == json);  // no temporary file left behind

    CHECK(std::system((binary + " --db '" + db + "' export history --format xml '" + csv.string() + "' 2>/dev/null").c_str()) != 0);
    fs::path missing = f.dir / "none.db";
    CHECK(std::system((binary + " --db '" + missing.string() + "' export history --format csv '" + csv.string() + "' 2>/dev/null").c_str()) != 0);
    CHECK_FALSE(fs::exists(missing));
    CHECK(std::system((binary + " --db '" + db + "' export history --format csv '" + (f.dir / "no-dir" / "x.csv").string() + "' 2>/dev/null").c_str()) != 0);
}
