#include "i18n/i18n.h"
#include "ui/message_screen.h"

#include <imgui.h>

#include "ui/icons.h"
#include "ui/keyboard_focus.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {

MessageScreen::MessageScreen(std::string title, std::string message, float dpiScale)
    : title_(std::move(title)), message_(std::move(message)), dpiScale_(dpiScale) {}

bool MessageScreen::prepareFrame() {
    if (fonts_.body) return false;
    fonts_ = buildFonts(dpiScale_);
    applyTheme(core::Theme::Light, dpiScale_);
    return true;
}

bool MessageScreen::draw() {
    setDpiScale(dpiScale_);
    clearTapTargets();
    focus::beginFrame();
    ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::Begin("##message", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                          ImGuiWindowFlags_NoNavInputs);
    ImGui::PushFont(fonts_.title);
    iconParagraph(ICON_WARNING, palette().warning, title_);
    ImGui::PopFont();
    ImGui::PushFont(fonts_.body);
    ImGui::Spacing();
    paragraph(message_);
    mutedText(i18n::tr("Nothing was changed. To start afresh, move that file somewhere else, or start Steadfast with "
                       "--db and the path of another file."));
    ImGui::Spacing();
    bool close = tapButton(labelled(i18n::tr("Close"), "##close").c_str(), -1, Tone::Accent);
    ImGui::PopFont();
    ImGui::End();
    focus::endFrame();
    return close;
}

}  // namespace ui
