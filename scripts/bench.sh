#!/usr/bin/env bash
# The benchmark of issue 6: builds in release mode and prints one table for
# each corpus size (BENCH_SIZES, default "1000 10000 100000"), through the
# real yuedu binary. Extra arguments (and BENCH_ARGS, for `make bench`) go to
# `yuedu-bench run`: e.g. BENCH_SIZES=1000 BENCH_ARGS="--runs 1 --keys 20" for CI.
set -euo pipefail
export LC_ALL=C.UTF-8
cd "$(dirname "$0")/.."

sizes="${BENCH_SIZES:-1000 10000 100000}"
swift build -c release --product yuedu >&2
swift build -c release --product yuedu-bench >&2
bin="$(swift build -c release --show-bin-path)"
exec "$bin/yuedu-bench" run --yuedu "$bin/yuedu" --sizes "${sizes// /,}" \
    --work-dir "${BENCH_WORK_DIR:-${TMPDIR:-/tmp}/yuedu-bench}" ${BENCH_ARGS:-} "$@"
