#!/usr/bin/env bash
# Feed update benchmark (issue 16): yuedu and newsboat side by side in one run,
# on feeds served from loopback (scripts/feed-bench-server.py): 1,000 feeds x 20
# items over 127.0.0.2-51 with 200 ms per response, then from one host without
# delay. newsboat is a peer measured here, never a project dependency:
# `apt-get install newsboat` first. Arguments go to scripts/bench-feeds.py
# (--feeds N, --modes latency,local, --readers yuedu,newsboat,newsboat16).
set -euo pipefail
export LC_ALL=C.UTF-8
cd "$(dirname "$0")/.."
swift build -c release --product yuedu >&2
python3 scripts/bench-feeds.py --yuedu "$(swift build -c release --show-bin-path)/yuedu" "$@"
