#!/usr/bin/env python3
"""The web build's speed in headless Chromium at a phone's viewport, with real touch events:
  - time to first frame, first visit (nothing cached) and a later one (the service worker's copy);
  - tick latency: from the finger lifting off a checklist item to the tick written to IndexedDB;
  - frame time while a long list (First aid) is dragged, with the CPU throttled 4x (a mid-range phone);
  - idle CPU and frames over 10 s on Today.
Usage: bench/web_bench.py [APP_DIR] (default build-web/app; scripts/web --build-only makes it).
The numbers come from the page's own clock (performance.now) and Chromium's Performance metrics.
"""
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "web"))
import devtools  # noqa: E402

# Installed before the page's scripts: how long each animation frame's work takes, when the first
# frame was drawn, when the finger last lifted.
TIMING = """
(() => {
  const raf = window.requestAnimationFrame.bind(window);
  window.benchFrames = [];
  window.benchFirstFrame = null;
  window.requestAnimationFrame = (callback) => raf((t) => {
    const start = performance.now();
    callback(t);
    const end = performance.now();
    window.benchFrames.push([start, end - start]);
    if (window.benchFirstFrame === null && window.steadfast && window.steadfast.frames() > 0) window.benchFirstFrame = end;
  });
  addEventListener("touchend", () => { window.benchTouchEnd = performance.now(); }, true);
})();
"""


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main():
    app_dir = sys.argv[1] if len(sys.argv) > 1 else "build-web/app"
    why_not = devtools.missing(app_dir)
    if why_not:
        print(f"cannot run: {why_not}")
        return 1
    browser = devtools.Browser(app_dir)
    try:
        browser.call("Page.addScriptToEvaluateOnNewDocument", source=TIMING)
        first_frames = []
        for visit in range(4):
            browser.load()
            browser.wait_for("window.benchFirstFrame !== null", "the first frame")
            first_frames.append(browser.eval("window.benchFirstFrame"))
            if visit == 0:
                browser.wait_for("navigator.serviceWorker.ready.then(() => caches.keys()).then(k => k.length > 0)", "the offline copy")
        print(f"time to first frame: first visit {first_frames[0]:.0f} ms; later visits (cached), median of 3: "
              f"{statistics.median(first_frames[1:]):.0f} ms")

        frames, cpu = browser.frames(), browser.metric("TaskDuration")
        time.sleep(10)
        print(f"idle on Today for 10 s: {browser.frames() - frames} frames, "
              f"{(browser.metric('TaskDuration') - cpu) * 1000:.1f} ms of main-thread CPU")

        browser.tap("##tab-Checklists")
        browser.scroll_to("##checklist-go-bag")
        browser.tap("##checklist-go-bag")
        browser.tap("##start-run")
        browser.eval("""(() => { const sync = FS.syncfs;
            FS.syncfs = (populate, done) => sync(populate, (e) => { window.benchSynced = performance.now(); done(e); }); })()""")
        latencies = []
        for i in range(20):
            saved = browser.eval("window.steadfast.savedChanges()")
            browser.tap("##item-0")
            browser.wait_for(f"window.steadfast.savedChanges() > {saved} && !window.steadfast.syncing()", "the tick saved", 10)
            latencies.append(browser.eval("window.benchSynced - window.benchTouchEnd"))
        print(f"tick latency, finger up to written in IndexedDB (20 ticks): median {statistics.median(latencies):.1f} ms, "
              f"max {max(latencies):.1f} ms")

        browser.tap("##tab-First aid")
        browser.call("Emulation.setCPUThrottlingRate", rate=4)
        browser.eval("window.benchFrames = []")
        started = browser.eval("performance.now()")
        for direction in [-1, -1, 1, 1, -1, -1, 1, 1]:
            browser.drag(direction * 300, steps=20)
        work = [ms for at, ms in browser.eval("window.benchFrames") if at >= started]
        browser.call("Emulation.setCPUThrottlingRate", rate=1)
        print(f"frame time while the First aid list is dragged, CPU throttled 4x ({len(work)} frames): "
              f"median {statistics.median(work):.1f} ms, 95th percentile {percentile(work, 95):.1f} ms, max {max(work):.1f} ms, "
              f"{sum(ms > 16.7 for ms in work)} over 16.7 ms")
    finally:
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
