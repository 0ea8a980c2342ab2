// The browser's side of sound, speech and the screen kept on (web_media.cpp calls these).
//
// Sound: one AudioContext for the page and a ScriptProcessorNode whose callback asks the wasm for
// each block (steadfast_audio_fill: SoundOutput's pull), so the clicks are placed in the audio
// stream, never by the frame loop. Why not an AudioWorklet: calling into the wasm from the audio
// thread needs a shared memory and threads, which this build has not. Why not emscripten's OpenAL:
// it plays each queued buffer as a node of its own, scheduled from a 25 ms timer, with a seam
// between buffers, and the queue must be refilled from the main thread by a timer of our own (the
// same one thread the callback runs on); its context runs from the first tap on, silent or not.
// Measured in headless Chromium (2026-12-03): OpenAL schedules the first click ~2 ms after the tap
// into an already running context; this callback produces it ~40 ms after (p50) and plays it ~23
// ms later. Both are within 100 ms; the callback keeps one rendering path with the desktop, places
// each click by counting the stream's own samples, and lets the context sleep while silent.
//
// Chromium spends ~100 ms making the first AudioContext of a page, too long inside the tap on
// Start: the context is made when the page is first idle, kept suspended, and resumed by the tap.
mergeInto(LibraryManager.library, {
  $SteadfastMedia__postset: "SteadfastMedia.init();",
  $SteadfastMedia: {
    audio: null,     // { context, node, block, rate }
    speech: { said: [] },  // the last words handed to the browser's voice, for tests
    wake: { wanted: false, sentinel: null, asking: false, requests: 0, held: false, problem: "" },
    // What tests and the benchmark read: the user's last tap, and what the audio callback produced.
    stats: { tapAt: 0, startedAt: 0, openedAt: 0, firstSoundAt: 0, firstSoundLead: 0, rate: 0, frames: 0, quiet: 0, onsets: [], peaks: [] },

    init: function() {
      if (typeof window === "undefined") return;
      // The moment of each tap, before the app handles it (capture phase, on the window).
      ["touchend", "mouseup", "keydown"].forEach(function(type) {
        window.addEventListener(type, function() { SteadfastMedia.stats.tapAt = performance.now(); }, true);
      });
      (window.requestIdleCallback || setTimeout)(function() { SteadfastMedia.context(); });
      if (window.speechSynthesis) speechSynthesis.getVoices();  // starts loading the voices
      // The browser lets the wake lock go when the page is hidden: asked again when it is shown.
      document.addEventListener("visibilitychange", function() {
        if (document.visibilityState === "visible" && SteadfastMedia.wake.wanted) SteadfastMedia.requestWakeLock();
      });
      window.steadfastMedia = function() {
        var w = SteadfastMedia.wake;
        return { sound: SteadfastMedia.stats, speech: SteadfastMedia.speech,
                 wake: { wanted: w.wanted, requests: w.requests, held: w.held, problem: w.problem } };
      };
    },

    context: function() {
      if (SteadfastMedia.audio) return SteadfastMedia.audio.context;
      var AudioContext = window.AudioContext || window.webkitAudioContext;
      if (!AudioContext) return null;
      var context = new AudioContext();
      context.suspend();  // silent until a tap on Start resumes it
      SteadfastMedia.audio = { context: context, node: null, block: 0, rate: context.sampleRate };
      return context;
    },

    // A sound starts: the first sample that is not silent after 5 ms of silence. Each onset's
    // loudest sample too (the volume heard).
    listen: function(pcm, n, playbackTime) {
      var s = SteadfastMedia.stats;
      for (var i = 0; i < n; ++i) {
        if (pcm[i] === 0) { ++s.quiet; continue; }
        if (s.quiet >= s.rate / 200) {
          s.onsets.push(s.frames + i);
          s.peaks.push(0);
          if (s.onsets.length > 600) { s.onsets.shift(); s.peaks.shift(); }
          if (!s.firstSoundAt) {
            s.firstSoundAt = performance.now();
            s.firstSoundLead = playbackTime + i / s.rate - SteadfastMedia.audio.context.currentTime;
          }
        }
        s.quiet = 0;
        if (s.peaks.length) s.peaks[s.peaks.length - 1] = Math.max(s.peaks[s.peaks.length - 1], Math.abs(pcm[i]));
      }
      s.frames += n;
    },

    requestWakeLock: function() {
      var w = SteadfastMedia.wake;
      if (!navigator.wakeLock) {
        if (!w.problem) console.warn("steadfast: this browser cannot keep the screen on (no Screen Wake Lock)");
        w.problem = "no Screen Wake Lock";
        return;
      }
      if (w.sentinel || w.asking || document.visibilityState !== "visible") return;
      ++w.requests;
      w.asking = true;
      navigator.wakeLock.request("screen").then(function(sentinel) {
        w.asking = false;
        if (!w.wanted) { sentinel.release(); return; }
        w.sentinel = sentinel;
        w.held = true;
        sentinel.addEventListener("release", function() { if (w.sentinel === sentinel) { w.sentinel = null; w.held = false; } });
      }, function(error) {
        w.asking = false;
        w.problem = String(error);
        console.warn("steadfast: the screen cannot be kept on while a guide is followed: " + error);
      });
    },
  },

  // Starts the output, pulling blocks of `frames`; returns its sample rate (0: no Web Audio).
  steadfast_audio_open__deps: ["$SteadfastMedia", "malloc", "steadfast_audio_close"],
  steadfast_audio_open: function(frames) {
    var context = SteadfastMedia.context();
    if (!context) return 0;
    var a = SteadfastMedia.audio;
    if (a.node) _steadfast_audio_close();
    if (!a.block) a.block = _malloc(frames * 2);
    var s = SteadfastMedia.stats;
    s.startedAt = s.tapAt; s.openedAt = performance.now(); s.firstSoundAt = 0; s.firstSoundLead = 0; s.rate = a.rate; s.frames = 0; s.quiet = a.rate; s.onsets = []; s.peaks = [];
    a.node = context.createScriptProcessor(frames, 0, 1);
    a.node.onaudioprocess = function(event) {
      var out = event.outputBuffer.getChannelData(0);
      _steadfast_audio_fill(a.block, out.length);
      var pcm = HEAP16.subarray(a.block >> 1, (a.block >> 1) + out.length);  // after the call: memory may have grown
      for (var i = 0; i < out.length; ++i) out[i] = pcm[i] / 32768;
      SteadfastMedia.listen(pcm, out.length, event.playbackTime);
    };
    a.node.connect(context.destination);
    context.resume();
    return a.rate;
  },

  steadfast_audio_close__deps: ["$SteadfastMedia"],
  steadfast_audio_close: function() {
    var a = SteadfastMedia.audio;
    if (!a || !a.node) return;
    a.node.onaudioprocess = null;
    a.node.disconnect();
    a.node = null;
    a.context.suspend();  // a running context costs power
  },

  // Seconds from the callback's block to the speaker: the node's two blocks and the context's own.
  steadfast_audio_latency__deps: ["$SteadfastMedia"],
  steadfast_audio_latency: function() {
    var a = SteadfastMedia.audio;
    if (!a || !a.node) return 0;
    return 2 * a.node.bufferSize / a.rate + (a.context.baseLatency || 0) + (a.context.outputLatency || 0);
  },

  // Says `text` in the voice of `lang` ("en", "ar"); 0: handed to the browser, 1: the browser cannot
  // speak, 2: it has no voice for the language. Returns at once: the browser speaks on its own.
  steadfast_speech_say__deps: ["$SteadfastMedia"],
  steadfast_speech_say: function(text, lang, interrupt) {
    if (!window.speechSynthesis || !window.SpeechSynthesisUtterance) return 1;
    var speech = SteadfastMedia.speech;
    var language = UTF8ToString(lang).split(/[-_.@]/)[0];  // "ar_EG": Arabic
    var words = UTF8ToString(text);
    var voices = speechSynthesis.getVoices();
    var voice = voices.filter(function(v) { return v.lang.toLowerCase().split(/[-_]/)[0] === language; })
                      .sort(function(a, b) { return (b.localService - a.localService) || (b["default"] - a["default"]); })[0];
    speech.said.push({ text: words, lang: language, voice: voice ? voice.name : "" });
    if (speech.said.length > 20) speech.said.shift();
    // No voice listed for the language: none to be had (an empty list may still be loading).
    if (voices.length && !voice) return 2;
    if (interrupt) speechSynthesis.cancel();
    var utterance = new SpeechSynthesisUtterance(words);
    utterance.lang = language;
    if (voice) utterance.voice = voice;
    utterance.onerror = function(event) {
      if (event.error === "interrupted" || event.error === "canceled") return;
      console.warn("steadfast: the browser could not read the step aloud (" + language + "): " + event.error);
      _steadfast_speech_failed();
    };
    speechSynthesis.speak(utterance);
    return 0;
  },

  steadfast_speech_hush: function() {
    if (window.speechSynthesis) speechSynthesis.cancel();
  },

  // The screen kept on (on) or let go.
  steadfast_keep_screen_on__deps: ["$SteadfastMedia"],
  steadfast_keep_screen_on: function(on) {
    var w = SteadfastMedia.wake;
    w.wanted = !!on;
    if (on) {
      SteadfastMedia.requestWakeLock();
    } else if (w.sentinel) {
      var sentinel = w.sentinel;
      w.sentinel = null;
      w.held = false;
      sentinel.release();
    }
  },
});
