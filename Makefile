# The two commands of the README: `make run` and `make test`.
export LC_ALL := C.UTF-8
SWIFT_BUILD_FLAGS ?=
# The Swift driver leaves a TemporaryDirectory.* in $TMPDIR whenever it
# hands over to another tool (`swiftc -h`, `-version`, `-print-target-info`,
# about five per `swift test`): keep those, and the tests' own temporary
# files, inside .build instead of /tmp; after the tests
# scripts/check-temporaries.sh removes the driver's and fails if the tests
# left anything of their own.
export TMPDIR := $(CURDIR)/.build/tmp
$(shell mkdir -p .build/tmp)

.PHONY: run deps build release test bench install fuzz

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
	scripts/check-temporaries.sh swift test --skip-build

# Installs the binary and the sample library it loads into an empty library.
PREFIX ?= /usr/local
install: release
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/yuedu/sample/pages
	install -m 755 .build/release/yuedu $(DESTDIR)$(PREFIX)/bin/yuedu
	install -m 644 Data/articles.jsonl $(DESTDIR)$(PREFIX)/share/yuedu/sample/
	install -m 644 Data/pages/* $(DESTDIR)$(PREFIX)/share/yuedu/sample/pages/

# Release build, then one table of import, screen and search figures for
# 1,000, 10,000 and 100,000 generated articles (BENCH_SIZES="1000" limits it).
bench: deps
	scripts/bench.sh

# Coverage-guided fuzzing (libFuzzer + ASan, built in .build-fuzz) of the page
# parser, the JSON Lines reader, the encoding detector and the text engine,
# FUZZ_SECONDS each (default 20); not part of `make test`, which replays the
# crashes found so far as regression tests.
fuzz: deps
	scripts/fuzz.sh
