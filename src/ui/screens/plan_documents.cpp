// Important documents: tick each one once a copy is in the kit, and note where it is kept.
#include <imgui.h>

#include "core/text.h"
#include "i18n/i18n.h"
#include "ui/screens/plan_widgets.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace ui {

namespace {
using i18n::tr;

class PlanDocumentsScreen final : public ScreenOf<app::route::PlanDocuments> {
public:
    PlanDocumentsScreen() : ScreenOf(core::textId("Documents")) {}

private:
    void show(ScreenContext& ctx, const app::route::PlanDocuments&) override {
        app::App& app = ctx.app;
        mutedText(tr("Keep copies in a waterproof bag in the kit, and a digital copy somewhere safe. Tick each one you have."));
        for (const auto& kind : core::documentKinds()) {
            const core::DocumentEntry* d = app.plan().plan().document(kind.key);
            if (!d) continue;
            std::string id = std::string("##document-") + kind.key;
            if (toggleRow(id.c_str(), d->have, tr(kind.label))) app.plan().setDocumentHave(kind.key, !d->have);
            if (d->have || !d->location.empty()) {
                ImGui::Indent(em() * 1.8f);
                std::string location = d->location;
                if (planTextField(id + "-location", tr("Where it is kept"), tr("e.g. waterproof wallet in the kit"), location))
                    app.plan().setDocumentLocation(kind.key, location, app::Save::AfterTyping);
                ImGui::Unindent(em() * 1.8f);
            }
        }
    }
};
}  // namespace

std::unique_ptr<Screen> makePlanDocumentsScreen() { return std::make_unique<PlanDocumentsScreen>(); }

}  // namespace ui
