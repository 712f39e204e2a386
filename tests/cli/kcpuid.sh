# kcpuid.sh - the kcpuid CSV outputs: golden copies for the small registry,
# kcpuid's parsing limits on the shipped out/, and the limits enforced on
# names and descriptions too long for kcpuid's buffers.
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

"$H" gen -o "$TMPD/long" tests/kcpuid/long.xml 2>/dev/null
"$H" export tests/kcpuid/long.xml >"$TMPD/long.json" 2>/dev/null
if /usr/bin/python3 tests/kcpuid/check_csv.py "$TMPD/long.json" "$TMPD/long"; then
    ok "over-long descriptions are cut to fit kcpuid"
else
    not_ok "over-long descriptions are cut to fit kcpuid" "see above"
fi
run_case "golden limits" tests/kcpuid/golden/limits.csv cat "$TMPD/long/kcpuid/limits.csv"
# `export --format=csv` prints exactly what gen writes to cpuid.csv.
"$H" export --format=csv spec/registry.xml >"$TMPD/export.csv" 2>/dev/null
if cmp -s "$TMPD/export.csv" out/cpuid.csv; then ok "export --format=csv equals out/cpuid.csv"
else not_ok "export --format=csv equals out/cpuid.csv" "outputs differ"; fi
expect_exit "export refuses an unknown format" 2 "$H" export --format=yaml spec/registry.xml
finish
