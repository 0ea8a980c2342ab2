#!/usr/bin/env bash
# The browser version's metronome: from the tap on Start (the page's touchend) to the first click
# that is not silent in what the Web Audio callback produced, STARTS times (default 20), in headless
# Chromium with a phone's viewport; and how far ahead of the audio clock the callback works. Build
# it first with scripts/web --build-only.
set -euo pipefail
root="$(dirname "$0")/.."
app=${1:-"$root/build-web/app"}
[ -f "$app/index.wasm" ] || { echo "no web build in $app (scripts/web --build-only)" >&2; exit 1; }
exec /usr/bin/python3 "$root/tests/web/browser_sound_test.py" "$app" "${2:-20}"
