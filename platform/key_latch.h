#pragma once
// ImGui 1.86 sees keys only as down or up at the start of each frame, so a key pressed and
// released between two frames (a quick tap, a fast typist, a slow frame) is never seen. The
// latch remembers such taps and shows each to ImGui as one frame down, then one frame up.
#include <array>

struct ImGuiIO;

namespace platform {

class KeyLatch {
public:
    // From the window system's key events, as they arrive (not auto-repeats).
    void press(int key);
    void release(int key);
    // Just before ImGui::NewFrame, after the backend has set io.KeysDown from the events.
    void applyTo(ImGuiIO& io);
    // Taps still to be shown: the loop must draw more frames.
    bool pending() const;

private:
    static constexpr int kKeys = 512;  // the size of ImGuiIO::KeysDown
    std::array<bool, kKeys> down_{};   // as the keyboard has it now
    std::array<int, kKeys> taps_{};    // presses not yet seen by a frame
    std::array<bool, kKeys> held_{};   // held down by the latch for the frame just drawn
};

}  // namespace platform
