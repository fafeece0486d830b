# paiban's container image: the static binary (no cgo) on an empty base, no
# shell, run as an unprivileged user. Nothing is pulled: `make image` builds
# the binary on this machine (make build) and lays out the image's files in
# bin/image (scripts/image.sh stage: the binary, a world-writable /tmp for
# the EPUB writer's temporary files, and the licences of the embedded fonts,
# of Go and of every module in the binary), then builds this file with docker,
# or podman, or buildah. No CA certificates, time zones or passwd: paiban
# makes no network connection, writes times in UTC and needs no user name.
#   make image            # paiban:VERSION and paiban:latest
#   make image-check      # runs it: --version, PDFs and EPUBs of samples
#   docker run --rm -v "$PWD:/work" -w /work -u "$(id -u)" paiban convert --to pdf page.txt
# Fonts: the defaults are embedded; for characters they lack, mount fonts and
# set PAIBAN_FONT_PATH (there is no fontconfig in the image).
# Without Go on the host but with access to a registry, Dockerfile.golang
# builds the same image from source in a golang stage.
FROM scratch
COPY bin/image/ /
ARG VERSION=devel
LABEL org.opencontainers.image.title="paiban" \
      org.opencontainers.image.description="CJK newspaper text to PDF, EPUB, HTML, JSON and bulletins" \
      org.opencontainers.image.version="${VERSION}"
ENV TMPDIR=/tmp
USER 65532:65532
ENTRYPOINT ["/usr/local/bin/paiban"]
CMD ["--help"]
