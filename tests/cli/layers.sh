# layers.sh - what each source folder may include (tools/check-layers.py):
# the tree is clean, the checker reports every kind of breach it knows when
# they are planted in a copy, and docs/architecture.md shows its rules.
. tests/cli/lib.sh

out=$(python3 tools/check-layers.py 2>&1)
code=$?
if [ $code = 0 ] && [ -z "$out" ]; then ok "the source tree keeps its layers"
else not_ok "the source tree keeps its layers" "exit $code: $out"; fi

# A copy of a few real files, each with one planted breach, plus one
# untouched file that must stay quiet.
T=$TMPD/tree
mkdir -p $T/gen/cmd $T/gen/emit $T/validate/checks
plant() { # FILE LINE: the real FILE with LINE appended, in the copy
    cp "$1" "$T/$1"
    printf '%s\n' "$2" >>"$T/$1"
}
plant gen/cmd/probe.c '#include "gen/cmd/decode.c"'
plant gen/emit/json.c '#include "../../validate/model.h"'
plant validate/model.c '#include "gen/output.h"'
plant gen/emit/kcpuid.c 'static void rerun(void) { hv_run_checks(0, 0); }'
plant validate/checks/fields.c '#include <libxml/tree.h>'
cp gen/cmd/gen.c $T/gen/cmd/gen.c
mkdir -p $T/lib
awk 'BEGIN { for (i = 0; i < 501; i++) print "/* a line */" }' >$T/lib/long.c
python3 tools/check-layers.py $T >"$TMPD/found"
code=$?
expect_line() { # NAME PATTERN: a line of the report matches PATTERN
    if grep -q "$2" "$TMPD/found"; then ok "fires: $1"
    else not_ok "fires: $1" "no line matching $2 in: $(cat "$TMPD/found")"; fi
}
expect_line "a command including another" '^gen/cmd/probe.c:[0-9]*: includes "gen/cmd/decode.c"'
expect_line "an include with ../" '^gen/emit/json.c:[0-9]*: includes "../../validate/model.h"'
expect_line "the front end including gen/" '^validate/model.c:[0-9]*: includes "gen/output.h"'
expect_line "an emitter running the checks" '^gen/emit/kcpuid.c:[0-9]*: calls hv_run_checks'
expect_line "libxml2 in a check" '^validate/checks/fields.c:[0-9]*: includes <libxml/tree.h>'
expect_line "a file over 500 lines" '^lib/long.c:501: 501 lines, more than 500'
if [ $code = 1 ] && [ "$(wc -l <"$TMPD/found")" -eq 6 ]; then ok "one line per breach, exit 1"
else not_ok "one line per breach, exit 1" "exit $code: $(cat "$TMPD/found")"; fi

# docs/architecture.md carries the rules between its markers, as --table prints them.
sed -n '/^<!-- layers:begin/,/^<!-- layers:end/p' docs/architecture.md | sed '1d;$d' >"$TMPD/doc"
python3 tools/check-layers.py --table >"$TMPD/table"
if [ -s "$TMPD/table" ] && diff -u "$TMPD/table" "$TMPD/doc" >"$TMPD/diff"; then
    ok "docs/architecture.md shows the rules the checker applies"
else
    not_ok "docs/architecture.md shows the rules the checker applies" \
        "update it from tools/check-layers.py --table:"
    cat "$TMPD/diff"
fi
finish
