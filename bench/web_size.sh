#!/usr/bin/env bash
# The browser version's download: each file of build-web/app raw and gzipped (what a server sends
# with compression on), and the first visit's total. Build it first with scripts/web --build-only.
set -euo pipefail
app=${1:-"$(dirname "$0")/../build-web/app"}
[ -f "$app/index.wasm" ] || { echo "no web build in $app (scripts/web --build-only)" >&2; exit 1; }
total=0; total_gz=0
printf '%-14s %12s %12s\n' file bytes gzipped
for f in "$app"/index.*; do
  raw=$(stat -c %s "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  total=$((total + raw)); total_gz=$((total_gz + gz))
  printf '%-14s %12d %12d\n' "$(basename "$f")" "$raw" "$gz"
done
printf '%-14s %12d %12d\n' total "$total" "$total_gz"
