#pragma once
// The order in which Tab visits the controls of the screen shown.
#include <string>
#include <vector>

#include "platform/headless.h"
#include "ui/keyboard_focus.h"

namespace test {

// Presses Tab until the focus comes round to the first control again (at most `most` times).
inline std::vector<std::string> tabOrder(platform::Headless& screen, int most = 60) {
    std::vector<std::string> order;
    for (int i = 0; i < most; ++i) {
        screen.pressKey(platform::keys::Tab);
        std::string key = ui::focus::focusedKey();
        if (!order.empty() && key == order.front()) break;
        order.push_back(key);
    }
    return order;
}

}  // namespace test
