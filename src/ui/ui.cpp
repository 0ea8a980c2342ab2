#include "ui/ui.h"

#include <algorithm>
#include <cfloat>
#include <imgui.h>
#include <imgui_internal.h>
#include <string>

#include "i18n/i18n.h"
#include "ui/drag_scroll.h"
#include "ui/icons.h"
#include "ui/keyboard_focus.h"
#include "ui/mirror.h"
#include "ui/screens/screens.h"
#include "ui/text/text.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui {

namespace {
// A red disc with a count, centred on the top corner of a tab's icon at its end (the top right,
// or the top left in a right-to-left layout); nothing for 0. The icon is centred in [left, right].
void drawCountBadge(ImFont* font, float dpiScale, float left, float right, float iconTop, float iconW, int count) {
    if (count <= 0) return;
    std::string text = count > 99 ? "99+" : std::to_string(count);
    float size = font->FontSize * 0.7f;
    ImVec2 dim = textSize(text, 0, font, size);
    float h = dim.y + 2 * dpiScale;
    float w = std::max(h, dim.x + h * 0.5f);
    ImVec2 a(startX(left, right, (right - left + iconW) / 2 - w * 0.3f, w), iconTop - h * 0.3f);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(a, ImVec2(a.x + w, a.y + h), ImGui::GetColorU32(palette().emergencyFill), h / 2);
    drawText(dl, ImVec2(a.x + (w - dim.x) / 2, a.y + (h - dim.y) / 2), ImGui::GetColorU32(palette().onColour), text, 0, font, size);
}

}  // namespace

Ui::Ui(app::App& app, float dpiScale) : app_(app), dpiScale_(dpiScale) {
    focus::reset();
    stopDragScroll();
}

bool Ui::prepareFrame() {
    const core::Settings& s = app_.settings();
    if (app_.language() != shownLanguage_) {  // the text engine lays out in the UI language's direction
        shownLanguage_ = app_.language();
        text::setLanguage(shownLanguage_);
    }
    if (fonts_.body && s.theme == builtTheme_ && s.textScale == builtTextScale_) return false;
    bool rebuildFonts = !fonts_.body || s.textScale != builtTextScale_;
    if (rebuildFonts) fonts_ = buildFonts(dpiScale_ * s.textScale);
    applyTheme(s.theme, dpiScale_ * s.textScale);
    builtTheme_ = s.theme;
    builtTextScale_ = s.textScale;
    return rebuildFonts;
}

// The soonest of: the next reminder coming due (or the minute refresh of the due lists), typing
// waiting to be saved, and
// on the guide player the next second of a running timer or the next metronome beat.
double Ui::secondsUntilNextChange() const {
    using namespace std::chrono;
    const app::FirstAid& fa = app_.firstAid();
    double wait = app_.secondsUntilNextChange();  // reminders, and typing waiting to be saved
    if (scrollGliding()) return 1.0 / 60;  // content gliding after a drag moves every frame
    if (app_.nav().current().screen() != app::Screen::Player || !fa.active()) return wait;
    core::TimePoint now = app_.clock().now();
    auto consider = [&](core::TimePoint at) {
        double s = duration<double>(at - now).count();
        if (s > 0 && (wait < 0 || s < wait)) wait = s;
    };
    // Timers show whole seconds: wake when the next second begins.
    for (const auto& [id, t] : fa.timers())
        if (t.running()) {
            auto intoSecond = duration_cast<milliseconds>(now - t.startedAt) % seconds{1};
            consider(now + (milliseconds{1000} - intoSecond));
        }
    // The metronome flashes on each beat and dims a fifth of a beat later.
    if (const auto& m = fa.metronome()) {
        core::Metronome::State s = m->at(now);
        consider(s.beatAt + (s.nextBeatAt - s.beatAt) / 5);
        consider(s.nextBeatAt);
    }
    return wait < 0 ? -1.0 : std::max(wait, 0.005);
}

