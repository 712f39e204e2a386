#!/usr/bin/python3
"""check_text.py MODE FILE... - what a CI log, a terminal or a strict parser
makes of hvcpuid's output (tests/cli/hostile_text.sh).

  text   every line: valid UTF-8; no line starts a GitHub Actions workflow
         command ("::error file=...::", "::add-mask::", any "::"); no
         control character (but the line feed ending it), DEL, C1 control,
         bidirectional, line-separating or invisible character
  json   the file as text/bytes has none of those either (the writer
         escapes them), it parses with a strict parser (UTF-8 only, no
         NaN, no repeated key), and no string in it, once parsed, holds a
         lone surrogate or one of those characters: findings and changes
         show registry text with visible escapes
  data   as json, except that parsed strings may hold any character: the
         registry export carries every byte (as a JSON escape)
"""
import json
import sys
import unicodedata

RANGES = [(0x00, 0x09), (0x0B, 0x1F), (0x7F, 0x9F), (0x200B, 0x200F), (0x2028, 0x202E),
          (0x2060, 0x206F), (0xFFF9, 0xFFFB), (0xE0000, 0xE007F)]
SINGLE = {0x00AD, 0x061C, 0x180E, 0xFEFF}


def bad_char(ch):
    c = ord(ch)
    return (c in SINGLE or any(lo <= c <= hi for lo, hi in RANGES)
            or unicodedata.category(ch) in ("Cf", "Cs", "Zl", "Zp"))


def fail(msg):
    print(f"check_text: {msg}", file=sys.stderr)
    sys.exit(1)


def check_lines(path, text):
    for number, line in enumerate(text.split("\n"), 1):
        if line.lstrip().startswith("::"):
            fail(f"{path}:{number}: a line starts a workflow command: {line[:60]!r}")
        for ch in line:
            if bad_char(ch):
                fail(f"{path}:{number}: U+{ord(ch):04X} in {line[:60]!r}")


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)
    elif isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from strings(v)


def no_repeats(pairs):
    keys = [k for k, _ in pairs]
    if len(keys) != len(set(keys)):
        fail(f"a repeated key in {keys}")
    return dict(pairs)


def refuse_constant(name):
    fail(f"non-JSON constant {name}")


def main():
    mode, paths = sys.argv[1], sys.argv[2:]
    for path in paths:
        raw = open(path, "rb").read()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            fail(f"{path}: not UTF-8: {e}")
        check_lines(path, text)
        if mode == "text":
            continue
        doc = json.loads(text, object_pairs_hook=no_repeats, parse_constant=refuse_constant)
        for s in strings(doc):
            try:
                s.encode("utf-8")
            except UnicodeEncodeError:
                fail(f"{path}: a lone surrogate in {s[:60]!r}")
            if mode == "json" and any(bad_char(ch) for ch in s):
                fail(f"{path}: a string holds a hidden character: {s[:60]!r}")
    print(f"check_text: {len(paths)} file(s) clean ({mode})")


main()
