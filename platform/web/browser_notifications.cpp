// Due reminders as the Notification API's notifications, while the page is open (a closed page
// runs nothing). Permission is asked only from the Settings button, never at start: browsers
// ignore a request that no tap made, and a user asked before they know the app says no.
#include "platform/web/browser_notifications.h"

#include <emscripten.h>

namespace {

EM_JS(int, notification_permission, (), {
    if (typeof Notification === "undefined") return 0;
    return { default: 1, granted: 2, denied: 3 }[Notification.permission] || 0;
});

EM_JS(void, ask_notification_permission, (), {
    if (typeof Notification === "undefined") return;
    Notification.requestPermission().then(() => Module.ccall("steadfast_open_reminder", null, ["number"], [0]));
});

// `tag`: a reminder notified again replaces its earlier notification.
EM_JS(void, show_notification, (const char* title, const char* body, double reminderId), {
    if (typeof Notification === "undefined" || Notification.permission !== "granted") return;
    const n = new Notification(UTF8ToString(title), { body: UTF8ToString(body), tag: "reminder-" + reminderId, icon: "steadfast.svg" });
    n.addEventListener("click", () => {
        window.focus();
        n.close();
        Module.ccall("steadfast_open_reminder", null, ["number"], [reminderId]);
    });
    (Module.steadfastNotified = Module.steadfastNotified || []).push({ title: UTF8ToString(title), reminderId, notification: n });
});

app::App* g_app = nullptr;
std::function<void()> g_wake;

}  // namespace

// A click on a reminder's notification (0: only the permission changed; the page shows it).
extern "C" EMSCRIPTEN_KEEPALIVE void steadfast_open_reminder(double reminderId) {
    if (g_app && reminderId > 0) g_app->openReminder(static_cast<long long>(reminderId));
    if (g_wake) g_wake();
}

namespace web {

void notifyReminders(app::App& app, std::function<void()> wake) {
    g_app = &app;
    g_wake = std::move(wake);
    using State = app::NotificationPermission::State;
    app.setNotificationPermission({[] { return static_cast<State>(notification_permission()); }, [] { ask_notification_permission(); }});
    app.reminders().setNotificationSink([](const std::string& title, const std::string& body, long long reminderId) {
        show_notification(title.c_str(), body.c_str(), static_cast<double>(reminderId));
    });
}

}  // namespace web