namespace {
constexpr const char* kTabIcons[] = {ICON_TODAY, ICON_FIRST_AID, ICON_CHECKLIST, ICON_PLAN, ICON_REMINDER};
// Fixed, so a translated tab label leaves them as they are.
constexpr const char* kTabIds[] = {"##tab-Today", "##tab-First aid", "##tab-Checklists", "##tab-Plan", "##tab-Reminders"};
// Lines much longer than this are hard to read: wider windows centre a column this wide.
float readingWidth() { return em() * 36; }
constexpr ImGuiWindowFlags kAreaFlags = ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NoNavInputs;
}  // namespace

// Each screen keeps its scroll position while another is shown over it, and each tab's first
// screen keeps its own across tab changes; a screen opened anew starts at its top.
void Ui::rememberScroll(const app::Route& leaving, const app::Route& showing, bool wentBack) {
    auto remembered = [&](const app::Route& r) {
        return std::find_if(scrollMemory_.begin(), scrollMemory_.end(), [&](const auto& m) { return m.first == r; });
    };
    if (auto it = remembered(leaving); it != scrollMemory_.end())
        it->second = contentScroll_;
    else
        scrollMemory_.emplace_back(leaving, contentScroll_);
    auto it = remembered(showing);
    bool returning = wentBack || app_.nav().depth() == 1;
    scrollToRestore_ = returning && it != scrollMemory_.end() ? it->second : 0.0f;
    restoreFrames_ = 2;  // the first frame lays the screen out; the next can scroll that far
    stopDragScroll();
}

void Ui::draw() {
    clearTapTargets();
    setDpiScale(dpiScale_);
    bool screenChanged = app_.nav().current() != shownRoute_ || app_.nav().depth() != shownDepth_;
    if (screenChanged) {
        rememberScroll(shownRoute_, app_.nav().current(), app_.nav().depth() < shownDepth_);
        shownRoute_ = app_.nav().current();
        shownDepth_ = app_.nav().depth();
        app_.onScreenChanged();
    }
    focus::beginFrame(screenChanged);
    ImGuiIO& io = ImGui::GetIO();
    // Cheap: re-sorts the cached due lists only when something changed. Saves what was typed once
    // typing pauses, or at once when its field was left (another field, or none, has the keyboard).
    unsigned editing = io.WantTextInput ? ImGui::GetActiveID() : 0;
    app_.tick(editing != 0 && editing == editingField_);
    editingField_ = editing;
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::Begin("##root", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoNavInputs);
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

    float topH = drawTopBar();
    float tabH = std::max(64.0f * dpiScale_, em() * 3.4f);
    ScreenContext ctx{app_, fonts_};
    const app::Route route = app_.nav().current();  // a copy: the screen may navigate while it draws
    Screen& screen = screens_[route.screen()];
    // A screen's footer (Back and Next in the guide player) stays put while the content scrolls.
    float footerH = screen.hasFooter() ? tapHeight() + ImGui::GetStyle().WindowPadding.y * 2 : 0.0f;

    ImGui::SetCursorPos(ImVec2(0, topH));
    // On a wide window the screen is a centred column of reading width; the scrollbar stays at the edge.
    ImVec2 padding = ImGui::GetStyle().WindowPadding;
    padding.x = std::max(padding.x, (io.DisplaySize.x - readingWidth()) / 2);
    // The scrollbar's room is kept even when the screen fits, so text never re-wraps as it grows;
    // the bar itself shows only when there is more to see.
    int hiddenBar = 0;
    if (!contentScrolls_)
        for (ImGuiCol c : {ImGuiCol_ScrollbarGrab, ImGuiCol_ScrollbarGrabHovered, ImGuiCol_ScrollbarGrabActive}) {
            ImGui::PushStyleColor(c, ImVec4(0, 0, 0, 0));
            ++hiddenBar;
        }
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, padding);  // the child keeps it; cards inside use the usual one
    ImGui::BeginChild("##content", ImVec2(0, io.DisplaySize.y - topH - tabH - footerH), false,
                      kAreaFlags | ImGuiWindowFlags_AlwaysVerticalScrollbar);
    ImGui::PopStyleVar();
    // The screens share this child window: each is shown where it was last scrolled to (rememberScroll).
    if (restoreFrames_ > 0) {
        ImGui::SetScrollY(scrollToRestore_);
        --restoreFrames_;
    }
    drawNotice();
    drawReminderAlerts(ctx);
    screen.draw(ctx, route);
    ImGui::Dummy(ImVec2(0, em()));
    dragToScroll();
    contentScroll_ = ImGui::GetScrollY();
    contentScrolls_ = ImGui::GetScrollMaxY() > 0;
    ImGuiWindow* content = ImGui::GetCurrentWindow();
    contentOverflow_ = std::max(0.0f, content->DC.CursorMaxPos.x - content->WorkRect.Max.x);
    ImGui::EndChild();
    ImGui::PopStyleColor(hiddenBar);
    if (screen.hasFooter()) {
        ImGui::SetCursorPos(ImVec2(0, io.DisplaySize.y - tabH - footerH));
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, padding);
        ImGui::BeginChild("##footer", ImVec2(0, footerH), false, kAreaFlags | ImGuiWindowFlags_NoScrollbar);
        ImGui::PopStyleVar();
        screen.drawFooter(ctx, route);
        ImGui::EndChild();
    }

    ImGui::SetCursorPos(ImVec2(0, io.DisplaySize.y - tabH));
    drawTabBar(tabH);
    ImGui::PopFont();
    ImGui::End();
    focus::endFrame();
}

