// A pet: species, needs, vet and microchip.
#include <imgui.h>

#include "ui/icons.h"
#include "ui/screens/plan_widgets.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace ui {
namespace {
const core::Pet* currentPet(ScreenContext& ctx) { return ctx.app.plan().plan().pet(routeId(ctx)); }
}  // namespace

void drawPlanPet(ScreenContext& ctx) {
    app::App& app = ctx.app;
    const core::Pet* p = currentPet(ctx);
    if (!p) {
        emptyState(ICON_PAW, "This pet is no longer in the plan.", "Go back to the Plan tab to see your pets.");
        return;
    }
    int64_t id = p->id;
    auto change = recordFields("pet", core::petFields(), *p);
    if (change.field) app.plan().setField(id, *change.field, change.value, change.when);
    mutedText("The kit adds water and food for each pet.");
    if (confirmRemove("##remove-pet", "this pet")) {
        app.plan().remove<core::Pet>(id);
        app.nav().back();
    }
}

}  // namespace ui
