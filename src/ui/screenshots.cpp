#include "ui/screenshots.h"

#include <memory>

namespace ui {

std::vector<ScreenshotScenario> screenshotScenarios(const app::App& app) {
    using app::Tab;
    std::vector<ScreenshotScenario> all;
    int n = 1;
    auto add = [&](const std::string& name, std::function<void(app::App&)> go) {
        char prefix[8];
        std::snprintf(prefix, sizeof prefix, "%02d-", n++);
        all.push_back({prefix + name, std::move(go)});
    };
    for (Tab tab : app::kTabs)
        add(app::screenName(app::tabRoot(tab).screen()), [tab](app::App& a) { a.nav().selectTab(tab); });
    add("emergency", [](app::App& a) {
        a.nav().selectTab(Tab::Today);
        a.openEmergency();
    });
    add("settings", [](app::App& a) {
        a.nav().selectTab(Tab::Today);
        a.openSettings();
    });
    if (!app.content().guides.empty()) {
        std::string id = app.content().guides.front().id;
        add("guide", [id](app::App& a) {
            a.nav().selectTab(Tab::FirstAid);
            a.openGuide(id);
        });
    }
    auto firstWithMetronome = [&]() -> std::string {
        for (const auto& g : app.content().guides)
            for (const auto& st : g.steps)
                if (st.metronome && g.variants.empty()) return g.id;
        return {};
    }();
    if (!firstWithMetronome.empty()) {
        add("player-cpr", [id = firstWithMetronome](app::App& a) {
            a.nav().selectTab(Tab::FirstAid);
            a.useGuideNow(id);
            auto& fa = a.firstAid();
            while (fa.currentStep() && !fa.currentStep()->metronome && fa.stepIndex() + 1 < static_cast<int>(fa.steps().size()))
                fa.nextStep();
            if (fa.currentStep() && fa.currentStep()->metronome) fa.startMetronome(*fa.currentStep()->metronome);
        });
        add("incident-log", [](app::App& a) {
            if (a.firstAid().incident()) a.openIncidentLog(a.firstAid().incident()->id);
        });
        add("quiz", [id = firstWithMetronome](app::App& a) {
            a.nav().selectTab(Tab::FirstAid);
            a.openQuiz(id);
            a.firstAid().answer(0);
        });
        add("trainer", [](app::App& a) {
            a.nav().selectTab(Tab::FirstAid);
            a.openTrainer();
        });
    }
    if (!app.content().alertSignals.empty()) {
        // A signal answered (its meaning), and the list of every signal at the end of a round.
        std::string code = app.content().alertSignals.front().code;
        add("alert-signals", [code](app::App& a) {
            a.nav().selectTab(Tab::FirstAid);
            a.openAlertPractice();
            a.alertPractice().start(code);
            a.alertPractice().choose(a.alertPractice().question().right);
        });
        add("alert-signals-done", [code](app::App& a) {
            a.nav().selectTab(Tab::FirstAid);
            a.openAlertPractice();
            auto& p = a.alertPractice();
            p.start(code);
            while (p.signal()) {
                p.choose(0);
                p.advance();
            }
        });
    }
    // Progress from Today: weeks, then months; a certificate being added.
    add("progress", [](app::App& a) {
        a.nav().selectTab(Tab::Today);
        a.progress().setPeriod(core::Period::Week);
        a.openProgress();
    });
    add("progress-months", [](app::App& a) {
        a.nav().selectTab(Tab::Today);
        a.openProgress();
        a.progress().setPeriod(core::Period::Month);
    });
    add("certificate-new", [](app::App& a) {
        a.nav().selectTab(Tab::Today);
        a.openProgress();
        a.nav().push(app::route::Certificate{0});
    });
    // The keyboard focus ring, on a control of the Plan tab.
    add("keyboard-focus", [](app::App& a) { a.nav().selectTab(Tab::Plan); });
    all.back().tabPresses = 4;
    add("emergency-triage", [](app::App& a) {
        a.nav().selectTab(Tab::Today);
        a.openEmergency();
        a.firstAid().answerTriage(0);  // responsive: what happened?
    });
    // The triage for a person who does not respond: "Call now" first, then the questions, and the
    // CPR player opened from it with the beat running, then a later step with the beat compact.
    auto triage = [](app::App& a, std::vector<size_t> answers) {
        a.nav().selectTab(Tab::Today);
        a.openEmergency();
        for (size_t answer : answers)
            if (a.firstAid().answerTriage(answer)) a.openPlayer();
    };
    add("emergency-call-first", [triage](app::App& a) { triage(a, {1}); });
    add("emergency-unresponsive-breathing", [triage](app::App& a) { triage(a, {1, 0}); });
    if (app.content().guide("adult-cpr") && app.content().guide("child-infant-cpr")) {
        add("player-cpr-from-triage", [triage](app::App& a) { triage(a, {1, 1, 0}); });
        add("player-cpr-later-step", [](app::App& a) {
            a.firstAid().nextStep();  // breaths
            a.firstAid().nextStep();  // the AED arrives: the beat goes on, compact
        });
        add("player-child-cpr-from-triage", [triage](app::App& a) { triage(a, {1, 1, 1}); });
        add("player-drowning-child", [triage](app::App& a) { triage(a, {1, 3, 1}); });
    }
    if (app.content().guide("stroke"))
        add("player-timer", [](app::App& a) {
            a.nav().selectTab(Tab::FirstAid);
            a.useGuideNow("stroke");
            if (const core::Step* s = a.firstAid().currentStep(); s && s->timer) a.firstAid().startTimer(*s->timer);
        });
    if (app.content().guide("burns"))
        add("player-read-aloud", [](app::App& a) {  // the switch on, at the end of a short step
            a.setReadStepsAloud(true);
            a.nav().selectTab(Tab::FirstAid);
            a.useGuideNow("burns");
        });
    for (const char* id : {"opioid-overdose", "hypoglycaemia", "asthma", "first-check", "snake-bite", "suicidal-thoughts"})
        if (app.content().guide(id))
            add(std::string("guide-") + id, [id = std::string(id)](app::App& a) {
                a.nav().selectTab(Tab::FirstAid);
                a.openGuide(id);
            });
    // The plan's deeper screens show the first record of each kind (render with a plan imported).
    auto plan = [&](const std::string& name, app::Route route) {
        add(name, [route](app::App& a) {
            a.nav().selectTab(Tab::Plan);
            a.nav().push(route);
        });
    };
    const core::Plan& p = app.plan().plan();
    if (!p.members.empty()) plan("plan-member", app::route::PlanMember{p.members.front().id});
    if (!p.contacts.empty()) plan("plan-contact", app::route::PlanContact{p.contacts.front().id});
    plan("plan-contact-new", app::route::PlanContact{0});
    plan("plan-place", app::route::PlanPlace{core::meetingPlaceKinds().front().key});
    if (!p.pets.empty()) plan("plan-pet", app::route::PlanPet{p.pets.front().id});
    plan("plan-home", app::route::PlanHome{});
    plan("plan-documents", app::route::PlanDocuments{});
    plan("kit", app::route::Kit{});
    if (!p.kit.empty()) {
        int64_t id = p.kit.front().id;
        for (const auto& k : p.kit)
            if (k.expiresOn) {
                id = k.id;
                break;
            }
        plan("kit-item", app::route::KitItem{id});
    }
    // Reminders: the upkeep offer, a new reminder, and the first one due (when there is one).
    add("reminder-defaults", [](app::App& a) {
        a.nav().selectTab(Tab::Reminders);
        a.nav().push(app::route::ReminderDefaults{});
    });
    add("reminder-new", [](app::App& a) {
        a.nav().selectTab(Tab::Reminders);
        a.nav().push(app::route::ReminderEdit{});
    });
    const app::DueLists& due = app.reminders().lists();
    for (const auto* list : {&due.overdue, &due.dueToday, &due.upcoming})
        if (!list->empty()) {
            long long id = list->front().reminder.id;
            add("reminder", [id](app::App& a) {
                a.nav().selectTab(Tab::Reminders);
                a.nav().push(app::route::ReminderDetail{id});
            });
            add("reminder-edit", [id](app::App& a) {
                a.nav().selectTab(Tab::Reminders);
                a.nav().push(app::route::ReminderDetail{id});
                a.nav().push(app::route::ReminderEdit{id});
            });
            add("reminder-done", [id](app::App& a) {  // what Done did, with Undo
                a.nav().selectTab(Tab::Reminders);
                a.nav().push(app::route::ReminderDetail{id});
                a.reminders().markDone(id);
            });
            break;
        }
    // Checklists: the scenarios start and tick runs so the screens show something (in the database
    // --screenshot was given).
    if (app.content().checklist("go-bag") && app.content().checklist("home-kit-check")) {
        const std::string goBag = core::templateKey("go-bag");
        auto runId = std::make_shared<long long>(0);
        add("checklist", [goBag](app::App& a) {
            a.nav().selectTab(Tab::Checklists);
            a.runs().openChecklist(goBag);
        });
        add("checklist-run", [goBag, runId](app::App& a) {
            a.nav().selectTab(Tab::Checklists);
            a.runs().startDraft().performedBy = "Sam";
            *runId = a.runs().start(goBag).value_or(0);
            for (int position : {0, 1, 2, 4}) a.runs().toggle(*runId, position);
            a.runs().setNote(*runId, 1, "Two tins of beans, one packet of oatcakes");
        });
        add("checklists-in-progress", [](app::App& a) { a.nav().selectTab(Tab::Checklists); });
        add("today-run-in-progress", [](app::App& a) { a.nav().selectTab(Tab::Today); });
        add("run-detail", [runId](app::App& a) {
            a.nav().selectTab(Tab::Checklists);
            a.runs().finish(*runId);
            a.runs().openRunDetail(*runId);
        });
        add("checklist-history", [](app::App& a) {
            a.nav().selectTab(Tab::Checklists);
            for (const char* id : {"evacuation", "fire-escape-drill", "power-outage"}) {
                if (!a.content().checklist(id)) continue;
                if (auto started = a.runs().start(core::templateKey(id))) {
                    for (int position = 0; position < 3; ++position) a.runs().toggle(*started, position);
                    a.runs().finish(*started);
                }
            }
            a.nav().selectTab(Tab::Checklists);
            a.history().open({});
            a.history().pickerOpen() = true;
        });
        add("list-editor", [](app::App& a) {
            a.nav().selectTab(Tab::Checklists);
            if (auto listId = a.lists().duplicateTemplate("home-kit-check"))
                if (const core::UserList* l = a.lists().list(*listId); l && !l->sections.empty() && l->sections[0].items.size() > 1)
                    a.lists().editItemDraft(l->sections[0].items[1].id);
        });
        add("checklist-run-finish", [](app::App& a) {
            a.nav().selectTab(Tab::Checklists);
            std::optional<long long> listId = a.lists().createList("Night-time bag");
            const core::UserList* l = listId ? a.lists().list(*listId) : nullptr;
            if (!l || l->sections.empty()) return;
            long long section = l->sections[0].id;
            for (const char* item : {"Torch by the bed", "Shoes and a coat by the door", "Phone on charge"}) a.lists().addItem(section, item);
            a.nav().selectTab(Tab::Checklists);
            a.runs().startDraft().mode = core::RunMode::Real;
            if (std::optional<long long> runId = a.runs().start(core::listKey(*listId))) {
                a.runs().toggle(*runId, 0);
                a.runs().toggle(*runId, 2);
                a.runs().runConfirm() = app::RunConfirm::Finish;
            }
        });
    }
    // Practice scenarios: the list, the start, a wrong answer's feedback, a timed decision, the score.
    if (!app.content().scenarios.empty()) {
        const core::Scenario& first = app.content().scenarios.front();
        const std::string id = first.id;
        auto open = [id](app::App& a) {
            a.nav().selectTab(Tab::FirstAid);
            a.scenarios().openList();
            a.scenarios().open(id);
        };
        add("scenarios", [](app::App& a) {
            a.nav().selectTab(Tab::FirstAid);
            a.scenarios().openList();
        });
        add("scenario-start", open);
        add("scenario-feedback", [open, id](app::App& a) {
            open(a);
            a.scenarios().start(id, core::PlayMode::Practice);
            const core::ScenarioDecision* d = a.scenarios().decision();
            if (d) a.scenarios().choose(d->rightChoice() == 0 ? 1 : 0);
        });
        add("scenario-timed", [open, id](app::App& a) {
            open(a);
            a.scenarios().start(id, core::PlayMode::Timed);
        });
        add("scenario-score", [open, id](app::App& a) {
            open(a);
            auto& sp = a.scenarios();
            sp.start(id, core::PlayMode::Practice);
            for (bool right = true; const core::ScenarioDecision* d = sp.decision(); right = !right) {
                sp.choose(right ? d->rightChoice() : (d->rightChoice() == 0 ? 1 : 0));
                sp.next();
            }
        });
    }
    // A timed drill: the start with its target and who takes part, the countdown, the time recorded.
    if (app.content().checklist("fire-escape-drill")) {
        const std::string drill = core::templateKey("fire-escape-drill");
        auto drillId = std::make_shared<long long>(0);
        add("drill-start", [drill](app::App& a) {
            a.nav().selectTab(Tab::Checklists);
            a.runs().openChecklist(drill);
            const auto& members = a.plan().plan().members;
            if (!members.empty()) a.runs().startDraft().participants.insert(members.front().name);
        });
        add("drill-run", [drill, drillId](app::App& a) {
            *drillId = a.runs().start(drill).value_or(0);
            for (int position : {0, 1, 2}) a.runs().toggle(*drillId, position);
        });
        add("drill-detail", [drillId](app::App& a) {
            if (const core::Run* r = a.runs().run(*drillId))
                for (const auto& item : r->items)
                    if (!item.ticked()) a.runs().toggle(*drillId, item.position);
            a.runs().finish(*drillId);
        });
    }
    // Arabic typed into text fields: a member's name and notes (the caret in the name, moved to it
    // with Tab), and a reminder's notes with a number inside the Arabic.
    add("plan-member-arabic", [](app::App& a) {
        auto& plan = a.plan();
        int64_t member = plan.add<core::Member>();
        auto set = [&](const char* field, const char* value) { plan.setField(member, *core::findField(core::memberFields(), field), value); };
        set("name", "محمد الأحمد");
        set("phone", "0501234567");
        set("medical_conditions", "ربو منذ الطفولة");
        set("medications", "بخاخ سالبوتامول، بختان عند الحاجة، في الحقيبة الأمامية");
        a.nav().selectTab(Tab::Plan);
        a.nav().push(app::route::PlanMember{member});
    });
    all.back().tabPresses = 4;
    add("reminder-notes-arabic", [](app::App& a) {
        a.nav().selectTab(Tab::Reminders);
        a.nav().push(app::route::ReminderEdit{0});
        app::ReminderDraft& d = a.reminderEditor().draft(0);
        d.title = "الدواء";
        d.notes = "الدواء في الخزانة 2 حبة صباحا ومساء. اتصل بـ 997 الآن إذا ضاق النفس.";
    });
    // Last, as they choose a country that the screens after them would show.
    add("settings-country-search", [](app::App& a) {
        a.nav().selectTab(Tab::Today);
        a.openSettings();
        a.setCountry("GB");
        a.countrySearch() = "UK";
    });
    add("settings-country-no-match", [](app::App& a) {
        a.nav().selectTab(Tab::Today);
        a.openSettings();
        a.setCountry("IN");
        a.countrySearch() = "Atlantis";
    });
    return all;
}

}  // namespace ui
