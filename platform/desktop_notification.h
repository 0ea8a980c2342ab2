#pragma once
// Desktop notifications through libnotify, where the desktop has a notification service. Sending
// happens on a worker thread, so a slow or missing service never stalls the UI; without a
// session bus nothing is sent and nothing fails.
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

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

// The notifications of `steadfast reminders notify`, each opening Steadfast on its reminder when
// clicked: the notification's default action starts `openCommand` with "--open reminder:ID".
class ReminderNotifications {
public:
    // `openCommand`: the program and the options it needs first (the database it was given).
    explicit ReminderNotifications(std::vector<std::string> openCommand);
    ~ReminderNotifications();
    ReminderNotifications(const ReminderNotifications&) = delete;
    ReminderNotifications& operator=(const ReminderNotifications&) = delete;

    // Shows one now and waits for the service's answer: false when there is no session bus, no
    // notification service, or the service refused it.
    bool show(long long reminderId, const std::string& title, const std::string& body);
    // Stays, up to `most`, while a notification shown is still open, to answer its click (only
    // where the service has actions; elsewhere the desktop entry the notification names opens
    // Steadfast). Returns at once when none is open.
    void waitForClicks(std::chrono::seconds most);

private:
    struct Shown;
    std::vector<std::string> openCommand_;
    std::vector<Shown*> shown_;
    bool actions_ = false;  // the service shows actions (and so sends clicks)
};

}  // namespace platform
