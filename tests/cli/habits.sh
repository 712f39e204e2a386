# habits.sh - gcc's and dtc's habits on the command line (issue 16 section 4):
# '-' as standard input, gen -o refusing '-' and '', -Werror=NAME and
# -Wno-error=NAME, the closest check name first, gcc's colours and when they
# apply (--color, -fdiagnostics-color, NO_COLOR, TERM, never into a pipe or a
# file), check --list --format=json, a missing file as an I/O error.
. tests/cli/lib.sh
H=$HVCPUID
bad=tests/bad/field-overlap.xml
small=tests/data/small/registry.xml
warn=tests/bad/reservation-overlap.xml # reservation-overlap warnings only

# ---- '-' is standard input for check, decode and diff ----------------------
"$H" check "$bad" >"$TMPD/file.out" 2>&1
"$H" check - <"$bad" >"$TMPD/stdin.out" 2>&1
code=$?
sed 's|^tests/bad/field-overlap.xml:|<stdin>:|' "$TMPD/file.out" >"$TMPD/file.want"
if [ $code = 1 ] && cmp -s "$TMPD/file.want" "$TMPD/stdin.out"; then ok "check - reads stdin as <stdin>"
else not_ok "check - reads stdin as <stdin>" "exit $code: $(head -2 "$TMPD/stdin.out")"; fi
cat "$bad" | "$H" check - >/dev/null 2>&1
[ $? = 1 ] && ok "check - reads a pipe" || not_ok "check - reads a pipe" "exit $?"
(cd tests/data/small && "../../../$H" check - <registry.xml >/dev/null 2>"$TMPD/root.err")
[ $? = 0 ] && ok "a root on stdin includes from the working folder" ||
    not_ok "a root on stdin includes from the working folder" "$(cat "$TMPD/root.err")"
: | "$H" check - >/dev/null 2>"$TMPD/empty.err"
code=$?
if [ $code = 1 ] && grep -q "^<stdin>: error: empty input" "$TMPD/empty.err"; then ok "empty stdin is named"
else not_ok "empty stdin is named" "exit $code: $(cat "$TMPD/empty.err")"; fi
expect_exit "'-' twice is refused" 2 "$H" check - - </dev/null
vendor=tests/data/small/acme.xml # a root on stdin would include from the working folder
"$H" diff "$vendor" - <"$vendor" >"$TMPD/d1" 2>&1
"$H" diff "$vendor" "$vendor" >"$TMPD/d2" 2>&1
if cmp -s "$TMPD/d1" "$TMPD/d2"; then ok "diff OLD - reads NEW from stdin"
else not_ok "diff OLD - reads NEW from stdin" "$(head -3 "$TMPD/d1")"; fi
expect_exit "diff - - is refused" 2 "$H" diff - - </dev/null
d=tests/decode/dumps/synthetic-bhyve-mirror.cpuid-r.txt
"$H" decode - <"$d" >"$TMPD/dec1" 2>&1
"$H" decode "$d" >"$TMPD/dec2" 2>&1
cmp -s "$TMPD/dec1" "$TMPD/dec2" && ok "decode - reads stdin" || not_ok "decode - reads stdin" "differs"

# ---- a missing file: exit 2, the file named, no count of skipped checks ----
"$H" check tests/no-such-file.xml >"$TMPD/out" 2>"$TMPD/err"
code=$?
if [ $code = 2 ] && grep -q "^tests/no-such-file.xml: error: cannot open: No such file or directory" \
    "$TMPD/err" && ! grep -q skipped "$TMPD/err"; then ok "missing file: I/O error naming it"
else not_ok "missing file: I/O error naming it" "exit $code: $(cat "$TMPD/err")"; fi
"$H" diff tests/no-such-file.xml "$small" >"$TMPD/out" 2>"$TMPD/err"
code=$?
if [ $code = 2 ] && grep -q "^tests/no-such-file.xml: error: cannot open" "$TMPD/err" &&
    grep -q "the old registry tests/no-such-file.xml cannot be read" "$TMPD/err" &&
    ! grep -q "check cleanly\|skipped" "$TMPD/err"; then ok "diff of a missing file says it is missing"
else not_ok "diff of a missing file says it is missing" "exit $code: $(cat "$TMPD/err")"; fi

# ---- usage errors: exit 2, the message, the help named ---------------------
usage_error() { # NAME MESSAGE CMD...: exit 2, this first line on stderr, nothing on stdout
    name=$1
    want=$2
    shift 2
    "$@" >"$TMPD/out" 2>"$TMPD/err"
    code=$?
    if [ $code = 2 ] && [ "$(head -n 1 "$TMPD/err")" = "$want" ] && [ ! -s "$TMPD/out" ]
    then ok "$name"; else not_ok "$name" "exit $code: $(cat "$TMPD/err")"; fi
}
usage_error "gen -o - is refused" \
    "hvcpuid gen: -o names a folder; gen writes many files, so it cannot write to standard output ('-'): use 'hvcpuid export --format=FORMAT' for one output on stdout" \
    "$H" gen -o - "$small"
