#pragma once
// Keyboard use, the same on every screen: Tab and Shift+Tab (or the arrow keys) move a visible
// focus ring through the controls in the order they are drawn (top bar, the screen from top to
// bottom, the tab bar); Enter or Space activates the control in the ring; Tab into a text field
// starts typing in it. A mouse click or tap hides the ring until the keyboard is used again.
//
// ImGui 1.86's own keyboard navigation is off: it tabs only between text fields and lets Space
// press a control whose highlight is hidden. Every control the app draws passes through
// recordTapTarget (widgets.h), which registers it here.
#include <string>

#include <imgui.h>

namespace ui::focus {

// The shell calls beginFrame after ImGui::NewFrame, before drawing (saying whether another screen
// is shown than last frame), and endFrame after drawing.
void beginFrame(bool screenChanged = false);
void endFrame();
// Forgets the focus and the controls (a new window or UI).
void reset();

// Registers the item just drawn (the last ImGui item) under its tap-target key, and draws the
// ring around it when it has the focus.
void registerItem(const std::string& key);

// The key of the control in the ring ("##back"), or "" when the ring is hidden.
std::string focusedKey();
bool ringVisible();
// True when `key` has the focus; a long list uses it to keep the rows beside it drawn.
bool isFocused(const std::string& key);

}  // namespace ui::focus
