# bad_and_good_inputs.sh - every input under tests/bad/ gives exactly the
# diagnostics and exit status in its .expected file; every input under
# tests/good/ checks clean and silent; every check has at least one of each.
# An optional NAME.flags beside an input holds options for it (e.g.
# "-W register-gap" for a check that is off by default).
. tests/cli/lib.sh

input_of() { # tests/bad/NAME.xml, or tests/bad/NAME/ holding registry.xml
    if [ -d "$1" ]; then echo "${1%/}/registry.xml"; else echo "$1"; fi
}

flags_of() { # the options in tests/DIR/NAME.flags, if any
    if [ -f "$1.flags" ]; then cat "$1.flags"; fi
}

for path in tests/bad/*.xml tests/bad/*/; do
    [ -e "$path" ] || continue
    base=$(basename "$path" .xml)
    # shellcheck disable=SC2046
    run_case "bad/$base" "tests/bad/$base.expected" "$HVCPUID" check \
        $(flags_of "tests/bad/$base") "$(input_of "$path")"
done

for path in tests/good/*.xml tests/good/*/; do
    [ -e "$path" ] || continue
    input=$(input_of "$path")
    # shellcheck disable=SC2046
    "$HVCPUID" check $(flags_of "tests/good/$(basename "$path" .xml)") "$input" >"$TMPD/out" 2>&1
    code=$?
    if [ "$code" = 0 ] && [ ! -s "$TMPD/out" ]; then
        ok "good/$(basename "$path" .xml)"
    else
        not_ok "good/$(basename "$path" .xml)" "exit $code:"
        cat "$TMPD/out"
    fi
done

# Coverage: a check without a bad input proving it fires, or without a good
# input (named after it) proving it stays quiet, is a check nobody tested.
for name in $("$HVCPUID" check --list | awk '{print $1}'); do
    if grep -q "\[$name\]\$" tests/bad/*.expected 2>/dev/null; then
        ok "fires/$name"
    else
        not_ok "fires/$name" "no tests/bad/*.expected shows [$name]"
    fi
    if [ -e "tests/good/$name.xml" ] || [ -d "tests/good/$name" ]; then
        ok "quiet/$name"
    else
        not_ok "quiet/$name" "no tests/good/$name.xml or tests/good/$name/"
    fi
done
finish