// The bar: Back, the title, Emergency and Settings. When large text leaves no room for the
// title beside the buttons, it moves to a row of its own. Returns the bar's height.
float Ui::drawTopBar() {
    ImGuiStyle& style = ImGui::GetStyle();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float width = ImGui::GetIO().DisplaySize.x;
    float pad = style.WindowPadding.x * 0.6f;
    float buttonH = tapHeight();
    float rowH = buttonH + style.WindowPadding.y * 1.2f;
    float y = (rowH - buttonH) / 2;
    bool back = app_.nav().canGoBack();
    float x = pad + (back ? buttonH + style.ItemSpacing.x : 0.0f);

    ScreenContext ctx{app_, fonts_};
    std::string titleText = screens_[app_.nav().current().screen()].title(ctx, app_.nav().current());
    const char* title = titleText.c_str();
    std::string emergencyText = std::string(ICON_PHONE " ") + app_.emergencyNumber();
    std::string emergencyLabel = emergencyText + "##emergency";
    float emergencyW = textWidth(emergencyText) + style.FramePadding.x * 2.5f;
    float settingsW = buttonH;
    float rightX = width - pad - settingsW - style.ItemSpacing.x - emergencyW;

    // The title font if the title fits beside the buttons, else the body font, else a row of its own.
    float titleLeft = x + style.ItemSpacing.x * 0.5f, titleRight = rightX - style.ItemSpacing.x;
    ImFont* titleFont = fonts_.title;
    if (textSize(title, 0, titleFont).x > titleRight - titleLeft) titleFont = fonts_.body;
    ImGui::PushFont(titleFont);
    bool ownRow = textWidth(title) > titleRight - titleLeft;
    if (ownRow) {
        ImGui::PopFont();
        ImGui::PushFont(fonts_.title);
    }
    float lineH = ImGui::GetTextLineHeight();
    if (ownRow) {
        titleLeft = pad + style.ItemSpacing.x * 0.5f;
        titleRight = width - pad;
    }
    // On its own row a long title wraps onto as many lines as it needs: nothing is cut off.
    float titleH = ownRow ? textSize(title, titleRight - titleLeft).y : lineH;
    float height = ownRow ? rowH + titleH + style.WindowPadding.y : rowH;
    dl->AddRectFilled(ImVec2(0, 0), ImVec2(width, height), ImGui::GetColorU32(palette().card));
    float titleTop = ownRow ? rowH : (rowH - lineH) / 2;
    // Beside Back, at the start: mirrored with the buttons in a right-to-left layout.
    Span titleSpan = mirroredSpan(titleLeft, ownRow ? titleRight : titleLeft + textWidth(title));
    drawText(dl, ImVec2(titleSpan.x0, titleTop), ImGui::GetColorU32(ImGuiCol_Text), title, ownRow ? titleRight - titleLeft : 0.0f);
    ImGui::PopFont();

    ImGui::SetCursorPos(ImVec2(pad, y));
    if (back && tapButton(ICON_BACK "##back", buttonH)) app_.nav().back();
    ImGui::SetCursorPos(ImVec2(rightX, y));
    if (app_.nav().current().screen() != app::Screen::Emergency &&
        tapButton(emergencyLabel.c_str(), emergencyW, Tone::Emergency))
        app_.openEmergency();
    ImGui::SetCursorPos(ImVec2(width - pad - settingsW, y));
    if (app_.nav().current().screen() != app::Screen::Settings && tapButton(ICON_SETTINGS "##settings", settingsW))
        app_.openSettings();
    return height;
}

