# The two commands of the README: `make run` and `make test`.
export LC_ALL := C.UTF-8
SWIFT_BUILD_FLAGS ?=

.PHONY: run deps build release test bench

deps:
	@scripts/install-deps.sh

build: deps
	swift build $(SWIFT_BUILD_FLAGS)

release: deps
	swift build -c release --product yuedu

# Sets up and opens the reader; an empty library loads the bundled sample.
run: release
	.build/release/yuedu

test: deps
	swift build --build-tests
	swift test --skip-build
