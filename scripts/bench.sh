#!/usr/bin/env bash
# bench.sh BIN: paiban's speed report (see scripts/bench.py for what is
# measured and how): whole-process time, CPU time and peak memory of
# `BIN convert` against pandoc where it is installed (nothing is installed
# here; a missing peer is skipped), interleaved pairs, medians with min–max,
# one table; then `go test -bench` for every package benchmark.
# Environment: RUNS (default 5), SIZES (default "1 100 1000"), CORPORA
# (default "mix cjk seed"), TIMEOUT per
# run (default 300 s), PEERS=0 (no peers), GOBENCH=0 (no Go benchmarks),
# BENCHTIME (go test, default 1s).
set -uo pipefail
bin=${1:?usage: bench.sh BIN}
root=$(cd "$(dirname "$0")/.." && pwd)
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1735689600}
python3 "$root/scripts/bench.py" "$bin" || exit 1

if [ "${GOBENCH:-1}" != 0 ]; then
  echo
  echo "== go test -bench (benchtime ${BENCHTIME:-1s})"
  cd "$root"
  # Every package at once: those without benchmarks only print a summary line.
  go test -run '^$' -bench . -benchmem -benchtime "${BENCHTIME:-1s}" ./... </dev/null 2>&1 |
    grep -E '^(Benchmark|FAIL|---|panic)|^ok .*[0-9]s$' | grep -v 'no tests to run'
  # The batch benchmarks on one core and on two: ns/op halves if the
  # writers scale; cpu-ms/op (CPU per document) stays flat if they do
  # not contend.
  echo
  echo "== parallel scaling: go test -bench 'BatchParallel' -cpu 1,2"
  go test -run '^$' -bench 'BatchParallel' -benchmem -cpu 1,2 -benchtime "${BENCHTIME:-1s}" ./convert/pdf/ </dev/null 2>&1 |
    grep -E '^(Benchmark|FAIL|---|panic)'
fi
