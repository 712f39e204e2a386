# hostile.sh - hostile and broken registry inputs: each gives a clear
# diagnostic and the expected exit status within 5 seconds (timeout) and
# 1 GiB of address space (ulimit -v; skipped under AddressSanitizer, which
# reserves terabytes of shadow memory), never a crash or a hang.
#
#   tests/hostile/NAME.xml or NAME/   checked in; golden transcript NAME.expected
#   tests/hostile/mkinput.py SHAPE N  large inputs generated here under build/
. tests/cli/lib.sh
H=$HVCPUID
GEN=build/hostile
MEM_KB=1048576
mkdir -p "$GEN"

if grep -q __asan_init "$H" 2>/dev/null; then ASAN=1; else ASAN=0; fi

# bounded CMD... - run CMD with the time and memory bounds.
bounded() {
    (
        [ "$ASAN" = 1 ] || ulimit -v "$MEM_KB"
        exec timeout 5 "$@"
    )
}

# generated SHAPE N - path of a generated input, made when missing or older
# than the generator.
generated() {
    f="$GEN/$1-$2.xml"
    if [ ! -f "$f" ] || [ tests/hostile/mkinput.py -nt "$f" ]; then
        python3 tests/hostile/mkinput.py "$1" "$2" "$f.part" && mv "$f.part" "$f"
    fi
    echo "$f"
}

# expect_bounded NAME EXIT PATTERN CMD... - exit status EXIT within the
# bounds, and stderr matching the extended regular expression PATTERN
# (PATTERN "-": stderr must be empty).
expect_bounded() {
    name=$1
    want=$2
    pattern=$3
    shift 3
    bounded "$@" >"$TMPD/_stdout" 2>"$TMPD/_stderr"
    code=$?
    if [ "$code" = 124 ]; then
        not_ok "$name" "timed out (over 5 s): quadratic or worse"
    elif [ "$code" != "$want" ]; then
        not_ok "$name" "exit $code, expected $want"
        head -n 5 "$TMPD/_stderr"
    elif [ "$pattern" = - ] && [ -s "$TMPD/_stderr" ]; then
        not_ok "$name" "expected no output, got:"
        head -n 5 "$TMPD/_stderr"
    elif [ "$pattern" != - ] && ! grep -Eq -- "$pattern" "$TMPD/_stderr"; then
        not_ok "$name" "stderr does not match /$pattern/:"
        head -n 5 "$TMPD/_stderr"
    elif grep -q 'Sanitizer\|runtime error' "$TMPD/_stderr"; then
        not_ok "$name" "sanitizer report"
        head -n 20 "$TMPD/_stderr"
    else
        ok "$name"
    fi
}

# ---- large generated inputs: each hits one loop with tens of thousands of
# objects; a quadratic loop shows up as a timeout ---------------------------
expect_bounded "shape/overlap" 1 '\[field-overlap\]' "$H" check "$(generated overlap 50000)"
expect_bounded "shape/alt-chain" 0 - "$H" check "$(generated alt-chain 50000)"
expect_bounded "shape/alt-unknown" 1 '\[unknown-reference\]' \
    "$H" check "$(generated alt-unknown 50000)"
expect_bounded "shape/subleaves" 0 - "$H" check "$(generated subleaves 50000)"

finish
