# gate.sh - the CI gate: levels of the collision checks (-W/-E/-Werror,
# default-off checks) and realistic vendor changes (tests/data/gate/).
. tests/cli/lib.sh
H=$HVCPUID

# reservation-overlap is a warning by default: exit 0, but -Werror or -E
# makes it fail the gate, and the last option for a check wins.
res=tests/bad/reservation-overlap.xml
expect_exit "reservation-overlap: warning, exit 0" 0 "$H" check $res
expect_exit "reservation-overlap: -Werror fails" 1 "$H" check -Werror $res
expect_exit "reservation-overlap: -E fails" 1 "$H" check -E reservation-overlap $res
expect_exit "reservation-overlap: -E then -W passes" 0 "$H" check -E reservation-overlap \
    -W reservation-overlap $res
expect_exit "reservation-overlap: -Wno- with -Werror passes" 0 "$H" check -Werror \
    -Wno-reservation-overlap $res
"$H" check -Wno-reservation-overlap $res >"$TMPD/out" 2>&1
if [ ! -s "$TMPD/out" ]; then ok "reservation-overlap: -Wno- is silent"
else not_ok "reservation-overlap: -Wno- is silent" "$(cat "$TMPD/out")"; fi
"$H" check -Werror $res 2>"$TMPD/err"
if grep -q "error: .*\[reservation-overlap\]" "$TMPD/err" && grep -q "^3 errors, 0 warnings" "$TMPD/err"
then ok "reservation-overlap: -Werror reports errors"
else not_ok "reservation-overlap: -Werror reports errors" "$(cat "$TMPD/err")"; fi

# register-gap and withdrawn-overlap are off by default: silent, exit 0;
# -W shows warnings (exit 0); -E or -W plus -Werror fail. ($name belongs to
# lib.sh, hence $chk.)
for chk in register-gap withdrawn-overlap; do
    bad=tests/bad/$chk.xml
    "$H" check $bad >"$TMPD/out" 2>&1
    code=$?
    if [ $code = 0 ] && [ ! -s "$TMPD/out" ]; then ok "$chk: off by default"
    else not_ok "$chk: off by default" "exit $code: $(cat "$TMPD/out")"; fi
    expect_exit "$chk: -W warns, exit 0" 0 "$H" check -W $chk $bad
    expect_exit "$chk: -E fails" 1 "$H" check -E $chk $bad
    expect_exit "$chk: -W with -Werror fails" 1 "$H" check -Werror -W $chk $bad
    expect_exit "$chk: -W then -Wno- is off again" 0 "$H" check -Werror -W $chk -Wno-$chk $bad
done

# allocation-overlap is an error that can be lowered to a warning.
expect_exit "allocation-overlap: error" 1 "$H" check tests/bad/allocation-overlap.xml
expect_exit "allocation-overlap: -W lowers it" 0 "$H" check -W allocation-overlap \
    tests/bad/allocation-overlap.xml

# No cascade: a broken allocation bound silences the allocation checks with
# one note instead of a pile of overlaps computed from nonsense.
"$H" check tests/bad/leaf-offset-range.xml 2>"$TMPD/err"
if ! grep -q "overlap\]" "$TMPD/err" && grep -q "checks skipped because 'leaf-offset-range'" "$TMPD/err"
then ok "no cascade after leaf-offset-range"
else not_ok "no cascade after leaf-offset-range" "$(cat "$TMPD/err")"; fi
finish
