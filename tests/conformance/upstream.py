#!/usr/bin/python3
"""upstream.py REGISTRY_JSON LINUX_HEADERS_COMMON WORKDIR - registry vs upstream headers.

Generates a C program from the registry (the output of `hvcpuid export
--format=json`) that includes the upstream definitions Debian ships and
asserts, for every registry field whose upstream name is a macro of kind
`bit` (value = bit number) or `mask` (value = the field's mask in place),
that the macro gives exactly the field's bit position and width; and, for
every leaf with an upstream name, that the macro is that leaf at the
interface's default base. The compiler evaluates the macros, so BIT(),
GENMASK() and (1u << n) forms all count as written upstream.

Headers:
  linux-libc-dev                 <asm/kvm_para.h>          (compiled as is)
  libxen-dev                     <xen/arch-x86/cpuid.h>    (compiled as is)
  linux-headers-*-common         arch/x86/include/asm/hyperv-tlfs.h,
                                 include/asm-generic/hyperv-tlfs.h,
                                 arch/x86/include/asm/acrn.h
The kernel-internal headers need kernel types and pages; their macros are
extracted with `cc -E -dM` against empty stand-ins for the kernel headers
they include, and the generated program includes the extracted #defines.

Registry macros that these headers do not define must be listed in ABSENT
with the reason (a newer kernel, or a file no Debian package ships); an
unlisted absence, a stale ABSENT entry or any mismatch fails. The script
also lists every upstream hypervisor-CPUID macro of these headers that the
registry does not name (informational). Exit 0 pass, 1 fail, 2 setup error.
"""
import json
import os
import re
import subprocess
import sys

CC = os.environ.get("CC", "gcc")

NEWER = "newer than Debian's 6.1 kernel headers (facts read at torvalds/linux hvgdk_mini.h @9f13acb2406a)"
ABSENT = {
    # Hyper-V: macros Linux added after 6.1 (include/hyperv/hvgdk_mini.h).
    "HV_FEATURE_EXT_GVA_RANGES_FLUSH": NEWER,
    "HV_X64_HYPERV_NESTED": NEWER,
    "HV_X64_USE_MMIO_HYPERCALLS": NEWER,
    "HV_VP_DISPATCH_INTERRUPT_INJECTION_AVAILABLE": NEWER,
    "HV_VP_GHCB_ROOT_MAPPING_AVAILABLE": NEWER,
    "HYPERV_CPUID_SYNDBG_VENDOR_AND_MAX_FUNCTIONS": "defined by KVM (arch/x86/kvm/hyperv.h) and QEMU, not in the shipped TLFS headers",
    "HV_SYNDBG_CAP_ALLOW_KERNEL_DEBUGGING": "defined by KVM and QEMU (target/i386/kvm/hyperv-proto.h), not in the shipped TLFS headers",
    # Xen: macros newer than Debian's libxen-dev 4.17 header.
    "XEN_CPUID_TSC_EMULATED": "newer than Debian's libxen-dev 4.17 header (documented there in comments only)",
    "XEN_CPUID_HOST_TSC_RELIABLE": "newer than Debian's libxen-dev 4.17 header (documented there in comments only)",
    "XEN_CPUID_RDTSCP_INSTR_AVAIL": "newer than Debian's libxen-dev 4.17 header (documented there in comments only)",
    # Defined in .c files or other projects no Debian header package ships.
    "CPUID_VMWARE_FEATURES_LEAF": "defined in Linux arch/x86/kernel/cpu/vmware.c, not a header",
    "CPUID_VMWARE_FEATURES_ECX_VMMCALL": "defined in Linux arch/x86/kernel/cpu/vmware.c, not a header",
    "CPUID_VMWARE_FEATURES_ECX_VMCALL": "defined in Linux arch/x86/kernel/cpu/vmware.c, not a header",
    "CPUID_BHYVE_FEATURES": "defined in FreeBSD sys/amd64/vmm/x86.c and Linux 2025 bhyve.c, not in 6.1 headers",
    "JAILHOUSE_CPUID_FEATURES": "defined in Jailhouse's own headers, not shipped by Debian",
    "APPLEPV_INTERFACE_LEAF_INDEX": "an index into XNU's Apple PV leaves (osfmk/i386/cpuid.h), not shipped by Debian",
    "APPLEPV_FEATURES_LEAF_INDEX": "an index into XNU's Apple PV leaves (osfmk/i386/cpuid.h), not shipped by Debian",
}

