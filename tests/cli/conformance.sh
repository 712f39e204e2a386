# conformance.sh - every registry field with an upstream bit-number or mask
# macro has exactly that macro's bit position and width, every leaf macro is
# its leaf and every named enumerated value its value, checked by compiling
# against two sets of Debian headers: Debian 12's, installed in the system
# (linux-libc-dev, libxen-dev, linux-headers-*-common; tools/ensure-deps.sh
# installs them), and Debian unstable's newest, which
# tools/fetch-upstream-headers.sh downloads once into build/upstream and
# unpacks there. A mismatch in either set fails, and so does a download that
# cannot be made. Prints, per set, the number of names compared and every
# upstream name of the compared families the registry lacks (CPUID leaves and
# fields, and the synthetic MSRs: addresses, 64-bit field masks and shifts);
# then shows that a registry with a moved bit, a wrong mask, a wrong
# signature, an unknown macro, a moved MSR, a wrong MSR mask or shift fails, and that a download from an unreachable archive fails loudly.
. tests/cli/lib.sh

PY=/usr/bin/python3 # Debian's, not a pyenv one first on PATH
CHECKER=tests/conformance/upstream.py
UPSTREAM=build/upstream

"$HVCPUID" export --format=json spec/registry.xml >"$TMPD/registry.json"

# conform SET SYSROOT HEADERS_COMMON: one header set against the registry.
conform() {
    echo "headers ($1): $3, $2usr/include"
    if "$PY" "$CHECKER" "$TMPD/registry.json" "$1" "$2" "$3" "$TMPD/$1" >"$TMPD/$1.out" 2>&1; then
        ok "conformance/registry-matches-upstream ($1)"
    else
        not_ok "conformance/registry-matches-upstream ($1)" "$(grep -v '^not in these' "$TMPD/$1.out")"
    fi
    grep -v '^not in these headers' "$TMPD/$1.out"
}

# Debian 12: the newest linux-headers-*-common (not -rt) installed.
HDR=$(ls -d /usr/src/linux-headers-*-common 2>/dev/null | sort -V | tail -n 1)
if [ -z "$HDR" ] || [ ! -f /usr/include/xen/arch-x86/cpuid.h ]; then
    not_ok conformance/headers "missing linux-headers-*-common or libxen-dev (tools/ensure-deps.sh check)"
else
    conform bookworm / "$HDR"
fi

# Debian unstable: fetched (or taken from the cache) into build/upstream.
if tools/fetch-upstream-headers.sh "$UPSTREAM" >"$TMPD/fetch.out" 2>&1; then
    ok "conformance/unstable-headers-fetched: $(awk '{printf "%s%s %s", s, $1, $2; s=", "}' "$TMPD/fetch.out")"
    NEW=$(ls -d "$UPSTREAM"/root/usr/src/linux-headers-*-common 2>/dev/null | sort -V | tail -n 1)
    conform unstable "$UPSTREAM/root/" "$NEW"
else
    not_ok "conformance/unstable-headers-fetched" "$(cat "$TMPD/fetch.out")"
fi

# The download fails, and says so, when the archive cannot be reached.
UPSTREAM_MIRROR=http://127.0.0.1:9/debian tools/fetch-upstream-headers.sh "$TMPD/nofetch" \
    >"$TMPD/nofetch.out" 2>&1
code=$?
if [ "$code" = 1 ] && grep -q '^fetch-upstream-headers: apt-get update of unstable' "$TMPD/nofetch.out"; then
    ok "conformance/unreachable-archive-fails"
else
    not_ok "conformance/unreachable-archive-fails" "exit $code: $(cat "$TMPD/nofetch.out")"
fi

# Mutants: the checker must catch each of these.
"$PY" - "$TMPD/registry.json" "$TMPD/mutant.json" <<'PYEOF'
import json, sys
reg = json.load(open(sys.argv[1]))
for i in reg["interfaces"]:
    for l in i["leaves"]:
        for f in l["fields"]:
            if f["upstream"] == "KVM_FEATURE_STEAL_TIME":
                f["msb"] = f["lsb"] = 6
            if f["upstream"] == "HV_SHARED_GPA_BOUNDARY_BITS":
                f["msb"] = 12
            if f["upstream"] == "XEN_HVM_CPUID_X2APIC_VIRT":
                f["upstream"] = "XEN_HVM_CPUID_X2APIC_VIRTUALISED"
        if i["id"] == "acrn" and l["offset"] == 0x10:
            l["offset"] = 0x11
    if i["id"] == "xen":
        i["vendor_signature_hex"] = "58656e564d4d58656e564d58"
    for m in i["msrs"]:
        if m["upstream"] == "MSR_KVM_STEAL_TIME":
            m["address"] = 0x4b564d09
        for f in m["fields"]:
            if f["upstream"] == "HV_X64_MSR_HYPERCALL_PAGE_ADDRESS_MASK":
                f["msb"] = 62
            if f["upstream_shift"] == "HV_X64_MSR_VP_ASSIST_PAGE_ADDRESS_SHIFT":
                f["lsb"] = 13
json.dump(reg, open(sys.argv[2], "w"))
PYEOF
"$PY" "$CHECKER" "$TMPD/mutant.json" bookworm / "$HDR" "$TMPD/mutant" >"$TMPD/mutant.out" 2>&1
code=$?
if [ "$code" = 1 ]; then ok "conformance/mutant-fails"; else not_ok "conformance/mutant-fails" "exit $code"; fi
for want in "mismatch KVM_FEATURE_STEAL_TIME (kvm leaf 0x01 eax steal_time): upstream bit number 0x5, registry bits 6:6" \
    "mismatch HV_SHARED_GPA_BOUNDARY_BITS (hyperv leaf 0x0c ebx shared_gpa_boundary_bits): upstream mask 0xfc0, registry bits 12:6" \
    "mismatch ACRN_CPUID_TIMING_INFO (acrn leaf 0x11): upstream value 0x40000010, registry 0x40000011" \
    "mismatch XEN_CPUID_SIGNATURE_EDX (xen leaf 0x00 edx vendor_signature_2): upstream value 0x4d4d566e, registry 0x584d566e" \
    "FAIL XEN_HVM_CPUID_X2APIC_VIRTUALISED: named by the registry, defined by none of the bookworm headers" \
    "mismatch MSR_KVM_STEAL_TIME (kvm MSR 0x4b564d09 steal_time): upstream address 0x4b564d03, registry 0x4b564d09" \
    "mismatch HV_X64_MSR_HYPERCALL_PAGE_ADDRESS_MASK (hyperv MSR 0x40000001 hypercall gpa_page): upstream mask 0xfffffffffffff000, registry bits 62:12 (mask 0x7ffffffffffff000)" \
    "mismatch HV_X64_MSR_VP_ASSIST_PAGE_ADDRESS_SHIFT (hyperv MSR 0x40000073 vp_assist_page gpa_page): upstream shift 12, registry lsb 13"; do
    label=${want#FAIL }
    label=${label%%:*}
    if grep -qF "$want" "$TMPD/mutant.out"; then
        ok "conformance/mutant-reports: $label"
    else
        not_ok "conformance/mutant-reports: $label" "$(cat "$TMPD/mutant.out")"
    fi
done
finish
