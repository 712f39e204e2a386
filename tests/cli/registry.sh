# registry.sh - the shipped registry: no errors at default levels, and the
# historic conflicts reported at the right level: the 2008 vendor-neutral
# proposal against allocations that shipped, and Hyper-V's reservation of
# its window against the active generic timing leaf, are warnings naming
# both sides. (The allocation checks may land after this group: until
# `hvcpuid check --list` shows reservation-overlap, those cases are skipped.)
. tests/cli/lib.sh
H=$HVCPUID

"$H" check spec/registry.xml >"$TMPD/out" 2>&1
code=$?
if [ "$code" = 0 ] && ! grep -q ': error: ' "$TMPD/out"; then
    ok "registry/no-errors"
else
    not_ok "registry/no-errors" "exit $code: $(cat "$TMPD/out")"
fi

if "$H" check --list | grep -q '^reservation-overlap '; then
    for want in "generic.xml:.*warning: proposed generic allocation 'generic-2008' (0x03..0xff) overlaps active allocation 0x00..0x05 of interface 'xen'" \
        "generic.xml:.*warning: proposed generic allocation 'generic-2008' (0x03..0xff) overlaps active allocation 0x00..0x0c of interface 'hyperv'" \
        "hyperv.xml:.*warning: reserved allocation 0x0d..0x7f of interface 'hyperv' overlaps active generic allocation 'generic-timing'" \
        "generic.xml:.*warning: proposed generic allocation 'generic-2008' (0x03..0xff) overlaps active generic allocation 'generic-timing'"; do
        if grep -q "$want" "$TMPD/out"; then
            ok "registry/conflict: ${want#*warning: }"
        else
            not_ok "registry/conflict: ${want#*warning: }" "$(cat "$TMPD/out")"
        fi
    done
    # The same registry with the proposal made active: proposal against
    # shipped allocations becomes an error naming both.
    mkdir -p "$TMPD/reg"
    cp spec/*.xml "$TMPD/reg/"
    sed -i 's/first="0x03" last="0xff" status="proposed"/first="0x03" last="0xff" status="active"/' \
        "$TMPD/reg/generic.xml"
    "$H" check "$TMPD/reg/registry.xml" >"$TMPD/active" 2>&1
    code=$?
    if [ "$code" = 1 ] && grep -q "error: .*'xen'.*'generic-2008'" "$TMPD/active"; then
        ok "registry/active-collision-is-an-error"
    else
        not_ok "registry/active-collision-is-an-error" "exit $code: $(cat "$TMPD/active")"
    fi
else
    echo "skip registry/conflicts: this build has no allocation checks yet"
fi
finish
