# lib.sh - helpers for command-line test groups (sourced, POSIX sh).
#
#   run_case NAME EXPECTED_FILE CMD...   run CMD, compare "stdout, stderr,
#                                        exit: N" with EXPECTED_FILE
#                                        (REGEN=1 rewrites it)
#   expect_exit NAME CODE CMD...         only the exit status matters
#   ok NAME / not_ok NAME WHY            record a result
#   finish                               print the RESULT line
# Every group runs from the repository root with $HVCPUID set.

PASSED=0
FAILED=0
TMPD=$(mktemp -d)
trap 'rm -rf "$TMPD"' EXIT

ok() {
    PASSED=$((PASSED + 1))
    echo "ok $1"
}

not_ok() {
    FAILED=$((FAILED + 1))
    echo "FAIL $1: $2"
}

# The transcript of one command: stdout, then stderr, then the exit status.
transcript() {
    "$@" >"$TMPD/_stdout" 2>"$TMPD/_stderr"
    code=$?
    cat "$TMPD/_stdout"
    if [ -s "$TMPD/_stderr" ]; then
        echo "--- stderr"
        cat "$TMPD/_stderr"
    fi
    echo "--- exit: $code"
}

run_case() {
    name=$1
    expected=$2
    shift 2
    transcript "$@" >"$TMPD/_actual"
    if [ "${REGEN:-0}" = 1 ]; then
        mkdir -p "$(dirname "$expected")"
        cp "$TMPD/_actual" "$expected"
        ok "$name (regenerated)"
    elif [ ! -f "$expected" ]; then
        not_ok "$name" "missing $expected (run make regen-golden and review it)"
    elif diff -u "$expected" "$TMPD/_actual" >"$TMPD/_diff"; then
        ok "$name"
    else
        not_ok "$name" "output differs from $expected:"
        cat "$TMPD/_diff"
    fi
}

expect_exit() {
    name=$1
    want=$2
    shift 2
    "$@" >"$TMPD/_stdout" 2>"$TMPD/_stderr"
    code=$?
    if [ "$code" = "$want" ]; then
        ok "$name"
    else
        not_ok "$name" "exit $code, expected $want"
        cat "$TMPD/_stderr"
    fi
}

finish() {
    echo "RESULT $PASSED $FAILED"
}
