// The printed plan's content. Index:
//   Builder       collects blocks with the calls a page writer would make
//   plan pages    emergency number, meeting places, contacts, members, pets, home, documents, kit, to do
//   wallet cards  one fold-over card per member
#include "export/plan_document.h"

#include <cmath>
#include <cstdio>

#include "core/date_format.h"
#include "core/kit_inventory.h"
#include "i18n/i18n.h"

namespace exporting {
namespace {

std::string quantity(double q) {
    char text[32];
    std::snprintf(text, sizeof text, q == std::floor(q) ? "%.0f" : "%.1f", q);
    return text;
}

struct Builder {
    std::vector<Block>& blocks;
    void paragraph(const std::string& text, Style style, bool grey = false) {
        blocks.push_back({Block::Kind::Paragraph, text, style, grey, {}, 0});
    }
    void heading(const std::string& text, Style style = Style::Heading) { blocks.push_back({Block::Kind::Heading, text, style, false, {}, 0}); }
    void row(std::vector<Cell> cells) { blocks.push_back({Block::Kind::Row, "", Style::Body, false, std::move(cells), 0}); }
    // A label at the start, its value after it.
    void field(const std::string& label, const std::string& value, bool blank = false) {
        row({{label, 0.34, Style::Body, true}, {value, 0.66, Style::Body, false, blank}});
    }
    void space(double points) { blocks.push_back({Block::Kind::Space, "", Style::Body, false, {}, points}); }
};

// ---------------------------------------------------------------- plan pages

std::string contactLine(const core::Contact& c) {
    std::string out = c.name;
    if (!c.phone.empty()) out += (out.empty() ? "" : ", ") + c.phone;
    return out;
}

void meetingPlaces(Builder& w, const core::Plan& plan) {
    w.heading(i18n::tr("Meeting places"));
    for (const auto& kind : core::meetingPlaceKinds()) {
        const core::MeetingPlace* m = plan.meetingPlace(kind.key);
        std::string text = m ? m->address : "";
        if (m && !m->instructions.empty()) text += (text.empty() ? "" : "\n") + m->instructions;
        w.field(i18n::tr(kind.label), text, true);
    }
}

void contacts(Builder& w, const core::Plan& plan) {
    w.heading(i18n::tr("Contacts"));
    for (const auto& kind : core::contactKinds()) {
        std::vector<const core::Contact*> list = plan.contactsOfKind(kind.key);
        bool required = false;
        for (const auto& r : core::requiredContactKinds()) required = required || r == kind.key;
        if (list.empty() && required) w.field(i18n::tr(kind.label), "", true);
        for (const core::Contact* c : list) {
            std::string text = contactLine(*c);
            if (!c->policyNumber.empty()) text += "\n" + i18n::fillIn(i18n::tr("Policy number: {number}"), "number", c->policyNumber);
            if (!c->notes.empty()) text += "\n" + c->notes;
            w.field(i18n::tr(kind.label), text, true);
        }
    }
}

void members(Builder& w, const core::Plan& plan) {
    w.heading(i18n::tr("Household members"));
    if (plan.members.empty()) w.paragraph(i18n::tr("No members yet."), Style::Body, true);
    for (const auto& m : plan.members) {
        w.heading(m.name.empty() ? i18n::tr("(no name)") : m.name, Style::Subheading);
        for (const auto& f : core::memberFields()) {
            const std::string& value = m.*f.value;
            if (f.value == &core::Member::name || value.empty()) continue;
            const char* label = f.choices ? core::choiceLabel(*f.choices, value) : nullptr;
            w.field(i18n::tr(f.label), label ? i18n::tr(label) : value);
        }
    }
}

void pets(Builder& w, const core::Plan& plan) {
    if (plan.pets.empty()) return;
    w.heading(i18n::tr("Pets"));
    for (const auto& p : plan.pets) {
        w.heading(p.name.empty() ? i18n::tr("(no name)") : p.name, Style::Subheading);
        for (const auto& f : core::petFields()) {
            if (f.value == &core::Pet::name || (p.*f.value).empty()) continue;
            w.field(i18n::tr(f.label), p.*f.value);
        }
    }
}

void home(Builder& w, const core::Plan& plan) {
    w.heading(i18n::tr("Where things are at home"));
    for (const auto& f : core::homeFields()) w.field(i18n::tr(f.label), plan.home.*f.value, true);
}

void documents(Builder& w, const core::Plan& plan) {
    w.heading(i18n::tr("Important documents"));
    for (const auto& kind : core::documentKinds()) {
        const core::DocumentEntry* d = plan.document(kind.key);
        bool have = d && d->have;
        w.row({{have ? "\u2611" : "\u2610", 0.05, Style::Body},
               {i18n::tr(kind.label), 0.55},
               {d ? d->location : "", 0.40, Style::Body, false, true}});
    }
}

void kit(Builder& w, const core::Plan& plan, const core::KitTemplate& tmpl, const core::CalendarDate& printedOn) {
    core::KitReview review = core::reviewKit(plan, tmpl, printedOn);
    const core::Household& h = review.household;
    w.heading(i18n::tr("Emergency kit"));
    // Whole sentences per case, so each language can inflect them its own way.
    std::string scale = h.pets ? i18n::fillIn(i18n::fillIn(i18n::tr("Scaled for {people} and {pets} for {days}."), "people",
                                                       i18n::trn("%d person", "%d people", h.people)),
                                            "pets", i18n::trn("%d pet", "%d pets", h.pets))
                               : i18n::fillIn(i18n::tr("Scaled for {people} for {days}."), "people", i18n::trn("%d person", "%d people", h.people));
    scale = i18n::fillIn(scale, "days", i18n::trn("%d day", "%d days", h.days));
    w.paragraph(scale, Style::Body, true);
    w.row({{i18n::tr("Item"), 0.40, Style::Bold}, {i18n::tr("Have / need"), 0.20, Style::Bold}, {i18n::tr("Where"), 0.24, Style::Bold},
           {i18n::tr("Expires"), 0.16, Style::Bold}});
    for (const core::KitLine& line : review.lines) {
        if (line.need <= 0 && line.item->have <= 0) continue;  // not needed by this household
        const core::KitItem& k = *line.item;
        std::string amount = quantity(k.have) + " / " + quantity(line.need) + (k.unit.empty() ? "" : " " + k.unit);
        std::string expires = k.expiresOn ? core::formatDate(*k.expiresOn) : "";
        if (line.expiry == core::ExpiryState::Expired) expires += std::string(" ") + i18n::tr("(expired)");
        w.row({{(line.missing() ? "\u2610 " : "\u2611 ") + k.name, 0.40}, {amount, 0.20}, {k.location, 0.24}, {expires, 0.16}});
    }
}

void stillToDo(Builder& w, const core::Plan& plan) {
    std::vector<std::string> open;
    for (const auto& c : core::planChecks(plan))
        if (!c.done) open.push_back(i18n::wording(c.text));
    if (open.empty()) return;
    w.heading(i18n::tr("Still to do"));
    for (const auto& text : open) w.paragraph("\u2610 " + text, Style::Body);
}

// ---------------------------------------------------------------- wallet cards

std::string labelled(const char* label) { return i18n::fillIn(i18n::tr("{label}:"), "label", label); }

std::vector<CardLine> cardFront(const core::Member& m, const core::Plan& plan, const std::string& emergencyNumber) {
    std::vector<CardLine> lines;
    lines.push_back({m.name.empty() ? i18n::tr("(no name)") : m.name, "", "", true});
    lines.push_back({i18n::fillIn(i18n::tr("Emergency: {number}"), "number", emergencyNumber), "", ""});
    auto ice = plan.contactsOfKind("ice");
    if (ice.empty()) lines.push_back({i18n::tr("ICE:"), "____________________", ""});
    for (const core::Contact* c : ice)
        if (c->name != m.name || ice.size() == 1) lines.push_back({i18n::tr("ICE:"), c->name, c->phone});  // not themself
    auto away = plan.contactsOfKind("out-of-town");
    if (away.empty()) lines.push_back({i18n::tr("Out of town:"), "____________________", ""});
    for (const core::Contact* c : away) lines.push_back({i18n::tr("Out of town:"), c->name, c->phone});
    return lines;
}

std::vector<CardLine> cardBack(const core::Member& m, const core::Plan& plan) {
    std::vector<CardLine> lines{{i18n::tr("Meeting places"), "", ""}};
    const char* shortNames[] = {i18n::tr("Safe room"), i18n::tr("Near home"), i18n::tr("Outside the area"), i18n::tr("Out of town")};
    const auto& kinds = core::meetingPlaceKinds();
    for (size_t i = 0; i < kinds.size(); ++i) {
        const core::MeetingPlace* p = plan.meetingPlace(kinds[i].key);
        lines.push_back({labelled(shortNames[i]), p && !p->address.empty() ? p->address : "________________", ""});
    }
    lines.push_back({});  // a gap before the medical notes
    size_t before = lines.size();
    auto add = [&](const char* label, const std::string& value) {
        if (!value.empty()) lines.push_back({labelled(label), value, ""});
    };
    add(i18n::tr("Conditions"), m.conditions);
    add(i18n::tr("Medications"), m.medications);
    add(i18n::tr("Allergies"), m.allergies);
    add(i18n::tr("Needs"), m.needs);
    if (lines.size() == before) lines.push_back({"", i18n::tr("Medical: none noted"), ""});
    return lines;
}

}  // namespace

PlanDocument planDocument(const PlanPdfInput& in) {
    PlanDocument doc;
    doc.title = i18n::tr("Household emergency plan");
    doc.footer = i18n::fillIn(i18n::tr("Household emergency plan · printed {date}"), "date", core::formatDate(in.printedOn));
    Builder w{doc.blocks};
    w.paragraph(doc.title, Style::Title);
    w.paragraph(i18n::fillIn(i18n::tr("Printed {date}. Keep a copy on the fridge and one in the emergency kit."), "date", core::formatDate(in.printedOn)),
                Style::Body, true);
    w.space(4);
    w.paragraph(i18n::fillIn(i18n::tr("In an emergency call {number}"), "number", in.emergencyNumber), Style::Heading);
    meetingPlaces(w, in.plan);
    contacts(w, in.plan);
    members(w, in.plan);
    pets(w, in.plan);
    home(w, in.plan);
    documents(w, in.plan);
    kit(w, in.plan, in.kit, in.printedOn);
    stillToDo(w, in.plan);
    doc.cardsHeading = i18n::tr("Wallet cards");
    doc.cardsNote = i18n::tr("One for each member. Cut along the solid line, fold along the dashed line, and keep it with your ID.");
    for (const auto& m : in.plan.members) doc.cards.push_back({cardFront(m, in.plan, in.emergencyNumber), cardBack(m, in.plan)});
    return doc;
}

}  // namespace exporting
