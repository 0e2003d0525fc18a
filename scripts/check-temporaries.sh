#!/bin/sh
# Runs a command (the test suites), then fails if it left anything new in
# $TMPDIR: every test and the bench make their files in a YueduTestSupport
# TemporaryDirectory and remove it when done. The one exception is not ours:
# the Swift driver leaves a TemporaryDirectory.* whenever it hands over to
# another tool (about five per `swift test`); those are removed here.
# Usage: scripts/check-temporaries.sh COMMAND [ARGUMENTS...]
set -u
dir=${TMPDIR:?TMPDIR must name the directory to check}
before=$(mktemp "${dir%/}/../temporaries-before.XXXXXX") || exit 1
trap 'rm -f "$before"' EXIT
ls -A "$dir" | sort > "$before"
"$@"
status=$?
ls -A "$dir" | sort | comm -13 "$before" - | while IFS= read -r name; do
    case $name in
        TemporaryDirectory.*) rm -rf "${dir%/}/$name" ;;
        *) echo "$name" ;;
    esac
done > "$before.left"
if [ -s "$before.left" ]; then
    echo "check-temporaries: left in $dir after '$*':" >&2
    sed 's/^/  /' "$before.left" >&2
    rm -f "$before.left"
    exit 1
fi
rm -f "$before.left"
exit $status
