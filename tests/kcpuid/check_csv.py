#!/usr/bin/python3
"""check_csv.py REGISTRY_JSON CSV_DIR | --file CSV...

Reads kcpuid CSVs the way Linux's kcpuid reads its cpuid.csv, and fails
wherever kcpuid would overflow a buffer, crash, warn, or show a row other
than the one written; with REGISTRY_JSON, also that every named primary
field of the registry is a row of its interface's kcpuid/<id>.csv (at every
base) and of cpuid.csv, under a short name no other field of the interface
shows.

The facts carried over from tools/arch/x86/kcpuid/kcpuid.c (Linux 6.16,
parse_text() and parse_line()); no code is:
  * getline() splits lines at "\\n" only: a carriage return is data;
  * a line is a comment when its first byte is "#", or it is "\\n" alone;
  * strncpy(buffer, line, 511): a row is its first 511 bytes, up to a NUL;
  * tokens 1-5 come from strtok(","), so empty cells vanish (",," is one
    separator) and fewer than five is a "Wrong line format" warning;
    token 6 is strtok(NULL, "\\n"), the rest of the buffer;
  * LEAF is strtoull(, 0): 0x hex, 0 octal, else decimal; SUBLEAVES and
    bits are END[:START] with strtoul(, 0);
  * the register is the first of EAX, EBX, ECX, EDX that strcasestr()
    finds in token 3, else a warning;
  * strcpy(simp, strtok(token5, " \\t")) into char simp[32]: the first word
    only, 31 bytes at most, and a blank cell passes NULL to strcpy;
  * strcpy(detail, token6) into char detail[256]: token 6 keeps the space
    after the comma, 255 bytes at most;
  * descs[32] per register of a leaf and sub-leaf, filled with reg->nr++
    unchecked: 32 rows at most per (leaf, sub-leaf, register).
kcpuid reads only the ranges index_to_cpuid_range() knows (0x0,
0x80000000, 0x80860000, 0xc0000000); every row here is held to the limits
as if it knew the hypervisor range too.

Beyond kcpuid, for the CSV readers people open these files with: no cell
(text between commas, white space stripped) starts a spreadsheet formula
(= + - @), and no line holds a control character, DEL, a C1 control or a
bidirectional, line-separating or invisible character; every file is valid
UTF-8.
"""
import json
import os
import sys
import unicodedata

FORMULA = "=+-@"
HIDDEN = {0x061C, 0x180E, 0xFEFF, 0x00AD}
HIDDEN_RANGES = [(0x80, 0x9F), (0x200B, 0x200F), (0x2028, 0x202E), (0x2060, 0x206F),
                 (0xFFF9, 0xFFFB), (0xE0000, 0xE007F)]


def hidden(ch):
    c = ord(ch)
    if c < 0x20 or c == 0x7F or c in HIDDEN:
        return True
    return any(lo <= c <= hi for lo, hi in HIDDEN_RANGES) or unicodedata.category(ch) == "Cf"


def strtok(s, delims):
    """One strtok() call on s: (token or None, rest)."""
    i = 0
    while i < len(s) and s[i] in delims:
        i += 1
    if i == len(s):
        return None, b""
    j = i
    while j < len(s) and s[j] not in delims:
        j += 1
    return s[i:j], s[j + 1:]


def strtoul(s):
    """C strtoul(s, NULL, 0) on bytes, without the sign and overflow cases
    a row never has."""
    s = s.lstrip(b" \t\n\v\f\r")
    base, digits = 10, "0123456789"
    if s[:2].lower() == b"0x":
        base, digits, s = 16, "0123456789abcdef", s[2:]
    elif s[:1] == b"0":
        base, digits = 8, "01234567"
    value = 0
    for ch in s.decode("latin-1").lower():
        if ch not in digits:
            break
        value = value * base + digits.index(ch)
    return value


def end_start(token):
    """kcpuid's END[:START] (bits, sub-leaf ranges)."""
    end, rest = strtok(token, b":")
    start, _ = strtok(rest, b":")
    end = strtoul(end or b"")
    return end, strtoul(start) if start is not None else end


class Failure(Exception):
    pass