void Ui::drawTabBar(float height) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 origin = ImGui::GetCursorScreenPos();
    float width = ImGui::GetIO().DisplaySize.x;
    dl->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + height), ImGui::GetColorU32(palette().card));
    dl->AddLine(origin, ImVec2(origin.x + width, origin.y), ImGui::GetColorU32(ImGuiCol_Separator));
    // On a wide window the tabs stay together under the reading column.
    float barW = std::min(width, readingWidth() + ImGui::GetStyle().WindowPadding.x * 2);
    origin.x += (width - barW) / 2;
    float tabW = barW / 5.0f;
    // Every label at one size: the largest at which the longest fits its tab.
    ImFont* font = fonts_.body;
    float labelSize = font->FontSize * 0.78f;
    auto labelOf = [](app::Tab tab) { return i18n::tr(app::tabLabel(tab)); };
    for (app::Tab tab : app::kTabs)
        labelSize = std::min(labelSize, labelSize * (tabW - 6 * dpiScale_) / textSize(labelOf(tab), 0, font, labelSize).x);
    for (int i = 0; i < 5; ++i) {
        app::Tab tab = app::kTabs[i];
        bool selected = app_.nav().tab() == tab;
        ImGui::SetCursorScreenPos(ImVec2(origin.x + tabW * static_cast<float>(i), origin.y));
        ImVec2 pos = placeItem(tabW);  // right to left in a right-to-left language
        if (ImGui::InvisibleButton(kTabIds[i], ImVec2(tabW, height))) app_.nav().selectTab(tab);
        itemPlaced();
        recordTapTarget(kTabIds[i]);
        ImU32 col = ImGui::GetColorU32(selected ? palette().accent : palette().muted);
        const char* label = labelOf(tab);
        ImVec2 iconSize = textSize(kTabIcons[i], 0, font, font->FontSize * 1.2f);
        ImVec2 labelDim = textSize(label, 0, font, labelSize);
        float top = pos.y + (height - iconSize.y - labelDim.y - 2) / 2;
        drawText(dl, ImVec2(pos.x + (tabW - iconSize.x) / 2, top), col, kTabIcons[i], 0, font, font->FontSize * 1.2f);
        drawText(dl, ImVec2(pos.x + (tabW - labelDim.x) / 2, top + iconSize.y + 2), col, label, 0, font, labelSize);
        if (selected)
            dl->AddRectFilled(ImVec2(pos.x + tabW * 0.25f, pos.y), ImVec2(pos.x + tabW * 0.75f, pos.y + 3 * dpiScale_), col);
        if (tab == app::Tab::Reminders) drawCountBadge(font, dpiScale_, pos.x, pos.x + tabW, top, iconSize.x, app_.reminders().dueCount());
    }
}

void Ui::drawNotice() {
    if (app_.notices().text().empty()) return;
    beginCard();
    iconParagraph(ICON_WARNING, palette().warning, app_.notices().text());
    if (tapButton((std::string(i18n::tr("Dismiss")) + "##notice").c_str())) app_.notices().dismiss();
    endCard();
}

}  // namespace ui
