#include "platform/key_latch.h"

#include <imgui.h>

namespace platform {

void KeyLatch::press(int key) {
    if (key < 0 || key >= kKeys) return;
    down_[static_cast<size_t>(key)] = true;
    ++taps_[static_cast<size_t>(key)];
}

void KeyLatch::release(int key) {
    if (key >= 0 && key < kKeys) down_[static_cast<size_t>(key)] = false;
}

void KeyLatch::applyTo(ImGuiIO& io) {
    static_assert(sizeof(ImGuiIO::KeysDown) / sizeof(bool) == kKeys);
    for (size_t k = 0; k < kKeys; ++k) {
        if (held_[k]) {  // the latch held it for the last frame: now a frame up, so the next tap counts anew
            held_[k] = false;
            io.KeysDown[k] = down_[k];
            if (down_[k]) taps_[k] = 0;
            continue;
        }
        if (taps_[k] == 0) continue;
        if (down_[k]) {  // still held: ImGui sees this press itself
            taps_[k] = 0;
            continue;
        }
        io.KeysDown[k] = true;  // pressed and released since the last frame
        held_[k] = true;
        --taps_[k];
    }
}

bool KeyLatch::pending() const {
    for (size_t k = 0; k < kKeys; ++k)
        if (taps_[k] > 0 || held_[k]) return true;
    return false;
}

}  // namespace platform
