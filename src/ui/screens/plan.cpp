// Plan: readiness and what is missing, then the household, contacts, meeting places, pets, the
// home, documents and the kit, and printing. Each row opens its editor.
#include <imgui.h>

#include "app/plan.h"
#include "core/date_format.h"
#include "core/kit_inventory.h"
#include "core/text.h"
#include "i18n/i18n.h"
#include "ui/icons.h"
#include "ui/screens/label.h"
#include "ui/screens/plan_widgets.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {
namespace {
using i18n::fillIn, i18n::tr, i18n::trn;

std::string number(size_t n) { return core::formatNumber(static_cast<long long>(n)); }

void open(app::App& app, const app::Route& route) { app.nav().push(route); }

void addMemberAndOpen(app::App& app) {
    if (int64_t id = app.plan().add<core::Member>()) open(app, app::route::PlanMember{id});
}

// Goes to where a missing fact is filled in (adding the contact it asks for).
void openCheck(app::App& app, const core::PlanCheck& c) {
    switch (c.section) {
        case core::PlanSection::Members:
            if (c.recordId)
                open(app, app::route::PlanMember{c.recordId});
            else
                addMemberAndOpen(app);
            break;
        case core::PlanSection::Contacts:
            if (c.recordId)
                open(app, app::route::PlanContact{c.recordId});
            else if (int64_t id = app.plan().add(core::Contact::ofKind(c.kind)))
                open(app, app::route::PlanContact{id});
            break;
        case core::PlanSection::MeetingPlaces: open(app, app::route::PlanPlace{c.kind}); break;
        case core::PlanSection::Pets: open(app, app::route::PlanPet{c.recordId}); break;
        case core::PlanSection::Home: open(app, app::route::PlanHome{}); break;
        case core::PlanSection::Documents: open(app, app::route::PlanDocuments{}); break;
    }
}

void readinessCard(app::App& app) {
    core::Readiness r = app.plan().readiness();
    beginCard();
    textLine(palette().accent, ICON_SHIELD);
    ImGui::SameLine();
    // TRANSLATORS: how ready the household is, as a percentage: "Readiness 80%".
    textLine(fillIn(tr("Readiness {percent}%"), "percent", core::formatNumber(r.percent)));
    partBar(tr("Plan complete"), r.planComplete, nullptr);
    partBar(tr("Kit covered"), r.kitCovered, nullptr);
    std::string drill = !r.lastDrill        ? tr("No drill in the last 6 months: run a checklist as a practice drill.")
                        : r.drillsRecent ? tr("Last drill {date}.")
                                         : tr("Last drill {date}: more than 6 months ago.");
    if (r.lastDrill) drill = fillIn(drill, "date", core::formatDate(*r.lastDrill));
    partBar(tr("Drills recent"), r.drillsRecent ? 1.0 : 0.0, drill.c_str(), r.drillsRecent ? tr("Yes") : tr("No"));
    endCard();
}

void missingCard(app::App& app) {
    std::vector<core::PlanCheck> missing = app.plan().missing();
    if (missing.empty()) {
        beginCard();
        textLine(palette().success, ICON_CHECK);
        ImGui::SameLine();
        paragraph(tr("The plan has everything it needs. Print it, and review it every 6 months."));
        endCard();
        return;
    }
    heading(std::string(ICON_WARNING "  ") + fillIn(tr("Still missing ({count})"), "count", number(missing.size())));
    constexpr size_t kShown = 4;
    for (size_t i = 0; i < missing.size() && i < kShown; ++i) {
        std::string id = "##missing-" + std::to_string(i);
        if (linkRow(id.c_str(), i18n::wording(missing[i].text).c_str())) openCheck(app, missing[i]);
    }
    if (missing.size() > kShown)
        mutedText(trn("And {n} more in the sections below.", "And {n} more in the sections below.", static_cast<long long>(missing.size() - kShown)));
}

std::string joinNonEmpty(std::initializer_list<std::string> parts) {
    std::string out;
    for (const auto& p : parts)
        if (!p.empty()) out += (out.empty() ? "" : " · ") + p;
    return out;
}

void household(app::App& app) {
    const core::Plan& plan = app.plan().plan();
    heading(fillIn(tr("Household ({count})"), "count", number(plan.members.size())));
    if (plan.members.empty())
        emptyState(ICON_USERS, tr("No one in the household yet."),
                   tr("Add everyone who lives here: the kit is scaled to them and each gets a wallet card."));
    for (const auto& m : plan.members) {
        const char* age = core::choiceLabel(core::ageGroups(), m.ageGroup);
        std::string subtitle = joinNonEmpty({age ? tr(age) : "", m.phone});
        std::string id = "##member-" + std::to_string(m.id);
        if (listRow(id.c_str(), ICON_USERS, m.name.empty() ? tr("(no name yet)") : m.name.c_str(), subtitle.c_str()))
            open(app, app::route::PlanMember{m.id});
    }
    if (tapButton(labelWithId(ICON_PLUS, tr("Add a household member"), "##add-member").c_str())) addMemberAndOpen(app);
}

void contacts(app::App& app) {
    const core::Plan& plan = app.plan().plan();
    heading(tr("Contacts"));
    if (plan.contacts.empty())
        emptyState(ICON_PHONE, tr("No contacts yet."), tr("Start with someone out of town and an emergency (ICE) contact."));
    for (const auto& kind : core::contactKinds()) {
        for (const core::Contact* c : plan.contactsOfKind(kind.key)) {
            std::string id = "##contact-" + std::to_string(c->id);
            std::string subtitle = joinNonEmpty({c->phone, tr(kind.label)});
            if (listRow(id.c_str(), ICON_PHONE, c->name.empty() ? tr("(no name yet)") : c->name.c_str(), subtitle.c_str()))
                open(app, app::route::PlanContact{c->id});
        }
    }
    if (tapButton(labelWithId(ICON_PLUS, tr("Add a contact"), "##add-contact").c_str())) open(app, app::route::PlanContact{0});
}

void meetingPlaces(app::App& app) {
    heading(tr("Meeting places"));
    for (const auto& kind : core::meetingPlaceKinds()) {
        const core::MeetingPlace* m = app.plan().plan().meetingPlace(kind.key);
        std::string id = std::string("##place-") + kind.key;
        const char* where = m && !m->address.empty() ? m->address.c_str() : tr("Not chosen yet");
        if (listRow(id.c_str(), ICON_MAP, tr(kind.label), where)) open(app, app::route::PlanPlace{kind.key});
    }
}

void pets(app::App& app) {
    const core::Plan& plan = app.plan().plan();
    heading(fillIn(tr("Pets ({count})"), "count", number(plan.pets.size())));
    for (const auto& p : plan.pets) {
        std::string id = "##pet-" + std::to_string(p.id);
        if (listRow(id.c_str(), ICON_PAW, p.name.empty() ? tr("(no name yet)") : p.name.c_str(), p.species.c_str()))
            open(app, app::route::PlanPet{p.id});
    }
    if (tapButton(labelWithId(ICON_PLUS, tr("Add a pet"), "##add-pet").c_str()))
        if (int64_t id = app.plan().add<core::Pet>()) open(app, app::route::PlanPet{id});
}

void homeAndDocuments(app::App& app) {
    const core::Plan& plan = app.plan().plan();
    heading(tr("Home and documents"));
    int noted = 0;
    for (const auto& f : core::homeFields()) noted += (plan.home.*f.value).empty() ? 0 : 1;
    std::string homeLine = fillIn(trn("{n} of {total} noted", "{n} of {total} noted", noted), "total", number(core::homeFields().size()));
    if (listRow("##home", ICON_TODAY, tr("Where things are"), homeLine.c_str())) open(app, app::route::PlanHome{});
    int copied = 0;
    for (const auto& d : plan.documents) copied += d.have ? 1 : 0;
    std::string docLine = fillIn(trn("{n} of {total} copied", "{n} of {total} copied", copied), "total", number(plan.documents.size()));
    if (listRow("##documents", ICON_FILE, tr("Important documents"), docLine.c_str())) open(app, app::route::PlanDocuments{});
}

void kit(app::App& app) {
    core::KitReview review = app.plan().kitReview();
    heading(tr("Emergency kit"));
    // TRANSLATORS: three short facts about the kit, joined by " · ".
    std::string line = trn("{n} missing", "{n} missing", static_cast<long long>(review.missing.size())) + " · " +
                       trn("{n} expiring", "{n} expiring", static_cast<long long>(review.expiring.size())) + " · " +
                       trn("for {n} day", "for {n} days", review.household.days);
    if (listRow("##kit", ICON_MEDKIT, tr("Kit and supplies"), line.c_str())) open(app, app::route::Kit{});
}

void exportButtons(app::App& app) {
    heading(tr("Print and back up"));
    core::Paper usual = core::defaultPaperFor(app.settings().country);
    float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) / 2;
    using Format = app::App::PlanFormat;
    if (tapButton(labelWithId(ICON_FILE, tr("PDF, A4"), "##export-a4").c_str(), half, usual == core::Paper::A4 ? Tone::Accent : Tone::Normal))
        app.exportPlan(Format::Pdf, core::Paper::A4);
    ImGui::SameLine();
    if (tapButton(labelWithId(ICON_FILE, tr("PDF, Letter"), "##export-letter").c_str(), half, usual == core::Paper::Letter ? Tone::Accent : Tone::Normal))
        app.exportPlan(Format::Pdf, core::Paper::Letter);
    if (tapButton(labelWithId(ICON_COPY, tr("Full copy (JSON)"), "##export-json").c_str())) app.exportPlan(Format::Json, usual);
    if (app.canChooseFiles() && tapButton(labelWithId(ICON_FILE, tr("Import a plan (JSON)"), "##import-plan").c_str()))
        app.importPlanFromChosenFile();
    mutedText(fillIn(tr("The PDF has the plan and a wallet card for each member. Files go to {folder}, with your backups."), "folder",
                     app.files().destination()));
}


class PlanScreen final : public ScreenOf<app::route::Plan> {
public:
    PlanScreen() : ScreenOf(core::textId("Plan")) {}

private:
    void show(ScreenContext& ctx, const app::route::Plan&) override {
        app::App& app = ctx.app;
        readinessCard(app);
        missingCard(app);
        household(app);
        contacts(app);
        meetingPlaces(app);
        pets(app);
        homeAndDocuments(app);
        kit(app);
        exportButtons(app);
    }
};
}  // namespace

std::unique_ptr<Screen> makePlanScreen() { return std::make_unique<PlanScreen>(); }

}  // namespace ui
