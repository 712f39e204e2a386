# gate.sh - the CI gate: levels of the collision checks (-W/-E/-Werror,
# default-off checks) and realistic vendor changes (tests/gate/).
# What `hvcpuid free` offers is tested in free.sh.
. tests/cli/lib.sh
H=$HVCPUID

# reservation-overlap is a warning by default: exit 0, but -Werror or -E
# makes it fail the gate, and the last option for a check wins.
res=tests/bad/reservation-overlap.xml
expect_exit "reservation-overlap: warning, exit 0" 0 "$H" check $res
expect_exit "reservation-overlap: -Werror fails" 1 "$H" check -Werror $res
expect_exit "reservation-overlap: -E fails" 1 "$H" check -E reservation-overlap $res
expect_exit "reservation-overlap: -E then -W passes" 0 "$H" check -E reservation-overlap \
    -W reservation-overlap $res
expect_exit "reservation-overlap: -Wno- with -Werror passes" 0 "$H" check -Werror \
    -Wno-reservation-overlap $res
"$H" check -Wno-reservation-overlap $res >"$TMPD/out" 2>&1
if [ ! -s "$TMPD/out" ]; then ok "reservation-overlap: -Wno- is silent"
else not_ok "reservation-overlap: -Wno- is silent" "$(cat "$TMPD/out")"; fi
"$H" check -Werror $res 2>"$TMPD/err"
if grep -q "error: .*\[reservation-overlap\]" "$TMPD/err" && grep -q "^3 errors, 0 warnings" "$TMPD/err"
then ok "reservation-overlap: -Werror reports errors"
else not_ok "reservation-overlap: -Werror reports errors" "$(cat "$TMPD/err")"; fi

# register-gap and withdrawn-overlap are off by default: silent, exit 0;
# -W shows warnings (exit 0); -E or -W plus -Werror fail. ($name belongs to
# lib.sh, hence $chk.)
for chk in register-gap withdrawn-overlap; do
    bad=tests/bad/$chk.xml
    "$H" check $bad >"$TMPD/out" 2>&1
    code=$?
    if [ $code = 0 ] && [ ! -s "$TMPD/out" ]; then ok "$chk: off by default"
    else not_ok "$chk: off by default" "exit $code: $(cat "$TMPD/out")"; fi
    expect_exit "$chk: -W warns, exit 0" 0 "$H" check -W $chk $bad
    expect_exit "$chk: -E fails" 1 "$H" check -E $chk $bad
    expect_exit "$chk: -W with -Werror fails" 1 "$H" check -Werror -W $chk $bad
    expect_exit "$chk: -W then -Wno- is off again" 0 "$H" check -Werror -W $chk -Wno-$chk $bad
done

# allocation-overlap is an error that can be lowered to a warning.
expect_exit "allocation-overlap: error" 1 "$H" check tests/bad/allocation-overlap.xml
expect_exit "allocation-overlap: -W lowers it" 0 "$H" check -W allocation-overlap \
    tests/bad/allocation-overlap.xml

# No cascade: a broken allocation bound silences the allocation checks with
# one note instead of a pile of overlaps computed from nonsense.
"$H" check tests/bad/leaf-offset-range.xml 2>"$TMPD/err"
if ! grep -q "overlap\]" "$TMPD/err" && grep -q "checks skipped because 'leaf-offset-range'" "$TMPD/err"
then ok "no cascade after leaf-offset-range"
else not_ok "no cascade after leaf-offset-range" "$(cat "$TMPD/err")"; fi

# ---- realistic vendor changes (tests/gate/) -------------------------
G=tests/gate

# A new vendor file that reuses KVM's signature, checked with the registry:
# the error sits on the new file's signature, the note on spec/kvm.xml.
expect_exit "gate: reusing KVM's signature fails" 1 "$H" check spec/registry.xml $G/kvm-copycat.xml
"$H" check spec/registry.xml $G/kvm-copycat.xml 2>"$TMPD/err"
if grep -q "^$G/kvm-copycat.xml:7:14: error: interface 'copycat' claims vendor signature \"KVMKVMKVM\\\\0\\\\0\\\\0\", which already identifies interface 'kvm'.*\[duplicate-vendor-signature\]\$" "$TMPD/err" &&
    grep -q "^spec/kvm.xml:[0-9]*:[0-9]*: note: 'kvm' claims it here\$" "$TMPD/err"
then ok "gate: KVM signature reuse names file, line, check and the other side"
else not_ok "gate: KVM signature reuse names file, line, check and the other side" "$(cat "$TMPD/err")"; fi

# A product that shows a new interface at the same base as an Hv#1 layout.
run_case "gate: leaves inside Hv#1's window at the same base" tests/gate/golden-hv1.txt \
    "$H" check $G/hv1/registry.xml
