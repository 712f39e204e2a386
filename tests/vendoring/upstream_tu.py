#!/usr/bin/python3
"""upstream_tu.py REGISTRY_JSON INCLUDE SET SYSROOT LINUX_HEADERS_COMMON WORKDIR [IFACE...]

Holds the generated upstream-name headers (INCLUDE/hvcpuid/upstream/<iface>.h)
to the upstream headers of one Debian set: for every interface (or only the
IFACEs named), translation units that include the upstream header and the
generated one, in both orders, with gcc and clang, -std=c11 -Wall -Wextra
-Werror, and assert at compile time (the negative-array trick) that every
macro the registry names equals the registry's value as the HVCPUID_ headers
give it: a leaf NAME == HVCPUID_<IF>_<LEAF>_LEAF, a bit number NAME ==
..._SHIFT (of a one-bit field), a mask NAME == ..._MASK. Ours first, the
upstream header's own #define follows ours, so any difference in spelling is
a "redefined" error; upstream first, ours is skipped and checks upstream's
value itself.

The upstream header is always included from a folder that is not a system
one (GCC and Clang are silent about redefinitions in system headers):
  kvm     asm/kvm_para.h (linux-libc-dev), copied      (compiled as is)
  xen     xen/arch-x86/cpuid.h (libxen-dev), copied    (compiled as is)
  hyperv  include/hyperv/hvgdk_mini.h (6.10 and later), else
          arch/x86/include/asm/hyperv-tlfs.h + include/asm-generic/hyperv-tlfs.h
  acrn    arch/x86/include/asm/acrn.h
  vmware  arch/x86/include/asm/vmware.h
The last three are kernel-internal headers (kernel types, pages,
alternatives): they cannot be compiled outside the kernel, so their own
#defines are extracted with `cc -E -dM -DCONFIG_X86` against empty stand-ins
for the headers they include (as tests/conformance/upstream.py does) and
written, exactly as the preprocessor holds them, into a header the unit
includes, after stand-ins for <linux/bits.h> and with __KERNEL__ defined.

Each unit also runs alone (our header without upstream's) in C89 and C++98
with -pedantic-errors. Prints "ok WHAT" and "FAIL WHAT: WHY" lines, and "not in
these headers: NAME: REASON" for names a set does not define (an unexplained
absence fails). Exit 0 when nothing failed, 1 otherwise, 2 on a setup error.
"""
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "conformance"))
sys.path.insert(0, os.path.join(HERE, "..", "headers"))
import upstream as conformance  # noqa: E402  (ABSENT, PRELUDE, include_flags, defines)
from gen_value_check import up  # noqa: E402  (the HVCPUID_ naming, held to the headers)

OLD = ("bookworm",)
# Where this test sees more than tests/conformance/upstream.py (which does not
# read asm/vmware.h): name -> (the sets that lack it, why).
OVERRIDES = {n: (OLD, "Debian 12's Linux 6.1 defines it in arch/x86/kernel/cpu/vmware.c, not in "
                      "asm/vmware.h")
             for n in ("CPUID_VMWARE_FEATURES_ECX_VMMCALL", "CPUID_VMWARE_FEATURES_ECX_VMCALL")}
ABSENT = dict(conformance.ABSENT, **OVERRIDES)
# Names whose upstream spelling goes through a macro the registry does not
# record, so ours (self-contained) cannot be the same tokens: the ours-first
# unit #undefs them before upstream's header. Their values are still checked
# in every order. name -> (the sets, why).
BOTH = ("bookworm", "unstable")
RESPELLED = {
    "KVM_STEAL_VALID_BITS": (BOTH, "kvm_para.h writes it through KVM_STEAL_ALIGNMENT_BITS"),
    "KVM_STEAL_RESERVED_MASK": (BOTH, "kvm_para.h writes it through KVM_STEAL_ALIGNMENT_BITS"),
    "KVM_ASYNC_PF_VEC_MASK": (BOTH, "kvm_para.h writes it with GENMASK() (6.1) or __GENMASK() "
                              "(7.2) of <linux/bits.h>, which it does not include"),
}
RESPELLED.update({n: (OLD, "Linux 6.1's asm/hyperv-tlfs.h writes it as the HV_REGISTER_ name "
                           "of asm-generic/hyperv-tlfs.h")
                  for n in ["HV_X64_MSR_%s" % s for s in (
                      "CRASH_CTL", "EOM", "REFERENCE_TSC", "SCONTROL", "SIEFP", "SIMP", "SINT0",
                      "SINT15", "SVERSION", "TIME_REF_COUNT", "VP_INDEX")] +
                  ["HV_X64_MSR_CRASH_P%d" % i for i in range(5)] +
                  ["HV_X64_MSR_STIMER%d_%s" % (i, k) for i in range(4)
                   for k in ("CONFIG", "COUNT")]})
