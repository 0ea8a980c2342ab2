// Where things are at home: the shut-offs, the kit, the extinguisher, the first-aid kit.
#include <imgui.h>

#include "ui/screens/plan_widgets.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace ui {

void drawPlanHome(ScreenContext& ctx) {
    app::App& app = ctx.app;
    mutedText("Write where each one is, so anyone in the house, or a neighbour, can find it in the dark.");
    auto change = recordFields("home", core::homeFields(), app.plan().plan().home);
    if (change.field) app.plan().setField(*change.field, change.value, change.when);
}

}  // namespace ui
