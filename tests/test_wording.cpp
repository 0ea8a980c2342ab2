// The words made above core from core's values: repeat rules, the rhythm trainer's verdict, the
// length checks, the incident log and the linked reminders, in English and in Arabic.
#include <doctest/doctest.h>

#include <SQLiteCpp/SQLiteCpp.h>

#include "app/first_aid.h"
#include "app/list_editor.h"
#include "app/reminder_text.h"
#include "core/checklist_run.h"
#include "core/date_format.h"
#include "core/recurrence.h"
#include "i18n/i18n.h"
#include "store/reminder_store.h"
#include "support.h"

using namespace test;
using core::Recurrence;
using core::Repeat;

namespace {
// The catalogues in po/, and English again after the test.
struct InLanguage {
    explicit InLanguage(const char* language) {
        i18n::setCatalogFolder(STEADFAST_SOURCE_PO_DIR);
        REQUIRE(i18n::setLanguage(language).empty());
    }
    ~InLanguage() { i18n::setLanguage("en"); }
};
}  // namespace

TEST_CASE("repeat rules in English: every N, the weekday of the month, once and custom") {
    InLanguage english("en");
    CHECK(app::describeRecurrence({Repeat::Never}) == "Once");
    CHECK(app::describeRecurrence({Repeat::Days, 1}) == "Every day");
    CHECK(app::describeRecurrence({Repeat::Weeks, 2}) == "Every 2 weeks");
    CHECK(app::describeRecurrence({Repeat::Years, 1}) == "Every year");
    CHECK(app::describeRecurrence({Repeat::Months, 1200}) == "Every 1,200 months");
    CHECK(app::describeRecurrence({Repeat::WeekdayOfMonth, 1, 1, 0}) == "First Sunday of every month");
    CHECK(app::describeRecurrence({Repeat::WeekdayOfMonth, 3, 4, 3}) == "Fourth Wednesday of every 3 months");
    CHECK(app::describeRRule("FREQ=WEEKLY;INTERVAL=2") == "Every 2 weeks");
    CHECK(app::describeRRule("FREQ=DAILY;COUNT=2") == "Custom repeat");
}

TEST_CASE("repeat rules in Arabic take the plural form of their count and the weekday's Arabic name") {
    InLanguage arabic("ar");
    CHECK(app::describeRecurrence({Repeat::Never}) == "مرة واحدة");
    CHECK(app::describeRecurrence({Repeat::Days, 1}) == "كل يوم");
    CHECK(app::describeRecurrence({Repeat::Weeks, 2}) == "كل أسبوعين");
    CHECK(app::describeRecurrence({Repeat::Weeks, 3}) == "كل 3 أسابيع");
    CHECK(app::describeRecurrence({Repeat::Months, 11}) == "كل 11 شهرًا");
    CHECK(app::describeRecurrence({Repeat::Years, 100}) == "كل 100 سنة");
    // The weekday comes first in Arabic, its ordinal after it; the name is ICU's.
    CHECK(core::weekdayName(6) == "السبت");
    CHECK(app::describeRecurrence({Repeat::WeekdayOfMonth, 1, 2, 6}) == "السبت الثاني من كل شهر");
    CHECK(app::describeRecurrence({Repeat::WeekdayOfMonth, 2, -1, 1}) == "الاثنين الأخير من كل شهرين");
    CHECK(app::describeRecurrence({Repeat::WeekdayOfMonth, 5, 1, 5}) == "الجمعة الأول من كل 5 أشهر");
    CHECK(app::describeRRule("FREQ=DAILY;COUNT=2") == "تكرار مخصّص");
}

TEST_CASE("the rhythm trainer's verdict in Arabic") {
    InLanguage arabic("ar");
    CHECK(std::string(app::rhythmVerdictText(core::RhythmVerdict::InRange)) == "إيقاع جيد");
    CHECK(std::string(app::rhythmVerdictText(core::RhythmVerdict::TooSlow)) == "بطيء جدًا: اضغط أسرع");
    // A real session of taps 545 ms apart (110 a minute) is in range.
    std::vector<long long> taps;
    for (int i = 0; i < 12; ++i) taps.push_back(i * 545);
    CHECK(std::string(app::rhythmVerdictText(core::scoreRhythm(taps).verdict)) == "إيقاع جيد");
    CHECK(app::cprCycleText({110, 30, 2}) == "30 ضغطة، ثم نفَسان");
}

TEST_CASE("a text too long for a checklist says how long it is and how long it may be") {
    {
        InLanguage english("en");
        std::optional<core::LengthProblem> note = core::checkNote(std::string(501, 'a'));
        REQUIRE(note);
        CHECK(app::lengthProblemText(*note) == "The note is 501 characters long; at most 500 fit.");
        REQUIRE(core::checkListTitle(""));
        CHECK(app::lengthProblemText(*core::checkListTitle("")) == "The list's name cannot be empty.");
        CHECK_FALSE(core::checkPerformer("Samira"));
    }
    InLanguage arabic("ar");
    std::optional<core::LengthProblem> name = core::checkPerformer(std::string(61, 'a'));
    REQUIRE(name);
    CHECK(app::lengthProblemText(*name) == "طول الاسم 61 حرفًا؛ الحد الأقصى 60.");
}

TEST_CASE("the incident log is written in the language in use and stays as written") {
    InLanguage english("en");
    AppFixture f;
    f.app->startInLanguage("ar");
    REQUIRE(f.app->content().guide("adult-cpr"));
    const std::string title = f.app->content().guide("adult-cpr")->title;  // the content is read again in English below
    f.app->firstAid().startGuide("adult-cpr");
    REQUIRE(f.app->firstAid().active());
    long long id = f.app->firstAid().incident()->id;
    f.app->firstAid().finish();
    f.app->setLanguage("en");

    SQLite::Statement q(f.db->sql(), "SELECT text FROM incident_events WHERE incident_id = ? ORDER BY at, id");
    q.bind(1, static_cast<int64_t>(id));
    REQUIRE(q.executeStep());
    CHECK(q.getColumn(0).getString() == "فتح الدليل: " + title);
    REQUIRE(q.executeStep());
    CHECK(q.getColumn(0).getString().rfind("الخطوة 1: ", 0) == 0);
    // Copied for paramedics now in English: the frame is English, the lines as they were written.
    std::optional<core::Incident> incident = f.app->firstAid().loadIncident(id);
    REQUIRE(incident);
    std::string text = app::incidentAsText(*incident, f.app->content());
    // The guide is named in today's language while it exists; its lines stay as written.
    CHECK(text.rfind("Incident log: " + f.app->content().guide("adult-cpr")->title, 0) == 0);
    CHECK(text.find("فتح الدليل: ") != std::string::npos);
}

TEST_CASE("a linked reminder's title is written again when the language changes") {
    InLanguage english("en");
    AppFixture f;
    f.app->startInLanguage("en");
    REQUIRE(f.app->linkedReminders().syncPractice(3, f.clock.now()));
    std::optional<core::Reminder> r = store::ReminderStore(*f.db).findBySource("practice");
    REQUIRE(r);
    CHECK(r->title == "Practise: 3 questions due");
    f.app->setLanguage("ar");
    r = store::ReminderStore(*f.db).findBySource("practice");
    REQUIRE(r);
    CHECK(r->title == "تدرّب: 3 أسئلة مستحقة");
    f.app->setLanguage("en");
    CHECK(store::ReminderStore(*f.db).findBySource("practice")->title == "Practise: 3 questions due");
}
