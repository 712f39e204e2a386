#!/usr/bin/python3
"""facts.py REGISTRY_JSON FACTS_CSV - prove the registry holds every fact.

Every named (non-reserved) row of the research facts (hv-facts.csv) must be
in the registry: an interface registered at the row's base (its default base
or a hypervisor's placement) under the row's vendor signature, a leaf at the
row's offset (and sub-leaf, where the row names one), and a non-reserved field
in the row's register with exactly the row's msb and lsb. Rows the registry
cannot hold are listed in EXCEPTIONS below with the reason; an exception that
no longer matches a row is an error too, so the list cannot rot.
Every reserved row must be covered bit for bit by reserved ranges, unless it
is listed in NAMED_SINCE: bits the facts (read from the 2020 TLFS) call
reserved that a newer source names; those must be covered bit for bit by the
registry's fields and reserved ranges, with at least one named field among
them (else the entry is stale and an error).

Prints one line per problem and a summary; exits 1 on any problem.
"""
import csv
import json
import re
import sys

# Facts interface name -> (registry interface id, hypervisor id whose
# placement the rows describe, or None for the interface's own placements).
INTERFACES = {
    "KVM": ("kvm", None),
    "Hyper-V": ("hyperv", "hyperv"),
    "Hyper-V as emulated by KVM (KVM_GET_SUPPORTED_HV_CPUID)": ("hyperv", "kvm-hv"),
    "Xen": ("xen", None),
    "Hyper-V as emulated by Xen (Viridian)": ("hyperv", "xen-viridian"),
    "VMware": ("vmware", None),
    "bhyve": ("bhyve", None),
    "ACRN": ("acrn", None),
    "Hyper-V as emulated by ACRN (CONFIG_HYPERV_ENABLED, non-service VMs)": ("hyperv", "acrn-hv"),
    "Jailhouse": ("jailhouse", None),
    "QEMU TCG": ("tcg", None),
    "VirtualBox (GIM Hyper-V provider)": ("hyperv", "virtualbox-hyperv"),
    "VirtualBox (GIM Minimal provider)": ("virtualbox-minimal", None),
    "Parallels (as recognised by XNU)": ("parallels", None),
    "HVF (as recognised by XNU)": ("hvf", None),
    "Apple PV (XNU DEBUG/DEVELOPMENT kernels only)": ("apple-pv", None),
    "QNX hypervisor (as recognised by systemd)": ("qnx", None),
}

# Named rows the registry does not hold as a field of the same bits, keyed by
# (interface, base_offset, leaf_offset, register, msb, lsb). "outside" rows are
# not hypervisor-range leaves at all; "summary" rows describe a whole register
# whose bits the registry splits into fields (checked: that leaf and register
# exist at that base with at least one field).
EXCEPTIONS = {
    ("x86 architectural (all hypervisors)", "", "0x00000001", "ECX", 31, 31):
        ("outside", "CPUID.1:ECX[31] (hypervisor present) is an architectural leaf, "
                    "not in 0x40000000-0x4000FFFF; see docs/registry.md"),
    ("Intel TDX guest (not a hypervisor-range leaf)", "", "0x00000021", "EBX", 31, 0):
        ("outside", "Intel TDX leaf 0x21 is not a hypervisor-range leaf; see docs/registry.md"),
    ("Intel TDX guest (not a hypervisor-range leaf)", "", "0x00000021", "EDX", 31, 0):
        ("outside", "Intel TDX leaf 0x21 is not a hypervisor-range leaf; see docs/registry.md"),
    ("Intel TDX guest (not a hypervisor-range leaf)", "", "0x00000021", "ECX", 31, 0):
        ("outside", "Intel TDX leaf 0x21 is not a hypervisor-range leaf; see docs/registry.md"),
    ("KVM", "0x100", "0x1", "EAX", 31, 0):
        ("summary", "says the relocated features leaf keeps the KVM_FEATURE_* layout; the "
                    "registry holds those bits once, in kvm leaf 0x01 EAX"),
    ("Hyper-V as emulated by KVM (KVM_GET_SUPPORTED_HV_CPUID)", "0x0", "0x2", "EBX", 31, 0):
        ("summary", "the value 0x000A0000 of the whole register; the registry splits it into "
                    "major_version (31:16) and minor_version (15:0)"),
}

