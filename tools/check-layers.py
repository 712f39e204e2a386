#!/usr/bin/env python3
"""check-layers.py [--table] [ROOT] - what each folder of the source may include.

The folders are the pipeline (docs/architecture.md): lib/ stands alone,
validate/util/ knows no registry, validate/ decides, gen/ produces bytes and
holds the command line. Every `#include "..."` in ROOT's validate/, gen/ and
lib/ (default: the current folder) is held against the rule of the deepest
folder it sits in; so are the libxml2/libxslt includes and a few calls that
would hide a dependency, and so is the length of each file (no more than
MAX_LINES: a file a reader can hold at once). Prints one line per breach and exits 1 when there
is any. --table prints the rules as the Markdown table docs/architecture.md
carries (tests/cli/layers.sh keeps the two equal).
"""
import fnmatch
import os
import re
import sys

# folder: (may include, never, why). Patterns are fnmatch globs on the
# include's path from the root; "never" wins over "may".
RULES = [
    ("lib/", ["hvcpuid-runtime.h"], [],
     "vendored alone into other projects: nothing of ours but its own header"),
    ("validate/util/", ["validate/util/*"], [],
     "the base layer (arena, strings, JSON): no registry knowledge"),
    ("validate/checks/", ["validate/model.h", "validate/diag.h", "validate/claims.h",
                          "validate/blame.h", "validate/msr_claims.h",
                          "validate/c_names.h", "validate/parse.h", "validate/checks.h",
                          "validate/check_ids.h", "validate/checks/*", "validate/util/*"],
     ["validate/load*.h", "validate/diff*.h", "validate/free.h"],
     "a check sees the model and reports to the sink; it never loads, diffs or queries"),
    ("validate/diag.", ["validate/diag.h", "validate/check_ids.h", "validate/model.h",
                        "validate/util/*"], ["validate/checks.h"],
     "the sink collects, bounds and sorts; it knows check ids, not the check table"),
    ("validate/", ["validate/*"], ["gen/*", "lib/*"],
     "the front end decides whether a registry is right; it produces no output"),
    ("gen/emit/", ["validate/model.h", "validate/c_names.h", "validate/parse.h",
                   "validate/diag.h", "validate/check_ids.h", "validate/claims.h",
                   "validate/msr_claims.h", "validate/util/*",
                   "lib/hvcpuid-runtime.h", "gen/output.h", "gen/version.h",
                   "gen/emit/*"],
     ["gen/cmd/*", "gen/cli.h", "gen/decode/*"],
     "an emitter turns the model into bytes; it never runs a command or the checks"),
    ("gen/decode/", ["lib/hvcpuid-runtime.h", "validate/util/*", "validate/parse.h", "gen/decode/*"],
     ["validate/model.h", "validate/checks.h", "gen/emit/*"],
     "decode prints what lib/ found in a dump; it knows no registry model"),
    ("gen/cmd/", ["*"], ["gen/cmd/*"],
     "a subcommand uses everything below it, never another subcommand"),
    ("gen/", ["gen/*.h", "validate/*", "lib/hvcpuid-runtime.h"], [],
     "the command line's shared session, output writing and built-in tables"),
]

# Files that may include libxml2 or libxslt headers (the XML engine stays in
# the loader, the canonical XML and the HTML transform).
XML_ALLOWED = ["validate/load.c", "validate/load_*.c", "validate/load_*.h",
               "gen/emit/canonical_*", "gen/emit/xml_builder.*", "gen/emit/html.*"]

# Calls that hide a dependency an #include would show: (folder, regex, why).
CALLS = [
    ("gen/emit/", r"\bhv_run_checks\s*\(", "emitters get the run's diagnostics, never re-run"),
    ("validate/", r"\bhv_usage_error\s*\(", "the front end returns its reason; gen/ words it"),
]

# The longest a source file of validate/, gen/ or lib/ may be (issue 12: a
# file past it has more than one concern; split it along its seams).
MAX_LINES = 500

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')


def rule_for(path):
    best = None
    for rule in RULES:
        if path.startswith(rule[0]) and (best is None or len(rule[0]) > len(best[0])):
            best = rule
    return best


def matches(target, patterns):
    return any(fnmatch.fnmatchcase(target, p) for p in patterns)


def breaches(root):
    found = []
    for top in ("lib", "validate", "gen"):
        for folder, _, names in sorted(os.walk(os.path.join(root, top))):
            for name in sorted(names):
                if not name.endswith((".c", ".h")):
                    continue
                full = os.path.join(folder, name)
                path = os.path.relpath(full, root).replace(os.sep, "/")
                found += file_breaches(path, open(full, encoding="utf-8", errors="replace"))
    return found


def file_breaches(path, lines):
    folder, allowed, never, why = rule_for(path)
    found = []
    text = []
    for number, line in enumerate(lines, 1):
        text.append(line)
        m = INCLUDE.match(line)
        if not m:
            continue
        kind, target = m.groups()
        where = "%s:%d" % (path, number)
        if kind == "<":
            if target.startswith(("libxml/", "libxslt/")) and not matches(path, XML_ALLOWED):
                found.append("%s: includes <%s>: libxml2 and libxslt stay in %s"
                             % (where, target, ", ".join(XML_ALLOWED)))
            continue
        if folder == "lib/":
            ok = target in allowed
        else:
            ok = matches(target, allowed) and not matches(target, never)
        if folder == "gen/cmd/" and target.startswith("gen/cmd/"):
            ok = False
        if target.startswith("../"):
            ok = False
            why_here = "include from the root (\"validate/model.h\"), not with ../"
        else:
            why_here = why
        if not ok:
            found.append("%s: includes \"%s\" (%s may not: %s)" % (where, target, folder, why_here))
    if len(text) > MAX_LINES:
        found.append("%s:%d: %d lines, more than %d: split it along its seams"
                     % (path, MAX_LINES + 1, len(text), MAX_LINES))
    body = "".join(text)
    for scope, pattern, reason in CALLS:
        if path.startswith(scope) and path.endswith(".c"):
            for m in re.finditer(pattern, body):
                line = body.count("\n", 0, m.start()) + 1
                found.append("%s:%d: calls %s: %s" % (path, line, m.group(0).rstrip("( "),
                                                      reason))
    return found


def table():
    out = ["| folder | may include | never | because |", "|---|---|---|---|"]
    for folder, allowed, never, why in RULES:
        out.append("| `%s` | %s | %s | %s |" % (
            folder, ", ".join("`%s`" % a for a in allowed),
            ", ".join("`%s`" % n for n in never) or "—", why))
    out.append("")
    out.append("libxml2 and libxslt headers only in: %s." %
               ", ".join("`%s`" % x for x in XML_ALLOWED))
    for scope, pattern, reason in CALLS:
        name = re.sub(r"\\[bs]|\\\(|\*", "", pattern)
        out.append("No `%s()` in `%s`: %s." % (name, scope, reason))
    out.append("")
    out.append("No file in `lib/`, `validate/` or `gen/` over %d lines." % MAX_LINES)
    return "\n".join(out) + "\n"


def main(argv):
    args = argv[1:]
    if args and args[0] == "--table":
        sys.stdout.write(table())
        return 0
    root = args[0] if args else "."
    found = breaches(root)
    for line in found:
        print(line)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
