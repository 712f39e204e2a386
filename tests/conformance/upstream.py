#!/usr/bin/python3
"""upstream.py REGISTRY_JSON SET SYSROOT LINUX_HEADERS_COMMON WORKDIR - registry vs headers.

Generates a C program from the registry (the output of `hvcpuid export
--format=json`) that includes one set of upstream headers Debian ships and
asserts, for every registry field whose upstream name is a macro of kind
`bit` (value = bit number) or `mask` (value = the field's mask in place),
that the macro gives exactly the field's bit position and width; for every
leaf with an upstream name, that the macro is that leaf at the interface's
default base; for every signature register with a value macro, the
registered bytes; and for every enumerated value whose description ends in
"(NAME)", that NAME (a macro or an enum constant) has that value. The
compiler evaluates everything, so BIT(), GENMASK() and (1u << n) forms all
count as written upstream.

SET names the header set ("bookworm": Debian 12, installed in the system;
"unstable": Debian unstable, unpacked by tools/fetch-upstream-headers.sh)
and SYSROOT is where its /usr/include lies ("/" for the system's own).
Headers of each set:
  linux-libc-dev                 <asm/kvm_para.h>          (compiled as is)
  libxen-dev                     <xen/arch-x86/cpuid.h>    (compiled as is)
  linux-headers-*-common         include/hyperv/hvgdk_mini.h (Linux 6.10 and
                                 later), else arch/x86/include/asm/hyperv-tlfs.h
                                 and include/asm-generic/hyperv-tlfs.h;
                                 arch/x86/include/asm/acrn.h
The kernel-internal headers need kernel types and pages; their macros are
extracted with `cc -E -dM -DCONFIG_X86` against empty stand-ins for the
kernel headers they include, and the generated program includes the
extracted #defines (and the header's enum hv_isolation_type, copied).

Macro families compared (and searched for names the registry lacks):
KVM_FEATURE_*, KVM_HINTS_*, KVM_CPUID_* (kvm_para.h); XEN_CPUID_*,
XEN_HVM_CPUID_*, _XEN_CPUID_* (cpuid.h); HV_* and HYPERV_* of the Hyper-V
headers' CPUID part, and the HV_ISOLATION_TYPE_* enum constants; ACRN_*
(acrn.h).

Synthetic MSRs (the registry's "msrs" of each interface) are compared the
same way: every MSR's upstream address macro and its upstream alias must be
its address at the default MSR base; every MSR field or reserved range of
kind `bit` or `mask` must match bit for bit in 64 bits, and every
upstream-shift macro must be the field's lsb. MSR families: HV_X64_MSR_* and
HV_MSR_* of the Hyper-V headers; MSR_KVM_*, KVM_MSR_*, KVM_ASYNC_PF_*,
KVM_STEAL_* and KVM_MIGRATION_READY of kvm_para.h.

Registry names that a set does not define must be listed in ABSENT for that
set with the reason (a newer header, or a file no Debian package ships); an
unlisted absence, a stale ABSENT entry or any mismatch fails. The script
also lists and counts every upstream name of these families that the
registry does not name. Exit 0 pass, 1 fail, 2 setup error.
"""
import json
import os
import re
import subprocess
import sys

CC = os.environ.get("CC", "gcc")

