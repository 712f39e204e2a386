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
if [ $code = 1 ] && grep -q "^$G/hyperv-mixer.xml:14:5: error: hypervisor 'mixer-hv' presents 'hyperv' and 'mixer' at base 0x40000000, and both claim offsets 0x00..0x03 there; place one at another base, or, if 'hyperv' replaces the other's leaves there, say so (overrides=\"mixer\" on 'hyperv') \[placement-overlap\]\$" "$TMPD/err" &&
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

# ---- first come, first served: --baseline (docs/checks.md) ----------------
# A pull request adds spec/aaa.xml: its ids and its file name sort before
# everything it collides with. Without a baseline the deterministic rule
# (the later declaration by file, line, column) blames the registry's own
# lines; against the target branch every finding lands on the newcomer.
mkdir -p "$TMPD/pr"
cp -r spec "$TMPD/pr/spec"
cp $G/aaa-copycat.xml "$TMPD/pr/spec/aaa.xml"
sed -i 's|<include file="acrn.xml"/>|<include file="aaa.xml"/>\n  <include file="acrn.xml"/>|' \
    "$TMPD/pr/spec/registry.xml"
P="$TMPD/pr/spec"
blame() { # NAME EXPECTED-FILE: the findings of the last run (in $TMPD/err) name only EXPECTED-FILE
    if grep -q ": error: " "$TMPD/err" && ! grep ": \(error\|warning\): " "$TMPD/err" | grep -qv "^$2:"
    then ok "$1"; else not_ok "$1" "$(cat "$TMPD/err")"; fi
}
"$H" check "$P/registry.xml" 2>"$TMPD/err"
if grep -q "^$P/kvm.xml:8:14: error: interface 'kvm' claims vendor signature .*'aaa'" "$TMPD/err"
then ok "baseline: without one, the rule by file order blames kvm.xml"
else not_ok "baseline: without one, the rule by file order blames kvm.xml" "$(cat "$TMPD/err")"; fi
expect_exit "baseline: the newcomer fails the gate" 1 "$H" check --baseline spec "$P/registry.xml"
"$H" check --baseline spec "$P/registry.xml" 2>"$TMPD/err"
blame "baseline: every finding is on the newcomer's file" "$P/aaa.xml"
for want in \
    "$P/aaa.xml:8:56: error: interface 'aaa' claims vendor signature \"KVMKVMKVM\\\\0\\\\0\\\\0\", which already identifies interface 'kvm'; pick another, or present 'kvm' under it from a <hypervisor> \[duplicate-vendor-signature\]" \
    "$P/aaa.xml:12:48: error: interface 'aaa-hv' claims interface signature \"Hv#1\", which already identifies interface 'hyperv'.*\[duplicate-iface-signature\]" \
    "$P/aaa.xml:15:3: error: active generic allocation 'aaa-timing' (0x10..0x10) overlaps active generic allocation 'generic-timing' (0x10..0x10).*\[allocation-overlap\]" \
    "$P/aaa.xml:15:3: warning: active generic allocation 'aaa-timing' (0x10..0x10) overlaps reserved allocation 0x0d..0x7f of interface 'hyperv' at 0x10..0x10; those offsets are proposed or reserved already: move the allocation, or settle who owns them \[reservation-overlap\]"; do
    chk=$(printf '%s' "$want" | sed 's/.*\\\[\(.*\)\\\]$/\1/')
    if grep -q "^$want\$" "$TMPD/err"; then ok "baseline: $chk at the newcomer's line"
    else not_ok "baseline: $chk at the newcomer's line" "$(cat "$TMPD/err")"; fi
done
if grep -q "^spec/kvm.xml:8:14: note: 'kvm' claims it here\$\|^$P/kvm.xml:8:14: note: 'kvm' claims it here\$" "$TMPD/err"
then ok "baseline: the incumbent is the note"
else not_ok "baseline: the incumbent is the note" "$(cat "$TMPD/err")"; fi
# The baseline as a file, a folder with registry.xml, or one with spec/.
for old in spec/registry.xml spec .; do
    "$H" check --baseline "$old" "$P/registry.xml" 2>"$TMPD/err"
    blame "baseline: OLD given as '$old'" "$P/aaa.xml"
