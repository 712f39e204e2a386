#!/usr/bin/env python3
"""gen_value_check.py REGISTRY_JSON > check.c

Writes a C program that checks the generated headers against the JSON export:
every interface's signatures, bases and leaves, every field's SHIFT, WIDTH,
MASK, GET and SET (each argument evaluated exactly once), enumerated values,
reserved masks and deprecation marks; every MSR's address (and offset and
relocated addresses for a relocatable MSR base), every MSR field's SHIFT and
WIDTH, and, where the 64-bit type HVCPUID_U64 exists, its reserved mask and
each field's 64-bit MASK, GET and SET (where it does not, that none of them
is defined). The macro names are derived here from
the naming scheme in docs/vendoring.md, independently of validate/c_names.c,
so a change to either shows up as a failure.

The program is plain C89 that is also C++98, so the same file is compiled in
every standard the headers support. It prints one line and exits 1 on any
mismatch."""
import json
import sys

# GET reads each pattern (every bit is 1 in one and 0 in the other); SET puts
# each value, wider than any field, into a register pattern.
PATTERNS = [0xA5A5A5A5, 0x5A5A5A5A, 0xFFFFFFFF]
VALUES = [0xFFFFFFFF, 0x9E3779B9, 0x00000000]
M32 = 0xFFFFFFFF


def up(s):
    return s.upper().replace("-", "_")


def mask_of(f):
    width = f["msb"] - f["lsb"] + 1
    return (((1 << width) - 1) << f["lsb"]) & M32


def le32(b):
    return b[0] | b[1] << 8 | b[2] << 16 | b[3] << 24


def hexu(v):
    return "0x%08XU" % v


class Out:
    def __init__(self):
        self.lines = []

    def __call__(self, text=""):
        self.lines.append(text)


def check(o, cond):
    o("    CHECK(%s);" % cond)


def interface(o, iface):
    p = "HVCPUID_" + up(iface["id"])
    o("static void check_%s(void)" % up(iface["id"]).lower())
    o("{")
    o("    HVCPUID_U32 pat[%d], val[%d];" % (len(PATTERNS), len(VALUES)))
    o("    int i, j;")
    for k, v in enumerate(PATTERNS):
        o("    pat[%d] = %s;" % (k, hexu(v)))
    for k, v in enumerate(VALUES):
        o("    val[%d] = %s;" % (k, hexu(v)))
    o("    i = j = 0;")
    signatures(o, p, iface)
    bases(o, p, iface)
    for leaf in iface["leaves"]:
        one_leaf(o, p, iface, leaf)
    o("    (void)i;")
    o("    (void)j;")
    o("}")
    o()


def signatures(o, p, iface):
    vs = iface["vendor_signature_hex"]
    if vs:
        b = bytes.fromhex(vs)
        o("    {")
        o("        static const unsigned char want[12] = {%s};" % ", ".join("0x%02X" % x for x in b))
        o("        CHECK(sizeof(%s_VENDOR_SIGNATURE) == 13);" % p)
        o("        CHECK(memcmp(%s_VENDOR_SIGNATURE, want, 12) == 0);" % p)
        o("    }")
        for k, r in enumerate(["EBX", "ECX", "EDX"]):
            check(o, "%s_VENDOR_SIGNATURE_%s == %s" % (p, r, hexu(le32(b[4 * k:]))))
    else:
        o("#ifdef %s_VENDOR_SIGNATURE" % p)
        check(o, "!\"%s_VENDOR_SIGNATURE defined without a vendor signature\"" % p)
        o("#endif")
    isig = iface["interface_signature_hex"]
    if isig:
        b = bytes.fromhex(isig)
        o("    {")
        o("        static const unsigned char want[4] = {%s};" % ", ".join("0x%02X" % x for x in b))
        o("        CHECK(sizeof(%s_INTERFACE_SIGNATURE) == 5);" % p)
        o("        CHECK(memcmp(%s_INTERFACE_SIGNATURE, want, 4) == 0);" % p)
        o("    }")
        check(o, "%s_INTERFACE_SIGNATURE_EAX == %s" % (p, hexu(le32(b))))