OLD = ("bookworm",)
BOTH = ("bookworm", "unstable")
NEWER = "newer than Debian 12's Linux 6.1 headers"
# name -> (the sets that lack it, why)
ABSENT = {
    # Hyper-V: macros Linux added after 6.1 (include/hyperv/hvgdk_mini.h).
    "HV_FEATURE_EXT_GVA_RANGES_FLUSH": (OLD, NEWER),
    "HV_X64_HYPERV_NESTED": (OLD, NEWER),
    "HV_X64_USE_MMIO_HYPERCALLS": (OLD, NEWER),
    "HV_VP_DISPATCH_INTERRUPT_INJECTION_AVAILABLE": (OLD, NEWER),
    "HV_VP_GHCB_ROOT_MAPPING_AVAILABLE": (OLD, NEWER),
    "HYPERV_VS_PROPERTIES_EAX_CONFIDENTIAL_VMBUS_AVAILABLE": (OLD, NEWER + " (confidential VMBus, 2025)"),
    "HV_ISOLATION_TYPE_TDX": (OLD, NEWER + " (6.1's enum hv_isolation_type ends at SNP)"),
    "HYPERV_CPUID_SYNDBG_VENDOR_AND_MAX_FUNCTIONS": (BOTH, "defined by KVM (arch/x86/kvm/hyperv.h) and QEMU, not in the shipped Hyper-V headers"),
    "HV_SYNDBG_CAP_ALLOW_KERNEL_DEBUGGING": (BOTH, "defined by QEMU (target/i386/kvm/hyperv-proto.h); Linux's KVM twin is in arch/x86/kvm/hyperv.h, not shipped"),
    # Xen: macros newer than Debian 12's libxen-dev 4.17 header.
    "XEN_CPUID_TSC_EMULATED": (OLD, "newer than Debian 12's libxen-dev 4.17 header (documented there in comments only)"),
    "XEN_CPUID_HOST_TSC_RELIABLE": (OLD, "newer than Debian 12's libxen-dev 4.17 header (documented there in comments only)"),
    "XEN_CPUID_RDTSCP_INSTR_AVAIL": (OLD, "newer than Debian 12's libxen-dev 4.17 header (documented there in comments only)"),
    "XEN_CPUID_TSC_MODE_DEFAULT": (OLD, "newer than Debian 12's libxen-dev 4.17 header"),
    "XEN_CPUID_TSC_MODE_ALWAYS_EMULATE": (OLD, "newer than Debian 12's libxen-dev 4.17 header"),
    "XEN_CPUID_TSC_MODE_NEVER_EMULATE": (OLD, "newer than Debian 12's libxen-dev 4.17 header"),
    "XEN_CPUID_TSC_MODE_PVRDTSCP": (OLD, "newer than Debian 12's libxen-dev 4.17 header"),
    # Defined in .c files or other projects no Debian header package ships.
    "CPUID_VMWARE_FEATURES_LEAF": (BOTH, "defined in Linux arch/x86/kernel/cpu/vmware.c, not a header"),
    "CPUID_VMWARE_FEATURES_ECX_VMMCALL": (BOTH, "defined in Linux arch/x86/kernel/cpu/vmware.c, not a header"),
    "CPUID_VMWARE_FEATURES_ECX_VMCALL": (BOTH, "defined in Linux arch/x86/kernel/cpu/vmware.c, not a header"),
    "CPUID_BHYVE_FEATURES": (BOTH, "defined in FreeBSD sys/amd64/vmm/x86.c and Linux arch/x86/kernel/cpu/bhyve.c, not a header"),
    "CPUID_VMWARE_INFO_LEAF": (BOTH, "defined in Linux arch/x86/kernel/cpu/vmware.c, not a header"),
    "CPUID_VM_SIGNATURE": (BOTH, "defined in FreeBSD sys/amd64/vmm/x86.c, not shipped by Debian"),
    "JAILHOUSE_CPUID_FEATURES": (BOTH, "defined in Jailhouse's own headers, not shipped by Debian"),
    "APPLEPV_INTERFACE_LEAF_INDEX": (BOTH, "an index into XNU's Apple PV leaves (osfmk/i386/cpuid.h), not shipped by Debian"),
    "APPLEPV_FEATURES_LEAF_INDEX": (BOTH, "an index into XNU's Apple PV leaves (osfmk/i386/cpuid.h), not shipped by Debian"),
    # Synthetic MSRs: names the TLFS defines and Linux does not.
    "HV_X64_MSR_STIME_UNHALTED_TIMER_CONFIG": (BOTH, "a TLFS name (timers.md); Linux does not define it"),
    "HV_X64_MSR_STIME_UNHALTED_TIMER_COUNT": (BOTH, "a TLFS name (timers.md); Linux does not define it"),
    "HV_X64_MSR_NESTED_VP_INDEX": (BOTH, "a TLFS name (nested-virtualization.md); Linux does not define it"),
}
# Synthetic MSRs Debian 12's Linux 6.1 headers do not define: the HV_MSR_*
# aliases, HV_X64_MSR_SINT1..14 (6.1 names only SINT0 and SINT15), the nested
# SynIC, SIRBP and the TSC invariant control came with include/hyperv/hvgdk_mini.h.
MSR_NEWER = (
    "HV_MSR_CRASH_CTL",
    "HV_MSR_CRASH_P0",
    "HV_MSR_CRASH_P1",
    "HV_MSR_CRASH_P2",
    "HV_MSR_CRASH_P3",
    "HV_MSR_CRASH_P4",
    "HV_MSR_EOM",
    "HV_MSR_NESTED_EOM",
    "HV_MSR_NESTED_SCONTROL",
    "HV_MSR_NESTED_SIEFP",
    "HV_MSR_NESTED_SIMP",
    "HV_MSR_NESTED_SINT0",
    "HV_MSR_NESTED_SVERSION",
    "HV_MSR_REFERENCE_TSC",
    "HV_MSR_SCONTROL",
    "HV_MSR_SIEFP",
    "HV_MSR_SIMP",
    "HV_MSR_SINT0",
    "HV_MSR_SIRBP",
    "HV_MSR_STIMER0_CONFIG",
    "HV_MSR_STIMER0_COUNT",
    "HV_MSR_SVERSION",
    "HV_MSR_TIME_REF_COUNT",
    "HV_MSR_VP_INDEX",
    "HV_X64_MSR_SINT1",
    "HV_X64_MSR_SINT10",
    "HV_X64_MSR_SINT11",
    "HV_X64_MSR_SINT12",
    "HV_X64_MSR_SINT13",
    "HV_X64_MSR_SINT14",
    "HV_X64_MSR_SINT2",
    "HV_X64_MSR_SINT3",
    "HV_X64_MSR_SINT4",
    "HV_X64_MSR_SINT5",
    "HV_X64_MSR_SINT6",
    "HV_X64_MSR_SINT7",
    "HV_X64_MSR_SINT8",
    "HV_X64_MSR_SINT9",
    "HV_EXPOSE_INVARIANT_TSC",
    "HV_X64_MSR_NESTED_EOM",
    "HV_X64_MSR_NESTED_SCONTROL",
    "HV_X64_MSR_NESTED_SIEFP",
    "HV_X64_MSR_NESTED_SIMP",
    "HV_X64_MSR_NESTED_SINT0",
    "HV_X64_MSR_NESTED_SVERSION",
    "HV_X64_MSR_SIRBP",)
