#!/usr/bin/env python3
"""Screenshots of the web build's screens at a phone's viewport (390x844) in headless Chromium, in
English and then in Arabic, then in both again in the dark look at the largest text size (each
chosen in Settings, as a user would), reached with real taps.

Usage: tests/web/screens.py APP_DIR OUT_DIR  (writes OUT_DIR/web-LANG[-dark-largest]-SCREEN.png)
"""
import os
import sys

import devtools

# (what to tap, in order, to reach the screen from Today, "a|b" for the first of them shown; the screen's name)
SCREENS = [
    ([], "today"),
    (["##emergency"], "emergency"),
    (["##tab-First aid"], "first-aid"),
    (["##tab-First aid", "##guide-adult-cpr"], "guide"),
    (["##tab-First aid", "##guide-adult-cpr", "##use-now"], "player"),
    (["##tab-Checklists"], "checklists"),
    (["##tab-Checklists", "##checklist-go-bag"], "checklist"),
    (["##tab-Checklists", "##checklist-go-bag", "##resume-run|##start-run"], "checklist-run"),  # a run is kept: resumed in Arabic
    (["##tab-Plan"], "plan"),
    (["##tab-Plan", "##home"], "plan-home"),
    (["##tab-Reminders"], "reminders"),
    (["##settings"], "settings"),
]


def main():
    app_dir, out = sys.argv[1], sys.argv[2]
    why_not = devtools.missing(app_dir)
    if why_not:
        print(f"cannot run: {why_not}")
        return 1
    os.makedirs(out, exist_ok=True)
    browser = devtools.Browser(app_dir)
    wrong = []
    try:
        browser.load()
        # (the language, the Settings choices that make the look, the look's name in the file names)
        looks = [("en", [], ""), ("ar", [], ""), ("ar", ["##theme-dark", "##text-Largest"], "-dark-largest"),
                 ("en", [], "-dark-largest")]
        for language, choices_of_look, look in looks:
            browser.tap("##tab-Today")
            browser.tap("##settings")
            for choice in [f"##language-{language}"] + choices_of_look:
                browser.scroll_to(choice)
                browser.tap(choice)
            for taps, screen in SCREENS:
                browser.tap("##tab-Today")
                for choices in taps:
                    tap_id = next((c for c in choices.split("|") if browser.target(c)), choices.split("|")[-1])
                    if tap_id.startswith("##tab-") or tap_id in ("##emergency", "##settings"):
                        browser.tap(tap_id)
                    elif browser.scroll_to(tap_id):
                        browser.tap(tap_id)
                path = os.path.join(out, f"web-{language}{look}-{screen}.png")
                browser.screenshot(path)
                if browser.route() != screen:
                    wrong.append(f"{path} shows {browser.route()}, not {screen}")
                print(path)
    finally:
        browser.close()
    for line in wrong:
        print(line)
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