# Reserved rows of the facts that a newer source names, keyed like EXCEPTIONS.
OPENVMM = "Microsoft's OpenVMM hvdef (microsoft/openvmm @1488a37b7cfe) names "
NAMED_SINCE = {
    ("Hyper-V", "0x0", "0x3", "EAX", 14, 14): OPENVMM + "access_root_scheduler_msr",
    ("Hyper-V", "0x0", "0x3", "EBX", 15, 15): OPENVMM + "enable_extended_gva_ranges_flush_va_list",
    ("Hyper-V", "0x0", "0x3", "EBX", 19, 18): OPENVMM + "fast_hypercall_output (bit 19)",
    ("Hyper-V", "0x0", "0x3", "EDX", 16, 16): OPENVMM + "svm_features_available",
    ("Hyper-V", "0x0", "0x3", "EDX", 22, 22): OPENVMM + "watchdog_timer_available",
    ("Hyper-V", "0x0", "0x3", "EDX", 25, 24): OPENVMM + "device_domains_available, s1_device_domains_available",
    ("Hyper-V", "0x0", "0x3", "EDX", 31, 27): OPENVMM + "ipt_available .. apic_eoi_intercept_available",
    ("Hyper-V", "0x0", "0x4", "EAX", 16, 16): OPENVMM + "core_scheduler_requested",
    ("Hyper-V", "0x0", "0x4", "EAX", 20, 19): OPENVMM + "use_x2_apic, restore_time_on_resume",
    ("Hyper-V", "0x0", "0x4", "EAX", 31, 22): OPENVMM + "use_gpa_pinning_hypercall, wake_vps",
    ("Hyper-V", "0x0", "0x6", "EAX", 31, 10): "the current TLFS (94373af503f8) and OpenVMM name bits 27:10",
    ("Hyper-V", "0x0", "0x6", "EBX", 31, 0): OPENVMM + "device_domain_input_width (7:0)",
}

REGS = {"EAX": "eax", "EBX": "ebx", "ECX": "ecx", "EDX": "edx"}


def signature_hex(text):
    """The facts' C-style signature as the registry's hex, or None."""
    text = re.sub(r"\s*\(.*\)$", "", text)
    if text.startswith("\\0 x12"):
        return "00" * 12
    raw = text.encode("latin-1").decode("unicode_escape").encode("latin-1")
    return raw.hex() if len(raw) == 12 else None


def placement(reg, iface, hv_id, base):
    """The vendor signature hex seen at base, or None when not placed there."""
    if hv_id is None:
        if base not in iface["bases"]:
            return None
        # The interface's own signature, unless every active placement at
        # that base shows another vendor string (then the first of those).
        shown = [pr["vendor_signature_hex"] or iface["vendor_signature_hex"]
                 for hv in reg["hypervisors"] if hv["status"] == "active"
                 for pr in hv["presents"] if pr["interface"] == iface["id"] and pr["base"] == base]
        if not shown or iface["vendor_signature_hex"] in shown:
            return iface["vendor_signature_hex"]
        return shown[0]
    for hv in reg["hypervisors"]:
        if hv["id"] != hv_id:
            continue
        for pr in hv["presents"]:
            if pr["interface"] == iface["id"] and pr["base"] == base:
                sig = pr["vendor_signature_hex"] or iface["vendor_signature_hex"]
                # A product presenting two interfaces at one base shows the
                # signature of the one it does not override.
                for other in hv["presents"]:
                    if other["base"] == base and other["interface"] == pr["overrides"]:
                        sig = other["vendor_signature_hex"] or iface_sig(reg, other["interface"])
                return sig
    return None


def iface_sig(reg, iface_id):
    return next(i["vendor_signature_hex"] for i in reg["interfaces"] if i["id"] == iface_id)


def subleaf_of(row):
    m = re.search(r"subleaf (\d+)", row["leaf_name"])
    return int(m.group(1)) if m else None


def leaves_at(iface, offset, subleaf):
    return [l for l in iface["leaves"]
            if l["offset"] == offset and (subleaf is None or l["subleaf"] == subleaf)]


def find_field(leaves, reg, msb, lsb):
    for leaf in leaves:
        for f in leaf["fields"]:
            if not f["reserved"] and f["register"] == reg and f["msb"] == msb and f["lsb"] == lsb:
                return leaf, f
    return None, None


def named_since(leaves, reg, msb, lsb):
    """Whether msb..lsb is covered by fields and reserved ranges, at least one
    of them a named field (a reserved row that a newer source names)."""
    covered, named = 0, False
    want = ((2 << (msb - lsb)) - 1) << lsb
    for l in leaves:
        for f in l["fields"]:
            if f["register"] != reg or f["msb"] < lsb or f["lsb"] > msb:
                continue
            covered |= ((2 << (f["msb"] - f["lsb"])) - 1) << f["lsb"]
            named = named or not f["reserved"]
    return named and covered & want == want


