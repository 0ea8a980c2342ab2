#!/usr/bin/env python3
"""Steadfast's web build in headless Chromium, driven through the DevTools protocol with real touch
events at a phone's viewport (390x844): Today is drawn, a tab tap shows its screen, a checklist is
started and an item ticked, no frames are drawn while idle, after a reload the tick is still there
(IndexedDB), and with the network off a reload still starts the app (service worker).

Usage: browser_test.py APP_DIR [SCREENSHOT_DIR]. Exits 77 (skipped) when APP_DIR has no build.
"""
import http.server
import json
import os
import shutil
import socketserver
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

import websocket  # python3-websocket

SKIP = 77
WIDTH, HEIGHT = 390, 844


class Browser:
    """One headless Chromium with its own profile (so IndexedDB lasts across reloads), one page."""

    def __init__(self, profile):
        self.proc = subprocess.Popen(
            ["chromium", "--headless=new", "--no-sandbox", "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
             "--remote-debugging-port=0", f"--user-data-dir={profile}", "--no-first-run", "--window-size=390,844",
             "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = os.path.join(profile, "DevToolsActivePort")
        for _ in range(300):
            if os.path.exists(port_file) and open(port_file).read().strip():
                break
            time.sleep(0.1)
        port = open(port_file).read().split()[0]
        pages = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list"))
        page = next(p for p in pages if p["type"] == "page")
        self.ws = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=60)
        self.next_id = 0
        self.console = []

    def call(self, method, **params):
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("method") == "Runtime.consoleAPICalled":
                self.console.append(" ".join(str(a.get("value", "")) for a in message["params"]["args"]))
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})

    def eval(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression, what, seconds=60):
        deadline = time.time() + seconds
        while time.time() < deadline:
            if self.eval(expression):
                return
            time.sleep(0.1)
        raise AssertionError(f"timed out waiting for {what}; console: {self.console[-10:]}")

    def close(self):
        self.ws.close()
        self.proc.terminate()
        self.proc.wait(timeout=10)


