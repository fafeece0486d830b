# paiban — see README.md. `make demo` and `make test` do all set-up on a fresh machine.
GO      ?= go
BIN     := bin/paiban
OUT     := out
export SOURCE_DATE_EPOCH ?= 1735689600
# The version --version prints: the nearest tag and commit, else "devel".
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo devel)

.PHONY: all build image image-check demo test test-short bench fuzz lint fonts clean

all: build

# A static binary (no cgo: nothing in paiban needs it) starts a millisecond
# sooner than one the dynamic loader links to libc: a tenth of a small
# conversion.
build:
	CGO_ENABLED=0 $(GO) build -trimpath -ldflags "-X main.version=$(VERSION)" -o $(BIN) ./cmd/paiban

# A container image (Dockerfile: the static binary on an empty base), built
# with docker, else podman, else buildah, without pulling any base image;
# image-check runs it (--version, a PDF and an EPUB of samples).
image: build
	./scripts/image.sh build $(BIN) paiban:$(VERSION) paiban:latest

image-check:
	./scripts/image.sh check paiban:latest $(BIN)

demo: build
	./scripts/demo.sh $(BIN) $(OUT)

# go test's default limit of 10 minutes a package is a hang detector, not a
# speed goal: on a loaded CI machine the EPUB tests' EPUBCheck runs (a JVM
# start each) alone take longer, so the limit is generous. Speed is checked
# by `make bench`.
TESTTIMEOUT ?= 45m

test:
	$(GO) vet ./...
	$(GO) test -count=1 -timeout $(TESTTIMEOUT) ./...

test-short:
	$(GO) test -short ./...

bench: build
	./scripts/bench.sh $(BIN)

fuzz:
	./scripts/fuzz.sh $${FUZZTIME:-30s}

lint:
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { gofmt -l $$(git ls-files '*.go'); echo "gofmt: files above need formatting"; exit 1; }
	$(GO) vet ./...

fonts:
	./fonts/gen/build.sh

clean:
	rm -rf bin $(OUT)
