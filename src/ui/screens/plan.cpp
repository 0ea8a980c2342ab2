// Plan: readiness and what is missing, then the household, contacts, meeting places, pets, the
// home, documents and the kit, and printing. Each row opens its editor.
#include <imgui.h>

#include "app/plan.h"
#include "core/date_format.h"
#include "core/kit_inventory.h"
#include "ui/icons.h"
#include "ui/screens/plan_widgets.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {
namespace {

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
    textLine("Readiness " + std::to_string(r.percent) + "%");
    partBar("Plan complete", r.planComplete, nullptr);
    partBar("Kit covered", r.kitCovered, nullptr);
    std::string drill = r.lastDrill ? "Last drill " + core::formatDate(*r.lastDrill) + (r.drillsRecent ? "." : ": more than 6 months ago.")
                                    : "No drill in the last 6 months: run a checklist as a practice drill.";
    partBar("Drills recent", r.drillsRecent ? 1.0 : 0.0, drill.c_str(), r.drillsRecent ? "Yes" : "No");
    endCard();
}

void missingCard(app::App& app) {
    std::vector<core::PlanCheck> missing = app.plan().missing();
    if (missing.empty()) {
        beginCard();
        textLine(palette().success, ICON_CHECK);
        ImGui::SameLine();
        paragraph("The plan has everything it needs. Print it, and review it every 6 months.");
        endCard();
        return;
    }
    heading((std::string(ICON_WARNING "  Still missing (") + std::to_string(missing.size()) + ")").c_str());
    constexpr size_t kShown = 4;
    for (size_t i = 0; i < missing.size() && i < kShown; ++i) {
        std::string id = "##missing-" + std::to_string(i);
        if (linkRow(id.c_str(), missing[i].text.c_str())) openCheck(app, missing[i]);
    }
    if (missing.size() > kShown) mutedText(("And " + std::to_string(missing.size() - kShown) + " more in the sections below.").c_str());
}

std::string joinNonEmpty(std::initializer_list<std::string> parts) {
    std::string out;
    for (const auto& p : parts)
        if (!p.empty()) out += (out.empty() ? "" : " · ") + p;
    return out;
}

void household(app::App& app) {
    const core::Plan& plan = app.plan().plan();
    heading((std::string("Household (") + std::to_string(plan.members.size()) + ")").c_str());
    if (plan.members.empty())
        emptyState(ICON_USERS, "No one in the household yet.",
                   "Add everyone who lives here: the kit is scaled to them and each gets a wallet card.");
    for (const auto& m : plan.members) {
        const char* age = core::choiceLabel(core::ageGroups(), m.ageGroup);
        std::string subtitle = joinNonEmpty({age ? age : "", m.phone});
        std::string id = "##member-" + std::to_string(m.id);
        if (listRow(id.c_str(), ICON_USERS, m.name.empty() ? "(no name yet)" : m.name.c_str(), subtitle.c_str()))
            open(app, app::route::PlanMember{m.id});
    }
    if (tapButton(ICON_PLUS "  Add a household member##add-member")) addMemberAndOpen(app);
}

void contacts(app::App& app) {
    const core::Plan& plan = app.plan().plan();
    heading("Contacts");
    if (plan.contacts.empty())
        emptyState(ICON_PHONE, "No contacts yet.", "Start with someone out of town and an emergency (ICE) contact.");
    for (const auto& kind : core::contactKinds()) {
        for (const core::Contact* c : plan.contactsOfKind(kind.key)) {
            std::string id = "##contact-" + std::to_string(c->id);
            std::string subtitle = joinNonEmpty({c->phone, kind.label});
            if (listRow(id.c_str(), ICON_PHONE, c->name.empty() ? "(no name yet)" : c->name.c_str(), subtitle.c_str()))
                open(app, app::route::PlanContact{c->id});
        }
    }
    if (tapButton(ICON_PLUS "  Add a contact##add-contact")) open(app, app::route::PlanContact{0});
}

void meetingPlaces(app::App& app) {
    heading("Meeting places");
    for (const auto& kind : core::meetingPlaceKinds()) {
        const core::MeetingPlace* m = app.plan().plan().meetingPlace(kind.key);
        std::string id = std::string("##place-") + kind.key;
        const char* where = m && !m->address.empty() ? m->address.c_str() : "Not chosen yet";
        if (listRow(id.c_str(), ICON_MAP, kind.label, where)) open(app, app::route::PlanPlace{kind.key});
    }
}

void pets(app::App& app) {
    const core::Plan& plan = app.plan().plan();
    heading((std::string("Pets (") + std::to_string(plan.pets.size()) + ")").c_str());
    for (const auto& p : plan.pets) {
        std::string id = "##pet-" + std::to_string(p.id);
        if (listRow(id.c_str(), ICON_PAW, p.name.empty() ? "(no name yet)" : p.name.c_str(), p.species.c_str()))
            open(app, app::route::PlanPet{p.id});
    }
    if (tapButton(ICON_PLUS "  Add a pet##add-pet"))
        if (int64_t id = app.plan().add<core::Pet>()) open(app, app::route::PlanPet{id});
}

void homeAndDocuments(app::App& app) {
    const core::Plan& plan = app.plan().plan();
    heading("Home and documents");
    int noted = 0;
    for (const auto& f : core::homeFields()) noted += (plan.home.*f.value).empty() ? 0 : 1;
    std::string homeLine = std::to_string(noted) + " of " + std::to_string(core::homeFields().size()) + " noted";
    if (listRow("##home", ICON_TODAY, "Where things are", homeLine.c_str())) open(app, app::route::PlanHome{});
    int copied = 0;
    for (const auto& d : plan.documents) copied += d.have ? 1 : 0;
    std::string docLine = std::to_string(copied) + " of " + std::to_string(plan.documents.size()) + " copied";
    if (listRow("##documents", ICON_FILE, "Important documents", docLine.c_str())) open(app, app::route::PlanDocuments{});
}

void kit(app::App& app) {
    core::KitReview review = app.plan().kitReview();
    heading("Emergency kit");
    std::string line = std::to_string(review.missing.size()) + " missing · " + std::to_string(review.expiring.size()) +
                       " expiring · for " + std::to_string(review.household.days) + " days";
    if (listRow("##kit", ICON_MEDKIT, "Kit and supplies", line.c_str())) open(app, app::route::Kit{});
}

void exportButtons(app::App& app) {
    heading("Print and back up");
    core::Paper usual = core::defaultPaperFor(app.settings().country);
    float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) / 2;
    using Format = app::App::PlanFormat;
    if (tapButton(ICON_FILE "  PDF, A4##export-a4", half, usual == core::Paper::A4 ? Tone::Accent : Tone::Normal))
        app.exportPlan(Format::Pdf, core::Paper::A4);
    ImGui::SameLine();
    if (tapButton(ICON_FILE "  PDF, Letter##export-letter", half, usual == core::Paper::Letter ? Tone::Accent : Tone::Normal))
        app.exportPlan(Format::Pdf, core::Paper::Letter);
    if (tapButton(ICON_COPY "  Full copy (JSON)##export-json")) app.exportPlan(Format::Json, usual);
    mutedText(("The PDF has the plan and a wallet card for each member. Files go to " + app.documentsFolder().string() + ", "
               "with your backups.").c_str());
}


class PlanScreen final : public ScreenOf<app::route::Plan> {
public:
    PlanScreen() : ScreenOf("Plan") {}

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
