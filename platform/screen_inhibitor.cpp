#include "platform/screen_inhibitor.h"

#include <gio/gio.h>

#include <iostream>
#include <optional>
#include <string>

#include "platform/desktop_notification.h"

namespace platform {
namespace {

constexpr const char* kService = "org.freedesktop.ScreenSaver";
constexpr const char* kPath = "/org/freedesktop/ScreenSaver";
constexpr int kTimeoutMs = 2000;

// Says once why the screen may still blank.
void logOnce(bool& said, const std::string& why) {
    if (said) return;
    said = true;
    std::cerr << "steadfast: the screen cannot be kept on while a guide is followed: " << why << "\n";
}

std::optional<guint32> inhibit(GDBusConnection* bus, std::string& error) {
    GError* e = nullptr;
    GVariant* reply = g_dbus_connection_call_sync(bus, kService, kPath, kService, "Inhibit",
                                                  g_variant_new("(ss)", "Steadfast", "A first-aid guide is being followed"),
                                                  G_VARIANT_TYPE("(u)"), G_DBUS_CALL_FLAGS_NO_AUTO_START, kTimeoutMs, nullptr, &e);
    if (!reply) {
        error = e ? e->message : "no answer";
        if (e) g_error_free(e);
        return std::nullopt;
    }
    guint32 cookie = 0;
    g_variant_get(reply, "(u)", &cookie);
    g_variant_unref(reply);
    return cookie;
}

void uninhibit(GDBusConnection* bus, guint32 cookie) {
    GError* e = nullptr;
    GVariant* reply = g_dbus_connection_call_sync(bus, kService, kPath, kService, "UnInhibit", g_variant_new("(u)", cookie), nullptr,
                                                  G_DBUS_CALL_FLAGS_NO_AUTO_START, kTimeoutMs, nullptr, &e);
    if (reply) g_variant_unref(reply);
    if (e) g_error_free(e);  // the service went away: its inhibits went with it
}

}  // namespace

ScreenInhibitor::ScreenInhibitor() : worker_([this] { run(); }) {}

ScreenInhibitor::~ScreenInhibitor() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    worker_.join();
}

void ScreenInhibitor::keepOn(bool on) {
    {
        std::lock_guard lock(mutex_);
        wanted_ = on;
    }
    wake_.notify_all();
}

void ScreenInhibitor::run() {
    GDBusConnection* bus = nullptr;
    bool said = false;
    std::optional<guint32> cookie;
    for (;;) {
        bool want;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [&] { return stopping_ || wanted_ != cookie.has_value(); });
            want = wanted_ && !stopping_;
            if (stopping_ && !cookie) break;
        }
        if (want && !bus) {
            if (!DesktopNotifier::sessionBusAvailable()) {
                logOnce(said, "there is no session bus");
            } else {
                // A connection of its own to the bus the environment names now: an inhibit ends
                // with the connection that made it, whatever else in the process uses the bus.
                GError* e = nullptr;
                gchar* address = g_dbus_address_get_for_bus_sync(G_BUS_TYPE_SESSION, nullptr, &e);
                if (address)
                    bus = g_dbus_connection_new_for_address_sync(
                        address, static_cast<GDBusConnectionFlags>(G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                                                   G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION),
                        nullptr, nullptr, &e);
                g_free(address);
                if (!bus) logOnce(said, e ? e->message : "the session bus cannot be reached");
                if (e) g_error_free(e);
            }
        }
        if (want && bus) {
            std::string error;
            cookie = inhibit(bus, error);
            if (!cookie) logOnce(said, "no screensaver service answered (" + error + ")");
        } else if (!want && cookie && bus) {
            uninhibit(bus, *cookie);
            cookie.reset();
        }
        if (want && !cookie) {
            // Not to be had: wait for the next change rather than ask again at once.
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [&] { return stopping_ || !wanted_; });
        }
        std::lock_guard lock(mutex_);
        if (stopping_ && !cookie) break;
    }
    if (bus) {
        g_dbus_connection_close_sync(bus, nullptr, nullptr);
        g_object_unref(bus);
    }
}

}  // namespace platform
