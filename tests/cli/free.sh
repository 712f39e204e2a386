# free.sh - `hvcpuid free`: what it offers passes the gate and what it refuses
# fails it. Data in tests/free/ (and two gate inputs, tests/gate/).
. tests/cli/lib.sh
H=$HVCPUID
G=tests/gate
F=tests/free

# ---- the queries, against goldens ---------------------------------------------
# The newcomer (identified by Nc#1 at base+1) is shown beside the neighbour
# (identified at base+0). What free offers must pass the gate; the
# neighbour's leaves it holds back must fail it. (free is conservative: it
# also holds back the neighbour's allocated but undefined offsets, room the
# neighbour has claimed to grow into.)
sed "s/@OFFSET@/0x20/g" $F/newcomer.xml.in >"$TMPD/newcomer.xml"
run_case "free: generic offsets" tests/free/golden/generic.txt "$H" free $G/diff-old.xml
run_case "free: offsets for an interface" tests/free/golden/interface.txt \
    "$H" free --interface newcomer $F/neighbour.xml "$TMPD/newcomer.xml"
run_case "free: offsets at a base" tests/free/golden/base.txt \
    "$H" free --base 0x40000000 $F/neighbour.xml "$TMPD/newcomer.xml"
run_case "free: bits" tests/free/golden/bits.txt \
    "$H" free --interface brightvm --leaf 1 --register eax spec/registry.xml $G/newvendor-ok.xml
run_case "free: bits of an undescribed register" tests/free/golden/bits-empty.txt \
    "$H" free --interface brightvm --leaf 0x02 --register edx spec/registry.xml $G/newvendor-ok.xml
run_case "free: bits with sub-leaves" tests/free/golden/bits-subleaf.txt \
    "$H" free --interface xen --leaf 0x03 --subleaf 0 --register eax spec/registry.xml
expect_exit "free: unknown interface" 2 "$H" free --interface nope spec/registry.xml
expect_exit "free: unknown leaf" 2 "$H" free --interface kvm --leaf 0x7 --register eax spec/registry.xml
expect_exit "free: bad register" 2 "$H" free --interface kvm --leaf 1 --register esp spec/registry.xml
expect_exit "free: bits need a leaf" 2 "$H" free --interface kvm --register eax spec/registry.xml
expect_exit "free: base and interface" 2 "$H" free --base 0x40000000 --interface kvm spec/registry.xml
expect_exit "free: bad number" 2 "$H" free --base 0x4000zz00 spec/registry.xml
expect_exit "free: registry with errors" 1 "$H" free tests/bad/field-overlap.xml
first=$("$H" free --interface newcomer $F/neighbour.xml "$TMPD/newcomer.xml" | head -n 1 | sed 's/\.\..*//')
sed "s/@OFFSET@/$first/g" $F/newcomer.xml.in >"$TMPD/picked.xml"
expect_exit "free: the first offset it offers passes ($first)" 0 "$H" check $F/neighbour.xml "$TMPD/picked.xml"
for taken in 0x00 0x02 0x05 0x10; do
    sed "s/@OFFSET@/$taken/g" $F/newcomer.xml.in >"$TMPD/taken.xml"
    expect_exit "free: an offset it holds back fails ($taken)" 1 "$H" check $F/neighbour.xml "$TMPD/taken.xml"
done

# ---- answers it refuses to give ---------------------------------------------
"$H" free --base 0x40000050 spec/registry.xml 2>"$TMPD/err"
code=$?
if [ $code = 2 ] && grep -q "^hvcpuid free: 0x40000050 is not a hypervisor base" "$TMPD/err"
then ok "free: a base that is not a base is refused, not answered"
else not_ok "free: a base that is not a base is refused, not answered" "exit $code: $(cat "$TMPD/err")"; fi
expect_exit "free: above the last base" 2 "$H" free --base 0x40010000 spec/registry.xml

# ---- withdrawn products place nothing ------------------------------------------
# gamma is shown at 0x40000400 only by a withdrawn product: its offsets are
# free there, as the gate sees it (the property below checks them all).
"$H" free --base 0x40000400 $F/fixture.xml >"$TMPD/out"
if [ "$(head -n 1 "$TMPD/out")" = "0x00..0x3f" ]; then ok "free: a withdrawn product's placement is free"
else not_ok "free: a withdrawn product's placement is free" "$(cat "$TMPD/out")"; fi

# ---- the property: free and check agree at every base ---------------------------
# tests/free/property.py writes a probe interface taking each offset at each
# base, alone and beside every neighbour, and checks them with the registry.
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
