#include "app/progress.h"

#include <algorithm>

#include "app/alert_practice.h"
#include "app/reminder_text.h"
#include "core/date_format.h"
#include "core/recurrence.h"
#include "core/text.h"
#include "i18n/i18n.h"

namespace app {
namespace {

core::CalendarDate localDay(core::TimePoint t, const std::string& tzid) {
    core::LocalDateTime l = core::toLocal(t, tzid);
    return {l.year, l.month, l.day};
}

void addSlots(std::vector<long long>& into, const std::vector<core::Slot>& slots) {
    for (const core::Slot& s : slots) into.push_back(s.slot);
}

// The counts of this week's practice, per kind of goal.
long long countIn(const core::Bucket& week, const std::vector<core::Slot>& slots) { return core::sumInto({week}, slots)[0].count; }

}  // namespace

std::string practiceCount(core::PracticeKind kind, int n) {
    switch (kind) {
        case core::PracticeKind::Quiz: return i18n::trn("%d quiz question", "%d quiz questions", n);
        case core::PracticeKind::Scenario: return i18n::trn("%d scenario", "%d scenarios", n);
        case core::PracticeKind::Rhythm: return i18n::trn("%d CPR rhythm session", "%d CPR rhythm sessions", n);
        case core::PracticeKind::Drill: return i18n::trn("%d checklist drill", "%d checklist drills", n);
    }
    return "";
}

const char* practiceKindName(core::PracticeKind kind) {
    switch (kind) {
        case core::PracticeKind::Quiz: return i18n::tr("Quiz questions");
        case core::PracticeKind::Scenario: return i18n::tr("Scenarios");
        case core::PracticeKind::Rhythm: return i18n::tr("CPR rhythm sessions");
        case core::PracticeKind::Drill: return i18n::tr("Checklist drills");
    }
    return "";
}

Progress::Progress(store::Database& db, const core::Content& content, const core::Clock& clock, LinkedReminders& linked, Notices& notices,
                   std::function<int()> readinessPercent)
    : store_(db), content_(content), clock_(clock), linked_(linked), notices_(notices), readinessPercent_(std::move(readinessPercent)) {
    try {
        goal_ = store_.weeklyGoal();
        certificates_ = store_.certificates();
    } catch (const std::exception& e) {
        notices_.failed(i18n::tr("Your progress could not be read"), e);
    }
}

const std::string& Progress::tzid() const { return linked_.timeZone(); }
int Progress::firstWeekday() const { return core::firstWeekday(); }

void Progress::recordReadiness() {
    core::TimePoint now = clock_.now();
    core::CalendarDate today = localDay(now, tzid());
    if (readinessDay_ == today) return;
    try {
        store_.recordReadiness(today, now, std::clamp(readinessPercent_(), 0, 100));
        readinessDay_ = today;
    } catch (const std::exception& e) {
        notices_.failed(i18n::tr("Today's readiness score could not be saved"), e);
    }
}

void Progress::refresh() {
    recordReadiness();
    try {
        std::string fingerprint = store_.practiceFingerprint();
        core::CalendarDate week = core::weekStart(localDay(clock_.now(), tzid()), firstWeekday());
        if (fingerprint == fingerprint_ && weekRead_ == week && firstWeekdayRead_ == firstWeekday()) return;
        fingerprint_ = fingerprint;
        weekRead_ = week;
        firstWeekdayRead_ = firstWeekday();
        read();
    } catch (const std::exception& e) {
        notices_.failed(i18n::tr("Your progress could not be read"), e);
        return;
    }
    recompute();
    syncGoalReminder();
}

void Progress::read() {
    ++reads_;
    quiz_ = store_.quizAnswers();
    plays_ = store_.scenarioPlays();
    decisions_ = store_.scenarioDecisions();
    rhythm_ = store_.rhythmSessions();
    runs_ = store_.practiceRuns();
    drills_ = store_.timedDrills();
    readinessRows_ = store_.readiness();
    core::TimePoint now = clock_.now();
    topicsWeeks_ = store_.quizAccuracyByGuide(core::periodBuckets(core::Period::Week, now, kWeeksShown, tzid(), firstWeekday()).front().start);
    topicsMonths_ = store_.quizAccuracyByGuide(core::periodBuckets(core::Period::Month, now, kMonthsShown, tzid(), firstWeekday()).front().start);
    practiced_.clear();
    for (const auto* slots : {&quiz_, &plays_, &decisions_, &rhythm_, &runs_}) addSlots(practiced_, *slots);
}

void Progress::setPeriod(core::Period period) {
    if (period == charts_.period) return;
    charts_.period = period;
    recompute();
}

void Progress::recompute() {
    core::TimePoint now = clock_.now();
    ProgressCharts& c = charts_;
    int count = c.period == core::Period::Week ? kWeeksShown : kMonthsShown;
    c.buckets = core::periodBuckets(c.period, now, count, tzid(), firstWeekday());
    c.quizAccuracy = core::ratioOfSums(core::sumInto(c.buckets, quiz_));
    c.scenarioScore = core::meanOfA(core::sumInto(c.buckets, plays_));
    c.decisionSeconds = core::meanOfA(core::sumInto(c.buckets, decisions_));
    c.rhythmInRange = core::meanOfA(core::sumInto(c.buckets, rhythm_));
    std::vector<core::Sum> drills = core::sumInto(c.buckets, drills_);
    c.drillSeconds = core::meanOfA(drills);
    c.drillTargetSeconds = core::meanOfB(drills);
    c.readiness = core::meanOfA(core::sumInto(c.buckets, readinessRows_));

    c.topics.clear();
    for (const auto& [guideId, accuracy] : c.period == core::Period::Week ? topicsWeeks_ : topicsMonths_) {
        if (accuracy.answered <= 0) continue;
        // Answers about warning signals are kept under AlertPractice::reviewKey(country).
        const core::Guide* guide = content_.guide(guideId);
        std::string title = guide ? guide->title : guideId.rfind(AlertPractice::reviewKey(""), 0) == 0 ? i18n::tr("Warning signals") : guideId;
        c.topics.push_back({title, accuracy.answered,
                            static_cast<double>(accuracy.right) / static_cast<double>(accuracy.answered)});
    }
    std::stable_sort(c.topics.begin(), c.topics.end(), [](const auto& a, const auto& b) { return a.answered > b.answered; });

    streak_ = core::practiceStreak(practiced_, now, tzid(), firstWeekday());
    core::Bucket week = core::periodBuckets(core::Period::Week, now, 1, tzid(), firstWeekday()).front();
    goalProgress_.done = {static_cast<int>(countIn(week, quiz_)), static_cast<int>(countIn(week, plays_)),
                          static_cast<int>(countIn(week, rhythm_)), static_cast<int>(countIn(week, runs_))};
}

bool Progress::setGoal(const core::WeeklyGoal& goal) {
    try {
        store_.saveWeeklyGoal(goal);
    } catch (const std::exception& e) {
        return notices_.failed(i18n::tr("The weekly goal was not saved"), e);
    }
    goal_ = goal;
    syncGoalReminder();
    return true;
}

void Progress::syncGoalReminder() {
    std::optional<core::TimePoint> due = core::goalReminderDue(goal_, goalProgress_, clock_.now(), tzid(), firstWeekday());
    if (!due) {
        linked_.remove(kGoalSource);
        return;
    }
    std::string left;
    for (int k = 0; k < core::kPracticeKinds; ++k) {
        int n = goal_.target[static_cast<size_t>(k)] - goalProgress_.done[static_cast<size_t>(k)];
        if (n > 0) left += (left.empty() ? "" : i18n::tr(", ")) + practiceCount(static_cast<core::PracticeKind>(k), n);
    }
    linked_.sync(kGoalSource, i18n::tr("Your weekly practice goal"),
                 *due, i18n::fillIn(i18n::tr("A little practice keeps the steps fresh. Still to do this week: {left}."), "left", left));
}

const core::Certificate* Progress::certificate(long long id) const {
    for (const core::Certificate& c : certificates_)
        if (c.id == id) return &c;
    return nullptr;
}

std::optional<long long> Progress::saveCertificate(core::Certificate c) {
    c.name = core::trim(c.name);
    c.provider = core::trim(c.provider);
    if (c.name.empty()) {
        notices_.show(i18n::tr("Give the certificate or course a name."));
        return std::nullopt;
    }
    try {
        if (c.id == 0)
            c.id = store_.addCertificate(c);
        else
            store_.updateCertificate(c);
        certificates_ = store_.certificates();
    } catch (const std::exception& e) {
        notices_.failed(i18n::tr("The certificate was not saved"), e);
        return std::nullopt;
    }
    std::string source = certificateSource(c.id);
    if (!c.expiresOn) {
        linked_.remove(source);
        return c.id;
    }
    if (std::optional<core::TimePoint> due = linked_.daysBeforeDate(c.expiresOn->iso(), kCertificateDaysBefore))
        linked_.sync(source, i18n::fillIn(i18n::tr("Renew {name}"), "name", c.name), *due,
                     i18n::fillIn(i18n::fillIn(i18n::tr("{name} expires on {date}."), "name", c.name), "date", core::formatDate(*c.expiresOn)));
    return c.id;
}

bool Progress::removeCertificate(long long id) {
    try {
        store_.removeCertificate(id);
        certificates_ = store_.certificates();
    } catch (const std::exception& e) {
        return notices_.failed(i18n::tr("The certificate was not deleted"), e);
    }
    return linked_.remove(certificateSource(id));
}

}  // namespace app
