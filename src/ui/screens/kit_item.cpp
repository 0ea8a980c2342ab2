// One kit item: how much the household has against what it needs, where it is, when it expires.
#include <imgui.h>

#include "core/date_format.h"
#include "core/kit_inventory.h"
#include "ui/icons.h"
#include "ui/screens/plan_widgets.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {
namespace {

const core::KitItem* currentItem(ScreenContext& ctx, long long itemId) {
    return ctx.app.plan().plan().kitItem(itemId);
}

// "3.8 litres per person per day × 2 people × 3 days": how a template amount was reached.
std::string scalingNote(const core::KitTemplateItem& t, const core::Household& h) {
    auto unit = [&](double q) { return " " + t.unitFor(q); };
    std::vector<std::string> parts;
    auto people = std::to_string(h.people) + (h.people == 1 ? " person" : " people");
    auto pets = std::to_string(h.pets) + (h.pets == 1 ? " pet" : " pets");
    auto babies = std::to_string(h.infants) + (h.infants == 1 ? " baby" : " babies");
    int d = std::max(h.days, t.minDays);
    auto days = std::to_string(d) + (d == 1 ? " day" : " days") + (d > h.days ? " (at least " + std::to_string(t.minDays) + ")" : "");
    const char* times = " \xc3\x97 ";
    double climate = h.hotClimate ? t.hotClimateFactor : 1.0;
    if (t.perPersonPerDay)
        parts.push_back(formatQuantity(t.perPersonPerDay) + unit(t.perPersonPerDay) + " per person per day" +
                        (climate != 1.0 ? times + formatQuantity(climate) + " for a hot climate" : "") + times + people + times + days);
    if (t.perPetPerDay && h.pets) parts.push_back(formatQuantity(t.perPetPerDay) + unit(t.perPetPerDay) + " per pet per day" + times + pets + times + days);
    if (t.perInfantPerDay && h.infants)
        parts.push_back(formatQuantity(t.perInfantPerDay) + unit(t.perInfantPerDay) + " per baby per day" + times + babies + times + days);
    if (t.perDay) parts.push_back(formatQuantity(t.perDay) + unit(t.perDay) + " per day" + times + days);
    if (t.perPerson) parts.push_back(formatQuantity(t.perPerson) + unit(t.perPerson) + " per person" + times + people);
    if (t.fixed) parts.push_back(formatQuantity(t.fixed) + unit(t.fixed) + " for the household");
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : " + ") + p;
    return out;
}


class KitItemScreen final : public ScreenOf<app::route::KitItem> {
public:
    KitItemScreen() : ScreenOf("Kit item") {}

private:
    void show(ScreenContext& ctx, const app::route::KitItem& route) override {
        app::App& app = ctx.app;
        const core::KitItem* k = currentItem(ctx, route.itemId);
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
            paragraph(k->name);
            ImGui::PopFont();
            if (line->need > 0 || t->whenNeeded.empty())
                paragraphf("Needed: %s %s", formatQuantity(line->need).c_str(), t->unitFor(line->need).c_str());
            else
                paragraph(t->whenNeeded);
            std::string note = scalingNote(*t, review.household);
            if (!note.empty()) mutedText(note.c_str());
            if (!t->detail.empty()) mutedText(t->detail.c_str());
            mutedText(("Amount from: " + t->source).c_str());
        } else {
            paragraph("An item you added. Say how much the household needs.");
        }
        endCard();

        if (!t) {
            auto change = recordFields("kit", core::kitItemTextFields(), *k);
            if (change.field) app.plan().setField(id, *change.field, change.value, change.when);
            double need = k->need.value_or(0);
            if (quantityField("##kit-need", "Needed", need, 1)) app.plan().setKitNeed(id, need);
        }
        double have = k->have;
        std::string haveLabel = "Have" + (k->unit.empty() ? std::string() : " (" + k->unit + ")");
        // Steps that suit the amount: a 239-litre target is not reached a litre at a time.
        double step = core::quantityStep(line ? std::max(line->need, k->have) : k->have);
        if (quantityField("##kit-have", haveLabel.c_str(), have, step)) app.plan().setKitHave(id, have);
        if (t) {
            std::string location = k->location;
            if (planTextField("##kit-location", "Where it is kept", "e.g. garage shelf", location))
                app.plan().setField(id, *core::findField(core::kitItemTextFields(), "location"), location, app::Save::AfterTyping);
        }

        core::CalendarDate today = app.plan().today();
        int months = t && t->rotateMonths ? t->rotateMonths : 12;
        if (auto date = dateField("##kit-expiry", "Expiry date", k->expiresOn, today.plusMonths(months), today))
            app.plan().setKitExpiry(id, *date);
        for (const auto& step : review.rotation)
            if (step.item->id == id)
                mutedText(("Rotation: use it from " + core::formatDate(step.useFrom) + " and have a new one by " + core::formatDate(step.replaceBy) + ".").c_str());
        if (t && t->rotateMonths)
            mutedText(("Replace every " + std::to_string(t->rotateMonths) + " months even when the date printed on it is later.").c_str());

        if (!t && confirmRemove("##remove-kit-item", "this item")) {
            app.plan().removeKitItem(id);
            app.nav().back();
        }
    }
};
}  // namespace

std::unique_ptr<Screen> makeKitItemScreen() { return std::make_unique<KitItemScreen>(); }

}  // namespace ui
