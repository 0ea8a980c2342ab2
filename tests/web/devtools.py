"""Steadfast's web build in headless Chromium, driven through the DevTools protocol: the browser, a
static server for the build, and a phone's touch on the page (real Input.dispatchTouchEvent events,
never calls into the app). Shared by the browser test, the screenshots and the web benchmark.

What the page offers a test (shell.html, window.steadfast): route() the screen shown, run() the
checklist run shown, target(id) where a control was drawn, frames() and asleep() to know when the
app has settled, keyboardOpen(), savedChanges() and syncing() for IndexedDB.
"""
import base64
import http.server
import json
import os
import shutil
import socketserver
import subprocess
import tempfile
import threading
import time
import urllib.request

import websocket  # python3-websocket

WIDTH, HEIGHT = 390, 844  # a common phone, in CSS pixels


def missing(app_dir):
    """Why the browser cannot be tested here ("" when it can): a test then fails with this reason."""
    if not os.path.exists(os.path.join(app_dir, "index.wasm")):
        return f"no web build in {app_dir} (scripts/web --build-only makes it)"
    if not shutil.which("chromium"):
        return "no chromium (scripts/setup-deps installs it)"
    return ""


def serve(directory):
    """The build on an ephemeral port of 127.0.0.1, as any static web server would serve it."""

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            if self.server.offline:  # on a connection the browser kept open: no answer
                self.close_connection = True
                return
            super().do_GET()

    handler = lambda *a, **k: Quiet(*a, directory=directory, **k)  # noqa: E731
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    server.offline = False
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