PRELUDE = """/* Stand-ins for the kernel's <linux/bits.h>, enough to evaluate the
 * extracted Hyper-V and ACRN macros in user space. */
#define BIT(nr) (1UL << (nr))
#define BIT_ULL(nr) (1ULL << (nr))
#define GENMASK(h, l) (((~0UL) << (l)) & (~0UL >> (8 * sizeof(long) - 1 - (h))))
#define GENMASK_ULL(h, l) (((~0ULL) << (l)) & (~0ULL >> (63 - (h))))
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


def kernel_macros(hdr, work):
    """The Hyper-V and ACRN #defines, extracted against stub kernel headers."""
    files = [os.path.join(hdr, "arch/x86/include/asm/hyperv-tlfs.h"),
             os.path.join(hdr, "include/asm-generic/hyperv-tlfs.h"),
             os.path.join(hdr, "arch/x86/include/asm/acrn.h")]
    stubs = os.path.join(work, "stubs")
    for f in files:
        for inc in re.findall(r"#include <([^>]+)>", open(f).read()):
            if inc == "asm-generic/hyperv-tlfs.h":
                continue
            path = os.path.join(stubs, inc)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            open(path, "w").close()
    src = "".join('#include "%s"\n' % f for f in (files[0], files[2]))
    text = run([CC, "-E", "-dM", "-I", stubs, "-I", os.path.join(hdr, "include"), "-x", "c", "-"],
               input=src)
    return {k: v for k, v in defines(text).items() if KERNEL_PREFIX.match(k)}, files


def system_macros():
    src = "#include <asm/kvm_para.h>\n#include <xen/arch-x86/cpuid.h>\n"
    return defines(run([CC, "-E", "-dM", "-x", "c", "-"], input=src))


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


def upstream_cpuid_macros(kernel, system, files):
    """Every hypervisor-CPUID macro of the headers: name -> header label."""
    out = {}
    for n in system:
        if re.match(r"^(KVM_FEATURE_|KVM_HINTS_|KVM_CPUID_)", n):
            out[n] = "asm/kvm_para.h"
        elif re.match(r"^_?(XEN_CPUID_|XEN_HVM_CPUID_)", n):
            out[n] = "xen/arch-x86/cpuid.h"
    for n in cpuid_region(files[0], None, "Hyper-V specific model specific registers"):
        out[n] = "asm/hyperv-tlfs.h"
    for n in cpuid_region(files[1], "Group A Features", "TSC page layout"):
        out[n] = "asm-generic/hyperv-tlfs.h"
    for n in kernel:
        if n.startswith("ACRN_"):
            out[n] = "asm/acrn.h"
    return out


def c_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def all_upstream_names(reg):
    """Every upstream name the registry uses, labels included."""
    return {n for i in reg["interfaces"] for l in i["leaves"]
            for n in [l["upstream"]] + [f["upstream"] for f in l["fields"]] if n}


def signature_word(iface, field):
    """The 32-bit value of a vendor_signature_N field, or None."""
    m = re.match(r"^vendor_signature_([0-2])$", field["name"])
    sig = iface["vendor_signature_hex"]
    if not m or not sig or field["msb"] != 31 or field["lsb"] != 0:
        return None
    raw = bytes.fromhex(sig)[4 * int(m.group(1)):4 * int(m.group(1)) + 4]
    return int.from_bytes(raw, "little")