def bases(o, p, iface):
    for key, suffix in [("default_base", "DEFAULT_BASE"), ("min_base", "MIN_BASE"),
                        ("max_leaf", "MAX_LEAF")]:
        if iface[key] is not None:
            check(o, "%s_%s == %s" % (p, suffix, hexu(iface[key])))
        else:
            o("#ifdef %s_%s" % (p, suffix))
            check(o, "!\"%s_%s defined without %s\"" % (p, suffix, key))
            o("#endif")
    bs = iface["bases"]
    check(o, "%s_BASE_COUNT == %dU" % (p, len(bs)))
    if bs:
        o("    {")
        o("        static const HVCPUID_U32 b[] = %s_BASES;" % p)
        check(o, "    sizeof b / sizeof b[0] == %d" % len(bs))
        for k, base in enumerate(bs):
            check(o, "    b[%d] == %s" % (k, hexu(base)))
        o("    }")


def one_leaf(o, p, iface, leaf):
    lp = p + "_" + up(leaf["name"])
    o("    /* leaf %s */" % leaf["name"])
    check(o, "%s_OFFSET == %s" % (lp, hexu(leaf["offset"])))
    if leaf["subleaf"] is not None:
        check(o, "%s_SUBLEAF == %dU" % (lp, leaf["subleaf"]))
    if iface["default_base"] is not None:
        check(o, "%s_LEAF == %s" % (lp, hexu(iface["default_base"] + leaf["offset"])))
    for base in iface["bases"] + [0x40000000, 0x4000FF00]:
        check(o, "%s_LEAF_AT(%s) == %s" % (lp, hexu(base), hexu(base + leaf["offset"])))
    for base in iface["bases"]:
        check(o, "%s_LEAF_AT_%08X == %s" % (lp, base, hexu(base + leaf["offset"])))
    reserved = {}
    for f in leaf["fields"]:
        rp = lp + "_" + f["register"].upper()
        reserved.setdefault(rp, 0)
        if f["reserved"]:
            reserved[rp] |= mask_of(f)
        else:
            field(o, rp + "_" + up(f["name"]), f)
    for rp, m in sorted(reserved.items()):
        check(o, "%s_RESERVED_MASK == %s" % (rp, hexu(m)))


def field(o, fp, f):
    m, lsb = mask_of(f), f["lsb"]
    check(o, "%s_SHIFT == %d" % (fp, lsb))
    check(o, "%s_WIDTH == %d" % (fp, f["msb"] - lsb + 1))
    check(o, "%s_MASK == %s" % (fp, hexu(m)))
    for k, pat in enumerate(PATTERNS[:2]):
        o("    i = %d;" % k)
        check(o, "%s_GET(pat[i++]) == %s && i == %d" % (fp, hexu((pat & m) >> lsb), k + 1))
    for k, (pat, v) in enumerate(zip(PATTERNS, VALUES)):
        want = (pat & ~m & M32) | (((v << lsb) & M32) & m)
        o("    i = j = %d;" % k)
        check(o, "%s_SET(pat[i++], val[j++]) == %s && i == %d && j == %d"
              % (fp, hexu(want), k + 1, k + 1))
    if f["status"] == "deprecated":
        check(o, "%s_DEPRECATED == 1" % fp)
    else:
        o("#ifdef %s_DEPRECATED" % fp)
        check(o, "!\"%s is not deprecated\"" % fp)
        o("#endif")
    for v in f["values"]:
        check(o, "%s_%s == %s" % (fp, up(v["name"]), hexu(v["value"])))


PAT64 = [0xA5A5A5A5A5A5A5A5, 0x5A5A5A5A5A5A5A5A, 0xFFFFFFFFFFFFFFFF]
VAL64 = [0xFFFFFFFFFFFFFFFF, 0x9E3779B97F4A7C15, 0x0000000000000000]
M64 = 0xFFFFFFFFFFFFFFFF


