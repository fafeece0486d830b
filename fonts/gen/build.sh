#!/usr/bin/env bash
# Regenerates fonts/data/*.ttf from Debian's fonts-noto-cjk with Debian's
# python3-fonttools (apt-get install fonts-noto-cjk python3-fonttools
# unicode-data). The outputs are committed, so a normal build needs none of this.
# `build.sh --ext-only` rebuilds just the small Ext faces (characters outside
# the BMP, drawn as outlines) and the licence file, in seconds.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
noto=/usr/share/fonts/opentype/noto
py=/usr/bin/python3 # Debian's, which has fontTools (a pyenv python may not)
[ -x "$py" ] || py=python3
out="$here/../data"
mkdir -p "$out"
"$py" "$here/mkfonts.py" --out "$out" \
  --serif "$noto/NotoSerifCJK-Regular.ttc" --sans "$noto/NotoSansCJK-Bold.ttc" "$@"
ls -l "$out"