[ ! -e ./- ] && ok "gen -o - wrote nothing" || { rm -rf ./-; not_ok "gen -o - wrote nothing" "./- exists"; }
usage_error "gen -o '' is refused" "hvcpuid gen: refusing -o '': it needs a folder name, not an empty one" \
    "$H" gen -o '' "$small"
usage_error "a second --color is refused" \
    "hvcpuid check: colour given more than once (--color, -fdiagnostics-color)" \
    "$H" check --color=never -fdiagnostics-color=always "$small"
usage_error "a bad --color lists the values" \
    "hvcpuid check: unknown --color 'sometimes' (auto, always or never)" \
    "$H" check --color=sometimes "$small"
usage_error "an unknown -f option" "hvcpuid check: unknown option '-fsyntax-only'" \
    "$H" check -fsyntax-only "$small"
usage_error "--list takes no sarif" "hvcpuid check: --list prints text or json, not sarif" \
    "$H" check --list --format=sarif

# ---- -Werror=NAME, -Wno-error=NAME, the closest name first -----------------
expect_exit "warnings alone exit 0" 0 "$H" check "$warn"
expect_exit "-Werror=NAME raises one check" 1 "$H" check -Werror=reservation-overlap "$warn"
expect_exit "-Werror=NAME raises only that check" 0 "$H" check -Werror=field-overlap "$warn"
expect_exit "-Werror=NAME enables an off check" 1 "$H" check -Werror=register-gap tests/bad/register-gap.xml
expect_exit "-Wno-error=NAME lowers an error" 0 "$H" check -Wno-error=field-overlap "$bad"
expect_exit "-Wno-error=NAME holds under -Werror" 0 "$H" check -Werror -Wno-error=field-overlap "$bad"
expect_exit "... in either order" 0 "$H" check -Wno-error=field-overlap -Werror "$bad"
expect_exit "-Werror still raises the others" 1 "$H" check -Werror -Wno-error=field-overlap "$warn"
expect_exit "-W error=NAME, two words" 1 "$H" check -W error=reservation-overlap "$warn"
expect_exit "fixed checks are not lowered" 2 "$H" check -Wno-error=schema "$bad"
"$H" check -W field-overlp "$bad" >/dev/null 2>"$TMPD/err"
code=$?
first=$(sed -n 1p "$TMPD/err")
names=$(sed -n 's/^the checks, closest first: //p' "$TMPD/err")
all=$("$H" check --list | awk '{print $1}' | sort | tr '\n' ' ')
got=$(printf '%s\n' "$names" | tr -d ' ' | tr ',' '\n' | sort | tr '\n' ' ')
if [ $code = 2 ] && [ "$first" = "hvcpuid check: unknown check 'field-overlp' in '-Wfield-overlp'; did you mean 'field-overlap'?" ] &&
    [ "${names%%,*}" = field-overlap ] && [ "$got" = "$all" ]; then ok "unknown check: closest first, all named"
else not_ok "unknown check: closest first, all named" "exit $code: $(cat "$TMPD/err")"; fi

# ---- check --list --format=json: the table, as JSON ------------------------
"$H" check --list --format=json >"$TMPD/list.json"
"$H" check --list >"$TMPD/list.txt"
if /usr/bin/python3 - "$TMPD/list.json" "$TMPD/list.txt" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
assert d["format"] == "hvcpuid-checks" and d["version"] == 1
rows = [l.split(None, 2) for l in open(sys.argv[2])]
assert [(c["name"], c["level"], c["summary"]) for c in d["checks"]] == [tuple(r[:2]) + (r[2].rstrip("\n"),) for r in rows]
by = {c["name"]: c for c in d["checks"]}
assert by["xml"]["fixed"] and not by["field-overlap"]["fixed"]
assert by["field-overlap"]["prerequisite"] == "schema" and by["xml"]["prerequisite"] is None
PY
then ok "check --list --format=json is the --list table"; else not_ok "check --list --format=json" "see above"; fi
run_case "check --list --format=json golden" tests/contract/golden/check-list.json \
    "$H" check --list --format=json

# ---- export states its default ---------------------------------------------
"$H" export "$small" >"$TMPD/e1" 2>/dev/null
"$H" export --format=json "$small" >"$TMPD/e2" 2>/dev/null
if "$H" export --help | grep -q "as JSON unless --format names" && [ -s "$TMPD/e1" ] &&
    cmp -s "$TMPD/e1" "$TMPD/e2"
then ok "export: JSON by default, and --help says so"
else not_ok "export: JSON by default, and --help says so" "help or output differs"; fi

