# contract.sh - the command-line contract: exit statuses, options and their
# order, output formats, and the shipped registry checking clean.
. tests/cli/lib.sh
H=$HVCPUID

expect_exit "help exits 0" 0 "$H" --help
expect_exit "version exits 0" 0 "$H" --version
expect_exit "no command is a usage error" 2 "$H"
expect_exit "unknown command is a usage error" 2 "$H" frobnicate
expect_exit "unknown check name is a usage error" 2 "$H" check -W no-such-check spec/registry.xml
expect_exit "unknown option is a usage error" 2 "$H" check --frob spec/registry.xml
expect_exit "fixed checks cannot be disabled" 2 "$H" check -Wno-schema spec/registry.xml
expect_exit "missing file is an I/O error" 2 "$H" check tests/no-such-file.xml
expect_exit "a directory is not a registry file" 2 "$H" check tests/good
expect_exit "shipped registry checks clean" 0 "$H" check spec/registry.xml
expect_exit "FILE defaults to spec/registry.xml" 0 "$H" check

run_case "check --list" tests/contract/golden/check-list.txt "$H" check --list
run_case "usage" tests/contract/golden/help.txt "$H" --help

# Levels: -W lowers to a warning (exit 0), -Werror raises it back, -E and
# -W apply left to right, -Wno- silences.
bad=tests/bad/field-overlap.xml
expect_exit "error by default" 1 "$H" check $bad
expect_exit "-W NAME makes it a warning" 0 "$H" check -W field-overlap $bad
expect_exit "-WNAME (one word) too" 0 "$H" check -Wfield-overlap $bad
expect_exit "-Werror raises warnings" 1 "$H" check -W field-overlap -Werror $bad
expect_exit "-Werror anywhere on the line" 1 "$H" check -Werror -W field-overlap $bad
expect_exit "later -E wins over earlier -W" 1 "$H" check -W field-overlap -E field-overlap $bad
expect_exit "later -W wins over earlier -E" 0 "$H" check -E field-overlap -W field-overlap $bad
expect_exit "-Wno-NAME turns it off" 0 "$H" check -Wno-field-overlap $bad
run_case "warning text" tests/contract/golden/field-overlap-as-warning.txt "$H" check -W field-overlap $bad
run_case "silenced check prints nothing" tests/contract/golden/field-overlap-off.txt \
    "$H" check -W no-field-overlap $bad

# JSON diagnostics parse and carry file, line, column, level, check, related.
"$H" check --format=json tests/bad/duplicate-leaf.xml >"$TMPD/diag.json" 2>/dev/null
if /usr/bin/python3 - "$TMPD/diag.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
assert d["format"] == "hvcpuid-diagnostics" and d["errors"] == 3
first = d["diagnostics"][0]
assert first["file"] == "tests/bad/duplicate-leaf.xml" and first["line"] == 5
assert first["column"] == 5 and first["level"] == "error"
assert first["check"] == "duplicate-leaf" and first["related"][0]["line"] == 4
PY
then ok "json diagnostics"; else not_ok "json diagnostics" "unexpected content"; fi
run_case "json diagnostics golden" tests/contract/golden/duplicate-leaf.json \
    "$H" check --format=json tests/bad/duplicate-leaf.xml

# export: the golden small registry; refuses to print a registry with errors.
run_case "export small registry" tests/contract/golden/small-registry.json \
    "$H" export --format=json tests/data/small/registry.xml
expect_exit "export refuses a broken registry" 1 "$H" export tests/bad/field-overlap.xml
"$H" export tests/bad/field-overlap.xml >"$TMPD/stdout" 2>/dev/null
if [ ! -s "$TMPD/stdout" ]; then ok "export prints nothing on errors"
else not_ok "export prints nothing on errors" "stdout not empty"; fi

# ---- every subcommand's --help and --version (gen/options.c) -------------
# The commands are read from `hvcpuid --help`, so a new one is covered here
# without an edit; each help text is a golden (review it when it changes).
cmds=$("$H" --help | sed -n 's/^  hvcpuid \([a-z]*\) .*/\1/p; s/^  hvcpuid \([a-z]*\)$/\1/p')
ncmds=$(printf '%s\n' $cmds | wc -l)
if [ "$ncmds" -ge 7 ]; then ok "--help lists the commands ($ncmds)"
else not_ok "--help lists the commands" "found: $cmds"; fi
version=$("$H" --version)
for c in $cmds; do
    run_case "$c --help" "tests/contract/golden/help/$c.txt" "$H" "$c" --help
    "$H" "$c" --help >"$TMPD/long" 2>&1
    "$H" "$c" -h >"$TMPD/short" 2>&1
    if cmp -s "$TMPD/long" "$TMPD/short" && head -n 1 "$TMPD/long" | grep -q "^usage: hvcpuid $c"
    then ok "$c -h is $c --help"; else not_ok "$c -h is $c --help" "$(head -n 2 "$TMPD/short")"; fi
    # the synopsis in `hvcpuid --help` is the one the command prints
    syn=$(sed -n '1s/^usage: hvcpuid //p' "$TMPD/long")
    if "$H" --help | grep -qxF "  hvcpuid $syn"; then ok "$c: one synopsis"
    else not_ok "$c: one synopsis" "'$syn' is not in hvcpuid --help"; fi
    out=$("$H" "$c" --version 2>&1)
    code=$?
    if [ $code = 0 ] && [ "$out" = "$version" ]; then ok "$c --version"
    else not_ok "$c --version" "exit $code: $out"; fi
    expect_exit "$c: an unknown option is a usage error" 2 "$H" "$c" --no-such-option
