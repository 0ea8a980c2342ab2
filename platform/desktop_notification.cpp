#include "platform/desktop_notification.h"

#include <libnotify/notify.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "i18n/i18n.h"

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

struct ReminderNotifications::Shown {
    ReminderNotifications* owner = nullptr;
    long long reminderId = 0;
    NotifyNotification* notification = nullptr;
    bool open = true;
};

ReminderNotifications::ReminderNotifications(std::vector<std::string> openCommand) : openCommand_(std::move(openCommand)) {}

ReminderNotifications::~ReminderNotifications() {
    for (Shown* s : shown_) {
        g_object_unref(G_OBJECT(s->notification));
        delete s;
    }
}

bool ReminderNotifications::show(long long reminderId, const std::string& title, const std::string& body) {
    if (!DesktopNotifier::sessionBusAvailable()) return false;
    if (!notify_is_initted() && !notify_init("Steadfast")) return false;
    if (shown_.empty()) {
        GList* caps = notify_get_server_caps();
        for (GList* c = caps; c; c = c->next) actions_ = actions_ || std::string(static_cast<const char*>(c->data)) == "actions";
        g_list_free_full(caps, g_free);
    }
    NotifyNotification* n = notify_notification_new(title.c_str(), body.c_str(), "steadfast");
    // Where the service keeps notifications after this process ends, a click opens the app.
    notify_notification_set_hint(n, "desktop-entry", g_variant_new_string("steadfast"));
    auto* s = new Shown{this, reminderId, n, true};
    shown_.push_back(s);
    if (actions_) {
        // The default action is a click on the notification itself; the label shows where a
        // service draws it as a button.
        notify_notification_add_action(
            n, "default", i18n::tr("Open"),
            [](NotifyNotification*, char*, gpointer data) {
                auto* shown = static_cast<Shown*>(data);
                shown->open = false;  // answered: nothing more to wait for
                std::vector<std::string> args = shown->owner->openCommand_;
                args.push_back("--open");
                args.push_back("reminder:" + std::to_string(shown->reminderId));
                std::vector<char*> argv;
                for (std::string& a : args) argv.push_back(a.data());
                argv.push_back(nullptr);
                GError* error = nullptr;
                std::cout << "Opening Steadfast on reminder " << shown->reminderId << std::endl;
                if (!g_spawn_async(nullptr, argv.data(), nullptr, G_SPAWN_DEFAULT, nullptr, nullptr, nullptr, &error)) {
                    std::cerr << "steadfast: Steadfast could not be started: " << (error ? error->message : "") << "\n";
                    if (error) g_error_free(error);
                }
            },
            s, nullptr);
    }
    g_signal_connect(n, "closed", G_CALLBACK(+[](NotifyNotification*, gpointer data) { static_cast<Shown*>(data)->open = false; }), s);
    GError* error = nullptr;
    bool shown = notify_notification_show(n, &error);
    if (error) {
        shown = false;
        g_error_free(error);
    }
    if (!shown) s->open = false;
    return shown;
}

void ReminderNotifications::waitForClicks(std::chrono::seconds most) {
    if (!actions_) return;
    auto anyOpen = [this] {
        for (const Shown* s : shown_)
            if (s->open) return true;
        return false;
    };
    bool over = false;
    guint timer = g_timeout_add_seconds(
        static_cast<guint>(most.count()),
        [](gpointer flag) {
            *static_cast<bool*>(flag) = true;
            return G_SOURCE_REMOVE;
        },
        &over);
    // libnotify hears the service's clicks and closings on GLib's default main context.
    while (anyOpen() && !over) g_main_context_iteration(nullptr, TRUE);
    if (!over) g_source_remove(timer);
}

}  // namespace platform
