#pragma once
// Keeps the screen on while a guide is followed: org.freedesktop.ScreenSaver.Inhibit on the
// session bus (GNOME, KDE, Xfce and others answer it), over GDBus, which libnotify already brings.
// The calls run on a thread of their own, so a slow bus never holds a frame; with no session bus
// or no such service it does nothing and says so once on standard error.
#include <condition_variable>
#include <mutex>
#include <thread>

namespace platform {

class ScreenInhibitor {
public:
    ScreenInhibitor();
    ~ScreenInhibitor();  // lets the screen blank again
    ScreenInhibitor(const ScreenInhibitor&) = delete;
    ScreenInhibitor& operator=(const ScreenInhibitor&) = delete;

    // Returns at once; the bus is told in the background.
    void keepOn(bool on);

private:
    void run();

    std::mutex mutex_;
    std::condition_variable wake_;
    bool wanted_ = false;
    bool stopping_ = false;
    std::thread worker_;
};

}  // namespace platform
