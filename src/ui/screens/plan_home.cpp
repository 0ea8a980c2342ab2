// Where things are at home: the shut-offs, the kit, the extinguisher, the first-aid kit.
#include <imgui.h>

#include "core/text.h"
#include "i18n/i18n.h"
#include "ui/screens/plan_widgets.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace ui {

namespace {
class PlanHomeScreen final : public ScreenOf<app::route::PlanHome> {
public:
    PlanHomeScreen() : ScreenOf(core::textId("At home")) {}

private:
    void show(ScreenContext& ctx, const app::route::PlanHome&) override {
        app::App& app = ctx.app;
        mutedText(i18n::tr("Write where each one is, so anyone in the house, or a neighbour, can find it in the dark."));
        auto change = recordFields("home", core::homeFields(), app.plan().plan().home);
        if (change.field) app.plan().setField(*change.field, change.value, change.when);
    }
};
}  // namespace

std::unique_ptr<Screen> makePlanHomeScreen() { return std::make_unique<PlanHomeScreen>(); }

}  // namespace ui
