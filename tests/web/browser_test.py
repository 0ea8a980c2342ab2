#!/usr/bin/env python3
"""Steadfast's web build in headless Chromium at a phone's viewport (390x844), with real touch
events through the DevTools protocol: every tab is tapped and shows its screen; a drag scrolls a
list and taps nothing; a checklist is started with a name typed through the on-screen keyboard's
hidden input, and items are ticked; a plan field is typed in (English, then Arabic through an
input method's composition) and the keyboard, opening, leaves it on screen; the loop sleeps on
Today and the typing is saved by the UI's timer while it sleeps; after a reload the ticks and the
words are kept (IndexedDB); with the server gone a reload still starts the app (service worker).

Usage: browser_test.py APP_DIR. Fails when APP_DIR has no build or there is no Chromium.
"""
import json
import os
import sys
import time

import devtools

TABS = {"##tab-Today": "today", "##tab-First aid": "first-aid", "##tab-Checklists": "checklists", "##tab-Plan": "plan",
        "##tab-Reminders": "reminders"}
ARABIC = "تحت المغسلة"  # "under the sink"
TYPED = "Bathroom, " + ARABIC
CONTENT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "content")
GUIDE_ROWS = ["##guide-" + name[:-5] for name in sorted(os.listdir(os.path.join(CONTENT, "guides"))) if name.endswith(".toml")]


