// Checklists: the templates from content.
#include <imgui.h>

#include "ui/icons.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace ui {

void drawChecklists(ScreenContext& ctx) {
    app::App& app = ctx.app;
    heading("Templates");
    for (const core::ChecklistTemplate& c : app.content().checklists) {
        std::string id = "##checklist-" + c.id;
        std::string subtitle = std::to_string(c.itemCount()) + " items · " + c.summary;
        listRow(id.c_str(), ICON_CHECKLIST, c.title.c_str(), subtitle.c_str());
    }
}

}  // namespace ui
