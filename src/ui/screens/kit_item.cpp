// One kit item: how much the household has against what it needs, where it is, when it expires.
#include <imgui.h>

#include "core/kit_inventory.h"
#include "ui/icons.h"
#include "ui/screens/plan_widgets.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {
namespace {

const core::KitItem* currentItem(ScreenContext& ctx) {
    return ctx.app.plan().plan().kitItem(routeId(ctx));
}

// "3.8 litres per person per day × 2 people × 3 days": how a template amount was reached.
std::string scalingNote(const core::KitTemplateItem& t, const core::Household& h) {
    std::string unit = " " + t.unit;
    std::vector<std::string> parts;
    auto people = std::to_string(h.people) + (h.people == 1 ? " person" : " people");
    auto pets = std::to_string(h.pets) + (h.pets == 1 ? " pet" : " pets");
    auto days = std::to_string(h.days) + " days";
    if (t.perPersonPerDay) parts.push_back(formatQuantity(t.perPersonPerDay) + unit + " per person per day \xc3\x97 " + people + " \xc3\x97 " + days);
    if (t.perPetPerDay && h.pets) parts.push_back(formatQuantity(t.perPetPerDay) + unit + " per pet per day \xc3\x97 " + pets + " \xc3\x97 " + days);
    if (t.perPerson) parts.push_back(formatQuantity(t.perPerson) + unit + " per person \xc3\x97 " + people);
    if (t.fixed) parts.push_back(formatQuantity(t.fixed) + unit + " for the household");
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : " + ") + p;
    return out;
}

}  // namespace

void drawKitItem(ScreenContext& ctx) {
    app::App& app = ctx.app;
    const core::KitItem* k = currentItem(ctx);
    if (!k) {
        emptyState(ICON_MEDKIT, "This item is no longer in the kit.", "Go back to the kit to see every item.");
        return;
    }
    int64_t id = k->id;
    core::KitReview review = app.plan().kitReview();
    const core::KitLine* line = nullptr;
    for (const auto& l : review.lines)
        if (l.item->id == id) line = &l;
    const core::KitTemplateItem* t = line ? line->templateItem : nullptr;

    beginCard();
    if (t) {
        ImGui::PushFont(ctx.fonts.title);
        ImGui::TextWrapped("%s", k->name.c_str());
        ImGui::PopFont();
        ImGui::Text("Needed: %s %s", formatQuantity(line->need).c_str(), k->unit.c_str());
        std::string note = scalingNote(*t, review.household);
        if (!note.empty()) mutedText(note.c_str());
        if (!t->detail.empty()) mutedText(t->detail.c_str());
    } else {
        ImGui::TextWrapped("An item you added. Say how much the household needs.");
    }
    endCard();

    if (!t) {
        auto change = recordFields("kit", core::kitItemTextFields(), *k);
        if (change.field) app.plan().setKitItemField(id, *change.field, change.value);
        double need = k->need.value_or(0);
        if (quantityField("##kit-need", "Needed", need, 1)) app.plan().setKitNeed(id, need);
    }
    double have = k->have;
    std::string haveLabel = "Have" + (k->unit.empty() ? std::string() : " (" + k->unit + ")");
    if (quantityField("##kit-have", haveLabel.c_str(), have, 1)) app.plan().setKitHave(id, have);
    if (t) {
        std::string location = k->location;
        if (textField("##kit-location", "Where it is kept", "e.g. garage shelf", location))
            app.plan().setKitItemField(id, *core::findField(core::kitItemTextFields(), "location"), location);
    }

    core::CalendarDate today = app.plan().today();
    int months = t && t->rotateMonths ? t->rotateMonths : 12;
    if (auto date = dateField("##kit-expiry", "Expiry date", k->expiresOn, today.plusMonths(months), today))
        app.plan().setKitExpiry(id, *date);
    for (const auto& step : review.rotation)
        if (step.item->id == id)
            mutedText(("Rotation: use it from " + step.useFrom.iso() + " and have a new one by " + step.replaceBy.iso() + ".").c_str());
    if (t && t->rotateMonths)
        mutedText(("Replace every " + std::to_string(t->rotateMonths) + " months even when the date printed on it is later.").c_str());

    if (!t && confirmRemove("##remove-kit-item", "this item")) {
        app.plan().removeKitItem(id);
        app.nav().back();
    }
}

}  // namespace ui
