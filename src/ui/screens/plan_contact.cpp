// A contact: its kind, name, phone and notes. With param "new", choose the kind first.
#include <imgui.h>

#include "ui/icons.h"
#include "ui/screens/plan_widgets.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace ui {
namespace {
const core::Contact* currentContact(ScreenContext& ctx) {
    return ctx.app.plan().plan().contact(routeId(ctx));
}

void chooseKind(app::App& app) {
    heading("What kind of contact?");
    for (const auto& kind : core::contactKinds()) {
        std::string id = std::string("##new-contact-") + kind.key;
        if (listRow(id.c_str(), ICON_PHONE, kind.label, kind.hint)) {
            if (int64_t contactId = app.plan().add(core::Contact::ofKind(kind.key))) {
                app.nav().back();
                app.nav().push({app::Screen::PlanContact, contactId});
            }
        }
    }
}
}  // namespace

const char* planContactTitle(ScreenContext& ctx) { return ctx.app.nav().current().id == 0 ? "New contact" : "Contact"; }

void drawPlanContact(ScreenContext& ctx) {
    app::App& app = ctx.app;
    if (app.nav().current().id == 0) return chooseKind(app);
    const core::Contact* c = currentContact(ctx);
    if (!c) {
        emptyState(ICON_PHONE, "This contact is no longer in the plan.", "Go back to the Plan tab to see your contacts.");
        return;
    }
    int64_t id = c->id;
    auto change = recordFields("contact", core::contactFields(), *c);
    if (change.field) app.plan().setField(id, *change.field, change.value, change.when);
    if (confirmRemove("##remove-contact", "this contact")) {
        app.plan().remove<core::Contact>(id);
        app.nav().back();
    }
}

}  // namespace ui
