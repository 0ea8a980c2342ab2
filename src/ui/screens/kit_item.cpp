// One kit item: how much the household has against what it needs, where it is, when it expires.
#include <imgui.h>

#include "core/date_format.h"
#include "core/kit_inventory.h"
#include "core/text.h"
#include "i18n/i18n.h"
#include "ui/icons.h"
#include "ui/screens/plan_widgets.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {
namespace {
using i18n::fillIn, i18n::tr, i18n::trc, i18n::trn;

const core::KitItem* currentItem(ScreenContext& ctx, long long itemId) {
    return ctx.app.plan().plan().kitItem(itemId);
}

// "3.8 litres per person per day × 2 people × 3 days": how a template amount was reached. Each
// factor is translated whole; the × between them is arithmetic, the same in every language.
std::string scalingNote(const core::KitTemplateItem& t, const core::Household& h) {
    // "3.8 litres per person per day": the amount with its unit put where the language wants it.
    auto rate = [&](const char* text, double q) {
        std::string unit = t.unitFor(q);
        std::string amount = formatQuantity(q) + (unit.empty() ? "" : " " + unit);
        return fillIn(text, "amount", amount);
    };
    std::vector<std::string> parts;
    std::string people = trn("%d person", "%d people", h.people);
    std::string pets = trn("%d pet", "%d pets", h.pets);
    std::string babies = trn("{n} baby", "{n} babies", h.infants);
    int d = std::max(h.days, t.minDays);
    std::string days = trn("%d day", "%d days", d);
    if (d > h.days) days = fillIn(trn("{days} (at least {n})", "{days} (at least {n})", t.minDays), "days", days);
    const char* times = " \xc3\x97 ";
    double climate = h.hotClimate ? t.hotClimateFactor : 1.0;
    if (t.perPersonPerDay)
        parts.push_back(rate(tr("{amount} per person per day"), t.perPersonPerDay) +
                        (climate != 1.0 ? times + fillIn(tr("{factor} for a hot climate"), "factor", formatQuantity(climate)) : "") + times +
                        people + times + days);
    if (t.perPetPerDay && h.pets) parts.push_back(rate(tr("{amount} per pet per day"), t.perPetPerDay) + times + pets + times + days);
    if (t.perInfantPerDay && h.infants)
        parts.push_back(rate(tr("{amount} per baby per day"), t.perInfantPerDay) + times + babies + times + days);
    if (t.perDay) parts.push_back(rate(tr("{amount} per day"), t.perDay) + times + days);
    if (t.perPerson) parts.push_back(rate(tr("{amount} per person"), t.perPerson) + times + people);
    if (t.fixed) parts.push_back(rate(tr("{amount} for the household"), t.fixed));
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : " + ") + p;
    return out;
}


class KitItemScreen final : public ScreenOf<app::route::KitItem> {
public:
    KitItemScreen() : ScreenOf(core::textId("Kit item")) {}

private:
    void show(ScreenContext& ctx, const app::route::KitItem& route) override {
        app::App& app = ctx.app;
        const core::KitItem* k = currentItem(ctx, route.itemId);
        if (!k) {
            emptyState(ICON_MEDKIT, tr("This item is no longer in the kit."), tr("Go back to the kit to see every item."));
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
                paragraph(fillIn(fillIn(tr("Needed: {amount} {unit}"), "amount", formatQuantity(line->need)), "unit", t->unitFor(line->need)));
            else
                paragraph(t->whenNeeded);
            std::string note = scalingNote(*t, review.household);
            if (!note.empty()) mutedText(note.c_str());
            if (!t->detail.empty()) mutedText(t->detail.c_str());
            mutedText(fillIn(tr("Amount from: {source}"), "source", t->source));
        } else {
            paragraph(tr("An item you added. Say how much the household needs."));
        }
        endCard();

        if (!t) {
            auto change = recordFields("kit", core::kitItemTextFields(), *k);
            if (change.field) app.plan().setField(id, *change.field, change.value, change.when);
            double need = k->need.value_or(0);
            // TRANSLATORS: the label of the field for how much of an item the household needs.
            if (quantityField("##kit-need", tr("Needed"), need, 1)) app.plan().setKitNeed(id, need);
        }
        double have = k->have;
        // TRANSLATORS: the label of the field for how much of an item the household has.
        std::string haveLabel = k->unit.empty() ? std::string(trc("amount", "Have")) : fillIn(tr("Have ({unit})"), "unit", k->unit);
        // Steps that suit the amount: a 239-litre target is not reached a litre at a time.
        double step = core::quantityStep(line ? std::max(line->need, k->have) : k->have);
        if (quantityField("##kit-have", haveLabel.c_str(), have, step)) app.plan().setKitHave(id, have);
        if (t) {
            std::string location = k->location;
            if (planTextField("##kit-location", tr("Where it is kept"), tr("e.g. garage shelf"), location))
                app.plan().setField(id, *core::findField(core::kitItemTextFields(), "location"), location, app::Save::AfterTyping);
        }

        core::CalendarDate today = app.plan().today();
        int months = t && t->rotateMonths ? t->rotateMonths : 12;
        if (auto date = dateField("##kit-expiry", tr("Expiry date"), k->expiresOn, today.plusMonths(months), today))
            app.plan().setKitExpiry(id, *date);
        for (const auto& step : review.rotation)
            if (step.item->id == id)
                mutedText(fillIn(fillIn(tr("Rotation: use it from {useFrom} and have a new one by {replaceBy}."), "useFrom",
                                        core::formatDate(step.useFrom)),
                                 "replaceBy", core::formatDate(step.replaceBy)));
        if (t && t->rotateMonths)
            mutedText(trn("Replace every month even when the date printed on it is later.",
                          "Replace every {n} months even when the date printed on it is later.", t->rotateMonths));

        if (!t && confirmRemove("##remove-kit-item", tr("Remove this item"), tr("Remove this item? This cannot be undone."))) {
            app.plan().removeKitItem(id);
            app.nav().back();
        }
    }
};
}  // namespace

std::unique_ptr<Screen> makeKitItemScreen() { return std::make_unique<KitItemScreen>(); }

}  // namespace ui
