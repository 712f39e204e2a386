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

run_case "check --list" tests/golden/check-list.txt "$H" check --list
run_case "usage" tests/golden/help.txt "$H" --help

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
run_case "warning text" tests/golden/field-overlap-as-warning.txt "$H" check -W field-overlap $bad
run_case "silenced check prints nothing" tests/golden/field-overlap-off.txt \
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
run_case "json diagnostics golden" tests/golden/duplicate-leaf.json \
    "$H" check --format=json tests/bad/duplicate-leaf.xml

# export: the golden small registry; refuses to print a registry with errors.
run_case "export small registry" tests/golden/small-registry.json \
    "$H" export --format=json tests/data/small/registry.xml
expect_exit "export refuses a broken registry" 1 "$H" export tests/bad/field-overlap.xml
"$H" export tests/bad/field-overlap.xml >"$TMPD/stdout" 2>/dev/null
if [ ! -s "$TMPD/stdout" ]; then ok "export prints nothing on errors"
else not_ok "export prints nothing on errors" "stdout not empty"; fi

# Determinism: the order of files on the command line does not matter.
"$H" export tests/data/small/acme.xml tests/data/small/zeta.xml >"$TMPD/a.json" 2>&1
"$H" export tests/data/small/zeta.xml tests/data/small/acme.xml >"$TMPD/b.json" 2>&1
if cmp -s "$TMPD/a.json" "$TMPD/b.json"; then ok "export independent of file order"
else not_ok "export independent of file order" "outputs differ"; fi
finish
