# hostile_text.sh - registry text on its way into logs, terminals and parsers
# (docs/robustness.md, "Registry text"): ids, names, include paths, numbers,
# bit ranges and signatures that carry line feeds and carriage returns
# before "::error file=...::" and "::add-mask::", C1 controls, DEL and
# bidirectional overrides reach text diagnostics, JSON, SARIF, `decode
# --registry`, `diff` and gen's messages with visible escapes only: no line
# starts a workflow command, nothing hides or reorders text, and every JSON
# and SARIF document parses with a strict parser (UTF-8 only, no lone
# surrogate). tests/hostile/check_text.py says what each mode holds.
. tests/cli/lib.sh
H=$HVCPUID
PY=/usr/bin/python3
CHECK=tests/hostile/check_text.py
FORGE=tests/hostile/forge-log.xml
VALID=tests/hostile/valid/hostile-strings.xml

# clean NAME MODE FILE... - the files pass check_text.py MODE.
clean() {
    name=$1
    mode=$2
    shift 2
    if "$PY" "$CHECK" "$mode" "$@" >"$TMPD/check.out" 2>&1; then ok "$name"
    else not_ok "$name" "$(cat "$TMPD/check.out")"; fi
}

# ---- findings: text, JSON, SARIF -----------------------------------------
"$H" check "$FORGE" 2>"$TMPD/text.err"
clean "forged ids, names, numbers, signatures: text diagnostics" text "$TMPD/text.err"
if grep -q 'vendor id .v\\n::error file=spec/kvm.xml,line=1::forged' "$TMPD/text.err"; then
    ok "a line feed is shown as backslash-n inside the quoted id"
else
    not_ok "a line feed is shown as backslash-n inside the quoted id" "$(head -n 3 "$TMPD/text.err")"
fi
"$H" check --format=json "$FORGE" >"$TMPD/forge.json" 2>/dev/null
clean "forged registry text: JSON diagnostics" json "$TMPD/forge.json"
"$H" check --format=sarif "$FORGE" >"$TMPD/forge.sarif" 2>/dev/null
clean "forged registry text: SARIF" json "$TMPD/forge.sarif"
# The same message in all three formats.
"$PY" - "$TMPD/text.err" "$TMPD/forge.json" "$TMPD/forge.sarif" <<'PY' >"$TMPD/same.out" 2>&1
import json, sys
text = open(sys.argv[1], encoding="utf-8").read().splitlines()
diags = json.load(open(sys.argv[2]))["diagnostics"]
results = json.load(open(sys.argv[3]))["runs"][0]["results"]
want = [d["message"] for d in diags if d["file"]]
sarif = [r["message"]["text"] for r in results]
assert want == sarif, (want, sarif)
for m in want:
    assert any(m in line for line in text), m
PY
if [ $? = 0 ]; then ok "text, JSON and SARIF show the same escaped messages"
else not_ok "text, JSON and SARIF show the same escaped messages" "$(cat "$TMPD/same.out")"; fi

# An include path, and a quote of it cut where a two-byte character starts.
"$H" check tests/hostile/forge-include/registry.xml 2>"$TMPD/inc.err"
clean "forged include paths: text diagnostics" text "$TMPD/inc.err"
"$H" check --format=sarif tests/hostile/forge-include/registry.xml >"$TMPD/inc.sarif" 2>/dev/null
clean "include path cut inside a character: SARIF still parses" json "$TMPD/inc.sarif"
"$H" check --format=json tests/hostile/forge-include/registry.xml >"$TMPD/inc.json" 2>/dev/null
clean "include path cut inside a character: JSON still parses" json "$TMPD/inc.json"

# A file name from the command line (a glob over a pull request's files).
evil="$TMPD/a
::error file=kvm.xml::forged.xml"
cp "$FORGE" "$evil"
"$H" check "$evil" 2>"$TMPD/name.err"
clean "a file name with a line feed: text diagnostics" text "$TMPD/name.err"
"$H" check --format=json "$evil" >"$TMPD/name.json" 2>/dev/null
clean "a file name with a line feed: JSON diagnostics" json "$TMPD/name.json"
"$H" check --format=sarif "$evil" >"$TMPD/name.sarif" 2>/dev/null
clean "a file name with a line feed: SARIF" json "$TMPD/name.sarif"