def serve(directory):
    handler = lambda *a, **k: http.server.SimpleHTTPRequestHandler(*a, directory=directory, **k)  # noqa: E731
    http.server.SimpleHTTPRequestHandler.log_message = lambda *a: None
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main():
    app_dir = sys.argv[1]
    shots = sys.argv[2] if len(sys.argv) > 2 else None
    if not os.path.exists(os.path.join(app_dir, "index.wasm")):
        print(f"skipped: no web build in {app_dir} (scripts/web --build-only makes it)")
        return SKIP
    if not shutil.which("chromium"):
        print("skipped: no chromium")
        return SKIP
    server = serve(app_dir)
    url = f"http://127.0.0.1:{server.server_address[1]}/index.html"
    profile = tempfile.mkdtemp(prefix="steadfast-browser-")
    browser = Browser(profile)
    failures = []

    def check(condition, message):
        print(("ok   " if condition else "FAIL ") + message)
        if not condition:
            failures.append(message)

    def screenshot(name):
        if shots:
            import base64
            os.makedirs(shots, exist_ok=True)
            data = browser.call("Page.captureScreenshot", format="png")["data"]
            open(os.path.join(shots, name + ".png"), "wb").write(base64.b64decode(data))

    def load():
        started = time.time()
        browser.call("Page.navigate", url=url)
        browser.wait_for("window.steadfast && window.steadfast.frames() > 2", "the first frames")
        return time.time() - started

    def target(tap_id):
        rect = browser.eval(f"window.steadfast.target({json.dumps(tap_id)})")
        if not rect:
            return None
        x0, y0, x1, y1 = map(float, rect.split(","))
        return (x0 + x1) / 2, (y0 + y1) / 2

    def settle():
        frames = browser.eval("window.steadfast.frames()")
        browser.wait_for(f"window.steadfast.frames() >= {frames + 3}", "frames after input", 10)

    def tap(tap_id):
        point = target(tap_id)
        if point is None:
            raise AssertionError(f"{tap_id} is not on screen (route {browser.eval('window.steadfast.route()')})")
        x, y = point
        browser.call("Input.dispatchTouchEvent", type="touchStart", touchPoints=[{"x": x, "y": y}])
        browser.call("Input.dispatchTouchEvent", type="touchEnd", touchPoints=[])
        settle()

    def drag_up(distance):
        x, y = WIDTH / 2, HEIGHT * 0.7
        browser.call("Input.dispatchTouchEvent", type="touchStart", touchPoints=[{"x": x, "y": y}])
        for step in range(1, 11):
            browser.call("Input.dispatchTouchEvent", type="touchMove", touchPoints=[{"x": x, "y": y - distance * step / 10}])
            time.sleep(0.016)
        browser.call("Input.dispatchTouchEvent", type="touchEnd", touchPoints=[])
        settle()

    try:
        browser.call("Runtime.enable")
        browser.call("Page.enable")
        browser.call("Emulation.setDeviceMetricsOverride", width=WIDTH, height=HEIGHT, deviceScaleFactor=1, mobile=True)
        browser.call("Emulation.setTouchEmulationEnabled", enabled=True, maxTouchPoints=1)
        first = load()
        print(f"first frame after {first * 1000:.0f} ms (navigation to the third frame drawn)")
        check(browser.eval("[innerWidth, innerHeight].join('x')") == f"{WIDTH}x{HEIGHT}", "the viewport is a phone's, 390x844")
        check(browser.eval("window.steadfast.route()") == "today", "the app starts on Today")
        screenshot("web-today")

        tap("##tab-Checklists")
        check(browser.eval("window.steadfast.route()") == "checklists", "a tap on the Checklists tab shows Checklists")
        screenshot("web-checklists")
        for _ in range(8):
            if target("##checklist-go-bag"):
                break
            drag_up(300)
        tap("##checklist-go-bag")
        check(browser.eval("window.steadfast.route()") == "checklist", "a tap on a checklist opens its start screen")
        tap("##performed-by")
        check(browser.eval("window.steadfast.keyboardOpen()"), "a tap on a text field opens the on-screen keyboard")
        browser.call("Input.insertText", text="Robin")  # what an on-screen keyboard or input method sends
        settle()
        tap("##start-run")
        check(browser.eval("window.steadfast.route()") == "checklist-run", "Start begins a run")
        check(browser.eval("window.steadfast.run()") == {"done": 0, "by": "Robin"},
              "the new run has no item done, and the name typed through the on-screen keyboard path")
        check(not browser.eval("window.steadfast.keyboardOpen()"), "the keyboard closes when no field is typed in")
        tap("##item-0")
        check(browser.eval("window.steadfast.run()['done']") == 1, "a tap on the first item ticks it, once")
        browser.wait_for("!window.steadfast.syncing() && window.steadfast.savedChanges() > 1", "the tick saved to IndexedDB", 10)
        screenshot("web-ticked")
        frames_before = browser.eval("window.steadfast.frames()")
        time.sleep(1.0)
        idle_frames = browser.eval("window.steadfast.frames()") - frames_before
        check(idle_frames <= 2, f"no frames are drawn while nothing changes ({idle_frames} in 1 s)")

        load()
        check(browser.eval("window.steadfast.route()") == "today", "after a reload the app starts on Today")
        resume = [key for key in ["##resume-1", "##resume-2", "##resume-3"] if target(key)]
        check(bool(resume), "after a reload Today offers to resume the run")
        if resume:
            tap(resume[0])
            check(browser.eval("window.steadfast.route()") == "checklist-run", "resume opens the run")
            check(browser.eval("window.steadfast.run()['done']") == 1, "after a reload the tick is kept")
            screenshot("web-after-reload")

        # Offline: the service worker kept the app's files at the first visit.
        browser.eval("navigator.serviceWorker.ready.then(() => caches.keys()).then(k => k.length)")
        browser.wait_for("caches.keys().then(k => k.length > 0)", "the offline copy", 30)
        browser.call("Network.enable")
        browser.call("Network.emulateNetworkConditions", offline=True, latency=0, downloadThroughput=-1, uploadThroughput=-1)
        load()
        check(browser.eval("window.steadfast.route()") == "today", "with no network a reload still starts the app")
    finally:
        browser.close()
        server.shutdown()
        shutil.rmtree(profile, ignore_errors=True)
    if failures:
        print(f"{len(failures)} check(s) failed")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
