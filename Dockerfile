# A container image of paiban: a static binary (no cgo) on distroless, no shell.
#   make image            # or: docker build --build-arg VERSION=$(git describe --tags --always) -t paiban .
#   docker run --rm -v "$PWD:/work" -w /work paiban convert --to pdf page.txt
# Fonts: the defaults are embedded; for characters they lack, mount fonts and
# set PAIBAN_FONT_PATH (there is no fontconfig in the image).
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=devel
RUN CGO_ENABLED=0 go build -trimpath -ldflags "-X main.version=${VERSION}" -o /out/paiban ./cmd/paiban

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/paiban /usr/local/bin/paiban
ENTRYPOINT ["/usr/local/bin/paiban"]
CMD ["--help"]