expect_exit "gate: the Hv#1 stand-in alone is clean" 0 "$H" check $G/hv1/hv1.xml
# The same against the registry's real Hyper-V entry (spec/hyperv.xml).
"$H" check spec/registry.xml $G/hyperv-mixer.xml 2>"$TMPD/err"
code=$?
if [ $code = 1 ] && grep -q "^$G/hyperv-mixer.xml:14:5: error: hypervisor 'mixer-hv' presents 'hyperv' and 'mixer' at base 0x40000000, and both use offsets 0x00, 0x02, 0x03 there.*\[placement-overlap\]\$" "$TMPD/err" &&
    grep -q "^$G/hyperv-mixer.xml:13:5: note: 'hyperv' is placed here\$" "$TMPD/err"
then ok "gate: leaves beside the real Hyper-V interface"
else not_ok "gate: leaves beside the real Hyper-V interface" "exit $code: $(cat "$TMPD/err")"; fi
sed 's|<presents interface="mixer" base="0x40000000"/>|<presents interface="mixer" base="0x40000100"/>|' \
    $G/hyperv-mixer.xml >"$TMPD/mixer-moved.xml"
expect_exit "gate: moved one window up it passes" 0 "$H" check spec/registry.xml "$TMPD/mixer-moved.xml"

# Synthetic MSRs share one space per guest: a Xen derivative presenting
# Viridian must move Xen's MSR base as Xen does; the check names the base
# Xen uses, and with that move (or the shipped xen-viridian) it passes.
"$H" check spec/registry.xml $G/xen-viridian-msrs.xml 2>"$TMPD/err"
code=$?
if [ $code = 1 ] && grep -q "^$G/xen-viridian-msrs.xml:10:5: error: hypervisor 'xenlike-viridian' presents 'hyperv' and 'xen', whose MSRs overlap at 0x40000000 ('hyperv' MSR guest_os_id at 0x40000000, 'xen' MSR hypercall_page at 0x40000000);.* 0x40000200 is the first free base \[msr-placement-overlap\]\$" "$TMPD/err" &&
    grep -q "^$G/xen-viridian-msrs.xml:9:5: note: 'hyperv' is presented here\$" "$TMPD/err"
then ok "gate: Xen + Viridian without the MSR move fails, suggesting 0x40000200"
else not_ok "gate: Xen + Viridian without the MSR move fails, suggesting 0x40000200" "exit $code: $(cat "$TMPD/err")"; fi
sed 's|<presents interface="xen" base="0x40000100"/>|<presents interface="xen" base="0x40000100" msr-base="0x40000200"><acknowledge check="msr-software-range">Moved clear of Viridian, as Xen does.</acknowledge></presents>|' \
    $G/xen-viridian-msrs.xml >"$TMPD/xen-moved.xml"
expect_exit "gate: with msr-base=0x40000200 it passes" 0 "$H" check -Werror -Wno-reservation-overlap \
    spec/registry.xml "$TMPD/xen-moved.xml"
sed 's|<presents interface="xen" base="0x40000100"/>|<presents interface="xen" base="0x40000100" msr-base="0x40000100"/>|' \
    $G/xen-viridian-msrs.xml >"$TMPD/xen-half.xml"
"$H" check spec/registry.xml "$TMPD/xen-half.xml" 2>"$TMPD/err"
if grep -q "overlap at 0x40000100 ('hyperv' MSR crash_p0 at 0x40000100, 'xen' MSR hypercall_page at 0x40000100)" "$TMPD/err"
then ok "gate: moved only one window, onto Hyper-V's crash MSRs, it still fails"
else not_ok "gate: moved only one window, onto Hyper-V's crash MSRs, it still fails" "$(cat "$TMPD/err")"; fi
# The shipped registry holds the move: xen-viridian places Xen's MSRs at 0x40000200.
"$H" check spec/registry.xml 2>"$TMPD/err"
if grep -q 'presents interface="xen" base="0x40000100" msr-base="0x40000200"' spec/xen.xml &&
    ! grep -q 'msr-placement-overlap\|msr-software-range' "$TMPD/err"; then
    ok "gate: the shipped xen-viridian moves Xen's MSR base and checks clean"
else not_ok "gate: the shipped xen-viridian moves Xen's MSR base and checks clean" "$(cat "$TMPD/err")"; fi

# A well-formed new vendor file passes with the shipped registry, and says
# nothing about itself.
expect_exit "gate: a well-formed new vendor passes" 0 "$H" check spec/registry.xml $G/newvendor-ok.xml
"$H" check -W register-gap spec/registry.xml $G/newvendor-ok.xml 2>"$TMPD/err"
if ! grep -q "newvendor-ok" "$TMPD/err"; then ok "gate: no diagnostics about the new vendor"
else not_ok "gate: no diagnostics about the new vendor" "$(cat "$TMPD/err")"; fi
"$H" check --format=sarif spec/registry.xml $G/newvendor-ok.xml >"$TMPD/ok.sarif"
if /usr/bin/python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))["runs"][0]["results"]
assert not [x for x in r if x["level"] == "error"]' "$TMPD/ok.sarif"
then ok "gate: SARIF for the passing vendor has no errors"
else not_ok "gate: SARIF for the passing vendor has no errors" "errors"; fi
finish