def w64(v):
    return "W64(0x%08XU, 0x%08XU)" % (v >> 32, v & M32)


def mask64(f):
    return (((1 << (f["msr_width"])) - 1) << f["lsb"]) & M64


def msr_bases(reg, iface):
    """The registered MSR bases of a relocatable interface: its default and
    every msr_base a hypervisor that is not withdrawn gives it."""
    if not iface["msr_base"]:
        return []
    bases = {iface["msr_base"]["default"]}
    for h in reg["hypervisors"]:
        if h["status"] == "withdrawn":
            continue
        for pr in h["presents"]:
            if pr["interface"] == iface["id"] and pr["msr_base"] is not None:
                bases.add(pr["msr_base"])
    return sorted(bases)


def msr_checks(o, reg, iface):
    """check_msrs_<iface>(): the MSR macros of one interface."""
    p = "HVCPUID_" + up(iface["id"])
    o("static void check_msrs_%s(void)" % up(iface["id"]).lower())
    o("{")
    o("#ifdef HVCPUID_U64")
    o("    HVCPUID_U64 pat[%d], val[%d];" % (len(PAT64), len(VAL64)))
    o("    int i, j;")
    for k, v in enumerate(PAT64):
        o("    pat[%d] = %s;" % (k, w64(v)))
    for k, v in enumerate(VAL64):
        o("    val[%d] = %s;" % (k, w64(v)))
    o("    i = j = 0;")
    o("#endif")
    bases = msr_bases(reg, iface)
    if bases:
        check(o, "%s_MSR_BASE_DEFAULT == %s" % (p, hexu(iface["msr_base"]["default"])))
    for m in iface["msrs"]:
        mp = p + "_MSR_" + up(m["name"])
        o("    /* MSR %s */" % m["name"])
        check(o, "%s == %s" % (mp, hexu(m["address"])))
        if bases:
            off = m["address"] - iface["msr_base"]["default"]
            check(o, "%s_OFFSET == %s" % (mp, hexu(off)))
            for base in bases + [0x40000000]:
                check(o, "%s_AT(%s) == %s" % (mp, hexu(base), hexu(base + off)))
            for base in bases:
                check(o, "%s_AT_%08X == %s" % (mp, base, hexu(base + off)))
        else:
            o("#ifdef %s_OFFSET" % mp)
            check(o, "!\"%s_OFFSET defined for a fixed MSR\"" % mp)
            o("#endif")
        reserved = 0
        fields = [f for f in m["fields"] if not f["reserved"]]
        for f in m["fields"]:
            f["msr_width"] = f["msb"] - f["lsb"] + 1
            if f["reserved"]:
                reserved |= mask64(f)
        for f in fields:
            fp = mp + "_" + up(f["name"])
            check(o, "%s_SHIFT == %d" % (fp, f["lsb"]))
            check(o, "%s_WIDTH == %d" % (fp, f["msr_width"]))
            for v in f["values"]:
                check(o, "%s_%s == %s" % (fp, up(v["name"]), hexu(v["value"])))
        o("#ifdef HVCPUID_U64")
        check(o, "%s_RESERVED_MASK == %s" % (mp, w64(reserved)))
        for f in fields:
            msr_field64(o, mp + "_" + up(f["name"]), f)
        o("#else")
        for f in fields:
            o("#ifdef %s_%s_MASK" % (mp, up(f["name"])))
            check(o, "!\"%s_%s_MASK defined without HVCPUID_U64\"" % (mp, up(f["name"])))
            o("#endif")
        o("#endif")
    o("#ifdef HVCPUID_U64")
    o("    (void)i;")
    o("    (void)j;")
    o("#endif")
    o("}")
    o()