# ---- colour as gcc: when, and what -----------------------------------------
esc=$(printf '\033')
"$H" check --color=always "$bad" 2>"$TMPD/c.err"
if grep -q "^${esc}\[01m${esc}\[Ktests/bad/field-overlap.xml:7:9:${esc}\[m${esc}\[K ${esc}\[01;31m${esc}\[Kerror: ${esc}\[m${esc}\[K" "$TMPD/c.err" &&
    grep -q "\[${esc}\[01;31m${esc}\[Kfield-overlap${esc}\[m${esc}\[K\]\$" "$TMPD/c.err" &&
    grep -q "${esc}\[01;36m${esc}\[Knote: " "$TMPD/c.err"; then ok "--color=always: gcc's escapes"
else not_ok "--color=always: gcc's escapes" "$(cat -v "$TMPD/c.err" | head -2)"; fi
"$H" check -W field-overlap --color=always "$bad" 2>&1 | grep -q "${esc}\[01;35m${esc}\[Kwarning: " &&
    ok "warnings in bold magenta" || not_ok "warnings in bold magenta" "no escape"
for spelling in --color=always "--color always" -fdiagnostics-color=always -fdiagnostics-color; do
    # shellcheck disable=SC2086
    "$H" check $spelling "$bad" 2>&1 | grep -q "$esc" && ok "$spelling colours" ||
        not_ok "$spelling colours" "no escape"
done
for spelling in --color=never -fdiagnostics-color=never -fno-diagnostics-color --color=auto ""; do
    # shellcheck disable=SC2086
    TERM=xterm "$H" check $spelling "$bad" 2>"$TMPD/nc.err"
    if grep -q "$esc" "$TMPD/nc.err"; then not_ok "'$spelling' into a file: no colour" "escapes"
    else ok "'$spelling' into a file: no colour"; fi
done
TERM=xterm "$H" check "$bad" 2>&1 | grep -q "$esc" && not_ok "never into a pipe" "escapes" ||
    ok "never into a pipe"
# decode's own diagnostics on a malformed dump, in the same colours, and only when asked
bad_dump=tests/decode/dumps/bad-hex.txt
"$H" decode --color=always "$bad_dump" 2>"$TMPD/dc.err" >/dev/null
if grep -q "^${esc}\[01m${esc}\[K$bad_dump:1:${esc}\[m${esc}\[K ${esc}\[01;31m${esc}\[Kerror: " "$TMPD/dc.err" &&
    grep -q "${esc}\[01;36m${esc}\[Knote: ${esc}\[m${esc}\[Kthe line reads" "$TMPD/dc.err"; then
    ok "decode --color=always colours a malformed dump's error and note"
else not_ok "decode --color=always colours" "$(cat -v "$TMPD/dc.err" | head -2)"; fi
TERM=xterm "$H" decode "$bad_dump" 2>"$TMPD/dc.err" >/dev/null
grep -q "$esc" "$TMPD/dc.err" && not_ok "decode into a file: no colour" "escapes" || ok "decode into a file: no colour"
# On a terminal (script(1) gives the command a pty): colour by default,
# none with NO_COLOR set and not empty or TERM=dumb, colour again when asked.
if command -v script >/dev/null 2>&1; then
    tty_run() { # ENV... -- ARGS: stderr+stdout of hvcpuid on a pty
        env "$@" script -qec "$H check $bad" /dev/null 2>&1
    }
    tty_run TERM=xterm >"$TMPD/tty" </dev/null
    grep -q "${esc}\[01;31m" "$TMPD/tty" && ok "auto: colour on a terminal" ||
        not_ok "auto: colour on a terminal" "$(cat -v "$TMPD/tty" | head -2)"
    tty_run TERM=xterm NO_COLOR=1 >"$TMPD/tty" </dev/null
    grep -q "$esc" "$TMPD/tty" && not_ok "NO_COLOR=1 on a terminal: none" "escapes" ||
        ok "NO_COLOR=1 on a terminal: none"
    tty_run TERM=xterm NO_COLOR= >"$TMPD/tty" </dev/null
    grep -q "${esc}\[01;31m" "$TMPD/tty" && ok "an empty NO_COLOR is unset" ||
        not_ok "an empty NO_COLOR is unset" "no escapes"
    tty_run TERM=dumb >"$TMPD/tty" </dev/null
    grep -q "$esc" "$TMPD/tty" && not_ok "TERM=dumb: none" "escapes" || ok "TERM=dumb: none"
    env TERM=xterm NO_COLOR=1 script -qec "$H check --color=always $bad" /dev/null >"$TMPD/tty" 2>&1 </dev/null
    grep -q "${esc}\[01;31m" "$TMPD/tty" && ok "--color=always beats NO_COLOR" ||
        not_ok "--color=always beats NO_COLOR" "no escapes"
else
    not_ok "colour on a terminal" "script(1) (util-linux) is not installed"
fi
finish