done
# Renaming the newcomer's file and ids does not move the blame.
sed 's/"aaa/"zzz/g; s/id="aaa/id="zzz/g' $G/aaa-copycat.xml >"$P/zzz.xml"
rm "$P/aaa.xml"
sed -i 's|<include file="aaa.xml"/>|<include file="zzz.xml"/>|' "$P/registry.xml"
"$H" check --baseline spec "$P/registry.xml" 2>"$TMPD/err"
blame "baseline: renamed to zzz, the blame stays" "$P/zzz.xml"
# SARIF: the results sit on the pull request's file, marked new.
"$H" check --baseline spec --format=sarif "$P/registry.xml" >"$TMPD/b.sarif"
if /usr/bin/python3 - "$TMPD/b.sarif" "$P/zzz.xml" <<'PY'
import json, sys
res = json.load(open(sys.argv[1]))["runs"][0]["results"]
uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in res}
assert uris == {"file://" + sys.argv[2]}, uris
assert all(r["baselineState"] == "new" for r in res), res
PY
then ok "baseline: SARIF results on the newcomer, baselineState new"
else not_ok "baseline: SARIF results on the newcomer, baselineState new" "$(head -c 400 "$TMPD/b.sarif")"; fi

# A changed declaration is blamed too: a product that already exists gains
# a placement (written before its old one) that collides with it.
rm -rf "$TMPD/pr" && mkdir -p "$TMPD/pr" && cp -r spec "$P"
/usr/bin/python3 - "$P/kvm.xml" <<'PY'
import sys
p = sys.argv[1]
s = open(p).read()
old = '<hypervisor id="qemu-kvm" '
i = s.index(old)
j = s.index('    <presents interface="kvm" base="0x40000000"/>', i)
s = s[:j] + '    <presents interface="tcg" base="0x40000000"/>\n' + s[j:]
open(p, "w").write(s)
PY
"$H" check "$P/registry.xml" 2>"$TMPD/err"
line=$(grep -n '<presents interface="tcg" base="0x40000000"/>' "$P/kvm.xml" | head -n 1 | cut -d: -f1)
if grep -q "^$P/kvm.xml:$((line + 1)):5: error: hypervisor 'qemu-kvm' presents 'tcg' and 'kvm'.*\[placement-overlap\]" "$TMPD/err"
then ok "baseline: without one, the later (untouched) placement is blamed"
else not_ok "baseline: without one, the later (untouched) placement is blamed" "$(cat "$TMPD/err")"; fi
"$H" check --baseline spec "$P/registry.xml" 2>"$TMPD/err"
if grep -q "^$P/kvm.xml:$line:5: error: hypervisor 'qemu-kvm' presents 'tcg' and 'kvm'.*\[placement-overlap\]" "$TMPD/err" &&
    grep -q "^$P/kvm.xml:$((line + 1)):5: note: 'kvm' is placed here" "$TMPD/err"
then ok "baseline: the placement the change adds is blamed"
else not_ok "baseline: the placement the change adds is blamed" "$(cat "$TMPD/err")"; fi

# The same in MSR space: Hyper-V's own product gains Xen (at the next base,
# so no leaf meets), written before Hyper-V and without moving Xen's MSR
# base. Without a baseline the later, untouched <presents> is blamed;
# against the target branch, the one the change adds.
rm -rf "$TMPD/pr" && mkdir -p "$TMPD/pr" && cp -r spec "$P"
sed -i 's|^    <presents interface="hyperv" base="0x40000000"/>$|    <presents interface="xen" base="0x40000100"/>\n&|' "$P/hyperv.xml"
line=$(grep -n '^    <presents interface="xen" base="0x40000100"/>$' "$P/hyperv.xml" | cut -d: -f1)
msr_overlap="error: hypervisor 'hyperv' presents 'xen' and 'hyperv', whose MSRs overlap at 0x40000000 .*\[msr-placement-overlap\]"
"$H" check "$P/registry.xml" 2>"$TMPD/err"
if [ -n "$line" ] && grep -q "^$P/hyperv.xml:$((line + 1)):5: $msr_overlap" "$TMPD/err"
then ok "baseline: without one, the later (untouched) MSR placement is blamed"
else not_ok "baseline: without one, the later (untouched) MSR placement is blamed" "$(cat "$TMPD/err")"; fi
"$H" check --baseline spec "$P/registry.xml" 2>"$TMPD/err"
if [ -n "$line" ] && grep -q "^$P/hyperv.xml:$line:5: $msr_overlap" "$TMPD/err" &&
    grep -q "^$P/hyperv.xml:$((line + 1)):5: note: 'hyperv' is presented here" "$TMPD/err"
