"""cpuid_tool.py HVCPUID TMPD SHARED - hvcpuid decodes every field
Todd Allen's cpuid (Debian 12, release 20230120) decodes in the hypervisor
range, with the same values.

The inputs: every real dump in SHARED (AIDA64 dumps converted to `cpuid -r`
here: the first CPU, each leaf once) and the synthetic dumps of
tests/decode/cpuid-tool/ (one per vendor cpuid knows, every field it
reads set). The transcripts of `cpuid -f` on each, cut to the hypervisor
range, are committed there (real/NAME.txt, synthetic-VENDOR.txt): when
cpuid 20230120 is installed they must equal what it prints now (REGEN=1
rewrites them), otherwise that comparison is skipped and the committed ones
are used. For every field in a transcript, map.txt gives the bits and the
hvcpuid field; the value `hvcpuid decode --format=json` gives for it must
equal cpuid's. A field with no row in map.txt, a row whose field hvcpuid
does not decode at those bits, and a value that differs all fail.

Prints "ok NAME", "FAIL NAME: WHY" or "SKIP NAME: WHY" lines.
"""
import json
import os
import re
import subprocess
import sys

DATA = "tests/decode/cpuid-tool"
VERSION = "20230120"
AIDA = re.compile(r"^CPUID ([0-9A-Fa-f]{8}): ([0-9A-Fa-f]{8})-([0-9A-Fa-f]{8})-([0-9A-Fa-f]{8})"
                  r"-([0-9A-Fa-f]{8})(?:\s+\[SL ([0-9A-Fa-f]+)\])?")
SECTION = re.compile(r"^   (\S.*\(0x4000[0-9a-f]{4}[^)]*\)):?(.*)$")
TOP_VALUE = re.compile(r"^   (hypervisor synthetic debugger \w+) = (.*)$")
# Where hvcpuid decodes a record differently on purpose: (dump, section,
# label) -> (the hvcpuid field cpuid's value is found in instead, why).
READ_ELSEWHERE = {
    ("xen_aws_t2_firecracker_2023-06-15.cpuid-r.txt",
     "hypervisor time physical cpu frequency (0x40000003/02)", "cpu frequency (kHZ)"):
        ((0x40000003, 2, "eax", 31, 0, "tsc_offset_lo"),
         "the record holds sub-leaf 1's layout (Xen sets only EAX in sub-leaf 2; "
         "docs/registry.md): cpuid prints a 2.6 THz host TSC, hvcpuid decodes the same "
         "value as the TSC offset's low word and warns"),
}


def report(good, name, why=""):
    print(f"ok {name}" if good else f"FAIL {name}: {why}")


def to_cpuid_r(path, out):
    """A cpuid -r copy of an AIDA64 dump's first CPU; cpuid -r dumps as
    they are."""
    text = open(path, encoding="latin1").read()
    if not any(line.startswith("CPUID ") for line in text.splitlines()):
        return path
    lines, seen = ["CPU 0:"], set()
    for line in text.splitlines():
        if line.startswith("CPU#001") or (line.startswith("------[") and seen):
            break
        if line.startswith("-" * 20) and set(line.strip()) == {"-"}:
            break
        m = AIDA.match(line)
        if not m:
            continue
        leaf, sub = int(m.group(1), 16), int(m.group(6) or "0", 16)
        if (leaf, sub) in seen:
            continue
        seen.add((leaf, sub))
        regs = [int(m.group(k), 16) for k in range(2, 6)]
        lines.append("   0x%08x 0x%02x: eax=0x%08x ebx=0x%08x ecx=0x%08x edx=0x%08x"
                     % ((leaf, sub) + tuple(regs)))
    with open(out, "w") as f:
        f.write("\n".join(lines) + "\n")
    return out


