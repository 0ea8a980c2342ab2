#pragma once
// Files for the user in a browser: downloads out, a file picker in.
#include <functional>
#include <memory>

#include "app/user_files.h"

namespace web {

// `wake` is called after a chosen file was read and handled, outside any frame, so the page draws
// what it changed.
std::unique_ptr<app::UserFiles> makeBrowserFiles(std::function<void()> wake);

}  // namespace web
