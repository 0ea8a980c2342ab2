// A meeting place: where it is and what to do there.
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

class PlanPlaceScreen final : public ScreenOf<app::route::PlanPlace> {
public:
    PlanPlaceScreen() : ScreenOf(core::textId("Meeting place")) {}

private:
    void show(ScreenContext& ctx, const app::route::PlanPlace& route) override {
        app::App& app = ctx.app;
        const std::string& kind = route.kind;
        const core::MeetingPlace* m = app.plan().plan().meetingPlace(kind);
        if (!m) {
            emptyState(ICON_MAP, tr("There is no such meeting place."), tr("Go back to the Plan tab and choose one of the four."));
            return;
        }
        for (const auto& k : core::meetingPlaceKinds()) {
            if (kind != k.key) continue;
            ImGui::PushFont(ctx.fonts.title);
            paragraph(tr(k.label));
            ImGui::PopFont();
            mutedText(tr(k.hint));
        }
        auto change = recordFields("place", core::meetingPlaceFields(), *m);
        if (change.field) app.plan().setField(kind, *change.field, change.value, change.when);
        mutedText(tr("Everyone should know all four places. They are printed on each wallet card."));
    }
};
}  // namespace

std::unique_ptr<Screen> makePlanPlaceScreen() { return std::make_unique<PlanPlaceScreen>(); }

}  // namespace ui
