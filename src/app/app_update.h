#pragma once
// A new version of the app that the platform has ready beside the running one (a browser's new
// offline copy), taken only when the user asks for it. The desktop's package manager updates it
// instead, and it sets none.
#include <functional>

namespace app {

struct AppUpdate {
    std::function<bool()> ready;
    std::function<void()> apply;  // the app starts again in the new version, once what was entered is saved
};

}  // namespace app