for _n in MSR_NEWER:
    ABSENT.setdefault(_n, (OLD, NEWER))
# The nested SynIC interrupt sources: the TLFS names all sixteen, Linux only SINT0.
for _i in range(1, 16):
    ABSENT["HV_X64_MSR_NESTED_SINT%d" % _i] = (BOTH, "a TLFS name; Linux defines only HV_X64_MSR_NESTED_SINT0")

PRELUDE = """/* Stand-ins for the kernel's <linux/bits.h>, enough to evaluate the
 * extracted Hyper-V and ACRN macros in user space. */
#define BIT(nr) (1UL << (nr))
#define BIT_ULL(nr) (1ULL << (nr))
#define GENMASK(h, l) (((~0UL) << (l)) & (~0UL >> (8 * sizeof(long) - 1 - (h))))
#define GENMASK_ULL(h, l) (((~0ULL) << (l)) & (~0ULL >> (63 - (h))))
/* Newer uapi <asm/kvm_para.h> writes KVM_ASYNC_PF_VEC_MASK with the uapi
 * <linux/bits.h> __GENMASK without including it. */
#ifndef __GENMASK
#define __GENMASK(h, l) (((~0UL) << (l)) & (~0UL >> (8 * sizeof(long) - 1 - (h))))
#endif
"""

KERNEL_PREFIX = re.compile(r"^(HV_|HYPERV_|ACRN_)")


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw).stdout


def defines(text):
    """name -> value from `cc -E -dM` output (object-like macros only)."""
    out = {}
    for line in text.splitlines():
        m = re.match(r"#define (\w+) (.*)$", line)
        if m:
            out[m.group(1)] = m.group(2)
    return out


