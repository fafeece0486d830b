#!/usr/bin/env bash
# demo.sh BIN OUT: convert every sample (and the shared seed page, when it
# sits beside the checkout) to every format paiban writes, into OUT.
# Reproducible: SOURCE_DATE_EPOCH fixes every date (the Makefile sets it).
set -euo pipefail
bin=${1:?usage: demo.sh BIN OUT}
out=${2:?usage: demo.sh BIN OUT}
root=$(cd "$(dirname "$0")/.." && pwd)
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1735689600}

formats=$("$bin" formats | awk 'NR > 1 && $2 ~ /w/ { printf "%s%s", sep, $1; sep = "," }')
inputs=()
for f in "$root"/samples/*.txt; do
  [ -e "$f" ] && inputs+=("$f")
done
seed="$root/../shared/seed/frontpage.txt"
[ -e "$seed" ] && inputs+=("$seed")
if [ ${#inputs[@]} -eq 0 ]; then
  echo "demo: no inputs under samples/" >&2
  exit 1
fi
mkdir -p "$out"
# One directory per input, so every format of one page sits together and
# p.txt's bulletin never meets another input.
status=0
for f in "${inputs[@]}"; do
  name=$(basename "$f" .txt)
  "$bin" convert --quiet --to "$formats" --out-dir "$out/$name" "$f" || status=1
done
echo "demo: formats $formats; ${#inputs[@]} inputs → $out/"
find "$out" -type f | sort | sed 's/^/  /'
exit $status
