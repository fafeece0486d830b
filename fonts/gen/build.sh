#!/usr/bin/env bash
# Regenerates fonts/data/*.ttf from Debian's fonts-noto-cjk with Debian's
# python3-fonttools (apt-get install fonts-noto-cjk python3-fonttools
# unicode-data), and the emoji face from Noto Emoji, fetched from npm
# (@fontsource/noto-emoji, pinned below by version and sha256; needs curl or
# npm). The outputs are committed, so a normal build needs none of this.
# `build.sh --ext-only` rebuilds just the small Ext faces (characters outside
# the BMP, drawn as outlines), the emoji face and the licence file, in seconds.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
noto=/usr/share/fonts/opentype/noto
py=/usr/bin/python3 # Debian's, which has fontTools (a pyenv python may not)
[ -x "$py" ] || py=python3
out="$here/../data"
mkdir -p "$out"

# Noto Emoji (monochrome outlines, OFL-1.1) as fontsource packs it: the
# package's noto-emoji-emoji-400-normal.woff is the whole emoji set in one
# plain (zlib) WOFF, which fontTools reads. Debian has only the colour
# bitmap font. Fetched once into a cache, checked on every run.
emoji_version=5.3.2
emoji_sha256=1fe49bb2cf7c2d78f93c0a69b6a431dcfd0d585b7831eba87fae6888ccf8d373
emoji_url="https://registry.npmjs.org/@fontsource/noto-emoji/-/noto-emoji-$emoji_version.tgz"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/paiban-fonts"
tgz="$cache/fontsource-noto-emoji-$emoji_version.tgz"
mkdir -p "$cache"
if [ ! -f "$tgz" ]; then
  if command -v curl >/dev/null; then
    curl -sSfL -o "$tgz.part" "$emoji_url"
  else
    (cd "$cache" && npm pack --silent "@fontsource/noto-emoji@$emoji_version" >/dev/null)
    mv "$cache/fontsource-noto-emoji-$emoji_version.tgz" "$tgz.part"
  fi
  mv "$tgz.part" "$tgz"
fi
if ! echo "$emoji_sha256  $tgz" | sha256sum -c --quiet -; then
  echo "build.sh: $tgz is not @fontsource/noto-emoji@$emoji_version (sha256 differs); removed" >&2
  rm -f "$tgz"
  exit 1
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
tar -xzf "$tgz" -C "$tmp" package/files/noto-emoji-emoji-400-normal.woff

"$py" "$here/mkfonts.py" --out "$out" \
  --serif "$noto/NotoSerifCJK-Regular.ttc" --sans "$noto/NotoSansCJK-Bold.ttc" \
  --emoji "$tmp/package/files/noto-emoji-emoji-400-normal.woff" "$@"
ls -l "$out"