def msr_field64(o, fp, f):
    m, lsb = mask64(f), f["lsb"]
    check(o, "%s_MASK == %s" % (fp, w64(m)))
    for k, pat in enumerate(PAT64[:2]):
        o("    i = %d;" % k)
        check(o, "%s_GET(pat[i++]) == %s && i == %d" % (fp, w64((pat & m) >> lsb), k + 1))
    for k, (pat, v) in enumerate(zip(PAT64, VAL64)):
        want = (pat & ~m & M64) | (((v << lsb) & M64) & m)
        o("    i = j = %d;" % k)
        check(o, "%s_SET(pat[i++], val[j++]) == %s && i == %d && j == %d"
              % (fp, w64(want), k + 1, k + 1))


def umbrella(o, reg):
    ifaces = reg["interfaces"]
    vendor = [i for i in ifaces if i["vendor_signature_hex"]]
    isig = [i for i in ifaces if i["interface_signature_hex"]]
    o("#define COUNT_ROW(token, id) +1")
    o("#define VENDOR_ROW(token, id, ebx, ecx, edx) +1")
    o("#define ISIG_ROW(token, id, eax) +1")
    o("static void check_umbrella(void)")
    o("{")
    check(o, "0 HVCPUID_INTERFACES(COUNT_ROW) == %d" % len(ifaces))
    check(o, "0 HVCPUID_VENDOR_SIGNATURES(VENDOR_ROW) == %d" % len(vendor))
    check(o, "0 HVCPUID_INTERFACE_SIGNATURES(ISIG_ROW) == %d" % len(isig))
    if any(i.get("msrs") for i in ifaces):
        check(o, "HVCPUID_MSR_SOFTWARE_FIRST == 0x40000000U")
        check(o, "HVCPUID_MSR_SOFTWARE_LAST == 0x400000FFU")
    else:
        o("#ifdef HVCPUID_MSR_SOFTWARE_FIRST")
        check(o, "!\"HVCPUID_MSR_SOFTWARE_FIRST defined without MSRs\"")
        o("#endif")
    o("}")


def main():
    reg = json.load(open(sys.argv[1]))
    o = Out()
    o("/* Generated by tests/headers/gen_value_check.py from %s; do not edit. */"
      % sys.argv[1].split("/")[-1])
    o("#include <stdio.h>")
    o("#include <string.h>")
    o('#include "hvcpuid/hvcpuid.h"')
    o()
    o("static unsigned long checks, failures;")
    o()
    o("static void check_one(int ok, const char *what, int line)")
    o("{")
    o("    checks++;")
    o("    if (!ok) {")
    o("        failures++;")
    o('        printf("value-check: line %d: %s\\n", line, what);')
    o("    }")
    o("}")
    o("#define CHECK(cond) check_one((cond) ? 1 : 0, #cond, __LINE__)")
    o("/* Expected 64-bit values, built without the headers' HVCPUID_U64_C. */")
    o("#ifdef HVCPUID_U64")
    o("#ifdef __cplusplus")
    o("#define W64(hi, lo) ((static_cast<HVCPUID_U64>(hi) << 32) | static_cast<HVCPUID_U64>(lo))")
    o("#else")
    o("#define W64(hi, lo) ((((HVCPUID_U64)(hi)) << 32) | ((HVCPUID_U64)(lo)))")
    o("#endif")
    o("#endif")
    o()
    for iface in reg["interfaces"]:
        interface(o, iface)
        if iface.get("msrs"):
            msr_checks(o, reg, iface)
    umbrella(o, reg)
    o()
    o("int main(void)")
    o("{")
    for iface in reg["interfaces"]:
        o("    check_%s();" % up(iface["id"]).lower())
        if iface.get("msrs"):
            o("    check_msrs_%s();" % up(iface["id"]).lower())
    o("    check_umbrella();")
    o('    printf("value-check: %lu checks, %lu failed\\n", checks, failures);')
    o("    return failures ? 1 : 0;")
    o("}")
    sys.stdout.write("\n".join(o.lines) + "\n")


if __name__ == "__main__":
    main()