def kernel_headers(hdr):
    """The Hyper-V and ACRN headers of a linux-headers-*-common tree, each
    with the markers around its CPUID part (None: from the start)."""
    mini = os.path.join(hdr, "include/hyperv/hvgdk_mini.h")
    acrn = (os.path.join(hdr, "arch/x86/include/asm/acrn.h"), None, None)
    if os.path.exists(mini):  # Linux 6.10 and later
        return [(mini, "HV_CPUID_FUNCTION", "HV_MAXIMUM_PROCESSORS"), acrn]
    return [(os.path.join(hdr, "arch/x86/include/asm/hyperv-tlfs.h"), None,
             "Hyper-V specific model specific registers"),
            (os.path.join(hdr, "include/asm-generic/hyperv-tlfs.h"), "Group A Features",
             "TSC page layout"), acrn]


def kernel_macros(hdr, work):
    """The Hyper-V and ACRN #defines (x86), extracted against stub kernel
    headers, and the headers read."""
    files = kernel_headers(hdr)
    stubs = os.path.join(work, "stubs")
    for f, _, _ in files:
        for inc in re.findall(r"#include <([^>]+)>", open(f).read()):
            if inc == "asm-generic/hyperv-tlfs.h":
                continue
            path = os.path.join(stubs, inc)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            open(path, "w").close()
    src = "".join('#include "%s"\n' % f for f, _, _ in files if "asm-generic" not in f)
    text = run([CC, "-E", "-dM", "-DCONFIG_X86", "-I", stubs, "-I", os.path.join(hdr, "include"),
                "-x", "c", "-"], input=src)
    return {k: v for k, v in defines(text).items() if KERNEL_PREFIX.match(k)}, files


def isolation_enum(files):
    """The text of enum hv_isolation_type and its constants, or ("", [])."""
    for f, _, _ in files:
        m = re.search(r"enum hv_isolation_type \{[^}]*\};", open(f).read())
        if m:
            return m.group(0), re.findall(r"\b(HV_ISOLATION_TYPE_\w+)\s*=", m.group(0))
    return "", []


def include_flags(sysroot):
    """-I options that put a set's /usr/include before the compiler's own."""
    if sysroot == "/":
        return []
    multiarch = run([CC, "-print-multiarch"]).strip()
    return ["-I", os.path.join(sysroot, "usr/include", multiarch),
            "-I", os.path.join(sysroot, "usr/include")]


def system_macros(inc):
    src = "#include <asm/kvm_para.h>\n#include <xen/arch-x86/cpuid.h>\n"
    return defines(run([CC, "-E", "-dM"] + inc + ["-x", "c", "-"], input=src))


def cpuid_region(path, start, end):
    """Macro names defined between two marker lines of a header (the part
    that describes CPUID leaves); a missing marker is a setup error."""
    lines = open(path).read().splitlines()
    try:
        a = next(i for i, l in enumerate(lines) if start is None or start in l)
        b = next(i for i, l in enumerate(lines) if end in l)
    except StopIteration:
        raise SystemExit("upstream.py: markers %r..%r not found in %s" % (start, end, path))
    names = []
    for l in lines[a:b]:
        m = re.match(r"#define\s+((?:HV|HYPERV)_\w+)\s", l)
        if m:
            names.append(m.group(1))
    return names


def upstream_cpuid_macros(kernel, system, files, enum_names):
    """Every upstream name of the compared families: name -> header label."""
    out = {}
    for n in system:
        if re.match(r"^(KVM_FEATURE_|KVM_HINTS_|KVM_CPUID_)", n):
            out[n] = "asm/kvm_para.h"
        elif re.match(r"^_?(XEN_CPUID_|XEN_HVM_CPUID_)", n):
            out[n] = "xen/arch-x86/cpuid.h"
    for f, start, end in files:
        label = "/".join(f.split("/")[-2:])
        if start is None and end is None:
            for n in kernel:
                if n.startswith("ACRN_"):
                    out[n] = label
            continue
        for n in cpuid_region(f, start, end):
            out[n] = label
        for n in enum_names:
            out[n] = label + " (enum hv_isolation_type)"
    return out


def c_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


VALUE_NAME = re.compile(r"\(([A-Z_][A-Z0-9_]+)\)\.?$")


def value_macro(value):
    """The upstream name a value's description ends with, "(NAME)", or None."""
    m = VALUE_NAME.search(value["description"] or "")
    return m.group(1) if m else None