def reserved_covered(leaves, reg, msb, lsb):
    bits = set()
    for leaf in leaves:
        for f in leaf["fields"]:
            if f["reserved"] and f["register"] == reg:
                bits.update(range(f["lsb"], f["msb"] + 1))
    return all(b in bits for b in range(lsb, msb + 1))


def check(reg, rows):
    ifaces = {i["id"]: i for i in reg["interfaces"]}
    problems, matched, excepted, reserved_ok, renamed = [], 0, 0, 0, 0
    used = set()
    for line, row in rows:
        key = (row["interface"], row["base_offset"], row["leaf_offset"], row["register"],
               int(row["msb"]), int(row["lsb"]))
        where = "hv-facts.csv:%d: %s %s+%s %s[%s:%s] %s" % (
            line, row["interface"], row["base_offset"] or "-", row["leaf_offset"],
            row["register"], row["msb"], row["lsb"], row["field_name"])
        named = row["field_name"] not in ("(reserved)", "(undefined)")
        if key in EXCEPTIONS and named:
            used.add(key)
            kind, why = EXCEPTIONS[key]
            if kind == "summary":
                iface_id, _ = INTERFACES[row["interface"]]
                ls = leaves_at(ifaces[iface_id], int(row["leaf_offset"], 16), subleaf_of(row))
                if not any(f["register"] == REGS[row["register"]] and not f["reserved"]
                           for l in ls for f in l["fields"]):
                    problems.append("%s: excepted as a summary, but the registry has no "
                                    "field there" % where)
                    continue
            excepted += 1
            print("excepted %s: %s" % (where, why))
            continue
        if row["interface"] not in INTERFACES:
            problems.append("%s: interface not mapped to the registry" % where)
            continue
        iface_id, hv_id = INTERFACES[row["interface"]]
        iface = ifaces.get(iface_id)
        base = 0x40000000 + int(row["base_offset"], 16)
        sig = placement(reg, iface, hv_id, base) if iface else None
        if sig is None:
            problems.append("%s: interface %s is not placed at 0x%08x%s" % (
                where, iface_id, base, " by " + hv_id if hv_id else ""))
            continue
        want = signature_hex(row["signature"])
        if want is not None and want != sig:
            problems.append("%s: vendor signature %s at 0x%08x, the facts say %s" % (
                where, sig, base, want))
            continue
        leaves = leaves_at(iface, int(row["leaf_offset"], 16), subleaf_of(row))
        regname = REGS[row["register"]]
        msb, lsb = int(row["msb"]), int(row["lsb"])
        if not named and key in NAMED_SINCE:
            used.add(key)
            if named_since(leaves, regname, msb, lsb):
                renamed += 1
                print("named since %s: %s" % (where, NAMED_SINCE[key]))
            else:
                problems.append("%s: listed in NAMED_SINCE, but the registry names none of "
                                "these bits or leaves some undescribed" % where)
            continue
        if not named:
            if reserved_covered(leaves, regname, msb, lsb):
                reserved_ok += 1
            else:
                problems.append("%s: reserved in the facts, not marked reserved" % where)
            continue
        leaf, field = find_field(leaves, regname, msb, lsb)
        if field is None:
            problems.append("%s: no %s field with these bits in %s leaf %s" % (
                where, regname, iface_id, row["leaf_offset"]))
            continue
        matched += 1
    for key in sorted(set(EXCEPTIONS) - used, key=str):
        problems.append("exception %r matches no named facts row; remove it" % (key,))
    for key in sorted(set(NAMED_SINCE) - used, key=str):
        problems.append("NAMED_SINCE %r matches no reserved facts row; remove it" % (key,))
    return problems, matched, excepted, reserved_ok, renamed


def main(argv):
    if len(argv) != 3:
        print("usage: facts.py REGISTRY_JSON FACTS_CSV", file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        reg = json.load(f)
    with open(argv[2], encoding="utf-8", newline="") as f:
        rows = [(n + 2, r) for n, r in enumerate(csv.DictReader(f))]
    problems, matched, excepted, reserved_ok, renamed = check(reg, rows)
    for p in problems:
        print("FAIL " + p)
    named = sum(1 for _, r in rows if r["field_name"] not in ("(reserved)", "(undefined)"))
    print("facts: %d rows: %d named (%d matched, %d excepted), %d reserved "
          "(%d covered, %d named since by a newer source); %d problems" % (
              len(rows), named, matched, excepted, len(rows) - named, reserved_ok, renamed,
              len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
