#include "ui/ui.h"

#include <algorithm>
#include <cfloat>
#include <imgui.h>
#include <string>

#include "ui/icons.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {

Ui::Ui(app::App& app, float dpiScale) : app_(app), dpiScale_(dpiScale) {}

bool Ui::prepareFrame() {
    const core::Settings& s = app_.settings();
    if (fonts_.body && s.theme == builtTheme_ && s.textScale == builtTextScale_) return false;
    bool rebuildFonts = !fonts_.body || s.textScale != builtTextScale_;
    if (rebuildFonts) fonts_ = buildFonts(dpiScale_ * s.textScale);
    applyTheme(s.theme, dpiScale_ * s.textScale);
    builtTheme_ = s.theme;
    builtTextScale_ = s.textScale;
    return rebuildFonts;
}

double Ui::secondsUntilNextChange() const { return -1.0; }

void Ui::draw() {
    clearTapTargets();
    setDpiScale(dpiScale_);
    ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::Begin("##root", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleVar();
    ImGui::PushFont(fonts_.body);

    // Keyboard: Escape goes back, Ctrl+E opens Emergency, Ctrl+1…5 choose a tab. ImGui 1.86 indexes
    // keys by the platform's key codes; letters and digits are their ASCII capitals there.
    if (!io.WantTextInput && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) app_.nav().back();
    if (io.KeyCtrl) {
        if (ImGui::IsKeyPressed('E', false)) app_.openEmergency();
        for (int i = 0; i < 5; ++i)
            if (ImGui::IsKeyPressed('1' + i, false)) app_.nav().selectTab(app::kTabs[i]);
    }

    float topH = tapHeight() + ImGui::GetStyle().WindowPadding.y * 1.2f;
    float tabH = std::max(64.0f * dpiScale_, em() * 3.4f);
    drawTopBar(topH);

    ImGui::SetCursorPos(ImVec2(0, topH));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImGui::GetStyle().WindowPadding);
    ImGui::BeginChild("##content", ImVec2(0, io.DisplaySize.y - topH - tabH), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
    ImGui::PopStyleVar();
    // The screens share this child window: a new screen starts at its top, not where the last was scrolled.
    if (app_.nav().current() != shownRoute_) {
        ImGui::SetScrollY(0);
        shownRoute_ = app_.nav().current();
    }
    drawNotice();
    ScreenContext ctx{app_, fonts_};
    screenEntry(app_.nav().current().screen).draw(ctx);
    ImGui::Dummy(ImVec2(0, em()));
    ImGui::EndChild();

    ImGui::SetCursorPos(ImVec2(0, io.DisplaySize.y - tabH));
    drawTabBar(tabH);
    ImGui::PopFont();
    ImGui::End();
}

void Ui::drawTopBar(float height) {
    ImGuiStyle& style = ImGui::GetStyle();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float width = ImGui::GetIO().DisplaySize.x;
    dl->AddRectFilled(ImVec2(0, 0), ImVec2(width, height), ImGui::GetColorU32(palette().card));
    float pad = style.WindowPadding.x * 0.6f;
    float buttonH = tapHeight();
    float y = (height - buttonH) / 2;
    ImGui::SetCursorPos(ImVec2(pad, y));
    float x = pad;
    if (app_.nav().canGoBack()) {
        if (tapButton(ICON_BACK "##back", buttonH)) app_.nav().back();
        x += buttonH + style.ItemSpacing.x;
    }
    ScreenContext ctx{app_, fonts_};
    const char* title = screenEntry(app_.nav().current().screen).title(ctx);

    float settingsW = buttonH;
    ImGui::PushFont(fonts_.body);
    std::string emergencyLabel = std::string(ICON_PHONE " ") + app_.emergencyNumber() + "##emergency";
    float emergencyW = ImGui::CalcTextSize(emergencyLabel.c_str(), nullptr, true).x + style.FramePadding.x * 2.5f;
    ImGui::PopFont();
    float rightX = width - pad - settingsW - style.ItemSpacing.x - emergencyW;

    ImGui::PushFont(fonts_.title);
    ImVec2 titleSize = ImGui::CalcTextSize(title);
    ImGui::SetCursorPos(ImVec2(x + style.ItemSpacing.x * 0.5f, (height - titleSize.y) / 2));
    ImGui::PushClipRect(ImVec2(x, 0), ImVec2(rightX - style.ItemSpacing.x, height), true);
    ImGui::TextUnformatted(title);
    ImGui::PopClipRect();
    ImGui::PopFont();

    ImGui::SetCursorPos(ImVec2(rightX, y));
    if (app_.nav().current().screen != app::Screen::Emergency &&
        tapButton(emergencyLabel.c_str(), emergencyW, Tone::Emergency))
        app_.openEmergency();
    ImGui::SetCursorPos(ImVec2(width - pad - settingsW, y));
    if (app_.nav().current().screen != app::Screen::Settings && tapButton(ICON_SETTINGS "##settings", settingsW))
        app_.openSettings();
}

void Ui::drawTabBar(float height) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 origin = ImGui::GetCursorScreenPos();
    float width = ImGui::GetIO().DisplaySize.x;
    dl->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + height), ImGui::GetColorU32(palette().card));
    dl->AddLine(origin, ImVec2(origin.x + width, origin.y), ImGui::GetColorU32(ImGuiCol_Separator));
    float tabW = width / 5.0f;
    for (int i = 0; i < 5; ++i) {
        app::Tab tab = app::kTabs[i];
        static const char* icons[] = {ICON_TODAY, ICON_FIRST_AID, ICON_CHECKLIST, ICON_PLAN, ICON_REMINDER};
        bool selected = app_.nav().tab() == tab;
        ImVec2 pos(origin.x + tabW * i, origin.y);
        ImGui::SetCursorScreenPos(pos);
        std::string id = std::string("##tab-") + app::tabLabel(tab);
        if (ImGui::InvisibleButton(id.c_str(), ImVec2(tabW, height))) app_.nav().selectTab(tab);
        recordTapTarget(id.c_str());
        ImU32 col = ImGui::GetColorU32(selected ? palette().accent : palette().muted);
        // Labels shrink to fit five across a narrow phone.
        const char* label = app::tabLabel(tab);
        ImFont* font = fonts_.body;
        float labelScale = std::min(1.0f, (tabW - 4) / font->CalcTextSizeA(font->FontSize * 0.78f, FLT_MAX, 0, label).x);
        float labelSize = font->FontSize * 0.78f * labelScale;
        ImVec2 iconSize = font->CalcTextSizeA(font->FontSize * 1.2f, FLT_MAX, 0, icons[i]);
        ImVec2 labelDim = font->CalcTextSizeA(labelSize, FLT_MAX, 0, label);
        float top = pos.y + (height - iconSize.y - labelDim.y - 2) / 2;
        dl->AddText(font, font->FontSize * 1.2f, ImVec2(pos.x + (tabW - iconSize.x) / 2, top), col, icons[i]);
        dl->AddText(font, labelSize, ImVec2(pos.x + (tabW - labelDim.x) / 2, top + iconSize.y + 2), col, label);
        if (selected)
            dl->AddRectFilled(ImVec2(pos.x + tabW * 0.25f, pos.y), ImVec2(pos.x + tabW * 0.75f, pos.y + 3 * dpiScale_), col);
    }
}

void Ui::drawNotice() {
    if (app_.notice().empty()) return;
    beginCard();
    ImGui::TextColored(palette().warning, ICON_WARNING);
    ImGui::SameLine();
    ImGui::TextWrapped("%s", app_.notice().c_str());
    if (tapButton("Dismiss##notice")) app_.dismissNotice();
    endCard();
}

}  // namespace ui
