#!/bin/sh
# Coverage-guided fuzzing of the importer and the text engine (issue 7).
# Builds yuedu-fuzz with libFuzzer and AddressSanitizer in .build-fuzz (kept
# apart from .build: every module is instrumented), then runs each target for
# FUZZ_SECONDS (default 20) from the seed corpus in Fuzz/corpus/TARGET.
# A crash leaves its input in .build-fuzz/crashes/; replay it in a normal
# build with `.build/debug/yuedu-fuzz TARGET FILE`, then add it to a test.
#   FUZZ_SECONDS=60 FUZZ_TARGETS="page text" scripts/fuzz.sh
# CI runs a fixed number of inputs from a fixed seed instead of a time limit
# (FUZZ_RUNS=N FUZZ_SEED=S), so a run is the same on every machine.
set -eu
export LC_ALL=C.UTF-8
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-20}
if [ -n "${FUZZ_RUNS:-}" ]; then
    limit="-runs=$FUZZ_RUNS -seed=${FUZZ_SEED:-1}"
else
    limit="-max_total_time=$seconds"
fi
targets=${FUZZ_TARGETS:-"page jsonl encoding text html feed"}

swift build --product yuedu-fuzz --scratch-path .build-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DYUEDU_FUZZING
binary=.build-fuzz/debug/yuedu-fuzz
mkdir -p .build-fuzz/crashes

# Leaks are reported, but not Foundation's compiled patterns (Fuzz/lsan.supp says why).
export LSAN_OPTIONS="suppressions=$PWD/Fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"

status=0
for target in $targets; do
    work=.build-fuzz/corpus/$target
    mkdir -p "$work"
    log=.build-fuzz/$target.log
    # The first corpus directory collects new inputs; the committed seeds stay as they are.
    # shellcheck disable=SC2086 # $limit is two options
    if YUEDU_FUZZ_TARGET=$target "$binary" $limit -max_len=65536 -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix=.build-fuzz/crashes/"$target"- \
        "$work" Fuzz/corpus/"$target" >"$log" 2>&1; then
        result=ok
    else
        result="CRASH (see $log and .build-fuzz/crashes/)"
        status=1
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1)
    printf '%-9s %s  %s runs  %s  corpus %s  %s\n' "$target" "$limit" "${runs:-?}" "${cov:-cov: ?}" \
        "$(ls "$work" | wc -l)" "$result"
done
exit $status
