#pragma once
// Desktop notifications through libnotify, where the desktop has a notification service. Sending
// happens on a worker thread, so a slow or missing service never stalls the UI; without a
// session bus nothing is sent and nothing fails.
#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <thread>

namespace platform {

class DesktopNotifier {
public:
    DesktopNotifier();
    ~DesktopNotifier();
    DesktopNotifier(const DesktopNotifier&) = delete;
    DesktopNotifier& operator=(const DesktopNotifier&) = delete;

    // Queues a notification; returns at once.
    void send(const std::string& title, const std::string& body);
    // True when a session bus is there to ask (the service itself may still be missing).
    static bool sessionBusAvailable();

private:
    void run();

    std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<std::pair<std::string, std::string>> queue_;
    bool stopping_ = false;
    std::thread worker_;
};

// Shows one notification now and waits for the service's answer: false when there is no session
// bus, no notification service, or the service refused it. Clicking it opens Steadfast (the
// notification names the app's desktop entry). For `steadfast reminders notify`.
bool showNotificationNow(const std::string& title, const std::string& body);

}  // namespace platform
