#include "ui/keyboard_focus.h"

#include <algorithm>
#include <imgui_internal.h>
#include <vector>

#include "ui/mirror.h"
#include "ui/theme.h"

namespace ui::focus {
namespace {

struct Item {
    std::string key;
    ImGuiID id = 0;
    bool inputable = false;  // a text field: activating it starts typing
};

// The controls of the last frame and of this one, in the order they were drawn.
std::vector<Item> g_lastFrame, g_thisFrame;
// The control with the focus, by its tap-target key: an id would change with a label's text.
std::string g_focused;
bool g_ringVisible = false;
bool g_scrollToFocus = false;
// Frames left in which the field being typed in is scrolled into view: the screen changed size
// under it (a phone's keyboard opened over the lower part, a window was made smaller).
int g_keepTypingInView = 0;
ImVec2 g_lastDisplaySize;
// The controls of the last frame belong partly to the screen before (it changed mid-frame): a
// move waits for this frame's list.
bool g_lastFrameStale = false;
int g_pendingMove = 0;

bool pressed(ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), true); }

// Queues a press of the control (or typing, in a text field): ImGui applies it at the next
// NewFrame, when the control is drawn again and returns true as if tapped.
void activate(const Item& item) {
    ImGuiContext& g = *GImGui;
    g.NavNextActivateId = item.id;
    g.NavNextActivateFlags = item.inputable ? ImGuiActivateFlags_PreferInput : ImGuiActivateFlags_None;
}

void move(int direction) {
    if (g_lastFrame.empty()) return;
    auto it = std::find_if(g_lastFrame.begin(), g_lastFrame.end(), [](const Item& i) { return i.key == g_focused; });
    int n = static_cast<int>(g_lastFrame.size());
    int index;
    if (it == g_lastFrame.end())
        index = direction > 0 ? 0 : n - 1;
    else if (!g_ringVisible)
        index = static_cast<int>(it - g_lastFrame.begin());  // after a tap, the first Tab shows the ring where it is
    else
        index = (static_cast<int>(it - g_lastFrame.begin()) + direction + n) % n;
    const Item& next = g_lastFrame[static_cast<size_t>(index)];
    bool leavingTextField = ImGui::GetIO().WantTextInput;
    g_focused = next.key;
    g_ringVisible = true;
    g_scrollToFocus = true;
    if (next.inputable)
        activate(next);
    else if (leavingTextField)
        ImGui::ClearActiveID();  // what was typed is kept: the fields write through as they change
}

}  // namespace

void reset() {
    g_lastFrame.clear();
    g_thisFrame.clear();
    g_focused.clear();
    g_ringVisible = g_scrollToFocus = g_lastFrameStale = false;
    g_pendingMove = 0;
}

void beginFrame(bool screenChanged) {
    g_thisFrame.clear();
    if (screenChanged) {
        g_focused.clear();  // the next Tab starts at the new screen's first control
        g_lastFrameStale = true;
    }
    ImGuiIO& io = ImGui::GetIO();
    if (io.DisplaySize.x != g_lastDisplaySize.x || io.DisplaySize.y != g_lastDisplaySize.y) g_keepTypingInView = 3;
    g_lastDisplaySize = io.DisplaySize;
    if (io.MouseClicked[0]) g_ringVisible = false;
    if (io.KeyCtrl || io.KeyAlt || io.KeySuper) return;  // shortcuts belong to the shell
    int direction = 0;
    if (pressed(ImGuiKey_Tab))
        direction = io.KeyShift ? -1 : 1;
    else if (io.WantTextInput)
        return;  // arrows, Space and Enter belong to the field being typed in
    // The controls are in reading order: the arrow that points the way the words run moves on.
    else if (pressed(ImGuiKey_DownArrow) || pressed(mirrored() ? ImGuiKey_LeftArrow : ImGuiKey_RightArrow))
        direction = 1;
    else if (pressed(ImGuiKey_UpArrow) || pressed(mirrored() ? ImGuiKey_RightArrow : ImGuiKey_LeftArrow))
        direction = -1;
    if (direction != 0) {
        if (g_lastFrameStale)
            g_pendingMove = direction;
        else
            move(direction);
    } else if (g_ringVisible && (pressed(ImGuiKey_Enter) || pressed(ImGuiKey_KeyPadEnter) || pressed(ImGuiKey_Space)))
        for (const Item& item : g_lastFrame)
            if (item.key == g_focused) activate(item);
}

void endFrame() {
    std::swap(g_lastFrame, g_thisFrame);
    g_scrollToFocus = false;
    if (g_keepTypingInView > 0) --g_keepTypingInView;
    g_lastFrameStale = false;
    if (g_pendingMove != 0) move(g_pendingMove);
    g_pendingMove = 0;
}

void registerItem(const std::string& key) {
    ImGuiContext& g = *GImGui;
    ImGuiWindow* window = g.CurrentWindow;
    ImRect rect = g.LastItemData.Rect;
    g_thisFrame.push_back({key, g.LastItemData.ID, (g.LastItemData.InFlags & ImGuiItemFlags_Inputable) != 0});
    if (ImGui::IsItemActivated() && g.ActiveIdSource == ImGuiInputSource_Mouse) g_focused = key;  // Tab goes on from a tap
    if (g_keepTypingInView > 0 && g.ActiveId != 0 && g.LastItemData.ID == g.ActiveId && g.IO.WantTextInput)
        ImGui::ScrollToBringRectIntoView(window, rect);
    if (key != g_focused || !g_ringVisible) return;
    if (g_scrollToFocus) ImGui::ScrollToBringRectIntoView(window, rect);
    // A ring just outside the control, in the focus colour, kept inside the window so a control at
    // the edge of the screen still shows it all round.
    float gap = std::max(2.0f, ImGui::GetFontSize() * 0.12f);
    float thickness = std::max(2.0f, ImGui::GetFontSize() * 0.12f);
    ImRect ring = rect;
    ring.Expand(gap);
    ImRect inside = window->ClipRect;
    inside.Expand(-thickness / 2);
    ring.ClipWithFull(inside);
    window->DrawList->AddRect(ring.Min, ring.Max, ImGui::GetColorU32(palette().focus), ImGui::GetStyle().FrameRounding + gap, 0,
                              thickness);
}

std::string focusedKey() { return g_ringVisible ? g_focused : std::string(); }
bool ringVisible() { return g_ringVisible; }
bool isFocused(const std::string& key) { return g_ringVisible && key == g_focused; }

}  // namespace ui::focus