# Upstream values user space cannot evaluate: kvm_para.h's GENMASK() and
# __GENMASK() come from a <linux/bits.h> it does not include. Checked alone
# only (ours is self-contained); our header does not check them either.
UNEVALUABLE = {"KVM_ASYNC_PF_VEC_MASK"}
KERNEL = ("hyperv", "acrn", "vmware")
COMPILERS = ("gcc", "clang")
WARN = ["-Wall", "-Wextra", "-Werror"]
NAME = re.compile(r"^[A-Z][A-Z0-9_]*$")


def msr_names(iface, p):
    """(name, condition, wide) for every upstream name of the interface's
    MSRs: address and alias == HVCPUID_<IF>_MSR_<MSR>, shift == _SHIFT, a
    field's mask == _MASK, a reserved range's mask == its bits (from the
    registry). wide: the condition needs a 64-bit type (C99, C++11)."""
    out = []
    for m in iface.get("msrs") or []:
        mp = "%s_MSR_%s" % (p, up(m["name"]))
        for n in (m["upstream"], m["upstream_alias"]):
            if n:
                out.append((n, "%s == %s" % (n, mp), False))
        for f in m["fields"]:
            fp = "%s_%s" % (mp, up(f["name"] or ""))
            if f["upstream_shift"] and not f["reserved"]:
                out.append((f["upstream_shift"], "%s == %s_SHIFT" % (f["upstream_shift"], fp),
                            False))
            n, kind = f["upstream"], f["upstream_kind"]
            bits = ((1 << (f["msb"] + 1)) - 1) & ~((1 << f["lsb"]) - 1)
            if kind == "mask" and f["reserved"]:
                out.append((n, "%s == 0x%xull" % (n, bits), True))
            elif kind == "mask":
                out.append((n, "%s == %s_MASK" % (n, fp), True))
            elif kind == "bit" and not f["reserved"]:
                out.append((n, "%s == %s_SHIFT && %s_WIDTH == 1" % (n, fp, fp), False))
    return out


def names_of(iface, narrow=False):
    """(name, condition) for every upstream value name of an interface, the
    condition comparing the macro with the HVCPUID_ header's value; narrow:
    only those a C89 or C++98 unit can evaluate (no 64-bit MSR mask)."""
    p = "HVCPUID_" + up(iface["id"])
    out = []
    for leaf in iface["leaves"]:
        lp = "%s_%s" % (p, up(leaf["name"]))
        if leaf["upstream"] and iface["default_base"] is not None:
            out.append((leaf["upstream"], "%s == %s_LEAF" % (leaf["upstream"], lp)))
        for f in leaf["fields"]:
            n, kind = f["upstream"], f["upstream_kind"]
            fp = "%s_%s_%s" % (lp, up(f["register"]), up(f["name"] or ""))
            if kind == "bit":
                out.append((n, "%s == %s_SHIFT && %s_WIDTH == 1" % (n, fp, fp)))
            elif kind == "mask":
                out.append((n, "%s == %s_MASK" % (n, fp)))
    out += [(n, c) for n, c, wide in msr_names(iface, p) if not (narrow and wide)]
    return [(n, c) for n, c in out if NAME.match(n) and not n.startswith("HVCPUID_")]


def kernel_files(iface, hdr):
    """The kernel-internal headers of an interface in a linux-headers tree."""
    x86 = os.path.join(hdr, "arch/x86/include/asm")
    if iface == "hyperv":
        mini = os.path.join(hdr, "include/hyperv/hvgdk_mini.h")
        if os.path.exists(mini):
            return [mini]
        return [os.path.join(x86, "hyperv-tlfs.h"),
                os.path.join(hdr, "include/asm-generic/hyperv-tlfs.h")]
    return [os.path.join(x86, iface + ".h")]


def extract(files, hdr, work):
    """The object-like #defines the files write themselves, as `cc -E -dM`
    holds them, with every <header> they include but each other stubbed."""
    stubs = os.path.join(work, "stubs")
    ours = {f.split("/include/", 1)[-1] for f in files}
    for f in files:
        for inc in re.findall(r"#include <([^>]+)>", open(f).read()):
            path = os.path.join(stubs, inc)
            if inc not in ours and not os.path.exists(path):
                os.makedirs(os.path.dirname(path), exist_ok=True)
                open(path, "w").close()
    src = "".join('#include "%s"\n' % f for f in files)
    text = conformance.run([conformance.CC, "-E", "-dM", "-DCONFIG_X86", "-I", stubs,
                            "-I", os.path.join(hdr, "include"), "-I",
                            os.path.join(hdr, "arch/x86/include"), "-x", "c", "-"], input=src)
    written = set()
    for f in files:
        written.update(re.findall(r"^\s*#\s*define\s+(\w+)[ \t]", open(f).read(), re.M))
    return {k: v for k, v in conformance.defines(text).items() if k in written}


