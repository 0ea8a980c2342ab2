#!/usr/bin/env bash
# Kills at scale: 1,000 SIGKILLs (or $1) at random moments while a child process ticks, writes
# notes, edits and imports the plan and completes a reminder through the real store. After each
# kill the database must open, pass PRAGMA integrity_check, and hold every acknowledged write.
# The test suite runs the same test with 60 kills.
# Usage: bench/kills.sh [kills] [build-dir]
set -euo pipefail
kills="${1:-1000}"
build="${2:-build}"
STEADFAST_KILL_ROUNDS="$kills" "$build/steadfast_tests" -tc="every write acknowledged before a SIGKILL*"
