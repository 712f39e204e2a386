# facts.sh - every named row of the research facts (../shared/facts/hv-facts.csv,
# beside the clone) is in the registry with the same leaf, register and bits,
# or is a listed exception with its reason; every reserved row is marked
# reserved. Then the same checker must catch a registry that lost or moved a
# fact, so the proof cannot pass vacuously.
. tests/cli/lib.sh

PY=/usr/bin/python3 # Debian's, not a pyenv one first on PATH
FACTS=../shared/facts/hv-facts.csv
CHECKER=tests/conformance/facts.py

if [ ! -f "$FACTS" ]; then
    not_ok facts/present "missing $FACTS (CI keeps shared/ beside the clone)"
    finish
    exit 0
fi

"$HVCPUID" export --format=json spec/registry.xml >"$TMPD/registry.json"
if "$PY" "$CHECKER" "$TMPD/registry.json" "$FACTS" >"$TMPD/facts.out" 2>&1; then
    ok "facts/registry-holds-every-fact"
else
    not_ok "facts/registry-holds-every-fact" "$(grep -v '^excepted\|^named since' "$TMPD/facts.out")"
fi
tail -n 1 "$TMPD/facts.out"

# Mutants: drop Hyper-V leaf 3 EAX bit 5, move KVM's features bit 3 to bit 30,
# un-reserve Xen leaf 1 EBX, and give the Viridian placement another vendor.
"$PY" - "$TMPD/registry.json" "$TMPD/mutant.json" <<'PYEOF'
import json, sys
reg = json.load(open(sys.argv[1]))
for i in reg["interfaces"]:
    for l in i["leaves"]:
        if i["id"] == "hyperv" and l["offset"] == 3:
            l["fields"] = [f for f in l["fields"]
                           if not (f["register"] == "eax" and f["lsb"] == 5 and not f["reserved"])]
        if i["id"] == "kvm" and l["offset"] == 1:
            for f in l["fields"]:
                if f["name"] == "clocksource2":
                    f["msb"] = f["lsb"] = 30
        if i["id"] == "xen" and l["offset"] == 1:
            l["fields"] = [f for f in l["fields"] if not (f["register"] == "ebx" and f["reserved"])]
for h in reg["hypervisors"]:
    if h["id"] == "xen-viridian":
        for p in h["presents"]:
            if p["interface"] == "hyperv":
                p["vendor_signature_hex"] = "58656e564d4d58656e564d4d"
json.dump(reg, open(sys.argv[2], "w"))
PYEOF
"$PY" "$CHECKER" "$TMPD/mutant.json" "$FACTS" >"$TMPD/mutant.out" 2>&1
code=$?
if [ "$code" = 1 ]; then ok "facts/mutant-fails"; else not_ok "facts/mutant-fails" "exit $code"; fi
for want in "Hyper-V 0x0+0x3 EAX[5:5] HV_MSR_HYPERCALL_AVAILABLE: no eax field" \
    "KVM 0x0+0x1 EAX[3:3] KVM_FEATURE_CLOCKSOURCE2: no eax field" \
    "Xen 0x0+0x1 EBX[31:0] (reserved): reserved in the facts, not marked reserved" \
    "Hyper-V as emulated by Xen (Viridian) 0x0+0x0 EAX[31:0] max_leaf: vendor signature"; do
    if grep -qF "$want" "$TMPD/mutant.out"; then
        ok "facts/mutant-reports: $want"
    else
        not_ok "facts/mutant-reports: $want" "$(cat "$TMPD/mutant.out")"
    fi
done
finish
