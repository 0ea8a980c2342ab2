#pragma once
// A screen is a small object: made once by the registry (screens/registry.cpp) for the shell that
// shows it, it keeps what it remembers between frames (a search typed, a list's row heights) as
// members, so nothing carries over to another shell. It draws into the content area between the
// top bar and the tab bar, reads app state and calls app actions, and is handed its own typed
// route parameters.
#include <memory>
#include <string>

#include "app/app.h"
#include "core/text.h"
#include "i18n/i18n.h"
#include "ui/fonts.h"

namespace ui {

struct ScreenContext {
    app::App& app;
    const Fonts& fonts;
};

// What the shell sees of every screen.
class Screen {
public:
    virtual ~Screen() = default;
    virtual app::Screen shows() const = 0;  // the route it draws
    virtual std::string title(ScreenContext& ctx, const app::Route& route) = 0;  // for the top bar
    virtual void draw(ScreenContext& ctx, const app::Route& route) = 0;
    // A fixed row under the scrolling content (Back and Next in the guide player).
    virtual bool hasFooter() const { return false; }
    virtual void drawFooter(ScreenContext&, const app::Route&) {}
};

// A screen for the route parameters P (one of app::route::Params). Screens implement show(), and
// titleOf() when the title depends on what is shown. A fixed title is English marked with
// core::textId and shown in the UI language.
template <class P>
class ScreenOf : public Screen {
public:
    explicit ScreenOf(const char* fixedTitle = "") : fixedTitle_(fixedTitle) {}

    app::Screen shows() const final { return static_cast<app::Screen>(app::route::Params(std::in_place_type<P>).index()); }
    std::string title(ScreenContext& ctx, const app::Route& route) final { return titleOf(ctx, route.as<P>()); }
    void draw(ScreenContext& ctx, const app::Route& route) final { show(ctx, route.as<P>()); }
    void drawFooter(ScreenContext& ctx, const app::Route& route) final { showFooter(ctx, route.as<P>()); }

protected:
    // A fixed title is English marked with core::textId, shown in the UI language.
    virtual std::string titleOf(ScreenContext&, const P&) { return i18n::tr(fixedTitle_); }
    virtual void show(ScreenContext& ctx, const P& params) = 0;
    virtual void showFooter(ScreenContext&, const P&) {}

private:
    const char* fixedTitle_;
};

// Every screen, one of each, by the route it draws.
class ScreenRegistry {
public:
    ScreenRegistry();  // makes them all; throws std::logic_error when a route has no screen
    Screen& operator[](app::Screen screen) const { return *screens_[static_cast<size_t>(screen)]; }

private:
    void add(std::unique_ptr<Screen> screen);
    std::vector<std::unique_ptr<Screen>> screens_;
};

}  // namespace ui
