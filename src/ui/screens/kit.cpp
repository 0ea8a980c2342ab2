// Kit: days of supply, what is missing, what expires within 30 days, the rotation, every item.
#include <imgui.h>
#include <map>

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
using i18n::fillIn, i18n::tr, i18n::trc, i18n::trn;

void openItem(app::App& app, int64_t id) { app.nav().push(app::route::KitItem{id}); }

// "2 of 3 pieces", "0 of 1 piece": the unit agrees with the amount it follows.
std::string amount(const core::KitLine& line) {
    const core::KitItem& k = *line.item;
    const std::string& unit = line.templateItem ? line.templateItem->unitFor(line.need) : k.unit;
    // TRANSLATORS: how much of a kit item the household has against what it needs: "2 of 3 pieces".
    std::string text = unit.empty() ? tr("{have} of {need}") : fillIn(tr("{have} of {need} {unit}"), "unit", unit);
    return fillIn(fillIn(text, "have", formatQuantity(k.have)), "need", formatQuantity(line.need));
}

void itemRows(app::App& app, const char* section, const std::vector<const core::KitLine*>& lines, const char* icon,
              std::string (*subtitle)(const core::KitLine&)) {
    for (const core::KitLine* line : lines) {
        std::string id = std::string("##kit-") + section + "-" + std::to_string(line->item->id);
        const char* shown = icon ? icon : line->missing() ? ICON_SQUARE : ICON_CHECKED;  // nullptr: show the status
        if (listRow(id.c_str(), shown, line->item->name.c_str(), subtitle(*line).c_str())) openItem(app, line->item->id);
    }
}

std::string missingLine(const core::KitLine& line) {
    if (line.expiry == core::ExpiryState::Expired) return fillIn(tr("Expired: replace {amount}"), "amount", amount(line));
    return fillIn(tr("Have {amount}"), "amount", amount(line));
}

std::string expiryLine(const core::KitLine& line) {
    const std::string date = core::formatDate(*line.item->expiresOn);
    if (line.daysLeft < 0) return fillIn(tr("Expired on {date}: replace it"), "date", date);
    if (line.daysLeft == 0) return tr("Expires today: use it and replace it");
    return fillIn(trn("Expires on {date}, in {n} day", "Expires on {date}, in {n} days", line.daysLeft), "date", date);
}

std::string noDateLine(const core::KitLine& line) {
    if (line.templateItem && line.templateItem->rotateMonths)
        return trn("No date written down: replace every month", "No date written down: replace every {n} months",
                   line.templateItem->rotateMonths);
    return tr("No date written down");
}

std::string itemLine(const core::KitLine& line) {
    if (line.need <= 0 && line.item->have <= 0)
        return line.templateItem && !line.templateItem->whenNeeded.empty() ? line.templateItem->whenNeeded : tr("Not needed for this household");
    std::string s = amount(line);
    if (!line.item->location.empty()) s += " · " + line.item->location;
    return s;
}

// Choices laid out side by side when the labels fit, else one under another. Returns the index
// pressed, or -1.
int choiceButtons(const std::vector<std::string>& labels, int selected) {
    std::vector<const char*> raw;
    for (const auto& l : labels) raw.push_back(l.c_str());
    bool row = labelsFitSideBySide(raw);
    float spacing = ImGui::GetStyle().ItemSpacing.x;
    float w = row ? (ImGui::GetContentRegionAvail().x - spacing * (labels.size() - 1)) / labels.size() : -1;
    int pressed = -1;
    for (size_t i = 0; i < labels.size(); ++i) {
        if (row && i) ImGui::SameLine();
        if (tapButton(raw[i], w, static_cast<int>(i) == selected ? Tone::Accent : Tone::Normal)) pressed = static_cast<int>(i);
    }
    return pressed;
}

void daysCard(app::App& app, const core::KitReview& review) {
    const core::KitTemplate& tmpl = app.plan().kitTemplate();
    const core::Household& h = review.household;
    beginCard();
    // What the kit is for: the source's days for staying at home, or a kit to take when leaving.
    paragraph(tr("What is this kit for?"));
    core::KitPurpose purpose = app.plan().kitPurpose();
    std::vector<std::string> purposes{
        labelWithId(trn("Staying at home: {n} day", "Staying at home: {n} days", tmpl.defaultDays(core::KitPurpose::StayAtHome)),
                    "##kit-purpose-home"),
        labelWithId(trn("Leaving home: {n} day", "Leaving home: {n} days", tmpl.defaultDays(core::KitPurpose::Leave)), "##kit-purpose-leave")};
    int chosen = choiceButtons(purposes, purpose == core::KitPurpose::Leave ? 1 : 0);
    if (chosen >= 0) app.plan().setKitPurpose(chosen == 1 ? core::KitPurpose::Leave : core::KitPurpose::StayAtHome);
    if (!tmpl.daysNote.empty()) mutedText(tmpl.daysNote.c_str());

    textLine(tr("Days of supply"));
    const auto& options = tmpl.daysOptions;
    std::vector<std::string> days;
    int selected = -1;
    for (size_t i = 0; i < options.size(); ++i) {
        days.push_back(labelWithId(core::formatNumber(options[i]), "##kit-days-" + std::to_string(options[i])));
        if (h.days == options[i]) selected = static_cast<int>(i);
    }
    if (int d = choiceButtons(days, selected); d >= 0) app.plan().setKitDays(options[d]);

    std::vector<std::string> climate{labelWithId(tr("Mild climate"), "##kit-climate-mild"), labelWithId(tr("Hot climate"), "##kit-climate-hot")};
    if (int c = choiceButtons(climate, h.hotClimate ? 1 : 0); c >= 0) app.plan().setKitHotClimate(c == 1);

    // One sentence for each fact, each with its own plural, so every language can word it.
    std::string scale = fillIn(fillIn(tr("Scaled for {people} for {days}."), "people", trn("%d person", "%d people", h.people)), "days",
                               trn("%d day", "%d days", h.days));
    if (h.infants) scale += " " + trn("{n} of them is a baby.", "{n} of them are babies.", h.infants);
    if (h.pets) scale += " " + trn("With {n} pet.", "With {n} pets.", h.pets);
    if (h.hotClimate) scale += " " + std::string(tr("In a hot climate: twice the drinking water."));
    scale += " " + fillIn(tr("Amounts follow {guideline}. Add members and pets in the Plan tab."), "guideline", tmpl.guideline.name);
    mutedText(scale);
    partBar(tr("Kit covered"), review.covered, nullptr);
    endCard();
}


