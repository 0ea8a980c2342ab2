// Progress (from Today): the streak of weeks practised, the weekly goal and its progress, charts
// of practice over weeks or months, and the user's certificates and courses. Everything drawn
// comes from app::Progress, which reads the database only when practice changed.
#include <imgui.h>
#include <algorithm>
#include <cmath>
#include <tuple>

#include "core/date_format.h"
#include "i18n/i18n.h"
#include "ui/chart.h"
#include "ui/icons.h"
#include "ui/screens/plan_widgets.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {
namespace {
using i18n::fillIn;
using i18n::tr;

std::string percent(double fraction) { return fillIn(tr("{n}%"), "n", core::formatNumber(std::lround(fraction * 100))); }
std::string seconds(double s) { return fillIn(tr("{n} s"), "n", core::formatNumber(std::lround(s))); }

bool anyValue(const core::Series& s) {
    return std::any_of(s.begin(), s.end(), [](const auto& v) { return v.has_value(); });
}

class ProgressScreen final : public ScreenOf<app::route::Progress> {
public:
    ProgressScreen() : ScreenOf("Progress") {}

private:
    std::string titleOf(ScreenContext&, const app::route::Progress&) override { return tr("Progress"); }

    void show(ScreenContext& ctx, const app::route::Progress&) override {
        app::Progress& progress = ctx.app.progress();
        habits(progress);
        if (editingGoal_) goalEditor(progress);
        charts(progress);
        certificates(ctx.app);
    }

    void habits(app::Progress& progress) {
        beginCard();
        const core::Streak& streak = progress.streak();
        if (streak.weeks > 0) {
            textLine(palette().success, i18n::trn("Practised %d week in a row", "Practised %d weeks in a row", streak.weeks));
            if (!streak.thisWeek) mutedText(tr("Practise this week to keep it going."));
        } else {
            paragraph(tr("Practise once this week to start a streak: a quiz, a scenario, the CPR rhythm or a checklist drill."));
        }
        const core::WeeklyGoal& goal = progress.goal();
        if (goal.empty()) {
            mutedText(tr("Set a weekly goal, for example two scenarios and one drill, and Steadfast reminds you gently when the week's goal is not met."));
        } else {
            groupHeading(tr("This week's goal"));
            for (int k = 0; k < core::kPracticeKinds; ++k) {
                int target = goal.target[static_cast<size_t>(k)];
                if (target <= 0) continue;
                int done = progress.goalProgress().done[static_cast<size_t>(k)];
                std::string count = fillIn(fillIn(tr("{done} of {target}"), "done", core::formatNumber(done)), "target", core::formatNumber(target));
                partBar(app::practiceKindName(static_cast<core::PracticeKind>(k)), std::min(1.0, static_cast<double>(done) / target), nullptr,
                        count.c_str());
            }
            if (progress.goalProgress().met(goal)) textLine(palette().success, tr("Goal met this week. Well done."));
            else
                mutedText(fillIn(tr("A reminder comes on {day} if the goal is not met by then."), "day", core::weekdayName(goal.reminderWeekday)));
        }
        if (!editingGoal_ && cardButton((std::string(ICON_FLAG "  ") + tr("Set the weekly goal") + "##goal-edit").c_str())) {
            editingGoal_ = true;
            draftGoal_ = goal;
        }
        endCard();
    }

    void goalEditor(app::Progress& progress) {
        beginCard();
        groupHeading(tr("Weekly goal"));
        mutedText(tr("How much to practise each week. 0 leaves a kind out."));
        static constexpr const char* kIds[core::kPracticeKinds] = {"##goal-quiz", "##goal-scenarios", "##goal-rhythm", "##goal-drills"};
        for (int k = 0; k < core::kPracticeKinds; ++k) {
            double value = draftGoal_.target[static_cast<size_t>(k)];
            if (quantityField(kIds[k], app::practiceKindName(static_cast<core::PracticeKind>(k)), value, 1))
                draftGoal_.target[static_cast<size_t>(k)] = std::clamp(static_cast<int>(std::lround(value)), 0, k == 0 ? 999 : 99);
        }
        weekdayNames_.clear();
        for (int d = 0; d < 7; ++d) weekdayNames_.push_back(core::weekdayName(d));
        std::vector<core::Choice> days;
        static constexpr const char* kDayKeys[] = {"0", "1", "2", "3", "4", "5", "6"};
        for (int d = 0; d < 7; ++d) days.push_back({kDayKeys[d], weekdayNames_[static_cast<size_t>(d)].c_str()});
        if (auto chosen = choiceField("##goal-day", tr("Remind me on"), days, kDayKeys[draftGoal_.reminderWeekday]))
            draftGoal_.reminderWeekday = std::stoi(*chosen);
        Answer a = answerButtons((tr("Save the goal") + std::string("##goal-save")).c_str(), Tone::Accent, (tr("Cancel") + std::string("##goal-cancel")).c_str());
        if (a == Answer::Act && progress.setGoal(draftGoal_)) editingGoal_ = false;
        if (a == Answer::Keep) editingGoal_ = false;
        endCard();
    }

