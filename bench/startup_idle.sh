#!/usr/bin/env bash
# Start-up time to the first presented frame, and CPU used while idle on the Today screen,
# for Steadfast and for the plain Dear ImGui GLFW + OpenGL3 example loop, in one run under Xvfb.
# Usage: bench/startup_idle.sh [build-dir]   (needs hyperfine and xvfb)
set -euo pipefail
build="$(cd "${1:-build}" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export XDG_DATA_HOME="$tmp/data"

run_in_xvfb() {
  xvfb-run -a -s "-screen 0 1280x1024x24" bash -c "$1"
}

idle_cpu() {  # command; prints % of one core used over 10 s after a 2 s warm-up
  cat > "$tmp/idle.sh" <<INNER
$1 & pid=\$!
sleep 2
t0=\$(awk '{print \$14+\$15}' /proc/\$pid/stat)
sleep 10
t1=\$(awk '{print \$14+\$15}' /proc/\$pid/stat)
kill \$pid; wait \$pid 2>/dev/null || true
tck=\$(getconf CLK_TCK)
awk -v a=\$t0 -v b=\$t1 -v t=\$tck 'BEGIN { printf "%.2f\n", (b-a)/t/10*100 }'
INNER
  run_in_xvfb "bash $tmp/idle.sh"
}

echo "== Time from process start to the first frame presented (hyperfine, 20 runs, under Xvfb)"
run_in_xvfb "hyperfine -N --warmup 3 --runs 20 --export-json $tmp/startup.json \
  '$build/steadfast --db $tmp/bench.db --quit-after-first-frame' \
  '$build/reference_imgui_loop --quit-after-first-frame'" > /dev/null 2>&1
python3 - "$tmp/startup.json" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    name = "steadfast" if "steadfast" in r["command"] else "reference ImGui example"
    print(f"  {name:25s} mean {r['mean']*1000:7.1f} ms  (min {r['min']*1000:.1f}, max {r['max']*1000:.1f})")
PY
echo "== CPU while idle for 10 s (percent of one core)"
echo "  steadfast (Today screen)  $(idle_cpu "$build/steadfast --db $tmp/bench.db") %"
echo "  reference ImGui example   $(idle_cpu "$build/reference_imgui_loop") %"
