"""real_dumps.py TMPD SHARED - checks `hvcpuid decode --format=json`
of every real dump in SHARED (written to TMPD/NAME.json by decode.sh, exit
statuses in TMPD/status) against what each dump is known to hold
(../shared/dumps/SOURCES.md and the values read off the dumps by hand):
every dump exits 0, no finding is a registry gap, and the only finding of
any dump is the AWS Xen dump's misplaced sub-leaf, decoded with the layout
it holds. Prints one "ok NAME", "FAIL NAME: WHY" or "SKIP NAME: WHY" line
per check.

The Hyper-V field values need interface "hyperv" in the registry; without it
those checks print SKIP with the reason, and the rest still run."""
import json
import os
import sys

tmpd, shared = sys.argv[1], sys.argv[2]

KVM_C3 = {  # 0x40000001 eax = 0x01007efb
    "clocksource": 1, "nop_io_delay": 1, "mmu_op": 0, "clocksource2": 1, "async_pf": 1,
    "steal_time": 1, "pv_eoi": 1, "pv_unhalt": 1, "pv_tlb_flush": 1, "async_pf_vmexit": 1,
    "pv_send_ipi": 1, "poll_control": 1, "pv_sched_yield": 1, "async_pf_int": 1,
    "msi_ext_dest_id": 0, "hc_map_gpa_range": 0, "migration_control": 0,
    "clocksource_stable_bit": 1, "hints_realtime": 0,
}
KVM_VBOX = {  # 0x40000001 eax = 0x01000089
    "clocksource": 1, "nop_io_delay": 0, "clocksource2": 1, "async_pf": 0, "pv_unhalt": 1,
    "clocksource_stable_bit": 1,
}

# name -> (exit, interface, vendor, max leaf, cpus, {(leaf, field): value}, hyperv values)
EXPECT = {}
for t in ("c3", "t2", "t2a", "t2cl", "t2s"):
    EXPECT[f"kvm_firecracker_{t}.cpuid-r.txt"] = (
        0, "kvm", "KVMKVMKVM\\0\\0\\0", 0x40000001, 1,
        {(0x40000001, k): v for k, v in KVM_C3.items()}, None)
EXPECT["virtualbox_kvm-paravirt_cassandra_FileUtilsTest.cpuid-r.txt"] = (
    0, "kvm", "KVMKVMKVM\\0\\0\\0", 0x40000001, 1,
    {(0x40000001, k): v for k, v in KVM_VBOX.items()}, None)
EXPECT["xen_aws_t2_firecracker_2023-06-15.cpuid-r.txt"] = (
    0, "xen", "XenVMMXenVMM", 0x40000005, 1,
    {(0x40000001, "major_version"): 4, (0x40000001, "minor_version"): 11,
     (0x40000002, "msr_base"): 0x40000000, (0x40000003, "guest_tsc_khz"): 2400010,
     (0x40000003, "tsc_mode"): 2, (0x40000004, "domain_id"): 30251,
     # sub-leaf 2 holds sub-leaf 1's layout (Xen sets only EAX in sub-leaf 2)
     (0x40000003, "tsc_offset_hi"): 0x007c8980, (0x40000003, "tsc_to_ns_mul"): 0xd5551b14,
     (0x40000003, "tsc_to_ns_shift"): 0xffffffff}, None)

# The only finding any real dump may give: (dump, kind, leaf, subleaf).
FINDINGS = {
    "xen_aws_t2_firecracker_2023-06-15.cpuid-r.txt":
        {("subleaf-misplaced", 0x40000003, 2)},
}

# Hyper-V: max leaf, CPUs, build number, major.minor (0x40000002).
HYPERV = {
    "hyperv_AuthenticAMD0700F01_K16_Kabini3_CPUID.txt": (0x4000000B, 4, 18362, 10, 0),
    "hyperv_AuthenticAMD0800F12_K17_Zen_CPUID4.txt": (0x4000000A, 48, 14393, 10, 0),
    "hyperv_AuthenticAMD0850F00_K17_Zen_CPUID3.txt": (0x4000000A, 8, 14393, 10, 0),
    "hyperv_GenuineIntel00206E6_Beckton_CPUID2.txt": (0x40000006, 32, 9600, 6, 3),
    "hyperv_GenuineIntel00606C1_ICX_01v_CPUID.txt": (0x4000000C, 8, 20348, 10, 0),
    "hyperv_GenuineIntel00A0654_CometLake_CPUID.txt": (0x4000000B, 20, 18362, 10, 0),
    "hyperv_GenuineIntel00A0655_CometLake_CPUID3.txt": (0x4000000B, 12, 18362, 10, 0),
    "hyperv_GenuineIntel00A0671_RocketLake_CPUID4.txt": (0x4000000B, 16, 18362, 10, 0),
    "hyperv_11th-gen-intel-core-i7-11700k.test": (0x4000000B, 16, 18362, 10, 0),
    "hyperv_amd-athlon-5370-apu-with-radeon-r3.test": (0x4000000B, 4, 18362, 10, 0),
    "hyperv_intel-core-i5-10600k-cpu.test": (0x4000000B, 12, 18362, 10, 0),
}

