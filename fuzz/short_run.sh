#!/usr/bin/env bash
# A short libFuzzer run of one target from its corpus, for the test suite: 20,000 inputs or 60 s.
# New inputs go to a scratch folder, so the corpus in the repository is not changed.
# Usage: fuzz/short_run.sh FUZZ_PROGRAM CORPUS_DIR [RUNS]
set -euo pipefail
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
"$1" -runs="${3:-20000}" -max_total_time=60 -timeout=10 -max_len=65536 -print_final_stats=1 "$scratch" "$2" 2>&1 | tail -15