def main():
    app_dir = sys.argv[1]
    if devtools.missing(app_dir):
        print("FAIL " + devtools.missing(app_dir))
        return 1
    browser = devtools.Browser(app_dir)
    failures = []

    def check(condition, message):
        print(("ok   " if condition else "FAIL ") + message, flush=True)
        if not condition:
            failures.append(message)

    def holds(text):
        """A page expression: the words are in the database's files in the browser's storage (its WAL or itself)."""
        return f"""(() => {{
            const wanted = new TextEncoder().encode({text!r});
            const holds = (bytes) => {{
                outer: for (let i = 0; i + wanted.length <= bytes.length; ++i) {{
                    for (let j = 0; j < wanted.length; ++j) if (bytes[i + j] !== wanted[j]) continue outer;
                    return true;
                }}
                return false;
            }};
            return ["/data/steadfast.db", "/data/steadfast.db-wal"].some(
                (path) => FS.analyzePath(path).exists && holds(FS.readFile(path)));
        }})()"""

    try:
        browser.load()
        check(browser.eval("[innerWidth, innerHeight].join('x')") == f"{devtools.WIDTH}x{devtools.HEIGHT}",
              "the viewport is a phone's, 390x844")
        check(browser.route() == "today", "the app starts on Today")

        # Idle costs nothing: no frames on Today while nothing changes (its CPU is bench/web_bench.py's).
        frames = browser.frames()
        time.sleep(10)
        idle_frames = browser.frames() - frames
        check(idle_frames <= 2, f"no frames are drawn on Today while nothing changes ({idle_frames} in 10 s)")

        for tab, route in list(TABS.items())[1:] + list(TABS.items())[:1]:
            browser.tap(tab)
            check(browser.route() == route, f"a tap on {tab[2:]} shows {route}, once")

        # A long list: where its rows are, before the drag, as the finger lifts, and once it stopped.
        browser.tap("##tab-First aid")

        def row_tops():
            tops = browser.eval(f"{json.dumps(GUIDE_ROWS)}.map((id) => window.steadfast.target(id))")
            return {i: tuple(map(float, rect.split(",")[1::2])) for i, rect in enumerate(tops) if rect}  # (top, bottom)

        def shift(a, b):
            """How far the list moved up from a to b, by a row on screen in both: by its top where that is
            clear of the top bar in both, else by its bottom where that is clear of the tab bar (a
            row's rectangle is cut where the list's area ends). None: no row is."""
            for edge, clear in [(0, lambda y: y > 80), (1, lambda y: y < devtools.HEIGHT - 80)]:
                common = sorted(i for i in set(a) & set(b) if clear(a[i][edge]) and clear(b[i][edge]))
                if common:
                    return a[common[0]][edge] - b[common[0]][edge]
            return None

        before = row_tops()
        at_release = browser.drag(-200, watch=row_tops)
        after = row_tops()
        check(browser.route() == "first-aid", "a drag on the list opens nothing")
        moved = shift(before, at_release)
        check(moved is not None and moved > 150, f"a drag scrolls the list with the finger ({moved} px for 200)")
        glided = shift(at_release, after)
        if glided is None and after and at_release and after != at_release:
            # No row has a measurable edge in both (it went on past every row on screen, or the only
            # rows in both are cut by a bar in both); a list that stopped would show them unmoved.
            glided = float("inf")
        check(glided is not None and glided > 0, f"the list glides on after the finger lifts ({glided} px; rows at the lift {at_release}, after {after})")

        browser.tap("##tab-Checklists")
        check(browser.scroll_to("##checklist-go-bag"), "the go-bag checklist is reached by dragging")
        browser.tap("##checklist-go-bag")
        check(browser.route() == "checklist", "a tap on a checklist opens its start screen")
        browser.tap("##performed-by")
        check(browser.eval("window.steadfast.keyboardOpen()"), "a tap on a text field opens the on-screen keyboard")
        before = browser.frames()
        browser.call("Input.insertText", text="Robin")  # what an on-screen keyboard sends to the focused input
        browser.settled(before)
        browser.tap("##start-run")
        check(browser.route() == "checklist-run", "Start begins a run")
        check(browser.eval("window.steadfast.run()") == {"done": 0, "by": "Robin"},
              "the new run has no item done, and the name typed through the on-screen keyboard path")
        check(not browser.eval("window.steadfast.keyboardOpen()"), "the keyboard closes when no field is typed in")
        browser.tap("##item-0")
        check(browser.eval("window.steadfast.run()['done']") == 1, "a tap on the first item ticks it, once")
        browser.tap("##item-1")
        check(browser.eval("window.steadfast.run()['done']") == 2, "a tap on the second item ticks it")
        browser.wait_for("!window.steadfast.syncing() && window.steadfast.savedChanges() > 2", "the ticks saved to IndexedDB", 60)

        # A field low on the screen: the keyboard opens over the lower part, the field stays in view.
        browser.tap("##tab-Plan")
        check(browser.scroll_to("##home"), "the plan's home row is reached by dragging")
        browser.tap("##home")
        check(browser.route() == "plan-home", "a tap on a plan row opens it")
        field = "##home-first_aid_location"
        check(browser.scroll_to(field), "the last home field is reached by dragging")
        browser.tap(field)
        check(browser.eval("window.steadfast.keyboardOpen()"), "a tap on the plan field opens the on-screen keyboard")
        keyboard_top = 480
        before = browser.frames()
        browser.phone(keyboard_top)  # the visible part of the page above an on-screen keyboard
        browser.settled(before)
        rect = browser.rect(field)
        check(rect is not None and rect[3] <= keyboard_top, f"the field typed in stays above the keyboard ({rect})")
        before = browser.frames()
        browser.call("Input.insertText", text="Bathroom, ")
        browser.wait_for(f"window.steadfast.asleep() && !window.steadfast.syncing() && {holds('Bathroom, ')}", "the first words saved", 60)
        # An input method (Arabic, ...) composes a word, then commits it. The page notes whether the
        # main loop was ever asleep after that input with the words not yet saved.
        before = browser.frames()
        browser.eval(f"""(() => {{ const saved = window.steadfast.savedChanges(); window.sleptUnsaved = false;
            window.watchSleep = setInterval(() => {{ if (window.steadfast.frames() > {before} && window.steadfast.asleep()
                && window.steadfast.savedChanges() === saved) window.sleptUnsaved = true; }}, 5); }})()""")
        browser.call("Input.imeSetComposition", text=ARABIC[:3], selectionStart=3, selectionEnd=3)
        browser.call("Input.imeSetComposition", text=ARABIC, selectionStart=len(ARABIC), selectionEnd=len(ARABIC))
        browser.call("Input.insertText", text=ARABIC)
        browser.settled(before)
        # The app saves typing after a pause, by its own timer: the loop sleeps, and wakes for it.
        browser.wait_for(f"window.steadfast.asleep() && !window.steadfast.syncing() && {holds(TYPED)}", "the typing saved", 60)
        check(browser.eval("clearInterval(window.watchSleep), window.sleptUnsaved"),
              "the loop slept while the typing waited, then its timer woke it to save")
        browser.phone(devtools.HEIGHT)
        check(browser.eval(holds(TYPED)), "the words typed, English and Arabic, are in the database in the browser")
        check(not browser.eval(holds(", " + ARABIC[:3] + ARABIC[:3])) and not browser.eval(holds(ARABIC + ARABIC[:3])),
              "the composed word arrives once, without the letters composed on the way")

        browser.load()
        check(browser.route() == "today", "after a reload the app starts on Today")
        check(browser.eval(holds(TYPED)), "after a reload the words typed are kept")
        resume = [key for key in ["##resume-1", "##resume-2", "##resume-3"] if browser.target(key)]
        check(bool(resume), "after a reload Today offers to resume the run")
        if resume:
            browser.tap(resume[0])
            check(browser.route() == "checklist-run", "resume opens the run")
            check(browser.eval("window.steadfast.run()") == {"done": 2, "by": "Robin"}, "after a reload the ticks are kept")

        # Offline: the service worker kept the app's files at the first visit. The server stops, so
        # nothing answers (Chromium's emulated offline mode does not reach a service worker's own fetches).
        browser.wait_for("navigator.serviceWorker.ready.then(() => caches.keys()).then(k => k.length > 0)", "the offline copy", 60)
        browser.go_offline()
        check(browser.eval("fetch('network-check.txt').then(() => 'reached', () => 'offline')") == "offline",
              "nothing answers on the network")
        browser.load()
        check(browser.route() == "today", "with no network a reload still starts the app")
        browser.tap("##tab-Checklists")
        check(browser.route() == "checklists", "offline, a tap still works")
    finally:
        browser.close()
    if failures:
        print(f"{len(failures)} check(s) failed")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
