// A pet: species, needs, vet and microchip.
#include <imgui.h>

#include "core/text.h"
#include "i18n/i18n.h"
#include "ui/icons.h"
#include "ui/screens/plan_widgets.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace ui {

namespace {
using i18n::tr;

class PlanPetScreen final : public ScreenOf<app::route::PlanPet> {
public:
    PlanPetScreen() : ScreenOf(core::textId("Pet")) {}

private:
    void show(ScreenContext& ctx, const app::route::PlanPet& route) override {
        app::App& app = ctx.app;
        const core::Pet* p = app.plan().plan().pet(route.petId);
        if (!p) {
            emptyState(ICON_PAW, tr("This pet is no longer in the plan."), tr("Go back to the Plan tab to see your pets."));
            return;
        }
        int64_t id = p->id;
        auto change = recordFields("pet", core::petFields(), *p);
        if (change.field) app.plan().setField(id, *change.field, change.value, change.when);
        mutedText(tr("The kit adds water and food for each pet."));
        if (confirmRemove("##remove-pet", tr("Remove this pet"), tr("Remove this pet? This cannot be undone."))) {
            app.plan().remove<core::Pet>(id);
            app.nav().back();
        }
    }
};
}  // namespace

std::unique_ptr<Screen> makePlanPetScreen() { return std::make_unique<PlanPetScreen>(); }

}  // namespace ui
