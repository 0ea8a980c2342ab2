// Plan: the household's emergency kit, scaled from the content template.
#include <cmath>
#include <imgui.h>

#include "ui/icons.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace ui {

void drawPlan(ScreenContext& ctx) {
    const core::KitTemplate& kit = ctx.app.content().kit;
    heading("Basic emergency kit");
    mutedText(("For 1 person for " + std::to_string(kit.daysDefault) + " days, following " + kit.guideline.name + ".").c_str());
    core::Household one{1, 0, kit.daysDefault};
    for (const auto& item : kit.items) {
        double q = core::requiredQuantity(item, one);
        char amount[64];
        std::snprintf(amount, sizeof amount, q == std::floor(q) ? "%.0f %s" : "%.1f %s", q, item.unit.c_str());
        std::string id = "##kit-" + item.id;
        listRow(id.c_str(), ICON_MEDKIT, item.name.c_str(), q > 0 ? amount : item.detail.c_str());
    }
}

}  // namespace ui
