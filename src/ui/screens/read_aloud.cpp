// "Read steps aloud": one switch, in the guide player (where it is needed) and in Settings (where
// it is looked for); both change the one kept setting.
#include "i18n/i18n.h"
#include "ui/screens/screens.h"
#include "ui/text_drawing.h"
#include "ui/widgets.h"

namespace ui {

void drawReadAloudSwitch(ScreenContext& ctx) {
    app::App& app = ctx.app;
    bool on = app.settings().readStepsAloud;
    if (toggleRow("##read-aloud", on, i18n::tr("Read steps aloud"),
                  i18n::tr("Each step as it appears, and the timers' calls, such as when to swap rescuers")))
        app.setReadStepsAloud(!on);
}

void drawSpeechSetting(ScreenContext& ctx) {
    heading(i18n::tr("Speech"));
    drawReadAloudSwitch(ctx);
}

}  // namespace ui
