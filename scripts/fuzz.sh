#!/usr/bin/env bash
# fuzz.sh DURATION: run every Fuzz* target in the module for DURATION each
# (a Go duration such as 30s, or 1000x). Targets are discovered with
# `go test -list '^Fuzz'`, so a new one needs no change here. Fails if any
# target finds a failure; the failing input is kept under testdata/fuzz/.
set -uo pipefail
duration=${1:-30s}
cd "$(dirname "$0")/.."
status=0
found=0
for pkg in $(go list ./...); do
  if ! list=$(go test -list '^Fuzz' "$pkg" 2>&1); then
    echo "fuzz: $pkg does not build:" >&2
    echo "$list" | tail -5 >&2
    status=1
    continue
  fi
  targets=$(echo "$list" | grep '^Fuzz' || true)
  for t in $targets; do
    found=$((found + 1))
    echo "== $pkg $t ($duration)"
    # -run '^$' skips the unit tests; the seed corpus still runs first.
    if ! go test -run '^$' -fuzz "^${t}\$" -fuzztime "$duration" "$pkg"; then
      echo "fuzz: $pkg $t FAILED" >&2
      status=1
    fi
  done
done
echo "fuzz: $found target(s), status $status"
exit $status
