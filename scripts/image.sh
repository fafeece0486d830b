#!/usr/bin/env bash
# image.sh: paiban's container image (see Dockerfile), built from the static
# binary `make build` makes, so that no base image has to be pulled.
#
#   image.sh stage BIN ROOT     lay out the image's file system in ROOT: the
#                               binary, a world-writable /tmp (the EPUB writer
#                               works in a temporary directory), the licences
#                               of the embedded fonts, of Go and of every module
#                               linked into BIN
#   image.sh build BIN TAG...   stage into bin/image, then build the Dockerfile
#   image.sh check TAG [BIN]    run the image: --version, and PDFs and EPUBs of
#                               samples mounted in, written to a mounted dir as
#                               its own user; with BIN, compare them byte for
#                               byte with BIN's on the host
#
# The engine is $CONTAINER_ENGINE if set, else docker when its daemon answers,
# else podman, else buildah (build only). $CONTAINER_RUN_FLAGS are added to
# `run` (a sandbox may need e.g. "--runtime runc --ulimit nofile=1024:1024
# --ulimit nproc=1024:1024"; see README). With SOURCE_DATE_EPOCH set, podman
# and buildah stamp the image with it (docker's BuildKit reads it itself).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
imageroot=bin/image # the Dockerfile's COPY source, relative to the repository

die() { echo "image.sh: $*" >&2; exit 1; }

# stage BIN ROOT
stage() {
  local bin=$1 dst=$2
  [ -x "$bin" ] || die "stage: $bin: no such executable (run make build)"
  # A binary built with cgo would need the C library the image does not have.
  go version -m "$bin" | grep -q 'CGO_ENABLED=0' ||
    die "stage: $bin is not a static build (build it with CGO_ENABLED=0, as make build does)"
  rm -rf "$dst"
  mkdir -p "$dst/usr/local/bin" "$dst/tmp" "$dst/usr/share/licenses/paiban/modules"
  chmod 1777 "$dst/tmp"
  cp "$bin" "$dst/usr/local/bin/paiban"
  local lic=$dst/usr/share/licenses/paiban
  cp "$root/fonts/data/LICENSE-OFL.txt" "$lic/fonts-OFL.txt"
  cp "$(go env GOROOT)/LICENSE" "$lic/go.txt"
  # Every module in the binary (go version -m: "dep" lines, each followed
  # by a "=>" line when replaced), with the licence files at its root: a
  # replacement by a module version is looked up in the module cache, one
  # by a directory of this repository (third_party) read there.
  local mod ver dir found f
  while read -r mod ver; do
    case $ver in
    ./*) dir=$root/${ver#./} ;;
    *) dir=$(go mod download -json "$mod@$ver" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p') ;;
    esac
    [ -d "$dir" ] || die "stage: module $mod@$ver: not in the module cache"
    found=
    for f in "$dir"/LICENSE* "$dir"/LICENCE* "$dir"/COPYING* "$dir"/NOTICE*; do
      [ -f "$f" ] || continue
      mkdir -p "$lic/modules/$mod"
      cp "$f" "$lic/modules/$mod/"
      found=1
    done
    [ -n "$found" ] || die "stage: module $mod@$ver has no licence file"
  done < <(go version -m "$bin" | awk '
    $1 == "dep" { if (m != "") print m, v; m = $2; v = $3 }
    $1 == "=>" { if ($2 ~ /^\.\.?\//) print m, $2; else print $2, $3; m = "" }
    END { if (m != "") print m, v }')
  chmod -R a+rX "$dst/usr"
}

engine() {
  if [ -n "${CONTAINER_ENGINE:-}" ]; then
    echo "$CONTAINER_ENGINE"
  elif command -v docker >/dev/null && docker info >/dev/null 2>&1; then
    echo docker
  elif command -v podman >/dev/null; then
    command -v docker >/dev/null && echo "image.sh: docker has no daemon here; using podman" >&2
    echo podman
  elif command -v buildah >/dev/null; then
    echo buildah
  else
    die "no container engine: install docker, podman or buildah"
  fi
}

# build BIN TAG...
build() {
  local bin=$1 e tags=() args=()
  shift
  stage "$bin" "$root/$imageroot"
  for t in "$@"; do tags+=(-t "$t"); done
  e=$(engine)
  case $e in
  podman | buildah) [ -n "${SOURCE_DATE_EPOCH:-}" ] && args+=(--timestamp "$SOURCE_DATE_EPOCH") ;;
  esac
  [ "$e" = buildah ] && e="buildah bud"
  echo "image.sh: $e build ${*}" >&2
  # shellcheck disable=SC2086 # "buildah bud" is two words
  $e build "${args[@]}" --build-arg "VERSION=$("$bin" --version | awk '{print $2}')" \
    "${tags[@]}" -f "$root/Dockerfile" "$root"
}

# check TAG [BIN]
check() {
  local tag=$1 bin=${2:-} e dir
  e=$(engine)
  [ "$e" = buildah ] && die "check: buildah builds but does not run images; install podman"
  dir=$(mktemp -d)
  trap 'rm -rf "$dir"' RETURN
  mkdir "$dir/out" "$dir/host"
  chmod 777 "$dir/out" # the image runs as a user of its own (65532)
  local env=() ins=(big5-taipei metro-line4) f args=()
  for f in "${ins[@]}"; do args+=("/in/$f.txt"); done
  [ -n "${SOURCE_DATE_EPOCH:-}" ] && env=(-e "SOURCE_DATE_EPOCH=$SOURCE_DATE_EPOCH")
  # shellcheck disable=SC2086 # flags are words
  local run="$e run --rm ${CONTAINER_RUN_FLAGS:-}"
  $run "$tag" --version
  $run "${env[@]}" -v "$root/samples:/in:ro" -v "$dir/out:/out" "$tag" \
    convert -q --to pdf,epub --out-dir /out "${args[@]}"
  for f in "${ins[@]}"; do
    head -c 5 "$dir/out/$f.pdf" | grep -q '%PDF-' || die "check: $f.pdf is not a PDF"
    head -c 58 "$dir/out/$f.epub" | grep -q 'application/epub+zip' || die "check: $f.epub is not an EPUB"
  done
  ls -l "$dir/out"
  # The same binary on the host makes the same bytes (outputs are deterministic).
  if [ -n "$bin" ]; then
    (cd "$root/samples" && "$root/$bin" convert -q --to pdf,epub --out-dir "$dir/host" "${args[@]#/in/}")
    for f in "${ins[@]}"; do
      cmp "$dir/out/$f.pdf" "$dir/host/$f.pdf" && cmp "$dir/out/$f.epub" "$dir/host/$f.epub" ||
        die "check: the image's $f differs from $bin's"
    done
    echo "image.sh: the image's outputs are byte-identical to $bin's"
  fi
  echo "image.sh: $tag runs: --version, PDF and EPUB written by user 65532"
}

cmd=${1:-}
shift || true
case $cmd in
stage) [ $# -eq 2 ] || die "usage: image.sh stage BIN ROOT"; stage "$@" ;;
build) [ $# -ge 2 ] || die "usage: image.sh build BIN TAG..."; build "$@" ;;
check) [ $# -ge 1 ] && [ $# -le 2 ] || die "usage: image.sh check TAG [BIN]"; check "$@" ;;
*) die "usage: image.sh stage|build|check …" ;;
esac
