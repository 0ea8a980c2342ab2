// `steadfast export progress`: every practice event (a quiz answer, scenario decisions, a rhythm
// session, a timed drill) in CSV and JSON, read back by Python's own csv and json modules, and a
// file that cannot be written refused with nothing left behind.
#include <doctest/doctest.h>

#include <cstdlib>

#include "support.h"

using namespace test;
using namespace std::chrono_literals;

namespace {

// Practice of every kind, on the fixture's clock.
void practise(AppFixture& f) {
    const core::Content& content = realContent().content;
    app::FirstAid& fa = f.app->firstAid();
    fa.startQuiz(content.guides.front().id);
    fa.answer(fa.currentQuestion()->answer);
    f.clock.advance(1min);
    REQUIRE(f.app->scenarios().start("kitchen-burn", core::PlayMode::Timed));
    f.clock.advance(3s);
    const core::Scenario* s = content.scenario("kitchen-burn");
    f.app->scenarios().choose(s->decisions[0].rightChoice());
    f.app->scenarios().next();
    f.clock.advance(std::chrono::seconds(s->decisions[1].secondsAllowed() + 1));
    f.app->scenarios().tick();  // timed out
    f.clock.advance(1min);
    fa.startTrainer();
    for (int i = 0; i < 20; ++i) {
        f.clock.advance(550ms);  // 109 a minute
        fa.tapRhythm();
    }
    REQUIRE(fa.finishTrainer());
    core::Member robin;
    robin.name = "Robin, Jr.";  // a comma, for the CSV quoting
    f.app->plan().add(robin);
    f.app->runs().startDraft().targetSeconds = 300;
    f.app->runs().startDraft().participants = {"Robin, Jr."};
    auto runId = f.app->runs().start(core::templateKey("go-bag"));
    REQUIRE(runId);
    f.clock.advance(4min);
    REQUIRE(f.app->runs().finish(*runId));
}

int run(const std::string& command) { return std::system((command + " 2>/dev/null").c_str()); }

}  // namespace

TEST_CASE("export progress writes every practice event in CSV and JSON, and refuses a file it cannot write") {
    AppFixture f;
    practise(f);
    std::string binary = STEADFAST_BINARY, db = f.dbPath().string();
    fs::path csv = f.dir / "progress.csv", json = f.dir / "progress.json", checked = f.dir / "checked.txt";
    REQUIRE(run(binary + " --db '" + db + "' export progress --format csv '" + csv.string() + "'") == 0);
    REQUIRE(run(binary + " --db '" + db + "' export progress --format json '" + json.string() + "'") == 0);

    // Python reads both back and prints what it found, one event a line.
    std::string script = R"(
import csv, json, sys
rows = list(csv.DictReader(open(sys.argv[1], newline='')))
events = json.load(open(sys.argv[2]))['events']
assert [r['kind'] for r in rows] == [e['kind'] for e in events], 'the same events in both'
assert all(r['at'].endswith('Z') and r['at'][10] == 'T' for r in rows), 'ISO 8601 UTC'
out = open(sys.argv[3], 'w')
for r, e in zip(rows, events):
    fields = [r['kind'], r['subject'], r['item'], r['mode'], r['correct'], r['choice'], r['time_seconds'], r['target_seconds'],
              r['percent'], r['participants']]
    out.write('|'.join(fields) + '\n')
out.write('json-drill ' + json.dumps(events[-1]['participants']) + ' ' + str(events[-1]['target_seconds']) + ' '
          + str(events[-1]['time_seconds']) + '\n')
out.write('json-timeout ' + json.dumps(events[2]['choice']) + ' ' + json.dumps(events[2]['correct']) + '\n')
)";
    writeFile(f.dir / "read.py", script);
    REQUIRE(run("python3 '" + (f.dir / "read.py").string() + "' '" + csv.string() + "' '" + json.string() + "' '" + checked.string() + "'") ==
            0);
    const core::Scenario* s = realContent().content.scenario("kitchen-burn");
    std::string quizGuide = realContent().content.guides.front().id;
    std::string expected = "quiz_answer|" + quizGuide + "|" + std::to_string(f.app->firstAid().quiz()->order[0] + 1) +
                           "||true|||||\n"
                           "scenario_decision|kitchen-burn|" + s->decisions[0].id + "|timed|true|" +
                           std::to_string(s->decisions[0].rightChoice()) + "|3.000|||\n"
                           "scenario_decision|kitchen-burn|" + s->decisions[1].id + "|timed|false||" +
                           std::to_string(s->decisions[1].secondsAllowed() + 1) + ".000|||\n";
    std::string text = readFile(checked);
    CHECK(text.rfind(expected, 0) == 0);
    CHECK(text.find("rhythm_session|cpr-rhythm|||||||100|\n") != std::string::npos);
    CHECK(text.find("drill|template:go-bag||finished|||240.000|300|0|Robin, Jr.\n") != std::string::npos);
    CHECK(text.find("json-drill [\"Robin, Jr.\"] 300 240.0\n") != std::string::npos);
    CHECK(text.find("json-timeout null false\n") != std::string::npos);

    // A folder that does not exist, and a path that is a folder: refused, nothing written.
    CHECK(run(binary + " --db '" + db + "' export progress --format csv '" + (f.dir / "no-dir" / "p.csv").string() + "'") != 0);
    CHECK(run(binary + " --db '" + db + "' export progress --format json '" + f.dir.path.string() + "'") != 0);
    CHECK(fs::is_directory(f.dir.path));
    CHECK_FALSE(fs::exists(f.dir / "no-dir"));
    CHECK(run(binary + " --db '" + db + "' export progress --format xml '" + csv.string() + "'") != 0);
}
