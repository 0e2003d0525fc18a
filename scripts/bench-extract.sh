#!/usr/bin/env bash
# Extraction benchmark (issue 13): yuedu's extractor and trafilatura side by
# side on the real pages in ../shared/corpus/html, scored by the same Swift
# code. trafilatura goes into a throwaway virtualenv in a temporary directory
# (pip, from PyPI); it is never a project dependency.
set -euo pipefail
export LC_ALL=C.UTF-8
cd "$(dirname "$0")/.."

corpus="${EXTRACT_CORPUS:-../shared/corpus/html}"
gold="scripts/extract-gold.json"
work="$(mktemp -d "${TMPDIR:-/tmp}/yuedu-bench-extract.XXXXXX")"
trap 'rm -rf "$work"' EXIT

python3 -m venv "$work/venv" >&2
"$work/venv/bin/pip" install --quiet trafilatura lxml_html_clean >&2
"$work/venv/bin/python" scripts/trafilatura-dump.py "$corpus" "$gold" > "$work/trafilatura.jsonl"

scratch=(); [ -n "${BENCH_SCRATCH_PATH:-}" ] && scratch=(--scratch-path "$BENCH_SCRATCH_PATH")
swift build -c release "${scratch[@]}" --product yuedu-bench >&2
bin="$(swift build -c release "${scratch[@]}" --show-bin-path)"
"$bin/yuedu-bench" extract --corpus "$corpus" --gold "$gold" --trafilatura "$work/trafilatura.jsonl" "$@"
