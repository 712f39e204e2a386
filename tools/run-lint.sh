#!/bin/sh
# run-lint.sh "CFLAGS" FILE... - cppcheck (suppressions in .cppcheck) and
# clang-tidy (.clang-tidy) over the C sources; any finding fails. Appends
# "PASSED FAILED" to $TEST_COUNTS when set.
set -u
flags=$1
shift
passed=0
failed=0
if cppcheck --quiet --std=c11 --enable=warning,performance,portability,style --inline-suppr \
    --suppressions-list=.cppcheck --error-exitcode=1 -D_XOPEN_SOURCE=700 -Ibuild \
    $(printf '%s\n' $flags | grep '^-I') "$@"; then
    passed=$((passed + 1))
    echo "ok lint/cppcheck"
else
    failed=$((failed + 1))
    echo "FAIL lint/cppcheck"
fi
# shellcheck disable=SC2086
if clang-tidy --quiet "$@" -- $flags 2>&1 | grep -E 'warning:|error:'; then
    failed=$((failed + 1))
    echo "FAIL lint/clang-tidy"
else
    passed=$((passed + 1))
    echo "ok lint/clang-tidy"
fi
echo "lint: $passed passed, $failed failed"
[ -n "${TEST_COUNTS:-}" ] && echo "$passed $failed" >>"$TEST_COUNTS"
[ "$failed" -eq 0 ]