def hypervisor_part(output):
    """The lines of cpuid's output about the hypervisor range."""
    keep, inside = [], False
    for line in output.splitlines():
        if SECTION.match(line) or TOP_VALUE.match(line) or re.match(r"^   0x4000[0-9a-f]{4} ", line):
            keep.append(line)
            inside = bool(SECTION.match(line))
        elif line.startswith("      ") and inside:
            keep.append(line)
        else:
            inside = False
    return "\n".join(keep) + "\n"


def parse(transcript):
    """{(section, label): value}; a section's own value has label ''."""
    fields, section = {}, None
    for line in transcript.splitlines():
        m = SECTION.match(line)
        if m:
            section = m.group(1)
            if m.group(2).strip().startswith("="):
                fields[(section, "")] = m.group(2).strip()[1:].strip()
            continue
        m = TOP_VALUE.match(line)
        if m:
            fields[(m.group(1), "")] = m.group(2)
            section = None
        elif section and line.startswith("      ") and " = " in line:
            label, value = line.strip().split(" = ", 1)
            fields[(section, label.rstrip())] = value
    return fields


def load_map():
    rows = {}
    for line in open(os.path.join(DATA, "map.txt"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        vendor, section, label, kind, where, note = [c.strip() for c in line.split(" | ")]
        parts = []
        for part in where.split(";"):
            spot, reg, bits, name = part.split()
            offset, _, sub = spot.partition("/")
            msb, lsb = (int(b) for b in bits.split(":"))
            parts.append((0x40000000 + int(offset, 16), int(sub) if sub else None, reg, msb, lsb,
                          name))
        rows[(vendor, section, label)] = (kind, parts, note)
    return rows


def text_bytes(value):
    """The bytes of a quoted cpuid string ("\\0" is a NUL), or b'' for none."""
    if value == "none":
        return b""
    inner = value[1:-1] if value.startswith('"') and value.endswith('"') else value
    return inner.replace("\\0", "\0").encode("latin1")


def number(value):
    """0x2 (2), 0x40000000, 2400010, -1, or an enumerated name with its
    number: none (0)."""
    m = (re.match(r"^0x([0-9a-f]+)(?: \((\d+)\))?$", value)
         or re.match(r"^(-?\d+)$", value) or re.match(r"^[A-Za-z][\w -]* \((\d+)\)$", value))
    if not m:
        raise ValueError(value)
    return int(m.group(1), 16) if value.startswith("0x") else int(m.group(1))


def expected(kind, value, nparts):
    """cpuid's value as the hvcpuid field values it stands for."""
    if kind == "flag":
        return [{"true": 1, "false": 0}[value]]
    if kind in ("num", "reserved"):
        return [number(value) & 0xFFFFFFFF]
    if kind == "version":
        major, minor = value.split(".")
        return [int(major), int(minor)]
    if kind == "u64":
        v = number(value)
        return [v & 0xFFFFFFFF, v >> 32]
    raw = text_bytes(value).ljust(4 * nparts, b"\0")
    return [int.from_bytes(raw[4 * k:4 * k + 4], "little") for k in range(nparts)]


def ours(found, leaf, sub, reg, msb, lsb, name):
    """The value hvcpuid gives the field at those bits, or None."""
    for fd in found["fields"]:
        if (fd["leaf"] == leaf and fd["subleaf"] == sub and fd["register"] == reg
                and fd["msb"] == msb and fd["lsb"] == lsb
                and (fd["name"] == name or (name == "(reserved)" and fd["reserved"]))):
            return fd["value"]
    return None


def shown_raw(found, leaf):
    return any(u["leaf"] == leaf for u in found["unknown_leaves"])


def compare(name, transcript, decoded, rows, used):
    found = decoded["found"][0] if decoded["found"] else None
    if not found:
        report(False, f"cpuid-tool/{name}", "hvcpuid found no hypervisor")
        return
    vendor, bad, checked = found["interface"], [], 0
    for (section, label), value in sorted(parse(transcript).items()):
        row = rows.get((vendor, section, label))
        if not row:
            bad.append(f"no map.txt row for {vendor} | {section} | {label}")
            continue
        used.add((vendor, section, label))
        kind, parts, _ = row
        if kind == "raw":
            if not all(shown_raw(found, p[0]) for p in parts):
                bad.append(f"{section} {label}: expected shown raw")
            continue
        want = expected(kind, value, len(parts))
        elsewhere = READ_ELSEWHERE.get((name, section, label))
        if elsewhere:
            parts = [elsewhere[0]]
        for part, w in zip(parts, want):
            got = ours(found, *part)
            checked += 1
            if got is None:
                bad.append(f"hvcpuid lacks {part[5]} at {part[0]:#x} {part[2]} {part[3]}:{part[4]}"
                           f" ({section} {label})")
            elif got != w:
                bad.append(f"{section} {label} = {value}: hvcpuid {part[5]} = {got:#x}, "
                           f"cpuid says {w:#x}")
    report(not bad and checked > 0, f"cpuid-tool/{name}: {checked} values agree",
           "; ".join(bad[:8]) + (f" (and {len(bad) - 8} more)" if len(bad) > 8 else ""))


def cpuid_version():
    try:
        out = subprocess.run(["cpuid", "--version"], capture_output=True, text=True).stdout
    except OSError:
        return None
    m = re.search(r"version (\d+)", out)
    return m.group(1) if m else None


def transcript_for(name, dump, committed, live):
    """The committed transcript, checked against (or, with REGEN=1, rewritten
    from) what cpuid prints now when the right release is installed."""
    if live:
        out = subprocess.run(["cpuid", "-f", dump], capture_output=True).stdout.decode("latin1")
        now = hypervisor_part(out)
        if os.environ.get("REGEN") == "1":
            os.makedirs(os.path.dirname(committed), exist_ok=True)
            open(committed, "w", encoding="latin1").write(now)
        old = open(committed, encoding="latin1").read() if os.path.exists(committed) else None
        report(old == now, f"cpuid-tool/{name}: transcript is cpuid {VERSION}'s",
               f"{committed} differs from `cpuid -f` (REGEN=1 rewrites it; review the diff)")
    if not os.path.exists(committed):
        report(False, f"cpuid-tool/{name}", f"missing {committed}")
        return None
    return open(committed, encoding="latin1").read()


def inputs(shared, tmpd):
    for root, _, files in sorted(os.walk(shared)):
        for f in sorted(files):
            if f.endswith((".txt", ".test")) and not f.startswith("SOURCES"):
                path = os.path.join(root, f)
                yield f, to_cpuid_r(path, os.path.join(tmpd, f + ".cpuid-r")), \
                    os.path.join(DATA, "real", f)
    for f in sorted(os.listdir(DATA)):
        if f.endswith(".cpuid-r.txt"):
            yield f, os.path.join(DATA, f), os.path.join(DATA, f.replace(".cpuid-r.txt", ".txt"))


def main(argv):
    hvcpuid, tmpd, shared = argv[1], argv[2], argv[3]
    version = cpuid_version()
    live = version == VERSION
    if not live:
        print(f"SKIP cpuid-tool: cpuid {VERSION} is not installed (found {version}); the "
              "committed transcripts are compared with hvcpuid, not re-made")
    rows, used, count = load_map(), set(), 0
    for name, dump, committed in inputs(shared, tmpd):
        transcript = transcript_for(name, dump, committed, live)
        if transcript is None:
            continue
        res = subprocess.run([hvcpuid, "decode", "--format=json", dump], capture_output=True)
        try:
            decoded = json.loads(res.stdout)
        except ValueError:
            report(False, f"cpuid-tool/{name}", f"no JSON from hvcpuid (exit {res.returncode})")
            continue
        compare(name, transcript, decoded, rows, used)
        count += 1
    unused = sorted(set(rows) - used)
    report(not unused, f"cpuid-tool: every map.txt row met in a transcript ({len(rows)} rows, "
           f"{count} dumps)", "; ".join(" | ".join(u) for u in unused[:5]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
