// A contact: its kind, name, phone and notes. With no contact yet (id 0), choose the kind first.
#include <imgui.h>

#include "i18n/i18n.h"
#include "ui/icons.h"
#include "ui/screens/plan_widgets.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace ui {
namespace {
using i18n::tr;

void chooseKind(app::App& app) {
    heading(tr("What kind of contact?"));
    for (const auto& kind : core::contactKinds()) {
        std::string id = std::string("##new-contact-") + kind.key;
        if (listRow(id.c_str(), ICON_PHONE, tr(kind.label), tr(kind.hint))) {
            if (int64_t contactId = app.plan().add(core::Contact::ofKind(kind.key))) {
                app.nav().back();
                app.nav().push(app::route::PlanContact{contactId});
            }
        }
    }
}

class PlanContactScreen final : public ScreenOf<app::route::PlanContact> {
private:
    std::string titleOf(ScreenContext&, const app::route::PlanContact& route) override {
        return route.contactId == 0 ? tr("New contact") : tr("Contact");
    }
    void show(ScreenContext& ctx, const app::route::PlanContact& route) override {
        app::App& app = ctx.app;
        if (route.contactId == 0) return chooseKind(app);
        const core::Contact* c = app.plan().plan().contact(route.contactId);
        if (!c) {
            emptyState(ICON_PHONE, tr("This contact is no longer in the plan."), tr("Go back to the Plan tab to see your contacts."));
            return;
        }
        int64_t id = c->id;
        auto change = recordFields("contact", core::contactFields(), *c);
        if (change.field) app.plan().setField(id, *change.field, change.value, change.when);
        if (confirmRemove("##remove-contact", tr("Remove this contact"), tr("Remove this contact? This cannot be undone."))) {
            app.plan().remove<core::Contact>(id);
            app.nav().back();
        }
    }
};
}  // namespace

std::unique_ptr<Screen> makePlanContactScreen() { return std::make_unique<PlanContactScreen>(); }

}  // namespace ui