def program(reg, includes):
    """The C program: one compare per registry macro, #ifdef-guarded."""
    body, names = [], []
    for iface in reg["interfaces"]:
        base = iface["default_base"]
        for leaf in iface["leaves"]:
            where = "%s leaf 0x%02x" % (iface["id"], leaf["offset"])
            if leaf["upstream"] and base is not None:
                names.append(leaf["upstream"])
                body.append("#ifdef %s\n    leaf(&t, %s, %s, (unsigned long long)(%s), 0x%08xu);\n"
                            "#else\n    absent(%s);\n#endif" % (
                                leaf["upstream"], c_string(leaf["upstream"]), c_string(where),
                                leaf["upstream"], base + leaf["offset"], c_string(leaf["upstream"])))
            for f in leaf["fields"]:
                word = signature_word(iface, f) if f["upstream"] else None
                if word is not None:
                    # A register-value macro (XEN_CPUID_SIGNATURE_EBX): the
                    # registry's signature bytes in that register.
                    names.append(f["upstream"])
                    body.append("#ifdef %s\n    leaf(&t, %s, %s, (unsigned long long)(%s), 0x%08xu);\n"
                                "#else\n    absent(%s);\n#endif" % (
                                    f["upstream"], c_string(f["upstream"]),
                                    c_string("%s %s %s" % (where, f["register"], f["name"])),
                                    f["upstream"], word, c_string(f["upstream"])))
                if f["upstream_kind"] not in ("bit", "mask"):
                    continue
                names.append(f["upstream"])
                fw = "%s %s %s" % (where, f["register"], f["name"])
                body.append("#ifdef %s\n    field(&t, %s, %s, %d, (unsigned long long)(%s), %d, %d);\n"
                            "#else\n    absent(%s);\n#endif" % (
                                f["upstream"], c_string(f["upstream"]), c_string(fw),
                                f["upstream_kind"] == "mask", f["upstream"], f["msb"], f["lsb"],
                                c_string(f["upstream"])))
    head = "".join("#include %s\n" % i for i in includes)
    return names, """/* Generated by tests/conformance/upstream.py from the registry: do not edit. */
#include <stdio.h>
%s
struct tally {
    unsigned fields, leaves, bad;
};

static void absent(const char *name)
{
    printf("absent %%s\\n", name);
}

/* A leaf macro must be the leaf at the default base; a register-value macro
 * the registry's value. */
/* A bit-number macro must name the field's only bit; a mask macro must be
 * the field's mask in place. */
static void field(struct tally *t, const char *name, const char *where, int is_mask,
                  unsigned long long value, unsigned msb, unsigned lsb)
{
    unsigned long long want = ((2ULL << (msb - lsb)) - 1) << lsb;
    int good = is_mask ? value == want : (msb == lsb && value == lsb);
    t->fields++;
    if (good)
        return;
    t->bad++;
    printf("mismatch %%s (%%s): upstream %%s 0x%%llx, registry bits %%u:%%u (%%s 0x%%llx)\\n", name,
           where, is_mask ? "mask" : "bit number", value, msb, lsb, is_mask ? "mask" : "bit",
           is_mask ? want : (unsigned long long)lsb);
}

static void leaf(struct tally *t, const char *name, const char *where, unsigned long long value,
                 unsigned long long want)
{
    t->leaves++;
    if (value == want)
        return;
    t->bad++;
    printf("mismatch %%s (%%s): upstream value 0x%%llx, registry 0x%%llx\\n", name, where, value,
           want);
}

int main(void)
{
    struct tally t = {0, 0, 0};
%s
    printf("compared %%u %%u %%u\\n", t.fields, t.leaves, t.bad);
    return t.bad ? 1 : 0;
}
""" % (head, "\n".join(body))


def main(argv):
    if len(argv) != 4:
        print("usage: upstream.py REGISTRY_JSON LINUX_HEADERS_COMMON WORKDIR", file=sys.stderr)
        return 2
    reg = json.load(open(argv[1], encoding="utf-8"))
    hdr, work = argv[2], argv[3]
    os.makedirs(work, exist_ok=True)
    kernel, files = kernel_macros(hdr, work)
    system = system_macros()
    with open(os.path.join(work, "kernel_macros.h"), "w") as f:
        f.write(PRELUDE + "/* Extracted from %s with cc -E -dM. */\n" % hdr)
        for k in sorted(kernel):
            f.write("#define %s %s\n" % (k, kernel[k]))
    names, src = program(reg, ["<asm/kvm_para.h>", "<xen/arch-x86/cpuid.h>", '"kernel_macros.h"'])
    with open(os.path.join(work, "conformance.c"), "w") as f:
        f.write(src)
    exe = os.path.join(work, "conformance")
    subprocess.run([CC, "-std=c11", "-Wall", "-Wextra", "-Werror", "-I", work, "-o", exe,
                    os.path.join(work, "conformance.c")], check=True)
    res = subprocess.run([exe], capture_output=True, text=True)
    fails = 0
    absent = set()
    compared = None
    for line in res.stdout.splitlines():
        if line.startswith("absent "):
            absent.add(line.split()[1])
        elif line.startswith("compared "):
            compared = [int(x) for x in line.split()[1:]]
        else:
            print("FAIL " + line)
            fails += 1
    if compared is None:
        print("FAIL the conformance program did not finish (exit %d)" % res.returncode)
        return 1
    for n in sorted(absent):
        if n in ABSENT:
            print("not in these headers: %s: %s" % (n, ABSENT[n]))
        else:
            print("FAIL %s: named by the registry, defined by none of the headers; fix the name "
                  "or add it to ABSENT in tests/conformance/upstream.py with the reason" % n)
            fails += 1
    for n in sorted(set(ABSENT) - absent):
        state = "now defined by the headers" if n in names else "no longer named by the registry"
        print("FAIL %s is listed in ABSENT but is %s; remove it" % (n, state))
        fails += 1
    used = all_upstream_names(reg)
    lacking = {n: h for n, h in upstream_cpuid_macros(kernel, system, files).items()
               if n not in used}
    for n in sorted(lacking):
        print("registry lacks %s (%s)" % (n, lacking[n]))
    print("conformance: %d upstream macros compared (%d field bit/mask macros, %d leaf and value macros), "
          "%d mismatches; %d registry macros not in these headers; %d upstream macros the "
          "registry lacks" % (compared[0] + compared[1], compared[0], compared[1], compared[2],
                              len(absent), len(lacking)))
    return 1 if fails or res.returncode else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
