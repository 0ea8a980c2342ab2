#!/usr/bin/env python3
"""Steadfast's web build heard in headless Chromium (autoplay allowed without a gesture, so the
audio runs the same under a test as after a real tap), driven with real touch events at a phone's
viewport: the guide player holds a
screen wake lock and lets it go when it closes; a tap on Start metronome makes the audio callback
produce clicks at the set rate (their onsets counted in the callback, to the sample), and again
after a stop; a lower volume is heard at the next click and sound off silences it; a
warning signal to learn plays through the same callback; with "Read steps aloud" on, the next step
is handed to the browser's speech synthesis in the user's language (English, and Arabic in a
browser set to Arabic), and a browser without a voice for it says so on screen.

Usage: browser_sound_test.py APP_DIR [STARTS]. With STARTS, it only measures the tap on Start to the
first click STARTS times and prints the figures (bench/web_sound_latency.sh). Fails when APP_DIR
has no build or there is no Chromium.
"""
import json
import os
import sys
import time

sys.dont_write_bytecode = True  # no __pycache__ left in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from devtools import HEIGHT, WIDTH, Browser, missing  # noqa: E402

AUTOPLAY = ["--autoplay-policy=no-user-gesture-required"]  # audio starts as after a real tap

RATE = 110  # adult CPR: 110 a minute, 30:2


class Player(Browser):
    """The browser with the app loaded, and taps by control id."""

    def open(self, url, locale=None):
        self.call("Runtime.enable")
        self.call("Page.enable")
        self.call("Emulation.setDeviceMetricsOverride", width=WIDTH, height=HEIGHT, deviceScaleFactor=1, mobile=True)
        self.call("Emulation.setTouchEmulationEnabled", enabled=True, maxTouchPoints=1)
        if locale:  # the browser's language, which the app starts in
            self.call("Emulation.setLocaleOverride", locale=locale)
            self.call("Page.addScriptToEvaluateOnNewDocument",
                      source=f"Object.defineProperty(navigator, 'language', {{ get: () => {json.dumps(locale)} }});")
        self.call("Page.navigate", url=url)
        self.wait_for("window.steadfast && window.steadfast.frames() > 2 && typeof window.steadfastMedia === 'function'", "the first frames")

    # Browser.tap and scroll_to wait for the loop to sleep, which it does not while the metronome
    # animates: these wait for the frames the input makes instead.

    def send(self, method, **params):
        """Input, and the frames it makes the app draw."""
        frames = self.eval("window.steadfast.frames()")
        self.call(method, **params)
        self.wait_for(f"window.steadfast.frames() >= {frames + 2}", "frames after input", 30)

    def tap(self, tap_id):
        # A screen just opened places its controls within a few frames: wait for this one, not a count.
        point = self.poll(lambda: self.target(tap_id))
        if point is None:
            raise AssertionError(f"{tap_id} is not on screen (route {self.eval('window.steadfast.route()')})")
        x, y = point
        self.call("Input.dispatchTouchEvent", type="touchStart", touchPoints=[{"x": x, "y": y}])
        self.send("Input.dispatchTouchEvent", type="touchEnd", touchPoints=[])

    def scroll_to(self, tap_id, up=False):
        """Scrolls the content (down, or up) until the control is on screen."""
        for _ in range(20):
            if self.target(tap_id):
                return
            x, y, by = WIDTH / 2, HEIGHT * 0.5, -120 if up else 120
            self.call("Input.dispatchTouchEvent", type="touchStart", touchPoints=[{"x": x, "y": y}])
            for step in range(1, 11):
                self.call("Input.dispatchTouchEvent", type="touchMove", touchPoints=[{"x": x, "y": y - by * step / 10}])
                time.sleep(0.016)
            # The finger rests before it lifts, so the list stops where it left it: a tap on a list
            # still gliding only stops the glide, as on a phone.
            for _ in range(6):
                self.call("Input.dispatchTouchEvent", type="touchMove", touchPoints=[{"x": x, "y": y - by}])
                time.sleep(0.05)
            self.send("Input.dispatchTouchEvent", type="touchEnd", touchPoints=[])

    def media(self):
        return self.eval("window.steadfastMedia()")

    def stream_stops(self, seconds=30):
        """Whether the audio callback stops producing: the same count of frames on two looks a second
        apart (the callback runs every few ms while the output is open)."""
        deadline = time.time() + seconds
        frames = self.media()["sound"]["frames"]
        while time.time() < deadline:
            time.sleep(1)
            now = self.media()["sound"]["frames"]
            if now == frames:
                return True
            frames = now
        return False

    def open_compressions_step(self):
        """Adult CPR's player, on the step with the metronome."""
        self.tap("##tab-First aid")
        self.scroll_to("##guide-adult-cpr")
        self.tap("##guide-adult-cpr")
        self.tap("##use-now")
        for _ in range(6):
            if self.target("##metronome-start"):
                return
            self.tap("##step-next")
        raise AssertionError("no Start metronome in the adult CPR player")

    def start_metronome(self):
        """Taps Start metronome; the audio's figures once the first click is out: ms from the tap to
        the first non-silent sample the callback produced, and how far ahead of the context's clock
        the callback made it."""
        self.wait_for("window.steadfast.target('##metronome-start')", "Start metronome back on screen after a stop", 30)
        self.tap("##metronome-start")
        self.wait_for("window.steadfastMedia().sound.firstSoundAt > 0", "the first click from the audio callback", 30)
        sound = self.media()["sound"]
        self.opened_ms = sound["openedAt"] - sound["startedAt"]  # of which the app's own frame, up to opening the output
        return sound["firstSoundAt"] - sound["startedAt"], sound["firstSoundLead"] * 1000


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p * len(ordered)))]


