#!/usr/bin/env python3
"""Steadfast's files, print page, storage and notifications in headless Chromium (the browser test's
Browser, at a phone's viewport): Back up and every export download with
their names; a backup chosen in the file picker is restored (the data it replaced downloads first),
and a damaged file is refused with nothing changed; the plan's PDF button shows the print page with
its sections and wallet cards; Settings says how much storage is used; notifications are allowed
only from the Settings button; a new version is taken only when Update is tapped.

The mouse drives it (the browser test drives touch), so it checks these whatever the touch layer does.

Usage: browser_io_test.py APP_DIR [SCREENSHOT_DIR]. Fails when APP_DIR has no build or there is no Chromium.
"""
import base64
import glob
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from devtools import HEIGHT, WIDTH, Browser, missing  # noqa: E402


def theme_in(database):
    with sqlite3.connect(database) as db:
        row = db.execute("SELECT value FROM settings WHERE key = 'theme'").fetchone()
    return row[0] if row else None


def main():
    app_dir = sys.argv[1]
    shots = sys.argv[2] if len(sys.argv) > 2 else None
    if missing(app_dir):
        print("FAIL " + missing(app_dir))
        return 1
    served = tempfile.mkdtemp(prefix="steadfast-served-")  # a copy: the test makes a new version of it
    shutil.copytree(app_dir, served, dirs_exist_ok=True)
    profile = tempfile.mkdtemp(prefix="steadfast-browser-io-")  # files the test makes and reads
    downloads = tempfile.mkdtemp(prefix="steadfast-downloads-")
    browser = Browser(served)
    url = browser.url
    failures = []

    def check(condition, message):
        print(("ok   " if condition else "FAIL ") + message)
        if not condition:
            failures.append(message)

    def screenshot(name):
        if shots:
            os.makedirs(shots, exist_ok=True)
            data = browser.call("Page.captureScreenshot", format="png")["data"]
            open(os.path.join(shots, name + ".png"), "wb").write(base64.b64decode(data))

    def settle():
        """Waits until the page stops drawing and its loop sleeps (once input is handled, and a
        list's glide is over: a click on a gliding list only stops it, as a tap does on a phone). A
        page being reloaded (Update, a restore) has no frames yet."""
        frames = "window.steadfast ? window.steadfast.frames() : -1"
        last = browser.eval(frames)
        for _ in range(100):
            time.sleep(0.15)
            now = browser.eval(frames)
            if now == last:
                break
            last = now
        browser.wait_for("!window.steadfast || window.steadfast.asleep()", "the app to settle", 60)

    def mouse(kind, x, y, **extra):
        button = "none" if kind in ("mouseMoved", "mouseWheel") else "left"
        browser.call("Input.dispatchMouseEvent", type=kind, x=x, y=y, button=button, clickCount=1, **extra)
        time.sleep(0.05)
        settle()

    def drag_up(distance):
        """Drags the content up, as a finger on a touchscreen or touchpad does."""
        x, y = WIDTH / 2, HEIGHT * 0.75
        mouse("mouseMoved", x, y)
        mouse("mousePressed", x, y)
        for step in range(1, 11):
            browser.call("Input.dispatchMouseEvent", type="mouseMoved", x=x, y=y - distance * step / 10, button="left", buttons=1)
            time.sleep(0.02)
        mouse("mouseReleased", x, y - distance)
        time.sleep(0.5)  # the glide after it
        settle()

    def click(x, y):
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            mouse(kind, x, y)

    def tap(tap_id):
        """Clicks the control, scrolling down to it first (the screens are longer than a phone's)."""
        for _ in range(12):
            rect = browser.eval(f"window.steadfast.target({json.dumps(tap_id)})")
            if rect:
                x0, y0, x1, y1 = map(float, rect.split(","))
                if tap_id.startswith("##tab-") or (y0 >= 0 and y1 < HEIGHT - 90):  # on screen, clear of the tab bar
                    return click((x0 + x1) / 2, (y0 + y1) / 2)
            drag_up(350)
        raise AssertionError(f"{tap_id} is not on screen (route {browser.eval('window.steadfast.route()')})")

    def downloaded(pattern, seconds=60):
        deadline = time.time() + seconds
        while time.time() < deadline:
            found = [f for f in glob.glob(os.path.join(downloads, pattern)) if not f.endswith(".crdownload")]
            # Chromium can show the file under its name before the last bytes are in: wait until it
            # holds something and has stopped growing.
            if found and os.path.getsize(found[0]) > 0:
                size = os.path.getsize(found[0])
                time.sleep(0.3)
                if os.path.getsize(found[0]) == size:
                    return found[0]
            time.sleep(0.1)
        return None

    def choose_file(path):
        """Gives the picker the app just opened this file, as a user choosing it would."""
        picker = browser.call("Runtime.evaluate", expression="window.steadfastLastPicker")["result"]
        browser.call("DOM.setFileInputFiles", files=[path], objectId=picker["objectId"])

    def notice():
        return browser.eval("Module.steadfastNotice") or ""

    def database_now():
        data = browser.eval("btoa(Array.from(FS.readFile('/data/steadfast.db'), (b) => String.fromCharCode(b)).join(''))")
        path = os.path.join(profile, "now.db")
        open(path, "wb").write(base64.b64decode(data))
        return path

    try:
        browser.call("Runtime.enable")
        browser.call("Page.enable")
        browser.call("DOM.enable")
        browser.call("Emulation.setDeviceMetricsOverride", width=WIDTH, height=HEIGHT, deviceScaleFactor=1, mobile=True)
        browser.call("Page.setDownloadBehavior", behavior="allow", downloadPath=downloads)
        browser.call("Page.setInterceptFileChooserDialog", enabled=True)  # no dialog: the test chooses
        browser.call("Page.navigate", url=url)
        browser.wait_for("window.steadfast && window.steadfast.frames() > 2", "the first frames")

        # Downloads: the backup and every export.
        tap("##settings")
        check(browser.eval("window.steadfast.route()") == "settings", "the gear opens Settings")
        tap("##backup")
        backup = downloaded("steadfast-backup-*.db")
        check(backup is not None, "Back up now downloads steadfast-backup-DATE-TIME.db")
        check(backup is not None and open(backup, "rb").read(16) == b"SQLite format 3\0", "the backup is a SQLite database")
        for tap_id, pattern, starts in [("##export-history-csv", "checklist-history-*.csv", b"run_id"),
                                        ("##export-history-json", "checklist-history-*.json", b"{"),
                                        ("##export-progress-csv", "practice-record-*.csv", b"kind"),
                                        ("##export-progress-json", "practice-record-*.json", b"{"),
                                        ("##export-ics", "reminders-*.ics", b"BEGIN:VCALENDAR")]:
            tap(tap_id)
            file = downloaded(pattern)
            check(file is not None and open(file, "rb").read(len(starts)) == starts, f"{tap_id} downloads {pattern}")
        screenshot("web-settings-data")
        used = browser.eval("Module.steadfastStorage ? Module.steadfastStorage.usage : -1")
        check(used > 0, f"Settings asked the browser how much storage is used ({used} bytes)")

        # Restore: change a setting, restore the backup, and the setting is back; the data replaced downloaded.
        check(theme_in(backup) != "dark", "the backup has the light theme")
        tap("##tab-Today")
        tap("##settings")  # Settings again, from its top
        tap("##theme-dark")
        browser.wait_for("!window.steadfast.syncing()", "the change saved", 60)
        tap("##restore")
        choose_file(backup)
        replaced = downloaded("steadfast-before-restore-*.db")
        check(replaced is not None and theme_in(replaced) == "dark", "the data a restore replaced downloads first")
        browser.wait_for("!window.steadfast.syncing()", "the restore saved", 60)
        settle()
        check(theme_in(database_now()) != "dark", "the restored backup's settings are in use")
        check("Restored everything from" in notice(), f"the notice says what was restored ({notice()!r})")
        screenshot("web-restored")

        damaged = os.path.join(profile, "damaged.db")
        open(damaged, "wb").write(b"not a database " * 300)
        before = open(database_now(), "rb").read()
        check(browser.eval("window.steadfast.route()") == "today", "after a restore the app starts again, on Today")
        tap("##settings")
        tap("##restore")
        choose_file(damaged)
        browser.wait_for("(Module.steadfastNotice || '').includes('damaged.db')", "the refusal", 60)
        settle()
        check(open(database_now(), "rb").read() == before, "a damaged file chosen to restore changes nothing")
        check("damaged.db" in notice() and "Nothing was changed." in notice(), f"and the notice says why ({notice()!r})")

        # The print page.
        tap("##tab-Plan")
        tap("##export-a4")
        check("Save as PDF" in notice(), f"the notice says how to keep a PDF ({notice()!r})")
        browser.wait_for("!!document.querySelector('#steadfast-print iframe')?.contentDocument?.querySelector('h2')", "the print page", 60)
        page = "document.querySelector('#steadfast-print iframe').contentDocument"
        headings = browser.eval(f"Array.from({page}.querySelectorAll('h2'), (h) => h.textContent)")
        check("Meeting places" in headings and "Emergency kit" in headings, f"the print page has the plan's sections ({headings})")
        check("size: A4" in browser.eval(f"{page}.querySelector('style').textContent"), "on A4 paper")
        screenshot("web-print-page")
        browser.eval("document.querySelector('#steadfast-print button').click()")
        check(not browser.eval("!!document.getElementById('steadfast-print')"), "Close goes back to the app")

        # Notifications: asked only from the button in Settings, which goes once they are allowed.
        check(browser.eval("Notification.permission") == "default", "no notification permission is asked at start")
        tap("##settings")
        tap("##allow-notifications")
        browser.call("Browser.grantPermissions", permissions=["notifications"], origin=url.rsplit("/", 1)[0])
        mouse("mouseMoved", 1, 1)  # input: frames that read the permission again
        check(browser.eval("window.steadfast.target('##allow-notifications')") in ("", None),
              "with notifications allowed Settings shows no Allow button")

        # A new version: found by the service worker, offered on Today, taken only on the tap.
        browser.eval("navigator.serviceWorker.ready.then(() => true)")
        browser.call("Page.navigate", url=url)  # the offline copy serves the page from its next start
        browser.wait_for("window.steadfast && window.steadfast.frames() > 2", "the first frames")
        browser.wait_for("navigator.serviceWorker.controller !== null", "the offline copy in use", 60)
        with open(os.path.join(served, "sw.js"), "a") as sw:
            sw.write("\n// a new version\n")
        tap("##tab-Today")
        browser.eval("navigator.serviceWorker.getRegistration().then((r) => r.update())")
        browser.wait_for("!!Module.steadfastUpdateReady", "the new version found", 60)
        mouse("mouseMoved", 2, 2)  # input: Today draws the offer
        browser.wait_for("!!window.steadfast.target('##update')", "the offer of the new version", 60)
        check(browser.eval("window.steadfast.route()") == "today" and browser.eval("Module.steadfastUpdating") is None,
              "a new version found changes nothing by itself")
        screenshot("web-update-offer")
        tap("##update")
        browser.wait_for("!window.Module || !Module.steadfastUpdateReady", "the reload into the new version", 60)
        browser.wait_for("window.steadfast && window.steadfast.frames() > 2", "the first frames of the new version")
        check(browser.eval("fetch('sw.js').then((r) => r.text()).then((t) => t.includes('a new version'))"), "Update reloads into the new version")
    finally:
        browser.close()
        shutil.rmtree(profile, ignore_errors=True)
        shutil.rmtree(downloads, ignore_errors=True)
        shutil.rmtree(served, ignore_errors=True)
    if failures:
        print(f"{len(failures)} check(s) failed")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
