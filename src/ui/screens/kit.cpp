// Kit: days of supply, what is missing, what expires within 30 days, the rotation, every item.
#include <imgui.h>
#include <map>

#include "core/kit_inventory.h"
#include "ui/icons.h"
#include "ui/screens/plan_widgets.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {
namespace {

void openItem(app::App& app, int64_t id) { app.nav().push({app::Screen::KitItem, std::to_string(id)}); }

std::string amount(const core::KitLine& line) {
    const core::KitItem& k = *line.item;
    return formatQuantity(k.have) + " of " + formatQuantity(line.need) + (k.unit.empty() ? "" : " " + k.unit);
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
    if (line.expiry == core::ExpiryState::Expired) return "Expired: replace " + amount(line);
    return "Have " + amount(line);
}

std::string expiryLine(const core::KitLine& line) {
    const std::string date = line.item->expiresOn->iso();
    if (line.daysLeft < 0) return "Expired on " + date + ": replace it";
    if (line.daysLeft == 0) return "Expires today: use it and replace it";
    return "Expires on " + date + ", in " + std::to_string(line.daysLeft) + (line.daysLeft == 1 ? " day" : " days");
}

std::string noDateLine(const core::KitLine& line) {
    std::string s = "No date written down";
    if (line.templateItem && line.templateItem->rotateMonths)
        s += ": replace every " + std::to_string(line.templateItem->rotateMonths) + " months";
    return s;
}

std::string itemLine(const core::KitLine& line) {
    if (line.need <= 0 && line.item->have <= 0) return "Not needed for this household";
    std::string s = amount(line);
    if (!line.item->location.empty()) s += " · " + line.item->location;
    return s;
}

void daysCard(app::App& app, const core::KitReview& review) {
    const core::KitTemplate& tmpl = app.content().kit;
    beginCard();
    ImGui::TextUnformatted("Days of supply");
    const auto& options = tmpl.daysOptions;
    float spacing = ImGui::GetStyle().ItemSpacing.x;
    float w = (ImGui::GetContentRegionAvail().x - spacing * (options.size() - 1)) / options.size();
    for (size_t i = 0; i < options.size(); ++i) {
        if (i) ImGui::SameLine();
        std::string label = std::to_string(options[i]) + " days##kit-days-" + std::to_string(options[i]);
        if (tapButton(label.c_str(), w, review.household.days == options[i] ? Tone::Accent : Tone::Normal))
            app.plan().setKitDays(options[i]);
    }
    const core::Household& h = review.household;
    std::string scale = "Scaled for " + std::to_string(h.people) + (h.people == 1 ? " person" : " people");
    if (h.pets) scale += " and " + std::to_string(h.pets) + (h.pets == 1 ? " pet" : " pets");
    scale += ", following " + tmpl.guideline.name + ". Add members and pets in the Plan tab.";
    mutedText(scale.c_str());
    partBar("Kit covered", review.covered, nullptr);
    endCard();
}

}  // namespace

void drawKit(ScreenContext& ctx) {
    app::App& app = ctx.app;
    core::KitReview review = app.plan().kitReview();
    daysCard(app, review);

    heading((std::string(ICON_CLOCK "  Expires within 30 days (") + std::to_string(review.expiring.size()) + ")").c_str());
    if (review.expiring.empty()) mutedText("Nothing expires in the next 30 days.");
    itemRows(app, "expiring", review.expiring, ICON_CLOCK, expiryLine);

    heading((std::string(ICON_WARNING "  Missing (") + std::to_string(review.missing.size()) + ")").c_str());
    if (review.missing.empty()) mutedText("Nothing is missing for the days you chose.");
    // A new kit misses nearly everything: show the first few, the rest on request.
    constexpr size_t kMissingShown = 5;
    static bool showAllMissing = false;
    std::vector<const core::KitLine*> shown = review.missing;
    if (!showAllMissing && shown.size() > kMissingShown + 1) shown.resize(kMissingShown);
    itemRows(app, "missing", shown, ICON_SQUARE, missingLine);
    if (shown.size() < review.missing.size()) {
        std::string more = "Show all " + std::to_string(review.missing.size()) + " missing##kit-missing-all";
        if (tapButton(more.c_str())) showAllMissing = true;
    }

    heading(ICON_CALENDAR "  Rotation");
    if (review.rotation.empty())
        mutedText("Write the expiry dates of food, water, medicines and batteries to get a rotation plan.");
    constexpr size_t kRotationShown = 5;
    for (size_t i = 0; i < review.rotation.size() && i < kRotationShown; ++i) {
        const core::RotationStep& step = review.rotation[i];
        std::string id = "##kit-rotate-" + std::to_string(step.item->id);
        std::string line = step.due ? "Use it now, and have a new one by " + step.replaceBy.iso()
                                    : "Use from " + step.useFrom.iso() + ", replace by " + step.replaceBy.iso();
        if (listRow(id.c_str(), ICON_CALENDAR, step.item->name.c_str(), line.c_str())) openItem(app, step.item->id);
    }

    std::vector<const core::KitLine*> undated;
    for (const auto& line : review.lines)
        if (line.needsDate()) undated.push_back(&line);
    if (!undated.empty()) {
        heading("Write down the expiry date");
        itemRows(app, "undated", undated, ICON_CALENDAR, noDateLine);
    }

    // Every item, by category in template order; the user's own items last.
    std::vector<std::string> categories;
    std::map<std::string, std::vector<const core::KitLine*>> byCategory;
    for (const auto& line : review.lines) {
        std::string category = line.item->templateId.empty() || line.item->category.empty() ? "Your own items" : line.item->category;
        if (!byCategory.count(category) && category != "Your own items") categories.push_back(category);
        byCategory[category].push_back(&line);
    }
    categories.push_back("Your own items");
    for (const auto& category : categories) {
        heading(category.c_str());
        if (category == "Your own items" && !byCategory.count(category))
            mutedText("Add what your household needs beyond the basic kit: baby formula, glasses, a spare phone.");
        if (byCategory.count(category)) itemRows(app, "item", byCategory[category], nullptr, itemLine);
    }
    if (tapButton(ICON_PLUS "  Add your own item##add-kit-item"))
        if (int64_t id = app.plan().addKitItem("New item")) openItem(app, id);
}

}  // namespace ui
