#!/bin/sh
# run-cli.sh - run every command-line test group in tests/cli/*.sh against
# $HVCPUID and print one summary line. REGEN=1 rewrites expected outputs.
set -u
: "${HVCPUID:?set HVCPUID to the binary under test}"
export HVCPUID
passed=0
failed=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for group in tests/cli/*.sh; do
    case "$group" in tests/cli/lib.sh) continue ;; esac
    # (not `tee /dev/stderr`: reopening stderr truncates it when it is a log file)
    sh "$group" >"$log" 2>&1
    cat "$log"
    result=$(sed -n 's/^RESULT \([0-9]*\) \([0-9]*\)$/\1 \2/p' "$log")
    if [ -z "$result" ]; then
        echo "FAIL $group: the group did not finish" >&2
        failed=$((failed + 1))
        continue
    fi
    set -- $result
    passed=$((passed + $1))
    failed=$((failed + $2))
done
echo "cli: $passed passed, $failed failed"
[ -n "${TEST_COUNTS:-}" ] && echo "$passed $failed" >>"$TEST_COUNTS"
[ "$failed" -eq 0 ]