def all_upstream_names(reg):
    """Every upstream name the registry uses, labels and value names included."""
    names = set()
    for i in reg["interfaces"]:
        for l in i["leaves"]:
            names.add(l["upstream"])
            for f in l["fields"]:
                names.add(f["upstream"])
                names.update(value_macro(v) for v in f["values"] or [])
        for m in i.get("msrs", []):
            names.update([m["upstream"], m["upstream_alias"]])
            for f in m["fields"]:
                names.update([f["upstream"], f["upstream_shift"]])
                names.update(value_macro(v) for v in f["values"] or [])
    return {n for n in names if n}


MSR_FAMILIES = re.compile(r"^(HV_X64_MSR_|HV_MSR_|MSR_KVM_|KVM_MSR_|KVM_ASYNC_PF_|KVM_STEAL_|"
                          r"KVM_MIGRATION_READY$)")


def upstream_msr_macros(kernel, system, files):
    """Every upstream name of the MSR families: name -> header label. The
    Hyper-V ones come from the x86 macros of the headers read; the CPUID
    feature bits HV_MSR_*_AVAILABLE are the leaf part's, not MSR names."""
    out = {}
    hv_label = "/".join(files[0][0].split("/")[-2:])
    for n in kernel:
        if MSR_FAMILIES.match(n) and not n.endswith("_AVAILABLE"):
            out[n] = hv_label
    for n in system:
        if MSR_FAMILIES.match(n):
            out[n] = "asm/kvm_para.h"
    return out


def signature_word(iface, field):
    """The 32-bit value of a vendor_signature_N field, or None."""
    m = re.match(r"^vendor_signature_([0-2])$", field["name"])
    sig = iface["vendor_signature_hex"]
    if not m or not sig or field["msb"] != 31 or field["lsb"] != 0:
        return None
    raw = bytes.fromhex(sig)[4 * int(m.group(1)):4 * int(m.group(1)) + 4]
    return int.from_bytes(raw, "little")


def guarded(name, call):
    """One compare, run when the headers define NAME (a macro, or an enum
    constant announced by an HVCPUID_ENUM_NAME macro), else reported absent."""
    return "#if defined(%s) || defined(HVCPUID_ENUM_%s)\n    %s;\n#else\n    absent(%s);\n#endif" % (
        name, name, call, c_string(name))


def value_compare(name, where, want, counter="leaves", what="value"):
    return guarded(name, "compare(&t, &t.%s, \"%s\", %s, %s, (unsigned long long)(%s), 0x%08xu)" % (
        counter, what, c_string(name), c_string(where), name, want))


def bits_compare(f, where, counter):
    """A field's bit-number or mask macro against its bits."""
    return guarded(f["upstream"], "field(&t, &t.%s, %s, %s, %d, (unsigned long long)(%s), %d, %d)" % (
        counter, c_string(f["upstream"]), c_string(where), f["upstream_kind"] == "mask",
        f["upstream"], f["msb"], f["lsb"]))


def field_compares(iface, where, f, names, body):
    """The compares one field contributes: its signature word, its bit or
    mask macro, and its enumerated values' names."""
    fw = "%s %s %s" % (where, f["register"], f["name"])
    word = signature_word(iface, f) if f["upstream"] else None
    if word is not None:
        # A register-value macro (XEN_CPUID_SIGNATURE_EBX): the registry's
        # signature bytes in that register.
        names.append(f["upstream"])
        body.append(value_compare(f["upstream"], fw, word))
    if f["upstream_kind"] in ("bit", "mask"):
        names.append(f["upstream"])
        body.append(bits_compare(f, fw, "fields"))
    for v in f["values"] or []:
        name = value_macro(v)
        if name:
            names.append(name)
            body.append(value_compare(name, "%s value %s" % (fw, v["name"]), v["value"]))


