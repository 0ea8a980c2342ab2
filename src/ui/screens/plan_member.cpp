// A household member: contact details, medical notes, school or workplace. Saved as typed.
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

const char* memberHeading(const std::string& key) {
    if (key == "medical_conditions") return tr("Medical");
    if (key == "school_or_work") return tr("During the day");
    return nullptr;
}

class PlanMemberScreen final : public ScreenOf<app::route::PlanMember> {
public:
    // TRANSLATORS: the title of the screen about one member of the household.
    PlanMemberScreen() : ScreenOf(core::textId("Member")) {}

private:
    void show(ScreenContext& ctx, const app::route::PlanMember& route) override {
        app::App& app = ctx.app;
        const core::Member* m = app.plan().plan().member(route.memberId);
        if (!m) {
            emptyState(ICON_USERS, tr("This member is no longer in the plan."), tr("Go back to the Plan tab to see the household."));
            return;
        }
        int64_t id = m->id;
        auto change = recordFields("member", core::memberFields(), *m, memberHeading);
        if (change.field) app.plan().setField(id, *change.field, change.value, change.when);
        mutedText(tr("Medical notes and the meeting places go on this member's wallet card."));
        if (confirmRemove("##remove-member", tr("Remove this member"), tr("Remove this member? This cannot be undone."))) {
            app.plan().remove<core::Member>(id);
            app.nav().back();
        }
    }
};
}  // namespace

std::unique_ptr<Screen> makePlanMemberScreen() { return std::make_unique<PlanMemberScreen>(); }

}  // namespace ui
