#include "platform/desktop_notification.h"

#include <libnotify/notify.h>

#include <cstdlib>
#include <filesystem>

namespace platform {

bool DesktopNotifier::sessionBusAvailable() {
    // Only an existing bus: without one, GLib would try to start one through X11.
    if (const char* address = std::getenv("DBUS_SESSION_BUS_ADDRESS"); address && *address) return true;
    const char* runtime = std::getenv("XDG_RUNTIME_DIR");
    std::error_code ec;
    return runtime && *runtime && std::filesystem::exists(std::filesystem::path(runtime) / "bus", ec);
}

DesktopNotifier::DesktopNotifier() {
    if (sessionBusAvailable()) worker_ = std::thread([this] { run(); });
}

DesktopNotifier::~DesktopNotifier() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
        queue_.clear();
    }
    wake_.notify_all();
    if (worker_.joinable()) worker_.join();
}

void DesktopNotifier::send(const std::string& title, const std::string& body) {
    if (!worker_.joinable()) return;
    {
        std::lock_guard lock(mutex_);
        queue_.emplace_back(title, body);
    }
    wake_.notify_one();
}

void DesktopNotifier::run() {
    bool ready = notify_init("Steadfast");
    for (;;) {
        std::pair<std::string, std::string> next;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
            if (stopping_) break;
            next = std::move(queue_.front());
            queue_.pop_front();
        }
        if (!ready) ready = notify_init("Steadfast");
        if (!ready) continue;
        NotifyNotification* n = notify_notification_new(next.first.c_str(), next.second.c_str(), "steadfast");
        GError* error = nullptr;
        // No service answering is not an error for the app: the reminder shows in the app anyway.
        notify_notification_show(n, &error);
        if (error) g_error_free(error);
        g_object_unref(G_OBJECT(n));
    }
    if (ready) notify_uninit();
}

bool showNotificationNow(const std::string& title, const std::string& body) {
    if (!DesktopNotifier::sessionBusAvailable()) return false;
    if (!notify_is_initted() && !notify_init("Steadfast")) return false;
    NotifyNotification* n = notify_notification_new(title.c_str(), body.c_str(), "steadfast");
    notify_notification_set_hint(n, "desktop-entry", g_variant_new_string("steadfast"));
    GError* error = nullptr;
    bool shown = notify_notification_show(n, &error);
    if (error) {
        shown = false;
        g_error_free(error);
    }
    g_object_unref(G_OBJECT(n));
    return shown;
}

}  // namespace platform