# Fields the registry gained for bits these dumps set (docs/registry.md, "the
# dumps"): leaf 0x08 EBX/ECX (Microsoft's Hyper-V UEFI firmware) and leaf 0x0B
# (System Informer's private definitions).
IPT = {(0x4000000B, "enlightened"): 1, (0x4000000B, "max_trace_buffer_size_per_vtl"): 511,
       (0x4000000B, "chained_topa"): 0}
HYPERV_MORE = {
    "hyperv_AuthenticAMD0850F00_K17_Zen_CPUID3.txt": {
        (0x40000008, "svm_supported"): 1, (0x40000008, "max_pasid_space_pasid_count"): 512,
        (0x40000008, "max_pasid_space_count"): 1, (0x40000008, "max_device_prq_size"): 65536},
    "hyperv_GenuineIntel00A0654_CometLake_CPUID.txt": IPT,
    "hyperv_GenuineIntel00A0655_CometLake_CPUID3.txt": IPT,
    "hyperv_intel-core-i5-10600k-cpu.test": IPT,
}

status = {}
with open(os.path.join(tmpd, "status")) as f:
    for line in f:
        code, name = line.split(None, 1)
        status[name.strip()] = int(code)


def report(ok, name, why=""):
    print(f"ok {name}" if ok else f"FAIL {name}: {why}")


def field_values(found):
    out = {}
    for fd in found["fields"]:
        if fd["name"]:
            out[(fd["leaf"], fd["name"])] = fd["value"]
    return out


def check_common(name, d, code, exit_want, iface, vendor, max_leaf, cpus):
    f0 = d["found"][0] if d["found"] else None
    problems = []
    if code != exit_want:
        problems.append(f"exit {code}, expected {exit_want}")
    if d["hypervisor_present"] is not True:
        problems.append(f"hypervisor_present {d['hypervisor_present']}")
    if d["cpus"] != cpus:
        problems.append(f"cpus {d['cpus']}, expected {cpus}")
    if not f0 or len(d["found"]) != 1:
        problems.append(f"found {len(d['found'])} hypervisors, expected 1")
    else:
        if f0["base"] != 0x40000000:
            problems.append(f"base {f0['base']:#x}")
        if f0["max_leaf"] != max_leaf:
            problems.append(f"max leaf {f0['max_leaf']:#x}, expected {max_leaf:#x}")
        if f0["vendor_signature"] != vendor:
            problems.append(f"vendor {f0['vendor_signature']}")
        if iface is not None and f0["interface"] != iface:
            problems.append(f"interface {f0['interface']}, expected {iface}")
    report(not problems, f"real/{name}: hypervisor, base, max leaf", "; ".join(problems))
    return f0


def check_values(name, f0, want):
    got = field_values(f0) if f0 else {}
    bad = [f"{k[1]}@{k[0]:#x}={got.get(k)} (want {v})" for k, v in want.items() if got.get(k) != v]
    report(not bad, f"real/{name}: decoded values", ", ".join(bad))


seen = 0
for name, code in sorted(status.items()):
    path = os.path.join(tmpd, name + ".json")
    try:
        d = json.load(open(path))
    except (OSError, ValueError) as e:
        report(False, f"real/{name}", f"no JSON ({e}); exit {code}")
        continue
    seen += 1
    gaps = [x["kind"] for x in d["findings"] if x["registry_gap"]]
    report(not gaps, f"real/{name}: no finding caused by a registry gap", str(gaps))
    kinds = {(x["kind"], x["leaf"], x["subleaf"]) for x in d["findings"]}
    report(kinds == FINDINGS.get(name, set()), f"real/{name}: the findings expected",
           str(sorted(kinds)))
    if name in EXPECT:
        exit_want, iface, vendor, max_leaf, cpus, values, _ = EXPECT[name]
        f0 = check_common(name, d, code, exit_want, iface, vendor, max_leaf, cpus)
        check_values(name, f0, values)
        if name.startswith("xen_"):
            host = [fd for fd in f0["fields"] if fd["leaf"] == 0x40000003 and fd["subleaf"] == 2]
            report(host and all(fd["decoded_as_subleaf"] == 1 for fd in host)
                   and not any(fd["name"] == "host_tsc_khz" for fd in host),
                   f"real/{name}: sub-leaf 2 decoded as sub-leaf 1, no 2.6 THz host TSC",
                   str([(fd["name"], fd["decoded_as_subleaf"]) for fd in host]))
    elif name in HYPERV:
        max_leaf, cpus, build, major, minor = HYPERV[name]
        has_hyperv = bool(d["found"]) and d["found"][0]["interface"] == "hyperv"
        f0 = check_common(name, d, code, 0, None, "Microsoft Hv", max_leaf, cpus)
        if not has_hyperv:
            print(f"SKIP real/{name}: Hyper-V values: the registry has no interface 'hyperv' "
                  "yet (spec/hyperv.xml not merged); found the vendor, base and max leaf only")
            continue
        check_values(name, f0, {(0x40000002, "build_number"): build,
                                (0x40000002, "major_version"): major,
                                (0x40000002, "minor_version"): minor,
                                **HYPERV_MORE.get(name, {})})
        report(d["found"][0]["identified_by"] == "interface-signature",
               f"real/{name}: identified by Hv#1", d["found"][0]["identified_by"])
    else:
        report(False, f"real/{name}", "no expectations for this dump; add them here")
report(seen == len(EXPECT) + len(HYPERV), "real dumps: every known dump decoded",
       f"{seen} decoded, {len(EXPECT) + len(HYPERV)} expected")
