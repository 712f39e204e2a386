# kcpuid.sh - the kcpuid CSV outputs: golden copies for the small registry,
# kcpuid's parsing limits on the shipped out/ (tests/kcpuid/check_csv.py
# reads them as Linux's kcpuid does), the limits enforced on names and
# descriptions too long for kcpuid's buffers, and hostile registry text
# (tests/kcpuid/hostile.xml): no row injected, no cell a formula, no two
# short names equal, no register past kcpuid's 32 rows.
. tests/cli/lib.sh
H=$HVCPUID

"$H" gen -o "$TMPD/small" tests/data/small/registry.xml 2>/dev/null
run_case "golden cpuid.csv" tests/kcpuid/golden/cpuid.csv cat "$TMPD/small/cpuid.csv"
run_case "golden kcpuid/acme.csv" tests/kcpuid/golden/acme.csv cat "$TMPD/small/kcpuid/acme.csv"

if /usr/bin/python3 tests/kcpuid/check_csv.py out/registry.json out; then
    ok "shipped CSVs parse as kcpuid parses them and list every field"
else
    not_ok "shipped CSVs parse as kcpuid parses them and list every field" "see above"
fi

# read_back NAME REGISTRY DIR - gen REGISTRY into DIR; its CSVs read as
# kcpuid reads them and hold every field of the registry.
read_back() {
    "$H" gen -o "$3" "$2" 2>/dev/null
    "$H" export "$2" >"$3.json" 2>/dev/null
    if /usr/bin/python3 tests/kcpuid/check_csv.py "$3.json" "$3"; then ok "$1"
    else not_ok "$1" "see above"; fi
}

read_back "over-long descriptions are cut to fit kcpuid" tests/kcpuid/long.xml "$TMPD/long"
run_case "golden limits" tests/kcpuid/golden/limits.csv cat "$TMPD/long/kcpuid/limits.csv"

# Hostile text: it checks clean, so gen must write CSVs kcpuid reads safely.
expect_exit "hostile CSV text checks clean" 0 "$H" check tests/kcpuid/hostile.xml
read_back "hostile text: every CSV reads as written, within kcpuid's limits" \
    tests/kcpuid/hostile.xml "$TMPD/hostile"
run_case "golden hostile kcpuid/forge.csv" tests/kcpuid/golden/forge.csv \
    cat "$TMPD/hostile/kcpuid/forge.csv"
"$H" export --format=csv tests/kcpuid/hostile.xml >"$TMPD/hostile.csv" 2>/dev/null
if /usr/bin/python3 tests/kcpuid/check_csv.py --file "$TMPD/hostile.csv" >/dev/null; then
    ok "hostile text: export --format=csv within kcpuid's limits"
else
    not_ok "hostile text: export --format=csv within kcpuid's limits" "see above"
fi
# The reader itself: each limit it holds fails on a line that breaks it.
for bad in '0x40000001, 0, eax, 0, name_of_thirty_two_bytes_exactly, d' \
    "0x40000001, 0, eax, 0, n, $(printf '%0256d' 0)" '0x40000001, 0, eax, 0, two words, d' \
    '0x40000001, 0, eax, 0, n, =cmd' '0x40000001, 0, eax, 0, n, a
b' '0x40000001,, eax, 0, n' \
    '0x40000001, 0, eax, 0,   , d'; do
    printf '%b\n' "$bad" >"$TMPD/bad.csv"
    if /usr/bin/python3 tests/kcpuid/check_csv.py --file "$TMPD/bad.csv" >/dev/null 2>&1; then
        not_ok "the reader refuses: $bad" "it accepted the line"
    else
        ok "the reader refuses: $(printf '%.40s' "$bad")"
    fi
done
seq 0 32 | sed 's/.*/0x40000001, 0, eax, 0, n&, d/' >"$TMPD/rows.csv"
if /usr/bin/python3 tests/kcpuid/check_csv.py --file "$TMPD/rows.csv" >/dev/null 2>&1; then
    not_ok "the reader refuses a 33rd row in one register" "it accepted it"
else
    ok "the reader refuses a 33rd row in one register"
fi
# `export --format=csv` prints exactly what gen writes to cpuid.csv.
"$H" export --format=csv spec/registry.xml >"$TMPD/export.csv" 2>/dev/null
if cmp -s "$TMPD/export.csv" out/cpuid.csv; then ok "export --format=csv equals out/cpuid.csv"
else not_ok "export --format=csv equals out/cpuid.csv" "outputs differ"; fi
expect_exit "export refuses an unknown format" 2 "$H" export --format=yaml spec/registry.xml
finish