class KitScreen final : public ScreenOf<app::route::Kit> {
public:
    KitScreen() : ScreenOf(core::textId("Kit")) {}

private:
    void show(ScreenContext& ctx, const app::route::Kit&) override {
        app::App& app = ctx.app;
        core::KitReview review = app.plan().kitReview();
        daysCard(app, review);

        heading(std::string(ICON_CLOCK "  ") +
                fillIn(tr("Expires within 30 days ({count})"), "count", core::formatNumber(static_cast<long long>(review.expiring.size()))));
        if (review.expiring.empty()) mutedText(tr("Nothing expires in the next 30 days."));
        itemRows(app, "expiring", review.expiring, ICON_CLOCK, expiryLine);

        heading(std::string(ICON_WARNING "  ") +
                fillIn(tr("Missing ({count})"), "count", core::formatNumber(static_cast<long long>(review.missing.size()))));
        if (review.missing.empty()) mutedText(tr("Nothing is missing for the days you chose."));
        // A new kit misses nearly everything: show the first few, the rest on request.
        constexpr size_t kMissingShown = 5;
        std::vector<const core::KitLine*> shown = review.missing;
        if (!showAllMissing_ && shown.size() > kMissingShown + 1) shown.resize(kMissingShown);
        itemRows(app, "missing", shown, ICON_SQUARE, missingLine);
        if (shown.size() < review.missing.size()) {
            std::string more = labelWithId(trn("Show all {n} missing", "Show all {n} missing", static_cast<long long>(review.missing.size())),
                                           "##kit-missing-all");
            if (tapButton(more.c_str())) showAllMissing_ = true;
        }

        heading(std::string(ICON_CALENDAR "  ") + tr("Rotation"));
        if (review.rotation.empty())
            mutedText(tr("Write the expiry dates of food, water, medicines and batteries to get a rotation plan."));
        constexpr size_t kRotationShown = 5;
        for (size_t i = 0; i < review.rotation.size() && i < kRotationShown; ++i) {
            const core::RotationStep& step = review.rotation[i];
            std::string id = "##kit-rotate-" + std::to_string(step.item->id);
            std::string line = step.due ? tr("Use it now, and have a new one by {replaceBy}") : tr("Use from {useFrom}, replace by {replaceBy}");
            line = fillIn(fillIn(line, "useFrom", core::formatDate(step.useFrom)), "replaceBy", core::formatDate(step.replaceBy));
            if (listRow(id.c_str(), ICON_CALENDAR, step.item->name.c_str(), line.c_str())) openItem(app, step.item->id);
        }

        std::vector<const core::KitLine*> undated;
        for (const auto& line : review.lines)
            if (line.needsDate()) undated.push_back(&line);
        if (!undated.empty()) {
            heading(tr("Write down the expiry date"));
            itemRows(app, "undated", undated, ICON_CALENDAR, noDateLine);
        }

        // Every item, by category in template order; the user's own items last (under "").
        std::vector<std::string> categories;
        std::map<std::string, std::vector<const core::KitLine*>> byCategory;
        for (const auto& line : review.lines) {
            std::string category = line.item->templateId.empty() ? std::string() : line.item->category;
            if (!byCategory.count(category) && !category.empty()) categories.push_back(category);
            byCategory[category].push_back(&line);
        }
        categories.push_back("");
        for (const auto& category : categories) {
            heading(category.empty() ? tr("Your own items") : category);
            if (category.empty() && !byCategory.count(category))
                mutedText(tr("Add what your household needs beyond the basic kit: a spare phone, hearing-aid batteries, special food."));
            if (byCategory.count(category)) itemRows(app, "item", byCategory[category], nullptr, itemLine);
        }
        if (tapButton(labelWithId(ICON_PLUS, tr("Add your own item"), "##add-kit-item").c_str()))
            // TRANSLATORS: the name a new kit item gets until the user types its own.
            if (int64_t id = app.plan().addKitItem(trc("kit", "New item"))) openItem(app, id);
    }

    bool showAllMissing_ = false;
};
}  // namespace

std::unique_ptr<Screen> makeKitScreen() { return std::make_unique<KitScreen>(); }

}  // namespace ui