def msr_compares(iface, names, body):
    """The compares of one interface's MSRs: address macros (and aliases),
    64-bit field masks or bit numbers, and shift macros."""
    for m in iface.get("msrs", []):
        where = "%s MSR 0x%08x %s" % (iface["id"], m["address"], m["name"])
        for macro in (m["upstream"], m["upstream_alias"]):
            if macro:
                names.append(macro)
                body.append(value_compare(macro, where, m["address"], "msrs", "address"))
        for f in m["fields"]:
            fw = "%s %s" % (where, f["name"])
            if f["upstream_kind"] in ("bit", "mask"):
                names.append(f["upstream"])
                body.append(bits_compare(f, fw, "msr_fields"))
            if f["upstream_shift"]:
                names.append(f["upstream_shift"])
                body.append(guarded(f["upstream_shift"], "msr_shift(&t, %s, %s, (unsigned long long)(%s), %d)" % (
                    c_string(f["upstream_shift"]), c_string(fw), f["upstream_shift"], f["lsb"])))


def program(reg, includes):
    """The C program: one compare per registry name, guarded by its presence."""
    body, names = [], []
    for iface in reg["interfaces"]:
        base = iface["default_base"]
        for leaf in iface["leaves"]:
            where = "%s leaf 0x%02x" % (iface["id"], leaf["offset"])
            if leaf["upstream"] and base is not None:
                names.append(leaf["upstream"])
                body.append(value_compare(leaf["upstream"], where, base + leaf["offset"]))
            for f in leaf["fields"]:
                field_compares(iface, where, f, names, body)
        msr_compares(iface, names, body)
    head = "".join("#include %s\n" % i for i in includes)
    return names, """/* Generated by tests/conformance/upstream.py from the registry: do not edit. */
#include <stdio.h>
%s
struct tally {
    unsigned fields, leaves, bad, msrs, msr_fields;
};

static void absent(const char *name)
{
    printf("absent %%s\\n", name);
}

/* A bit-number macro must name the field's only bit; a mask macro must be
 * the field's mask in place (MSR fields are 64-bit). */
static void field(struct tally *t, unsigned *count, const char *name, const char *where, int is_mask,
                  unsigned long long value, unsigned msb, unsigned lsb)
{
    unsigned long long ones = msb - lsb >= 63 ? ~0ULL : (2ULL << (msb - lsb)) - 1;
    unsigned long long want = ones << lsb;
    int good = is_mask ? value == want : (msb == lsb && value == lsb);
    ++*count;
    if (good)
        return;
    t->bad++;
    printf("mismatch %%s (%%s): upstream %%s 0x%%llx, registry bits %%u:%%u (%%s 0x%%llx)\\n", name,
           where, is_mask ? "mask" : "bit number", value, msb, lsb, is_mask ? "mask" : "bit",
           is_mask ? want : (unsigned long long)lsb);
}

/* A leaf macro must be the leaf at the default base, a register-value macro
 * the registry's value, an MSR address macro the MSR's address at the
 * default base. */
static void compare(struct tally *t, unsigned *count, const char *what, const char *name,
                    const char *where, unsigned long long got, unsigned long long want)
{
    ++*count;
    if (got == want)
        return;
    t->bad++;
    printf("mismatch %%s (%%s): upstream %%s 0x%%llx, registry 0x%%llx\\n", name, where, what, got,
           want);
}

/* A shift macro must be the field's lsb. */
static void msr_shift(struct tally *t, const char *name, const char *where, unsigned long long value,
                      unsigned lsb)
{
    t->msr_fields++;
    if (value == lsb)
        return;
    t->bad++;
    printf("mismatch %%s (%%s): upstream shift %%llu, registry lsb %%u\\n", name, where, value, lsb);
}

int main(void)
{
    struct tally t = {0, 0, 0, 0, 0};
%s
    printf("compared %%u %%u %%u %%u %%u\\n", t.fields, t.leaves, t.bad, t.msrs, t.msr_fields);
    return t.bad ? 1 : 0;
}
""" % (head, "\n".join(body))


def kernel_prelude(hdr, kernel, enum_text, enum_names):
    """kernel_macros.h: the stand-ins, the extracted #defines and the enum."""
    out = PRELUDE + "/* Extracted from %s with cc -E -dM -DCONFIG_X86. */\n" % hdr
    out += "".join("#define %s %s\n" % (k, kernel[k]) for k in sorted(kernel))
    if enum_text:
        out += "/* Copied from the header. */\n%s\n" % enum_text
        out += "".join("#define HVCPUID_ENUM_%s 1\n" % n for n in enum_names)
    return out