then ok "baseline: the MSR placement the change adds is blamed"
else not_ok "baseline: the MSR placement the change adds is blamed" "$(cat "$TMPD/err")"; fi

# Findings the target branch has too are unchanged: shown, marked, not
# counted, not failed by -Werror; a new one still is. (The 2008 proposal
# revived in both, so both warn.)
rm -rf "$TMPD/old" "$TMPD/pr" && mkdir -p "$TMPD/old" "$TMPD/pr"
cp -r spec "$TMPD/old/spec" && cp -r spec "$P"
sed -i 's/status="lapsed"/status="proposed"/' "$TMPD/old/spec/generic.xml" "$P/generic.xml"
expect_exit "baseline: unchanged warnings pass -Werror" 0 "$H" check -Werror --baseline "$TMPD/old" "$P/registry.xml"
"$H" check -Werror --baseline "$TMPD/old" "$P/registry.xml" 2>"$TMPD/err"
if [ "$(grep -c ': warning: .*\[reservation-overlap\] \[unchanged\]$' "$TMPD/err")" = 8 ] &&
    grep -q "^0 errors, 0 warnings; 8 unchanged from the baseline, not counted\$" "$TMPD/err"
then ok "baseline: unchanged findings are marked and counted apart"
else not_ok "baseline: unchanged findings are marked and counted apart" "$(cat "$TMPD/err")"; fi
cp $G/aaa-copycat.xml "$P/aaa.xml"
"$H" check -Werror --baseline "$TMPD/old" --format=json "$P/registry.xml" "$P/aaa.xml" >"$TMPD/b.json"
code=$?
if [ $code = 1 ] && /usr/bin/python3 - "$TMPD/b.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
states = {}
for x in d["diagnostics"]:
    states.setdefault(x["baseline"], []).append(x)
assert len(states["unchanged"]) == 8 and all(x["level"] == "warning" for x in states["unchanged"])
assert states["new"] and all(x["file"].endswith("/aaa.xml") for x in states["new"]), states["new"]
assert d["unchanged"] == 8 and d["errors"] == len(states["new"]) and d["warnings"] == 0, d
PY
then ok "baseline: JSON marks new and unchanged; -Werror fails on the new ones only"
else not_ok "baseline: JSON marks new and unchanged; -Werror fails on the new ones only" "exit $code"; fi
"$H" check --baseline "$TMPD/old" --format=sarif "$P/registry.xml" >"$TMPD/u.sarif"
if /usr/bin/python3 -c '
import json, sys
res = json.load(open(sys.argv[1]))["runs"][0]["results"]
assert len(res) == 8 and all(r["baselineState"] == "unchanged" for r in res)
' "$TMPD/u.sarif"; then ok "baseline: SARIF baselineState unchanged"
else not_ok "baseline: SARIF baselineState unchanged" "$(head -c 300 "$TMPD/u.sarif")"; fi
"$H" check --format=sarif "$P/registry.xml" >"$TMPD/n.sarif"
if ! grep -q baselineState "$TMPD/n.sarif"; then ok "baseline: no baselineState without a baseline"
else not_ok "baseline: no baselineState without a baseline" "present"; fi

# A baseline that cannot be read is a usage error, not an empty baseline.
expect_exit "baseline: missing OLD" 2 "$H" check --baseline "$TMPD/no-such" spec/registry.xml
mkdir -p "$TMPD/empty"
"$H" check --baseline "$TMPD/empty" spec/registry.xml 2>"$TMPD/err"
code=$?
if [ $code = 2 ] && grep -q "is a folder without registry.xml or spec/registry.xml" "$TMPD/err"
then ok "baseline: a folder without a registry"
else not_ok "baseline: a folder without a registry" "exit $code: $(cat "$TMPD/err")"; fi
# diff takes the same OLD.
expect_exit "baseline: diff --baseline OLD [NEW]" 0 "$H" diff --baseline spec spec/registry.xml
expect_exit "baseline: diff --baseline with two registries" 2 "$H" diff --baseline spec spec spec
finish
