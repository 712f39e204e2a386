#!/bin/sh
# run-unit.sh BIN... - run cmocka test programs; print one summary line.
# Appends "PASSED FAILED" to $TEST_COUNTS when set (make check sums them).
set -u
passed=0
failed=0
status=0
for t in "$@"; do
    out=$("$t" 2>&1)
    rc=$?
    printf '%s\n' "$out"
    p=$(printf '%s\n' "$out" | sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' | tail -n 1)
    f=$(printf '%s\n' "$out" | sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' | tail -n 1)
    passed=$((passed + ${p:-0}))
    failed=$((failed + ${f:-0}))
    if [ "$rc" -ne 0 ]; then
        status=1
        [ -z "$f" ] && failed=$((failed + 1)) # crashed before its summary
    fi
done
echo "unit: $passed passed, $failed failed"
[ -n "${TEST_COUNTS:-}" ] && echo "$passed $failed" >>"$TEST_COUNTS"
exit $status
