// Emergency: the number first, then yes/no questions that lead to the right guide.
#include <imgui.h>

#include "ui/icons.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {

void drawEmergency(ScreenContext& ctx) {
    app::App& app = ctx.app;
    std::string number = app.emergencyNumber();
    beginCard();
    ImGui::TextWrapped("Call the emergency number");
    ImGui::PushFont(ctx.fonts.huge);
    ImGui::TextColored(palette().emergency, "%s", number.c_str());
    ImGui::PopFont();
    std::string where = app.countryName().empty() ? "Country not set: 112 works in most of the world." : app.countryName();
    mutedText(where.c_str());
    if (tapButton(ICON_COPY "  Copy number##copy-number")) ImGui::SetClipboardText(number.c_str());
    endCard();
}

}  // namespace ui