    void periodNames(const app::ProgressCharts& c) {
        auto key = std::make_tuple(c.period, c.buckets.empty() ? core::CalendarDate{} : c.buckets.front().first, i18n::language());
        if (key == periodsKey_ && periods_.size() == c.buckets.size()) return;
        periodsKey_ = key;
        periods_.clear();
        for (size_t i = 0; i < c.buckets.size(); ++i) {
            const core::CalendarDate& first = c.buckets[i].first;
            periods_.push_back(c.period == core::Period::Week ? core::formatDayMonth(first) : core::formatMonth(first, i == 0 || first.month == 1));
        }
    }

    // A heading, then the chart, or what to do to see one.
    void chartCard(const char* heading, const char* id, ChartSpec spec, const char* whenEmpty) {
        beginCard();
        textLine(heading);
        bool any = std::any_of(spec.series.begin(), spec.series.end(), [](const ChartSeries& s) { return anyValue(*s.values); });
        if (any) {
            spec.periods = &periods_;
            chart(id, spec);
        } else {
            mutedText(whenEmpty);
        }
        endCard();
    }

    void charts(app::Progress& progress) {
        const app::ProgressCharts& c = progress.charts();
        periodNames(c);
        const Palette& p = palette();
        const char* periods[] = {"", ""};
        std::string weeks = tr("Weeks") + std::string("##period-weeks"), months = tr("Months") + std::string("##period-months");
        periods[0] = weeks.c_str();
        periods[1] = months.c_str();
        int chosen = choiceRow(periods, 2, c.period == core::Period::Week ? 0 : 1);
        if (chosen >= 0) progress.setPeriod(chosen == 0 ? core::Period::Week : core::Period::Month);

        chartCard(tr("Quiz accuracy"), "##chart-quiz", {nullptr, {{tr("Right answers"), &c.quizAccuracy, p.accent}}, 1, percent},
                  tr("Answer quiz questions in First aid to see how often you are right."));
        if (!c.topics.empty()) {
            beginCard();
            textLine(tr("Quiz accuracy by topic"));
            size_t shown = std::min<size_t>(c.topics.size(), 8);
            for (size_t i = 0; i < shown; ++i) {
                const auto& t = c.topics[i];
                // The title on its own lines (a guide's title can be long), then the bar.
                paragraph(t.title);
                std::string note = i18n::trn("%d answer", "%d answers", t.answered);
                partBar(note.c_str(), t.accuracy, nullptr, percent(t.accuracy).c_str());
            }
            endCard();
        }
        chartCard(tr("Scenario scores"), "##chart-scenarios", {nullptr, {{tr("Right decisions"), &c.scenarioScore, p.accent}}, 1, percent},
                  tr("Play a scenario in First aid to see your scores here."));
        chartCard(tr("Time per decision"), "##chart-decisions", {nullptr, {{tr("Mean time"), &c.decisionSeconds, p.warning, false}}, 0, seconds},
                  tr("Play a scenario in timed mode to see how quickly you decide."));
        chartCard(tr("CPR rhythm"), "##chart-rhythm",
                  {nullptr, {{tr("Compressions at 100 to 120 a minute"), &c.rhythmInRange, p.success}}, 1, percent},
                  tr("Use the CPR rhythm trainer in First aid to see how steady your compressions are."));
        chartCard(tr("Drill times"), "##chart-drills",
                  {nullptr,
                   {{tr("Your time"), &c.drillSeconds, p.accent}, {tr("Target"), &c.drillTargetSeconds, p.muted, false}},
                   0,
                   [](double s) { return core::formatDuration(std::lround(s)); },
                   60},
                  tr("Practise a checklist with a target time to see your drill times against it."));
        chartCard(tr("Readiness"), "##chart-readiness", {nullptr, {{tr("Readiness score"), &c.readiness, p.success, false}}, 100,
                  [](double v) { return percent(v / 100); }},
                  tr("The readiness score from your plan is recorded each day you open Steadfast."));
    }

    void certificates(app::App& app) {
        heading(tr("Certificates and courses"));
        const auto& list = app.progress().certificates();
        if (list.empty())
            mutedText(tr("Record your first-aid courses and certificates: Steadfast reminds you before one expires."));
        core::CalendarDate today = app.plan().today();
        for (const core::Certificate& c : list) {
            std::string subtitle = c.provider;
            if (c.expiresOn) {
                std::string when = core::formatDate(*c.expiresOn);
                std::string line = *c.expiresOn < today ? fillIn(tr("Expired {date}"), "date", when) : fillIn(tr("Expires {date}"), "date", when);
                subtitle += (subtitle.empty() ? "" : " · ") + line;
            } else if (c.takenOn) {
                subtitle += (subtitle.empty() ? "" : " · ") + fillIn(tr("Taken {date}"), "date", core::formatDate(*c.takenOn));
            }
            std::string id = "##certificate-" + std::to_string(c.id);
            if (listRow(id.c_str(), ICON_SHIELD, c.name.c_str(), subtitle.empty() ? nullptr : subtitle.c_str()))
                app.nav().push(app::route::Certificate{c.id});
        }
        if (tapButton((std::string(ICON_PLUS "  ") + tr("Add a certificate or course") + "##certificate-add").c_str()))
            app.nav().push(app::route::Certificate{0});
    }

    bool editingGoal_ = false;
    core::WeeklyGoal draftGoal_;
    std::vector<std::string> weekdayNames_;
    std::vector<std::string> periods_;
    std::tuple<core::Period, core::CalendarDate, std::string> periodsKey_;
};
}  // namespace

std::unique_ptr<Screen> makeProgressScreen() { return std::make_unique<ProgressScreen>(); }

}  // namespace ui
