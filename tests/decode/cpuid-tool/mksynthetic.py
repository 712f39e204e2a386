#!/usr/bin/env python3
"""mksynthetic.py DIR - write the synthetic `cpuid -r` dumps that exercise
every hypervisor-range field Todd Allen's cpuid decodes: one per vendor it
knows (VMware, Xen, KVM, Hyper-V, ACRN), the vendor signature at 0x40000000
and pseudo-random values (a fixed seed, so the files never change) in every
leaf it reads, sub-leaves 0-2 of Xen's leaf 3, Hyper-V's Hv#1 and VS#1
blocks. The files are committed beside their transcripts; this script says
how they were made.
"""
import os
import random
import struct
import sys

VENDORS = {
    "vmware": "VMwareVMware",
    "xen": "XenVMMXenVMM",
    "kvm": "KVMKVMKVM\0\0\0",
    "hyperv": "Microsoft Hv",
    "acrn": "ACRNACRNACRN",
}


def words(text):
    return list(struct.unpack("<%dI" % (len(text) // 4), text.encode("latin1")))


def line(leaf, sub, regs):
    return "   0x%08x 0x%02x: eax=0x%08x ebx=0x%08x ecx=0x%08x edx=0x%08x" % ((leaf, sub) + tuple(regs))


def dump(vendor, rng):
    top = 0x40000082 if vendor == "hyperv" else 0x40000010
    lines = ["CPU 0:", line(0, 0, [1, 0x756e6547, 0x6c65746e, 0x49656e69]),  # GenuineIntel
             line(1, 0, [0x000a0654, 0x00200800, 0x80000000, 0]),  # ECX[31]: a hypervisor
             line(0x40000000, 0, [top] + words(VENDORS[vendor]))]
    for offset in range(1, 0x11):
        for sub in (0, 1, 2) if vendor == "xen" and offset == 3 else (0,):
            regs = [rng.getrandbits(32) for _ in range(4)]
            if vendor == "hyperv" and offset == 1:
                regs[0] = words("Hv#1")[0]
            lines.append(line(0x40000000 + offset, sub, regs))
    if vendor == "hyperv":
        lines.append(line(0x40000080, 0, [0x40000082] + words("Microsoft VS")))
        lines.append(line(0x40000081, 0, words("VS#1") + [0, 0, 0]))
        lines.append(line(0x40000082, 0, [rng.getrandbits(32) for _ in range(4)]))
    return "\n".join(lines) + "\n"


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: mksynthetic.py DIR\n")
        return 2
    for vendor in VENDORS:
        rng = random.Random("hvcpuid-" + vendor)
        with open(os.path.join(argv[1], "synthetic-%s.cpuid-r.txt" % vendor), "w") as f:
            f.write(dump(vendor, rng))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