def run_program(reg, work, inc):
    """Compile and run the program; (absent names, [fields, leaves, bad] or
    None, FAIL lines, exit status)."""
    names, src = program(reg, ["<asm/kvm_para.h>", "<xen/arch-x86/cpuid.h>", '"kernel_macros.h"'])
    with open(os.path.join(work, "conformance.c"), "w") as f:
        f.write(src)
    exe = os.path.join(work, "conformance")
    subprocess.run([CC, "-std=c11", "-Wall", "-Wextra", "-Werror"] + inc + ["-I", work, "-o", exe,
                    os.path.join(work, "conformance.c")], check=True)
    res = subprocess.run([exe], capture_output=True, text=True)
    absent, compared, fails = set(), None, []
    for line in res.stdout.splitlines():
        if line.startswith("absent "):
            absent.add(line.split()[1])
        elif line.startswith("compared "):
            compared = [int(x) for x in line.split()[1:]]
        else:
            fails.append("FAIL " + line)
    return names, absent, compared, fails, res.returncode


def absent_problems(name_set, absent, names):
    """Lines for every absence, and FAIL lines for unlisted or stale ones."""
    lines, fails = [], 0
    for n in sorted(absent):
        sets, why = ABSENT.get(n, ((), None))
        if name_set in sets:
            lines.append("not in these headers: %s: %s" % (n, why))
        else:
            lines.append("FAIL %s: named by the registry, defined by none of the %s headers; fix "
                         "the name or add it to ABSENT in tests/conformance/upstream.py with the "
                         "reason" % (n, name_set))
            fails += 1
    for n in sorted(k for k, (sets, _) in ABSENT.items() if name_set in sets and k not in absent):
        state = "now defined by the headers" if n in names else "no longer named by the registry"
        lines.append("FAIL %s is listed in ABSENT for %s but is %s; remove it" % (n, name_set, state))
        fails += 1
    return lines, fails


def main(argv):
    if len(argv) != 6:
        print("usage: upstream.py REGISTRY_JSON SET SYSROOT LINUX_HEADERS_COMMON WORKDIR",
              file=sys.stderr)
        return 2
    reg = json.load(open(argv[1], encoding="utf-8"))
    name_set, sysroot, hdr, work = argv[2], argv[3], argv[4], argv[5]
    os.makedirs(work, exist_ok=True)
    inc = include_flags(sysroot)
    kernel, files = kernel_macros(hdr, work)
    enum_text, enum_names = isolation_enum(files)
    system = system_macros(inc)
    with open(os.path.join(work, "kernel_macros.h"), "w") as f:
        f.write(kernel_prelude(hdr, kernel, enum_text, enum_names))
    names, absent, compared, fails, code = run_program(reg, work, inc)
    for line in fails:
        print(line)
    if compared is None:
        print("FAIL the conformance program did not finish (exit %d)" % code)
        return 1
    lines, bad = absent_problems(name_set, absent, names)
    for line in lines:
        print(line)
    used = all_upstream_names(reg)
    lacking = {n: h for n, h in upstream_cpuid_macros(kernel, system, files, enum_names).items()
               if n not in used}
    for n in sorted(lacking):
        print("registry lacks %s (%s)" % (n, lacking[n]))
    msr_lacking = {n: h for n, h in upstream_msr_macros(kernel, system, files).items()
                   if n not in used}
    for n in sorted(msr_lacking):
        print("registry lacks MSR name %s (%s)" % (n, msr_lacking[n]))
    print("conformance %s: %d upstream names compared (%d field bit/mask macros, %d leaf, "
          "signature and value names), %d mismatches; %d registry names not in these headers; "
          "%d upstream names the registry lacks" % (
              name_set, compared[0] + compared[1], compared[0], compared[1], compared[2],
              len(absent), len(lacking)))
    print("conformance %s MSRs: %d upstream names compared (%d MSR address macros, %d MSR field "
          "mask, bit and shift macros); %d upstream MSR names the registry lacks" % (
              name_set, compared[3] + compared[4], compared[3], compared[4], len(msr_lacking)))
    return 1 if fails or bad or code else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