# ---- valid registry text: decode --registry, diff, gen --------------------
expect_exit "hostile strings check clean" 0 "$H" check "$VALID"
dump=tests/hostile/valid/hostile-strings.dump
"$H" decode --registry "$VALID" "$dump" >"$TMPD/decode.txt" 2>&1
clean "decode --registry: names and descriptions in text" text "$TMPD/decode.txt"
"$H" decode --registry "$VALID" --format=json "$dump" >"$TMPD/decode.json" 2>/dev/null
clean "decode --registry: names and descriptions in JSON" json "$TMPD/decode.json"
if grep -q 'Forge HV\\n::error' "$TMPD/decode.txt"; then ok "decode shows the product name escaped"
else not_ok "decode shows the product name escaped" "$(head -n 5 "$TMPD/decode.txt")"; fi

sed -e 's/<hypervisor id="forge-hv"/<hypervisor id="forge-hv-old"/' \
    -e 's/<allocation first="0x00" last="0x01"/<allocation first="0x00" last="0x02"/' \
    "$VALID" >"$TMPD/old.xml"
"$H" diff "$TMPD/old.xml" "$VALID" >"$TMPD/diff.txt" 2>&1
clean "diff: added and removed names in text" text "$TMPD/diff.txt"
"$H" diff --format=json "$TMPD/old.xml" "$VALID" >"$TMPD/diff.json" 2>/dev/null
clean "diff: added and removed names in JSON" json "$TMPD/diff.json"
if grep -q 'hypervisor forge-hv: Forge HV\\n::error' "$TMPD/diff.txt"; then
    ok "diff shows the added product's name escaped"
else
    not_ok "diff shows the added product's name escaped" "$(cat "$TMPD/diff.txt")"
fi

"$H" gen -o "$TMPD/out" "$VALID" 2>"$TMPD/gen.err"
clean "gen: its messages" text "$TMPD/gen.err"
clean "registry.json: every byte as a JSON escape, none raw" data "$TMPD/out/registry.json"
"$PY" - "$TMPD/out/registry.json" <<'PY' >"$TMPD/lossless.out" 2>&1
import json, sys
reg = json.load(open(sys.argv[1]))
name = reg["interfaces"][0]["name"]
assert name == "Forge\r::add-mask::secret\u202e\u2066\u0085\u009b2J\x7f\u200b\ufeff\U000e0041", repr(name)
PY
if [ $? = 0 ]; then ok "registry.json keeps the exact text"
else not_ok "registry.json keeps the exact text" "$(cat "$TMPD/lossless.out")"; fi
clean "decoder tables: every string escaped" text "$TMPD/out/src/hvcpuid_tables.c"

# Each output of the valid registries read by the consumer it is for: the C
# compiler (every header, C and C++, warnings as errors), an HTML parser
# (tests/html/check_page.py), the kcpuid-faithful CSV reader.
for reg in "$VALID" tests/kcpuid/hostile.xml; do
    name=$(basename "$reg" .xml)
    dir=$TMPD/consumers-$name
    "$H" gen -o "$dir" "$reg" 2>/dev/null
    inc=$dir/include
    printf '#include <hvcpuid/hvcpuid.h>\n' >"$TMPD/all.c"
    for h in "$inc"/hvcpuid/*.h; do printf '#include <hvcpuid/%s>\n' "$(basename "$h")"; done \
        >>"$TMPD/all.c"
    if gcc -std=c11 -Wall -Wextra -pedantic-errors -Werror -fsyntax-only -I"$inc" "$TMPD/all.c" \
        2>"$TMPD/cc.err" &&
        g++ -std=c++17 -Wall -Wextra -pedantic-errors -Werror -fsyntax-only -x c++ -I"$inc" \
            "$TMPD/all.c" 2>>"$TMPD/cc.err"; then
        ok "$name: the headers compile as C11 and C++17"
    else
        not_ok "$name: the headers compile as C11 and C++17" "$(head -n 5 "$TMPD/cc.err")"
    fi
    if "$PY" tests/html/check_page.py --no-script "$dir/html/index.html" >"$TMPD/page.out" 2>&1; then
        ok "$name: the page parses as HTML, with nothing loaded or run"
    else
        not_ok "$name: the page parses as HTML, with nothing loaded or run" "$(cat "$TMPD/page.out")"
    fi
    "$H" export "$reg" >"$TMPD/$name.json" 2>/dev/null
    if "$PY" tests/kcpuid/check_csv.py "$TMPD/$name.json" "$dir" >"$TMPD/csv.out" 2>&1; then
        ok "$name: the kcpuid files read as kcpuid reads them"
    else
        not_ok "$name: the kcpuid files read as kcpuid reads them" "$(cat "$TMPD/csv.out")"
    fi
    clean "$name: registry.json parses strictly" data "$dir/registry.json"
done
finish