class Set:
    """One Debian header set: where each interface's upstream header is."""

    def __init__(self, name, sysroot, hdr, work):
        self.name, self.sysroot, self.hdr, self.work = name, sysroot, hdr, work
        self.inc = os.path.join(work, "upstream-include")
        self.flags = conformance.include_flags(sysroot)
        multiarch = conformance.run([conformance.CC, "-print-multiarch"]).strip()
        usr = os.path.join(sysroot, "usr/include")
        self.system = {"kvm": (os.path.join(usr, multiarch, "asm/kvm_para.h"), "asm/kvm_para.h"),
                       "xen": (os.path.join(usr, "xen/arch-x86/cpuid.h"), "xen/arch-x86/cpuid.h")}

    def header(self, iface):
        """(include line, label, name -> replacement list of what it defines)
        or None when the set has no header for the interface."""
        if iface in self.system:
            src, rel = self.system[iface]
            if not os.path.exists(src):
                raise SystemExit("upstream_tu.py: %s missing" % src)
            dst = os.path.join(self.inc, rel)
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            shutil.copyfile(src, dst)
            names = conformance.defines(conformance.run(
                [conformance.CC, "-E", "-dM", "-I", self.inc] + self.flags + ["-x", "c", "-"],
                input="#include <%s>\n" % rel))
            return "#include <%s>" % rel, rel, names
        if iface not in KERNEL:
            return None
        files = kernel_files(iface, self.hdr)
        macros = extract(files, self.hdr, os.path.join(self.work, "extract-" + iface))
        path = os.path.join(self.inc, "extracted", iface + ".h")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as out:
            out.write("/* The #defines of %s, from cc -E -dM. */\n" % ", ".join(files))
            out.write("".join("#define %s %s\n" % (k, macros[k]) for k in sorted(macros)))
        label = " + ".join("/".join(f.split("/")[-2:]) for f in files)
        return '#include "extracted/%s.h"' % iface, label, macros


def unit(lines_before, names, tok):
    """A translation unit: the includes, then one compile-time check per name
    (numbered: a name the registry gives twice is checked twice)."""
    checks = "".join("HVCPUID_TEST_CHECK(%s, %d, %s)\n" % (n, i, c)
                     for i, (n, c) in enumerate(names))
    return ("%s\n#include \"hvcpuid/%s.h\"\n"
            "#define HVCPUID_TEST_CHECK(name, i, ok) typedef char check_##name##_##i[(ok) ? 1 : -1];\n"
            "%sint hvcpuid_test_unit;\n") % ("\n".join(lines_before), tok, checks)


def compile_unit(cc, std, flags, src, path):
    with open(path, "w") as f:
        f.write(src)
    res = subprocess.run([cc, "-std=" + std] + flags + ["-fsyntax-only", path],
                         capture_output=True, text=True)
    return res.returncode == 0, (res.stdout + res.stderr).strip().splitlines()[:6]


class Report:
    def __init__(self):
        self.failed = 0

    def ok(self, what):
        print("ok " + what)

    def fail(self, what, why):
        self.failed += 1
        print("FAIL %s: %s" % (what, " | ".join(why) if isinstance(why, list) else why))


def absences(rep, hset, iface, names, defined):
    """Names the set's header lacks, each with its reason; unexplained or
    stale reasons fail."""
    for n in sorted({n for n, _ in names}):
        sets, why = ABSENT.get(n, ((), None))
        if n in defined and hset.name in sets and n in OVERRIDES:
            rep.fail("%s: %s" % (hset.name, n), "listed absent in tests/vendoring/upstream_tu.py "
                     "but the header defines it; remove it")
        elif n not in defined and hset.name in sets:
            print("not in these headers (%s): %s: %s" % (hset.name, n, why))
        elif n not in defined:
            rep.fail("%s: %s" % (hset.name, n), "named by the registry, defined by none of the "
                     "%s headers of %s; add the reason to ABSENT" % (hset.name, iface))


def our_spellings(tok, inc, work):
    """name -> replacement list of our header, as `cc -E -dM` holds it (the
    kernel spelling for kernel-internal interfaces)."""
    flags = ["-I", inc, "-I", work] + (["-D__KERNEL__"] if tok in KERNEL else [])
    return conformance.defines(conformance.run(
        [conformance.CC, "-E", "-dM"] + flags + ["-x", "c", "-"],
        input='#include "hvcpuid/upstream/%s.h"\n' % tok))


