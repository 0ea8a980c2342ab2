#include "ui/drag_scroll.h"

#include <algorithm>
#include <cmath>
#include <imgui_internal.h>

#include "ui/widgets.h"

namespace ui {
namespace {

// Android's touch slop is 8 dp; with large text a finger is less precise still.
float slop() { return std::max(8.0f * dpiScale(), em() * 0.4f); }
constexpr float kGlideTimeConstant = 0.325f;  // seconds for the glide to lose 63% of its speed
constexpr float kMinGlideSpeed = 30.0f;       // points per second: slower than this, stop

struct DragState {
    ImGuiID window = 0;
    bool pressed = false;   // the press started in the window
    bool dragging = false;  // it moved past the slop: scrolling, not tapping
    ImVec2 pressAt;
    float scrollAtPress = 0;
    float lastTarget = 0;  // the scroll asked for last frame (ImGui applies it a frame late)
    float velocity = 0;  // points per second, positive scrolls down
    bool gliding = false;
};
DragState g_drag;

}  // namespace

void dragToScroll() {
    ImGuiContext& g = *GImGui;
    ImGuiWindow* window = g.CurrentWindow;
    ImGuiIO& io = g.IO;
    ImGuiID dragId = window->GetID("#drag-scroll");
    float dt = std::max(io.DeltaTime, 1.0f / 240.0f);

    bool inWindow = window->InnerRect.Contains(io.MousePos) &&
                    ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem | ImGuiHoveredFlags_ChildWindows);
    if (io.MouseClicked[0]) {
        // A press stops a glide; a press on a gliding list only stops it, as on a phone.
        bool stoppedGlide = g_drag.window == window->ID && g_drag.gliding && std::fabs(g_drag.velocity) > kMinGlideSpeed * 4;
        g_drag = DragState{};
        if (inWindow) {
            g_drag = {window->ID, true, false, io.MousePos, window->Scroll.y, window->Scroll.y, 0, false};
            if (stoppedGlide && g.ActiveId != 0 && g.ActiveIdWindow == window) ImGui::ClearActiveID();
        }
    }
    if (g_drag.window != window->ID) return;
    if (io.MouseWheel != 0) g_drag.gliding = false;  // the wheel takes over

    if (g_drag.pressed && io.MouseDown[0]) {
        float moved = io.MousePos.y - g_drag.pressAt.y;
        if (!g_drag.dragging && std::fabs(moved) > slop() && window->ScrollMax.y > 0) {
            g_drag.dragging = true;
            ImGui::ClearActiveID();  // the control under the finger is not tapped
            ImGui::SetActiveID(dragId, window);
            g_drag.scrollAtPress += moved > 0 ? slop() : -slop();  // no jump as the drag begins
        }
        if (g_drag.dragging) {
            ImGui::KeepAliveID(dragId);
            if (g.ActiveId != dragId) ImGui::SetActiveID(dragId, window);
            float target = std::clamp(g_drag.scrollAtPress - moved, 0.0f, window->ScrollMax.y);
            float frameVelocity = (target - g_drag.lastTarget) / dt;
            g_drag.velocity = 0.6f * frameVelocity + 0.4f * g_drag.velocity;  // smoothed over the last few frames
            g_drag.lastTarget = target;
            ImGui::SetScrollY(window, target);
        }
        return;
    }
    if (g_drag.pressed && !io.MouseDown[0]) {  // let go
        if (g_drag.dragging && g.ActiveId == dragId) ImGui::ClearActiveID();
        g_drag.pressed = false;
        g_drag.gliding = g_drag.dragging && std::fabs(g_drag.velocity) > kMinGlideSpeed;
        g_drag.dragging = false;
    }
    if (g_drag.gliding) {
        float next = g_drag.lastTarget + g_drag.velocity * dt;
        g_drag.lastTarget = std::clamp(next, 0.0f, window->ScrollMax.y);
        g_drag.velocity *= std::exp(-dt / kGlideTimeConstant);
        if (next <= 0 || next >= window->ScrollMax.y || std::fabs(g_drag.velocity) < kMinGlideSpeed) g_drag.gliding = false;
        ImGui::SetScrollY(window, g_drag.lastTarget);
    }
}

bool scrollGliding() { return g_drag.gliding || g_drag.dragging; }

void stopDragScroll() { g_drag = DragState{}; }

}  // namespace ui
