# free.sh - `hvcpuid free`: what it offers passes the gate, what it refuses
# fails it, and it says who holds each offset it refuses. Data in
# tests/free/ (and two gate inputs, tests/gate/).
. tests/cli/lib.sh
H=$HVCPUID
G=tests/gate
F=tests/free

# ---- the queries, against goldens ---------------------------------------------
# The newcomer (identified by Nc#1 at base+1) is shown beside the neighbour
# (identified at base+0). What free offers must pass the gate; what the
# neighbour claims (its leaves, and the room its allocations hold) must fail.
run_case "free: generic offsets" tests/free/golden/generic.txt "$H" free $G/diff-old.xml
run_case "free: offsets for an interface" tests/free/golden/interface.txt \
    "$H" free --interface newcomer $F/neighbour.xml $F/newcomer.xml
run_case "free: offsets at a base" tests/free/golden/base.txt \
    "$H" free --base 0x40000000 $F/neighbour.xml $F/newcomer.xml
run_case "free: bases" tests/free/golden/bases.txt "$H" free --bases $F/fixture.xml
run_case "free: json" tests/free/golden/interface.json \
    "$H" free --format=json --interface eta $F/fixture.xml
run_case "free: bits" tests/free/golden/bits.txt \
    "$H" free --interface brightvm --leaf 1 --register eax spec/registry.xml $G/newvendor-ok.xml
run_case "free: bits of an undescribed register" tests/free/golden/bits-empty.txt \
    "$H" free --interface brightvm --leaf 0x02 --register edx spec/registry.xml $G/newvendor-ok.xml
run_case "free: bits with sub-leaves" tests/free/golden/bits-subleaf.txt \
    "$H" free --interface xen --leaf 0x03 --subleaf 0 --register eax spec/registry.xml
run_case "free: no free bit says so" tests/free/golden/bits-none.txt \
    "$H" free --interface brightvm --leaf 0x02 --register eax spec/registry.xml $G/newvendor-ok.xml
run_case "free: bits as json" tests/free/golden/bits.json \
    "$H" free --format=json --interface brightvm --leaf 1 --register eax spec/registry.xml \
    $G/newvendor-ok.xml
expect_exit "free: unknown interface" 2 "$H" free --interface nope spec/registry.xml
expect_exit "free: unknown leaf" 2 "$H" free --interface kvm --leaf 0x7 --register eax spec/registry.xml
expect_exit "free: bad register" 2 "$H" free --interface kvm --leaf 1 --register esp spec/registry.xml
expect_exit "free: bits need a leaf" 2 "$H" free --interface kvm --register eax spec/registry.xml
expect_exit "free: base and interface" 2 "$H" free --base 0x40000000 --interface kvm spec/registry.xml
expect_exit "free: bases and base" 2 "$H" free --bases --base 0x40000000 spec/registry.xml
expect_exit "free: bad number" 2 "$H" free --base 0x4000zz00 spec/registry.xml
expect_exit "free: bad format" 2 "$H" free --format=xml spec/registry.xml
expect_exit "free: registry with errors" 1 "$H" free tests/bad/field-overlap.xml
first=$("$H" free --interface newcomer $F/neighbour.xml $F/newcomer.xml | sed -n 's/\.\..* free$//p; s/ free$//p' | head -n 1)
for offered in "$first" 0x06 0x0f 0x21; do
    sed "s/0x20/$offered/g" $F/newcomer.xml >"$TMPD/picked.xml"
    expect_exit "free: an offset it offers passes ($offered)" 0 "$H" check $F/neighbour.xml "$TMPD/picked.xml"
done
for taken in 0x00 0x02 0x05 0x10 0x03; do
    sed "s/0x20/$taken/g" $F/newcomer.xml >"$TMPD/taken.xml"
    expect_exit "free: an offset it holds back fails ($taken)" 1 "$H" check $F/neighbour.xml "$TMPD/taken.xml"
done

# ---- who holds what ---------------------------------------------------------------
# Every refused range names its holder and where it is declared.
"$H" free --interface newcomer $F/neighbour.xml $F/newcomer.xml >"$TMPD/out"
if grep -q "^0x02\.\.0x05 taken: 'neighbour', which 'newcomer-hv' shows beside 'newcomer' at 0x40000000, holds it (active allocation 0x02\.\.0x05) ($F/neighbour.xml:10:5)" "$TMPD/out" &&
    ! grep -v " free\$" "$TMPD/out" | grep -qv " taken: .* ([^ ]*:[0-9]*:[0-9]*)"
