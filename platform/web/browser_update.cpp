// A new version of the page's files: the browser checks sw.js at each start, and a changed one
// installs its copy beside the running one and waits (sw.js.in). The app offers it; only the user's
// tap on Update tells the waiting worker to take over, and the page reloads into it once the
// browser's storage has every change.
#include "platform/web/browser_update.h"

#include <emscripten.h>

namespace {

EM_JS(void, watch_for_updates, (), {
    if (!("serviceWorker" in navigator) || Module.steadfastWatchingUpdates) return;
    Module.steadfastWatchingUpdates = true;
    const offer = () => {
        Module.steadfastUpdateReady = true;
        Module.ccall("steadfast_update_found", null, [], []);
    };
    navigator.serviceWorker.ready.then((registration) => {
        const follow = (worker) => {
            if (!worker) return;
            const check = () => { if (worker.state === "installed" && navigator.serviceWorker.controller) offer(); };
            worker.addEventListener("statechange", check);
            check();
        };
        if (registration.waiting && navigator.serviceWorker.controller) offer();
        follow(registration.installing);
        registration.addEventListener("updatefound", () => follow(registration.installing));
        registration.update().catch(() => {});  // offline: the next start looks again
    });
    navigator.serviceWorker.addEventListener("controllerchange", () => {
        if (!Module.steadfastUpdating) return;
        const reload = () => (Module.syncing ? setTimeout(reload, 50) : location.reload());
        reload();
    });
});

EM_JS(int, update_ready, (), { return Module.steadfastUpdateReady ? 1 : 0; });

EM_JS(void, apply_update, (), {
    navigator.serviceWorker.getRegistration().then((registration) => {
        if (!registration || !registration.waiting) return;
        Module.steadfastUpdating = true;
        registration.waiting.postMessage("update");
    });
});

std::function<void()> g_wake;

}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void steadfast_update_found() {
    if (g_wake) g_wake();
}

namespace web {

void offerUpdates(app::App& app, std::function<void()> wake) {
    g_wake = std::move(wake);
    app.setAppUpdate({[] { return update_ready() != 0; }, [] { apply_update(); }});
    watch_for_updates();
}

}  // namespace web
