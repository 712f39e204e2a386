#!/usr/bin/env python3
"""mkdump.py ORDER N OUT - write a `cpuid -r` dump of N hypervisor-range
results for `hvcpuid decode`.

ORDER `reverse` lists the (leaf, sub-leaf) pairs from the highest down, so
every line sorts before all the lines already read (the worst case for an
insertion that keeps the results sorted); `forward` lists the same lines in
ascending order, the usual case, to compare with. Leaves run from
0x40000000 up, two sub-leaves each, so N up to 131072 (decode keeps that
many results per CPU) fits the hypervisor range; at 82 bytes a line the
largest dump stays under decode's 16 MiB cap. Generated at test time under
build/, never committed (docs/performance.md times it).
"""
import sys

LINE = "   0x%08x 0x%02x: eax=0x%08x ebx=0x00000000 ecx=0x00000000 edx=0x00000000\n"


def dump(order, n):
    keys = [(0x40000000 + i // 2, i % 2) for i in range(n)]
    if order == "reverse":
        keys.reverse()
    return "CPU 0:\n" + "".join(LINE % (leaf, sub, leaf & 0xFF) for leaf, sub in keys)


def main(argv):
    if len(argv) != 4 or argv[1] not in ("forward", "reverse") or not argv[2].isdigit():
        sys.stderr.write("usage: mkdump.py forward|reverse N OUT\n")
        return 2
    with open(argv[3], "w") as f:
        f.write(dump(argv[1], int(argv[2])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