def respelled(rep, hset, tok, names, defined, work, inc):
    """The names RESPELLED lists for this set, each checked to be spelled
    otherwise upstream (a stale entry fails); the ours-first unit #undefs
    them before upstream's header. An unlisted respelling is left to the
    compiler, which reports the redefinition."""
    ours = our_spellings(tok, inc, work)
    out = []
    for n in sorted({n for n, _ in names}):
        sets, why = RESPELLED.get(n, ((), None))
        if hset.name not in sets or n not in defined:
            continue
        if ours.get(n) == defined[n]:
            rep.fail("%s: %s" % (hset.name, n), "listed in RESPELLED in tests/vendoring/"
                     "upstream_tu.py but spelled %s in both headers; remove it" % defined[n])
            continue
        print("spelled otherwise upstream (%s): %s: ours %s, upstream's %s: %s"
              % (hset.name, n, ours.get(n), defined[n], why))
        out.append(n)
    return out


def both_orders(rep, hset, tok, names, found, work, inc):
    """Upstream's header and ours in one unit, each order, each compiler."""
    include, label, defined = found
    kernel = tok in KERNEL
    pre = ['#include "kernel-bits.h"'] if kernel else []
    ours = '#include "hvcpuid/upstream/%s.h"' % tok
    undef = ["#undef " + n for n in respelled(rep, hset, tok, names, defined, work, inc)]
    flags = WARN + ["-I", inc, "-I", hset.inc, "-I", work] + hset.flags
    flags += ["-D__KERNEL__"] if kernel else []
    checked = [(n, c) for n, c in names if n not in UNEVALUABLE]
    for order, lines in (("upstream first", pre + [include, ours]),
                         ("ours first", pre + [ours] + undef + [include])):
        for cc in COMPILERS:
            good, out = compile_unit(cc, "c11", flags, unit(lines, checked, tok),
                                     os.path.join(work, "%s-%s-%s.c" % (tok, order[0], cc)))
            unique = {n for n, _ in names}
            what = "upstream/%s.h with %s (%s), %s, %s: %d names, %d from upstream's, equal" % (
                tok, label, hset.name, order, cc, len(unique), len(unique & set(defined)))
            rep.ok(what) if good else rep.fail(what, out)


def alone(rep, tok, names, narrow, work, inc):
    """Our header without upstream's: every macro equal in C99 and C++11 (and
    in kernel spelling, with <linux/bits.h>'s stand-ins, for kernel headers),
    all but the 64-bit MSR masks in C89 and C++98."""
    pedantic = WARN + ["-pedantic-errors", "-I", inc, "-I", work]
    runs = [("gcc", "c89", [], "c", narrow), ("g++", "c++98", [], "cc", narrow),
            ("gcc", "c99", [], "c", names), ("g++", "c++11", [], "cc", names)]
    if tok in KERNEL:
        runs.append(("gcc", "c11", ["-D__KERNEL__"], "c", names))
    for cc, std, extra, ext, checked in runs:
        lines = ['#include "kernel-bits.h"'] if extra else []
        lines.append('#include "hvcpuid/upstream/%s.h"' % tok)
        good, out = compile_unit(cc, std, pedantic + extra, unit(lines, checked, tok),
                                 os.path.join(work, "%s-alone-%s.%s" % (tok, std, ext)))
        what = "upstream/%s.h alone, %s -std=%s%s: %d names equal" % (
            tok, cc, std, " -D__KERNEL__" if extra else "", len({n for n, _ in checked}))
        rep.ok(what) if good else rep.fail(what, out)


def main(argv):
    if len(argv) < 7:
        print(__doc__.splitlines()[0], file=sys.stderr)
        return 2
    reg = json.load(open(argv[1], encoding="utf-8"))
    inc, name, sysroot = os.path.abspath(argv[2]), argv[3], os.path.abspath(argv[4])
    hdr, work, only = os.path.abspath(argv[5]), os.path.abspath(argv[6]), set(argv[7:])
    os.makedirs(work, exist_ok=True)
    with open(os.path.join(work, "kernel-bits.h"), "w") as f:
        f.write(conformance.PRELUDE)
    hset = Set(name, sysroot, hdr, work)
    rep = Report()
    for iface in reg["interfaces"]:
        tok = up(iface["id"]).lower()
        if only and tok not in only:
            continue
        if not os.path.exists(os.path.join(inc, "hvcpuid/upstream/%s.h" % tok)):
            continue
        names = names_of(iface)
        alone(rep, tok, names, names_of(iface, narrow=True), work, inc)
        found = hset.header(tok)
        if found is None:
            rep.fail("upstream/%s.h" % tok, "no upstream header known for %s" % tok)
            continue
        absences(rep, hset, tok, names, found[2])
        both_orders(rep, hset, tok, names, found, work, inc)
    return 1 if rep.failed else 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except (OSError, subprocess.CalledProcessError) as e:
        print("upstream_tu.py: %s" % e, file=sys.stderr)
        sys.exit(2)
