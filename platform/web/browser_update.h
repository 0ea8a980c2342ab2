#pragma once
// A new version found by the service worker, offered in the app and taken only on the user's tap.
#include <functional>

#include "app/app.h"

namespace web {

// `wake` is called when a new version is found, so the page shows the offer.
void offerUpdates(app::App& app, std::function<void()> wake);

}  // namespace web
