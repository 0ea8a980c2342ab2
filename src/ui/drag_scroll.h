#pragma once
// Scrolling by dragging the content, as on a touch screen or a touchpad: a press that moves more
// than a small distance becomes a drag, which scrolls the window and cancels the tap on the
// control under the finger; let go while moving and the content glides on and slows down.
// A press that does not move stays a tap. The shell calls it for the screen's scrolling area,
// so every screen gets it.
namespace ui {

// Call for the current window after its contents are drawn (before EndChild), so a drag can take
// the press back from the control that got it.
void dragToScroll();
// True while content is still gliding after a drag: the loop must keep drawing.
bool scrollGliding();
// Stops any glide and drag (the screen changed under the finger).
void stopDragScroll();

}  // namespace ui
