#!/bin/sh
# selftest.sh [HVCPUID] - the generators keep their promises: each check
# below fails when bench/mkregistry.py, tests/hostile/mkinput.py's shapes
# for docs/performance.md or tests/hostile/mkdump.py break the property it
# names. Not part of make check (bench/README.md); exit 1 on any failure.
set -u
H=${1:-build/hvcpuid}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
ok() { echo "ok - $1"; }
bad() {
    echo "not ok - $1: $2"
    fail=1
}
# expect NAME WANT-EXIT PATTERN CMD...: exit status and a line of stderr (or
# of stdout for decode and diff, which report there) matching PATTERN
# ("-": no output on stderr at all).
expect() {
    name=$1 want=$2 pattern=$3
    shift 3
    "$@" >"$tmp/out" 2>"$tmp/err"
    code=$?
    if [ "$code" != "$want" ]; then
        bad "$name" "exit $code, expected $want: $(head -n 2 "$tmp/err")"
    elif [ "$pattern" = - ] && [ -s "$tmp/err" ]; then
        bad "$name" "unexpected stderr: $(head -n 2 "$tmp/err")"
    elif [ "$pattern" != - ] && ! cat "$tmp/err" "$tmp/out" | grep -Eq -- "$pattern"; then
        bad "$name" "no line matches /$pattern/"
    else
        ok "$name"
    fi
}

# ---- bench/mkregistry.py --------------------------------------------------
python3 bench/mkregistry.py 3000 "$tmp/a" && python3 bench/mkregistry.py 3000 "$tmp/b"
if diff -r "$tmp/a" "$tmp/b" >/dev/null; then ok "mkregistry: same bytes on every run"
else bad "mkregistry: same bytes on every run" "two runs differ"; fi
n=$(cat "$tmp"/a/*.xml | grep -o '<field ' | wc -l)
if [ "$n" = 3000 ]; then ok "mkregistry: exactly the fields asked for"
else bad "mkregistry: exactly the fields asked for" "$n fields"; fi
vendors=$(ls "$tmp"/a | grep -c '^[0-9]')
if [ "$vendors" -ge 5 ]; then ok "mkregistry: many vendors, one file each"
else bad "mkregistry: many vendors, one file each" "$vendors vendor files"; fi
for what in '<value ' '<reserved ' '<hypervisor ' 'interface-signature=' 'subleaf=' \
    'replaced-by=' 'alternative-to=' '<follows ' 'status="proposed"' '<source url='; do
    if cat "$tmp"/a/*.xml | grep -q -- "$what"; then ok "mkregistry: writes $what"
    else bad "mkregistry: writes $what" "none in 3000 fields"; fi
done
expect "mkregistry: valid against the schema" 0 'validates' \
    xmllint --noout --relaxng validate/registry.rng "$tmp"/a/*.xml
expect "mkregistry: check-clean, 0 warnings (-Werror)" 0 - "$H" check -Werror "$tmp/a/registry.xml"
expect "mkregistry: gen writes it" 0 'written' "$H" gen -o "$tmp/out-a" "$tmp/a/registry.xml"
python3 bench/mkregistry.py ceiling "$tmp/c"
n=$(cat "$tmp"/c/*.xml | grep -o '<field ' | wc -l)
if [ "$n" = 8388608 ]; then ok "mkregistry ceiling: 8,388,608 fields"
else bad "mkregistry ceiling: 8,388,608 fields" "$n fields"; fi
rm -rf "$tmp/c" "$tmp/out-a"

# ---- tests/hostile/mkinput.py shapes for section 2 ------------------------
mk() { python3 tests/hostile/mkinput.py "$@"; }
mk presents-one 300 "$tmp/p"
expect "presents-one: past 256 interfaces, bases are shared" 1 '\[placement-overlap\]' \
    "$H" check "$tmp/p/registry.xml"
mk presents-one 256 "$tmp/p256"
expect "presents-one: 256 interfaces fit 256 bases" 0 - "$H" check "$tmp/p256/registry.xml"
mk presents-one 50001 "$tmp/p50k"
if [ -f "$tmp/p50k/i1.xml" ] && [ -f "$tmp/p50k/product.xml" ]; then
    ok "presents-one: interfaces in files of 50,000, the product in its own"
else bad "presents-one: interfaces in files of 50,000, the product in its own" "$(ls "$tmp/p50k")"; fi
mk enum 50 "$tmp/e.xml" && mk enum-renumbered 50 "$tmp/e2.xml"
expect "enum-renumbered: a clean registry" 0 - "$H" check "$tmp/e2.xml"
expect "enum-renumbered: diff finds the renumbered values" 1 'v49' \
    "$H" diff "$tmp/e.xml" "$tmp/e2.xml"
mk register-rows 40 "$tmp/r.xml"
"$H" export --format=xml "$tmp/r.xml" >"$tmp/r.out" 2>"$tmp/err"
rows=$(grep -c '<row ' "$tmp/r.out")
if [ "$rows" = 40 ]; then ok "register-rows: one diagram row per field"
else bad "register-rows: one diagram row per field" "$rows rows"; fi
mk includes 300 "$tmp/inc"
expect "includes: every repeat is an include finding" 1 '100 errors' \
    "$H" check "$tmp/inc/registry.xml"

# ---- tests/hostile/mkdump.py ------------------------------------------------
python3 tests/hostile/mkdump.py forward 512 "$tmp/f.txt"
python3 tests/hostile/mkdump.py reverse 512 "$tmp/r.txt"
if [ "$(sort "$tmp/f.txt")" = "$(sort "$tmp/r.txt")" ] && ! cmp -s "$tmp/f.txt" "$tmp/r.txt"
then ok "mkdump: reverse is the forward dump's lines, reordered"
else bad "mkdump: reverse is the forward dump's lines, reordered" "they differ"; fi
"$H" decode "$tmp/f.txt" >"$tmp/f.out" 2>&1
"$H" decode "$tmp/r.txt" >"$tmp/r.out" 2>&1
if [ -s "$tmp/f.out" ] && cmp -s "$tmp/f.out" "$tmp/r.out"; then
    ok "mkdump: decode reads both orders alike"
else bad "mkdump: decode reads both orders alike" "outputs differ"; fi
exit $fail
