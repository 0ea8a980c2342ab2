#pragma once
// The one way an action tells the user what the screen alone does not show: a save that failed, a
// file written and where, a limit reached. Each feature is given this service (not the App) and
// returns whether its action worked; the shell shows the latest message until it is dismissed.
#include <exception>
#include <string>
#include <string_view>

namespace app {

class Notices {
public:
    void show(std::string message) { text_ = std::move(message); }
    // "<what>: <why>": what did not happen, and the error that stopped it. Returns false, so an
    // action can end with `return notices.failed(…)`.
    bool failed(std::string_view what, const std::exception& e) {
        text_ = std::string(what) + ": " + e.what();
        return false;
    }
    const std::string& text() const { return text_; }
    bool empty() const { return text_.empty(); }
    void dismiss() { text_.clear(); }

private:
    std::string text_;
};

}  // namespace app