then ok "free: every taken range says who and where"
else not_ok "free: every taken range says who and where" "$(cat "$TMPD/out")"; fi
"$H" free --format=json --base 0x40000000 spec/registry.xml >"$TMPD/all.json"
if /usr/bin/python3 - "$TMPD/all.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
assert d["format"] == "hvcpuid-free" and d["query"]["base"] == 0x40000000, d["query"]
assert d["free"] == 0 and all(not r["free"] and r["taken"] for r in d["ranges"])
assert [r["first"] for r in d["ranges"]][0] == 0 and d["ranges"][-1]["last"] == 0xFF
held = {(t["interface"], t["hypervisor"]) for r in d["ranges"] for t in r["taken"]}
assert ("hyperv", "hyperv") in held and ("kvm", "qemu-kvm") in held, sorted(held)[:5]
PY
then ok "free: nothing free is an answer, with every reason in JSON"
else not_ok "free: nothing free is an answer, with every reason in JSON" "$(head -c 600 "$TMPD/all.json")"; fi

# ---- the policies free and check share (docs/checks.md) -----------------------
# The 2008 proposal lapsed: it claims nothing, so only the timing leaf is
# generic.
"$H" free spec/registry.xml >"$TMPD/out"
if [ "$(wc -l <"$TMPD/out")" = 3 ] && grep -q "^0x00\.\.0x0f free\$" "$TMPD/out" &&
    grep -q "^0x10 taken: generic allocation 'generic-timing' (active 0x10\.\.0x10) holds it" "$TMPD/out" &&
    grep -q "^0x11\.\.0xff free\$" "$TMPD/out"
then ok "free: the lapsed 2008 proposal blocks no one"
else not_ok "free: the lapsed 2008 proposal blocks no one" "$(cat "$TMPD/out")"; fi
# An interface may use its own signature offset and a generic allocation
# it follows; it may not go above its max-leaf.
"$H" free --interface eta $F/fixture.xml >"$TMPD/out"
if grep -q "^0x00 free\$" "$TMPD/out" && grep -q "^0x03\.\.0x40 free\$" "$TMPD/out" &&
    grep -q "^0x41\.\.0x4f taken: above the max-leaf 0x40 of 'eta'" "$TMPD/out"
then ok "free: own signature offset, followed generic, max-leaf"
else not_ok "free: own signature offset, followed generic, max-leaf" "$(cat "$TMPD/out")"; fi
# Products that are withdrawn place nothing: gamma is shown at 0x40000400
# only by one, and an interface at its default base that no product places
# (alpha at 0x40000000) is not a neighbour there.
"$H" free --base 0x40000400 $F/fixture.xml >"$TMPD/out"
if [ "$(head -n 1 "$TMPD/out")" = "0x00..0x3f free" ]; then ok "free: a withdrawn product's placement is free"
else not_ok "free: a withdrawn product's placement is free" "$(cat "$TMPD/out")"; fi
"$H" free --base 0x40000000 $F/fixture.xml >"$TMPD/out"
if grep -q "^0x02\.\.0x1f free\$" "$TMPD/out"; then ok "free: a default base alone makes no neighbour"
else not_ok "free: a default base alone makes no neighbour" "$(cat "$TMPD/out")"; fi

# ---- answers it refuses to give ---------------------------------------------
"$H" free --base 0x40000050 spec/registry.xml 2>"$TMPD/err"
code=$?
if [ $code = 2 ] && grep -q "^hvcpuid free: 0x40000050 is not a hypervisor base" "$TMPD/err"
then ok "free: a base that is not a base is refused, not answered"
else not_ok "free: a base that is not a base is refused, not answered" "exit $code: $(cat "$TMPD/err")"; fi
expect_exit "free: above the last base" 2 "$H" free --base 0x40010000 spec/registry.xml

# ---- the property: free and check agree exactly ---------------------------------
# tests/free/property.py takes every offset at every base (a probe beside
# every neighbour) and for every interface (the interface itself), checks,
# and holds free's answers to the check's; and --bases to the placements.
for reg in spec/registry.xml $F/fixture.xml; do
    /usr/bin/python3 $F/property.py "$H" "$TMPD" "$reg" >"$TMPD/results" 2>&1
    [ -s "$TMPD/results" ] || not_ok "free property ($reg)" "the checker printed nothing"
    while read -r verdict rest; do
        case "$verdict" in
        ok) ok "$rest" ;;
        *) not_ok "${rest%%:*}" "${rest#*: }" ;;
        esac
    done <"$TMPD/results"
done
finish
