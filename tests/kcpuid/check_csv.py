#!/usr/bin/python3
"""check_csv.py REGISTRY_JSON CSV_DIR: every kcpuid CSV under CSV_DIR parses the
way Linux's kcpuid parses it (five comma-separated tokens, then the description
to the end of the line; names copied into char[32], descriptions into
char[256], lines read into char[512]), and every named primary field of the
registry appears, at every base of its interface, in that interface's file."""
import json
import os
import sys


def rows(path):
    for number, line in enumerate(open(path, encoding="utf-8"), 1):
        if line.startswith("#") or line == "\n":
            continue
        raw = line.encode("utf-8")
        assert len(raw) < 512, f"{path}:{number}: line of {len(raw)} bytes"
        tokens = line.rstrip("\n").split(",", 5)
        assert len(tokens) == 6, f"{path}:{number}: {len(tokens)} tokens"
        leaf, sub, reg, bits, name, detail = (t.strip() for t in tokens)
        leaf = int(leaf, 0)
        assert 0x40000000 <= leaf <= 0x4000FFFF, f"{path}:{number}: leaf {leaf:#x}"
        assert reg in ("eax", "ebx", "ecx", "edx"), f"{path}:{number}: {reg}"
        hi, _, lo = bits.partition(":")
        hi, lo = int(hi), int(lo or hi)
        assert 0 <= lo <= hi <= 31, f"{path}:{number}: bits {bits}"
        assert 0 < len(name.encode()) <= 31, f"{path}:{number}: name {name!r}"
        assert len(detail.encode()) <= 255, f"{path}:{number}: detail of {len(detail.encode())} bytes"
        detail.encode("utf-8")  # a cut never splits a character
        yield (leaf, int(sub, 0), reg, hi, lo, name)


def main():
    registry = json.load(open(sys.argv[1]))
    csv_dir = sys.argv[2]
    everything = set(rows(os.path.join(csv_dir, "cpuid.csv")))
    checked = 0
    for iface in registry["interfaces"]:
        mine = set(rows(os.path.join(csv_dir, "kcpuid", iface["id"] + ".csv")))
        assert mine <= everything, f"{iface['id']}: rows missing from cpuid.csv"
        for base in iface["bases"]:
            for leaf in iface["leaves"]:
                for f in leaf["fields"]:
                    if f["reserved"] or f["alternative_to"]:
                        continue
                    key = (base + leaf["offset"], leaf["subleaf"] or 0, f["register"],
                           f["msb"], f["lsb"], f["name"][:31])
                    assert key in mine, f"{iface['id']}: no row for {key}"
                    checked += 1
        listed = {(r[0], r[1], r[2], r[3], r[4]) for r in mine}
        assert len(listed) == len(mine), f"{iface['id']}: duplicate rows"
    print(f"kcpuid: {len(everything)} rows parse as kcpuid parses them; {checked} fields found")


main()