class Checks:
    """Each check printed as it is made; the failed ones kept for the exit status."""

    def __init__(self):
        self.failed = []

    def __call__(self, condition, message):
        print(("ok   " if condition else "FAIL ") + message)
        if not condition:
            self.failed.append(message)


def main():
    app_dir = sys.argv[1]
    starts = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    if missing(app_dir):
        print("FAIL " + missing(app_dir))
        return 1
    browser = Player(app_dir, AUTOPLAY)
    check = Checks()
    try:
        browser.open(browser.url)
        browser.open_compressions_step()
        if starts:
            tap_ms, lead_ms, opened_ms = [], [], []
            for _ in range(starts):
                tap, lead = browser.start_metronome()
                tap_ms.append(tap)
                lead_ms.append(lead)
                opened_ms.append(browser.opened_ms)
                time.sleep(0.3)
                browser.tap("##metronome-stop")
            print("each start, ms: " + " ".join(f"{t:.0f}" for t in tap_ms))
            print(f"browser: tap on Start to the first click the audio callback produces: p50 {percentile(tap_ms, 0.5):.1f} ms, "
                  f"p90 {percentile(tap_ms, 0.9):.1f} ms, max {max(tap_ms):.1f} ms over {starts} starts; the callback works {percentile(lead_ms, 0.5):.1f} ms "
                  f"ahead of the context's clock (p50), so heard about {percentile(tap_ms, 0.5) + percentile(lead_ms, 0.5):.0f} ms "
                  f"after the tap plus the output's own latency; of it, the tap to the output opened by the app: "
                  f"p50 {percentile(opened_ms, 0.5):.1f} ms (touch taps)")
            return 0

        check(browser.media()["wake"]["requests"] >= 1, "the guide player asks for a screen wake lock")
        browser.wait_for("window.steadfastMedia().wake.held", "the wake lock", 30)
        check(browser.media()["wake"]["held"], "the wake lock is held while the player is shown")

        # Start, stop, and start again (how soon the first click comes is bench/web_sound_latency.sh's).
        browser.start_metronome()
        browser.tap("##metronome-stop")
        browser.start_metronome()
        browser.wait_for("window.steadfastMedia().sound.frames >= 4 * window.steadfastMedia().sound.rate", "4 s of audio", 60)
        sound = browser.media()["sound"]
        rate, onsets = sound["rate"], sound["onsets"]
        beat = 60 / RATE * rate  # frames
        expected = int(sound["frames"] / beat) + 1  # the first click is at frame 0; the 30 beats last 16 s
        check(bool(onsets) and onsets[0] <= 1, f"the first click starts the stream, not a beat later (at frame {onsets[:1]})")
        check(abs(len(onsets) - expected) <= 1, f"{len(onsets)} clicks in {sound['frames'] / rate:.2f} s of audio at {RATE} a minute "
              f"(expected {expected})")
        # The beat began at the tap, a little before the stream: the first click may be heard from
        # a few samples in, so the beats after it are measured from the second.
        off = [abs(onsets[n] - onsets[1] - round((n - 1) * beat)) for n in range(1, len(onsets))]
        check(bool(off) and max(off) <= 1, f"every click falls on its beat to the sample (largest miss {max(off or [0])} frames)")
        check(len(onsets) > 1 and abs(onsets[1] - beat) < rate * 0.02, f"the second click a beat after the first ({onsets[1:2]})")

        loud = max(sound["peaks"][1:])
        for _ in range(3):
            browser.tap("##metronome-quieter")  # 80% to 50%
        clicks = len(browser.media()["sound"]["peaks"])
        browser.wait_for(f"window.steadfastMedia().sound.peaks.length >= {clicks + 2}", "two more clicks", 30)
        quiet = browser.media()["sound"]["peaks"][clicks]  # the first click begun after the taps, whole
        check(quiet < loud * 0.6, f"a quieter volume is heard from the next click (loudest sample {loud}, then {quiet})")

        browser.tap("##metronome-sound")  # sound off
        check(browser.stream_stops(), "with sound off the audio callback stops (the output is closed)")
        browser.tap("##metronome-sound")  # on again: the beat goes on where it is
        browser.wait_for("window.steadfastMedia().sound.firstSoundAt > 0", "the clicks again", 30)
        browser.tap("##metronome-stop")

        browser.scroll_to("##read-aloud")
        browser.tap("##read-aloud")
        browser.scroll_to("##step-next")
        handed = len(browser.media()["speech"]["said"])
        browser.tap("##step-next")
        browser.poll(lambda: len(browser.media()["speech"]["said"]) > handed)  # handed over in a frame after the tap
        said = browser.media()["speech"]["said"]
        check(bool(said) and said[-1]["lang"] == "en", f"the next step is handed to speech synthesis in English ({said[-1:]})")
        if not browser.eval("speechSynthesis.getVoices().length"):
            # Headless Chromium has no voice at all: its synthesis fails, and the user is told.
            browser.wait_for_console("could not read the step aloud", "the synthesis to fail")
            browser.scroll_to("##notice", up=True)
            check(bool(browser.target("##notice")), "a browser with no voice for the language says so on screen")

        browser.tap("##back")
        released = "window.steadfast.route() != 'player' && !window.steadfastMedia().wake.wanted && !window.steadfastMedia().wake.held"
        browser.poll(lambda: browser.eval(released))  # let go in a frame after the player closes
        wake = browser.media()["wake"]
        check(browser.eval("window.steadfast.route()") != "player" and not wake["wanted"] and not wake["held"],
              "leaving the player lets the wake lock go")
        # A warning signal to learn plays through the same callback.
        browser.tap("##tab-First aid")
        browser.tap("##tab-First aid")  # the tab's top
        browser.scroll_to("##alert-signals")
        browser.tap("##alert-signals")
        browser.scroll_to("##signals-DE")
        browser.tap("##signals-DE")
        browser.scroll_to("##signal-play-practice")
        browser.tap("##signal-play-practice")
        browser.wait_for("window.steadfastMedia().sound.frames >= 0.8 * window.steadfastMedia().sound.rate", "the signal from the audio callback", 30)
        sound = browser.media()["sound"]
        check(bool(sound["peaks"]) and max(sound["peaks"]) > 1000,
              f"a warning signal plays ({sound['frames'] / sound['rate']:.2f} s produced, loudest sample {max(sound['peaks'] or [0])})")
        browser.tap("##signal-stop-practice")
        browser.close()

        # A browser whose language is Arabic: the app speaks Arabic, and asks for an Arabic voice.
        browser = Player(app_dir, AUTOPLAY)
        browser.open(browser.url, locale="ar")
        browser.tap("##tab-First aid")
        browser.scroll_to("##guide-adult-cpr")
        browser.tap("##guide-adult-cpr")
        browser.tap("##use-now")
        browser.scroll_to("##read-aloud")
        browser.tap("##read-aloud")
        browser.poll(lambda: browser.media()["speech"]["said"])  # handed over in a frame after the tap
        said = browser.media()["speech"]["said"]
        check(bool(said) and said[-1]["lang"] == "ar" and any("\u0600" <= c <= "\u06ff" for c in said[-1]["text"]),
              f"in Arabic the step is handed over in Arabic, for an Arabic voice ({said[-1:]})")
    finally:
        browser.close()
    print(f"{len(check.failed)} check(s) failed" if check.failed else "all checks passed")
    return 1 if check.failed else 0


if __name__ == "__main__":
    sys.exit(main())
