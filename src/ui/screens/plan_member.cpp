// A household member: contact details, medical notes, school or workplace. Saved as typed.
#include <imgui.h>

#include "ui/icons.h"
#include "ui/screens/plan_widgets.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace ui {
namespace {
const char* memberHeading(const std::string& key) {
    if (key == "medical_conditions") return "Medical";
    if (key == "school_or_work") return "During the day";
    return nullptr;
}

class PlanMemberScreen final : public ScreenOf<app::route::PlanMember> {
public:
    PlanMemberScreen() : ScreenOf("Member") {}

private:
    void show(ScreenContext& ctx, const app::route::PlanMember& route) override {
        app::App& app = ctx.app;
        const core::Member* m = app.plan().plan().member(route.memberId);
        if (!m) {
            emptyState(ICON_USERS, "This member is no longer in the plan.", "Go back to the Plan tab to see the household.");
            return;
        }
        int64_t id = m->id;
        auto change = recordFields("member", core::memberFields(), *m, memberHeading);
        if (change.field) app.plan().setField(id, *change.field, change.value, change.when);
        mutedText("Medical notes and the meeting places go on this member's wallet card.");
        if (confirmRemove("##remove-member", "this member")) {
            app.plan().remove<core::Member>(id);
            app.nav().back();
        }
    }
};
}  // namespace

std::unique_ptr<Screen> makePlanMemberScreen() { return std::make_unique<PlanMemberScreen>(); }

}  // namespace ui
