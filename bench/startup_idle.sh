#!/usr/bin/env bash
# Start-up time to the first presented frame, in English and in Arabic (shaped and mirrored), peak
# memory (RSS) up to it, and CPU used while idle on the Today screen, for Steadfast and for the plain
# Dear ImGui GLFW + OpenGL3 example loop, in one run under Xvfb, with the ratios. Given a second build
# folder (of an older commit), its English start-up is measured in the same run, for comparison.
# bench_startup_parts says where Steadfast's start-up goes.
# Usage: bench/startup_idle.sh [build-dir] [older-build-dir]   (needs hyperfine and xvfb)
set -euo pipefail
build="$(cd "${1:-build}" && pwd)"
before="${2:+$(cd "$2" && pwd)}"
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
commands=(-n "steadfast, English" "$build/steadfast --db $tmp/bench-en.db --lang en --quit-after-first-frame"
          -n "steadfast, Arabic" "$build/steadfast --db $tmp/bench-ar.db --lang ar --quit-after-first-frame"
          -n "reference ImGui example" "$build/reference_imgui_loop --quit-after-first-frame")
[ -n "$before" ] && commands+=(-n "older build, English" "$before/steadfast --db $tmp/bench-before.db --quit-after-first-frame")
printf '%q ' hyperfine -N --warmup 3 --runs 20 --export-json "$tmp/startup.json" "${commands[@]}" > "$tmp/hyperfine.sh"
run_in_xvfb "bash $tmp/hyperfine.sh" > /dev/null 2>&1
python3 - "$tmp/startup.json" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
# Wall time, and CPU time (user + system), which other programs on a busy machine disturb less.
cpu = lambda r: r["user"] + r["system"]
for name, r in results.items():
    print(f"  {name:25s} mean {r['mean']*1000:7.1f} ms  median {r['median']*1000:7.1f} ms  (min {r['min']*1000:.1f}, max {r['max']*1000:.1f})"
          f"  CPU {cpu(r)*1000:6.1f} ms")
def ratio(a, b, label):
    if a in results and b in results:
        print(f"  {label:25s} {results[a]['mean'] / results[b]['mean']:.2f}x wall, {cpu(results[a]) / cpu(results[b]):.2f}x CPU")
ratio("steadfast, English", "reference ImGui example", "English / reference")
ratio("steadfast, Arabic", "steadfast, English", "Arabic / English")
ratio("steadfast, English", "older build, English", "English / older build")
PY
peak_rss() {  # command; prints the median peak RSS in KB over 7 runs to the first frame
  cat > "$tmp/rss.sh" <<INNER
for i in 1 2 3 4 5 6 7; do /usr/bin/time -f %M $1 --quit-after-first-frame 2>&1 >/dev/null | tail -1; done | sort -n | sed -n 4p
INNER
  run_in_xvfb "bash $tmp/rss.sh"
}
app_rss=$(peak_rss "$build/steadfast --db $tmp/bench-en.db")
ref_rss=$(peak_rss "$build/reference_imgui_loop")
echo "== Peak memory (RSS) to the first frame, median of 7"
echo "  steadfast                 $app_rss KB"
echo "  reference ImGui example   $ref_rss KB"
awk -v a="$app_rss" -v b="$ref_rss" 'BEGIN { printf "  ratio                     %.2fx\n", a / b }'
echo "== CPU while idle for 10 s (percent of one core)"
echo "  steadfast (Today screen)  $(idle_cpu "$build/steadfast --db $tmp/bench-en.db") %"
echo "  reference ImGui example   $(idle_cpu "$build/reference_imgui_loop") %"