done

# ---- both spellings of an option value, and --, give the same run ---------
same() { # NAME CMD-A -- CMD-B: both transcripts equal
    name=$1
    shift
    a=
    while [ "$1" != "--" ]; do a="$a '$1'"; shift; done
    shift
    eval transcript $a >"$TMPD/sa"
    transcript "$@" >"$TMPD/sb"
    if cmp -s "$TMPD/sa" "$TMPD/sb"; then ok "$name"
    else not_ok "$name" "transcripts differ:"; diff "$TMPD/sa" "$TMPD/sb" | head -10; fi
}
small=tests/data/small/registry.xml
same "check --format json = --format=json" "$H" check --format json tests/bad/duplicate-leaf.xml \
    -- "$H" check --format=json tests/bad/duplicate-leaf.xml
same "export --format csv = --format=csv" "$H" export --format csv $small \
    -- "$H" export --format=csv $small
same "options after the files" "$H" export $small --format xml \
    -- "$H" export --format=xml $small
same "diff --format json = --format=json" "$H" diff --format json $small $small \
    -- "$H" diff --format=json $small $small
same "decode --registry FILE = --registry=FILE" "$H" decode --registry tests/decode/registry/registry.xml \
    tests/decode/dumps/synthetic-bhyve-mirror.cpuid-r.txt \
    -- "$H" decode --registry=tests/decode/registry/registry.xml tests/decode/dumps/synthetic-bhyve-mirror.cpuid-r.txt
same "free --base B = --base=B" "$H" free --base 0x40000000 $small \
    -- "$H" free --base=0x40000000 $small
same "free --register REG = --register=REG" "$H" free --interface acme --leaf 1 --register eax $small \
    -- "$H" free --interface=acme --leaf=1 --register=eax $small
"$H" gen -o "$TMPD/o1" $small >/dev/null 2>&1
"$H" gen "-o$TMPD/o2" $small >/dev/null 2>&1
if [ -f "$TMPD/o1/registry.json" ] && diff -r "$TMPD/o1" "$TMPD/o2" >/dev/null
then ok "gen -o DIR = -oDIR"; else not_ok "gen -o DIR = -oDIR" "outputs differ or missing"; fi
same "-W NAME = -WNAME" "$H" check -W field-overlap tests/bad/field-overlap.xml \
    -- "$H" check -Wfield-overlap tests/bad/field-overlap.xml
"$H" check -- -no-such-file.xml 2>"$TMPD/err"
code=$?
if [ $code = 2 ] && grep -q "^-no-such-file.xml: error: cannot open" "$TMPD/err"
then ok "after --, a word with a dash is a file"; else not_ok "after --" "exit $code: $(cat "$TMPD/err")"; fi

# ---- usage errors: exit 2, one clear line, the command's help named -------
usage_error() { # NAME MESSAGE CMD...: exit 2 and exactly this first line on stderr
    name=$1
    want=$2
    shift 2
    "$@" >"$TMPD/out" 2>"$TMPD/err"
    code=$?
    if [ $code = 2 ] && [ "$(head -n 1 "$TMPD/err")" = "$want" ] && [ ! -s "$TMPD/out" ] &&
        grep -q "^(see 'hvcpuid [a-z]* --help')\$" "$TMPD/err"
    then ok "$name"; else not_ok "$name" "exit $code: $(cat "$TMPD/err")"; fi
}
usage_error "a repeated option is refused" "hvcpuid check: option '--format' given more than once" \
    "$H" check --format=json --format text spec/registry.xml
usage_error "a bad choice lists the choices" "hvcpuid export: unknown --format 'yaml' (json, csv or xml)" \
    "$H" export --format=yaml spec/registry.xml
usage_error "a missing value is named" "hvcpuid decode: option '--registry' needs a value" \
    "$H" decode --registry
usage_error "a flag takes no value" "hvcpuid check: option '--list' takes no value" \
    "$H" check --list=yes
usage_error "a number is checked" "hvcpuid free: --base: '0x4000zz00' is not a number" \
    "$H" free --base 0x4000zz00 spec/registry.xml
usage_error "a bad register lists the registers" \
    "hvcpuid free: unknown --register 'esp' (eax, ebx, ecx or edx)" \
    "$H" free --interface kvm --leaf 1 --register esp spec/registry.xml
# gen checks at the default levels only (gen/cmd/gen.c says why).
usage_error "gen takes no -W" "hvcpuid gen: unknown option '-Wno-reservation-overlap'" \
    "$H" gen -Wno-reservation-overlap -o "$TMPD/never" spec/registry.xml

# Determinism: the order of files on the command line does not matter.
"$H" export tests/data/small/acme.xml tests/data/small/zeta.xml >"$TMPD/a.json" 2>&1
"$H" export tests/data/small/zeta.xml tests/data/small/acme.xml >"$TMPD/b.json" 2>&1
if cmp -s "$TMPD/a.json" "$TMPD/b.json"; then ok "export independent of file order"
else not_ok "export independent of file order" "outputs differ"; fi
finish