def parse_row(where, line):
    """One non-comment line as kcpuid parses it: (leaf, sub, reg, end, start,
    simp, detail); Failure where kcpuid would overflow, crash or warn."""
    buffer = line.split(b"\0")[0][:511]
    if len(line) > 511:
        raise Failure(f"{where}: row of {len(line)} bytes: kcpuid reads 511")
    tokens, rest = [], buffer
    for _ in range(5):
        tok, rest = strtok(rest, b",")
        if tok is None:
            raise Failure(f"{where}: fewer than six cells: kcpuid warns 'Wrong line format'")
        tokens.append(tok)
    detail, _ = strtok(rest, b"\n")
    if detail is None:
        raise Failure(f"{where}: no description: kcpuid warns 'Wrong line format'")
    reg = next((r for r in ("EAX", "EBX", "ECX", "EDX") if r.encode() in tokens[2].upper()), None)
    if reg is None:
        raise Failure(f"{where}: no register in {tokens[2]!r}: kcpuid warns")
    simp, _ = strtok(tokens[4], b" \t")
    if simp is None:
        raise Failure(f"{where}: blank short name: kcpuid passes NULL to strcpy()")
    if tokens[4].strip(b" \t") != simp:
        raise Failure(f"{where}: short name {tokens[4].strip()!r}: kcpuid keeps only {simp!r}")
    if len(simp) > 31:
        raise Failure(f"{where}: short name of {len(simp)} bytes overflows simp[32]")
    if len(detail) > 255:
        raise Failure(f"{where}: description of {len(detail)} bytes overflows detail[256]")
    end, start = end_start(tokens[3])
    if not 0 <= start <= end <= 31:
        raise Failure(f"{where}: bits {tokens[3]!r}")
    sub, _ = end_start(tokens[1])
    return (strtoul(tokens[0]), sub, reg.lower(), end, start, simp.decode(), detail.decode())


def check_text(where, line):
    """What spreadsheets and terminals would make of the line."""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as e:
        raise Failure(f"{where}: not UTF-8: {e}")
    for ch in text.rstrip("\n"):
        if hidden(ch):
            raise Failure(f"{where}: U+{ord(ch):04X} in the text")
    for cell in text.rstrip("\n").split(","):
        if cell.strip(" \t")[:1] in tuple(FORMULA):
            raise Failure(f"{where}: cell {cell.strip()!r} starts a formula")


def read_csv(path):
    """(rows kcpuid reads, rows written as comments) of one file."""
    rows, commented = [], []
    data = open(path, "rb").read()
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()  # getline() returns 0 at the end: nothing to parse
    per_register = {}
    for number, raw in enumerate(lines, 1):
        where = f"{path}:{number}"
        line = raw + b"\n"
        check_text(where, line)
        if line.startswith(b"#") or line == b"\n":
            body = line[2:] if line.startswith(b"# 0x") else None
            if body is not None:
                commented.append(parse_row(where + " (commented)", body))
            continue
        row = parse_row(where, line)
        key = row[:3]
        per_register[key] = per_register.get(key, 0) + 1
        if per_register[key] > 32:
            raise Failure(f"{where}: a 33rd row for leaf {key[0]:#x} sub-leaf {key[1]} "
                          f"{key[2]}: kcpuid's descs[32] overflows")
        rows.append(row)
    return rows, commented


def check_registry(registry, csv_dir):
    everything, shadowed = read_csv(os.path.join(csv_dir, "cpuid.csv"))
    listed = {r[:6] for r in everything} | {r[:6] for r in shadowed}
    checked = 0
    for iface in registry["interfaces"]:
        mine, extra = read_csv(os.path.join(csv_dir, "kcpuid", iface["id"] + ".csv"))
        if extra:
            raise Failure(f"{iface['id']}: commented rows in its own file")
        shown = {r[:5]: r[5] for r in mine}
        if len(shown) != len(mine):
            raise Failure(f"{iface['id']}: duplicate rows")
        missing = {r[:6] for r in mine} - listed
        if missing:
            raise Failure(f"{iface['id']}: rows missing from cpuid.csv: {sorted(missing)[:3]}")
        names = {}
        for base in iface["bases"]:
            for leaf in iface["leaves"]:
                for f in leaf["fields"]:
                    if f["reserved"] or f["alternative_to"]:
                        continue
                    key = (base + leaf["offset"], leaf["subleaf"] or 0, f["register"],
                           f["msb"], f["lsb"])
                    if key not in shown:
                        raise Failure(f"{iface['id']}: no row for {key}")
                    short = shown[key]
                    full = f["name"]
                    ok = short == full if len(full.encode()) <= 31 else (
                        full.startswith(short.split("~")[0]) and short != full)
                    if not ok:
                        raise Failure(f"{iface['id']}: {full!r} shown as {short!r}")
                    if names.setdefault(short, full) != full:
                        raise Failure(f"{iface['id']}: {full!r} and {names[short]!r} "
                                      f"are both shown as {short!r}")
                    checked += 1
    return len(everything), len(shadowed), checked


def main():
    try:
        if sys.argv[1] == "--file":
            for path in sys.argv[2:]:
                rows, commented = read_csv(path)
                print(f"kcpuid: {path}: {len(rows)} rows, {len(commented)} commented")
            return 0
        registry = json.load(open(sys.argv[1], encoding="utf-8"))
        rows, commented, checked = check_registry(registry, sys.argv[2])
    except Failure as e:
        print(f"kcpuid reader: {e}", file=sys.stderr)
        return 1
    print(f"kcpuid: {rows} rows parse as kcpuid parses them ({commented} commented out in "
          f"cpuid.csv); {checked} fields found")
    return 0


sys.exit(main())