class Browser:
    """One headless Chromium with its own profile (so IndexedDB lasts across reloads), one page,
    emulating a phone: 390x844, touch, mobile viewport."""

    def __init__(self, app_dir, extra_flags=()):
        self.server = serve(app_dir)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/index.html"
        self.profile = tempfile.mkdtemp(prefix="steadfast-browser-")
        self.proc = subprocess.Popen(
            ["chromium", "--headless=new", "--no-sandbox", "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
             "--remote-debugging-port=0", f"--user-data-dir={self.profile}", "--no-first-run",
             f"--window-size={WIDTH},{HEIGHT}", *extra_flags, "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = os.path.join(self.profile, "DevToolsActivePort")
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
        self.call("Runtime.enable")
        self.call("Page.enable")
        self.call("Performance.enable")
        self.phone(HEIGHT)
        self.call("Emulation.setTouchEmulationEnabled", enabled=True, maxTouchPoints=1)

    def phone(self, height):
        """The page's visible height (an on-screen keyboard takes the rest)."""
        self.call("Emulation.setDeviceMetricsOverride", width=WIDTH, height=height, deviceScaleFactor=1, mobile=True)

    def call(self, method, **params):
        return self.calls((method, params))[0]

    def calls(self, *commands):
        """Sends the (method, params) commands back to back, each without waiting for the one before
        to be answered, then waits for every answer; returns their results."""
        ids = []
        for method, params in commands:
            self.next_id += 1
            ids.append(self.next_id)
            self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        results = {}
        while len(results) < len(ids):
            message = json.loads(self.ws.recv())
            if message.get("method") == "Runtime.consoleAPICalled":
                self.console.append(" ".join(str(a.get("value", "")) for a in message["params"]["args"]))
            if message.get("id") in ids:
                if "error" in message:
                    raise RuntimeError(f"{commands[ids.index(message['id'])][0]}: {message['error']}")
                results[message["id"]] = message.get("result", {})
        return [results[i] for i in ids]

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
            time.sleep(0.05)
        raise AssertionError(f"timed out waiting for {what}; console: {self.console[-10:]}")

    @staticmethod
    def poll(condition, seconds=10):
        """condition() until it holds or the time is up; its last answer (the caller checks it)."""
        deadline = time.time() + seconds
        answer = condition()
        while not answer and time.time() < deadline:
            time.sleep(0.05)
            answer = condition()
        return answer

    def wait_for_console(self, words, what, seconds=60):
        """Waits until the page has logged a line holding these words."""
        deadline = time.time() + seconds
        while time.time() < deadline:
            self.eval("0")  # reads the messages that came meanwhile
            if any(words in line for line in self.console):
                return
            time.sleep(0.05)
        raise AssertionError(f"timed out waiting for {what}; console: {self.console[-10:]}")

    def metric(self, name):
        """One of Chromium's Performance.getMetrics (TaskDuration: seconds of CPU on the page's main thread)."""
        return next(m["value"] for m in self.call("Performance.getMetrics")["metrics"] if m["name"] == name)

    # The app.

    def load(self):
        """Navigates (or reloads) and waits for the app's first frames; returns the seconds taken."""
        started = time.time()
        self.call("Page.navigate", url=self.url)
        self.wait_for("window.steadfast && window.steadfast.frames() > 2", "the first frames")
        took = time.time() - started
        self.settled(0)
        return took

    def route(self):
        return self.eval("window.steadfast.route()")

    def settled(self, since=None, seconds=60):
        """Waits until the app has drawn a frame after `since` (a frame count) and its loop sleeps."""
        since = self.frames() if since is None else since
        self.wait_for(f"window.steadfast.frames() > {since} && window.steadfast.asleep()", "the app to settle", seconds)

    def frames(self):
        return self.eval("window.steadfast.frames()")

    def target(self, tap_id):
        """The middle of the control drawn with this id, in CSS pixels, or None when it is not on screen."""
        rect = self.rect(tap_id)
        return None if rect is None else ((rect[0] + rect[2]) / 2, (rect[1] + rect[3]) / 2)

    def rect(self, tap_id):
        answer = self.eval(f"window.steadfast.target({json.dumps(tap_id)})")
        return tuple(map(float, answer.split(","))) if answer else None

    def touch(self, kind, x=None, y=None):
        points = [] if x is None else [{"x": x, "y": y}]
        self.call("Input.dispatchTouchEvent", type=kind, touchPoints=points)

    def tap(self, tap_id):
        point = self.target(tap_id)
        if point is None:
            raise AssertionError(f"{tap_id} is not on screen (route {self.route()})")
        before = self.frames()
        self.touch("touchStart", *point)
        self.touch("touchEnd")
        self.settled(before)

    def drag(self, dy, x=WIDTH / 2, y=HEIGHT * 0.6, steps=10, watch=None, flick=True):
        """A finger drawn dy CSS pixels (negative: up, scrolling the list down), a step about every
        16 ms, and lifted while still moving fast (a flick), or, with flick=False, held still for a
        few frames first (the list stops where the finger left it). Returns what `watch()` (called as
        the finger lifted) returns.

        A flick's last step and the lift go to the browser back to back: the app, like a phone, takes
        a finger that paused before it lifted as stopped (no glide), and waiting for the step's answer
        first, on a busy machine, can be such a pause of several frames."""
        before = self.frames()
        self.touch("touchStart", x, y)
        share = 0.7 if flick else 1.0  # a flick: 70% of the way, then the rest in one quick last step
        for step in range(1, steps):
            if step > 1:
                time.sleep(0.016)
            self.touch("touchMove", x, y + share * dy * step / (steps - 1))
        if flick:
            time.sleep(0.016)
            self.calls(("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": [{"x": x, "y": y + dy}]}),
                       ("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []}))
        else:
            held = self.frames()
            self.wait_for(f"window.steadfast.frames() >= {held + 10}", "frames with the finger held still")
            self.touch("touchEnd")
        at_release = watch() if watch else None
        self.settled(before)
        return at_release

    def scroll_to(self, tap_id, tries=10):
        """Drags the list up until the control is on screen, clear of the bars; False when it never is."""
        for _ in range(tries):
            rect = self.rect(tap_id)
            if rect and rect[3] - rect[1] > 20 and rect[1] > 60 and rect[3] < HEIGHT - 80:
                return True
            self.drag(-250, flick=False)
        return self.rect(tap_id) is not None

    def go_offline(self):
        """Nothing answers any more: the server stops, and the connections it kept open answer nothing."""
        self.server.offline = True
        self.server.shutdown()
        self.server.server_close()

    def screenshot(self, path):
        data = self.call("Page.captureScreenshot", format="png")["data"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))

    def close(self):
        try:
            self.ws.close()
        finally:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
            self.server.shutdown()
            shutil.rmtree(self.profile, ignore_errors=True)
