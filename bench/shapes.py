#!/usr/bin/env python3
"""shapes.py HVCPUID - time each superlinear path of issue 11 section 2 at
two sizes on the current code (docs/performance.md, "Superlinear shapes").

Every shape comes from tests/hostile/mkinput.py (registries) or
tests/hostile/mkdump.py (dumps), generated under build/bench/shapes/. Each
command runs once through build/bench/measure (bench/run.sh builds it) under
a 600 s timeout; the table gives CPU and wall time, peak RSS, the exit
status, the growth from the smaller size as an exponent (n^1.00 is linear,
n^2.00 quadratic) and the size at which that growth would take the old code
past the 60 s hang guard of tests/cli/hostile.sh. SHAPES=name,... narrows
the run. Prints figures only: it asserts nothing.
"""
import math
import os
import subprocess
import sys

WORK = "build/bench/shapes"
GUARD = 60.0

# (name, what it hits, generator: mkinput shape or ("dump", order), command, small N, large N)
SHAPES = [
    ("leaf-clash", "c-identifier: N same-named sub-leaves", ("leaf-clash",), "check", 10000, 20000),
    ("generic-overlap", "allocation overlaps: N generic allocations on one offset",
     ("generic-overlap",), "check", 5000, 10000),
    ("presents-one", "placement: one product presenting N interfaces", ("presents-one",),
     "check", 20000, 80000),
    ("dump-reverse", "decode: N cpuid -r lines, highest leaf first", ("dump", "reverse"),
     "decode", 65536, 131072),
    ("dump-forward", "decode: the same lines in order (for comparison)", ("dump", "forward"),
     "decode", 65536, 131072),
    ("enum-diff", "diff: a field of N values, every value renumbered", ("enum-renumbered",),
     "diff", 20000, 40000),
    ("register-rows", "export --format=xml: a register of N overlapping one-bit fields",
     ("register-rows",), "export-xml", 10000, 20000),
    ("includes", "load: N <include>s of 200 files", ("includes",), "check", 5000, 20000),
    ("leaf-generic", "leaf-outside-allocation: N generic allocations beside N leaves",
     ("leaf-generic",), "check", 20000, 40000),
]


def make(gen, n):
    """The input of shape `gen` at size n, made once: a dump (.txt), a
    folder (its registry.xml) or a registry file (.xml)."""
    path = os.path.join(WORK, "%s-%d" % ("-".join(gen), n))
    if gen[0] == "dump":
        target = path + ".txt"
        argv = ["tests/hostile/mkdump.py", gen[1], str(n), target]
    elif gen[0] in ("includes", "presents-one", "leaf-generic"):
        target = os.path.join(path, "registry.xml")
        argv = ["tests/hostile/mkinput.py", gen[0], str(n), path]
    else:
        target = path + ".xml"
        argv = ["tests/hostile/mkinput.py", gen[0], str(n), target]
    if not os.path.exists(target):
        subprocess.run([sys.executable] + argv, check=True)
    return target


def command(binary, kind, target, n):
    if kind == "check":
        return [binary, "check", target]
    if kind == "decode":
        return [binary, "decode", "--registry", "spec/registry.xml", target]
    if kind == "diff":
        return [binary, "diff", make(("enum",), n), target]
    return [binary, "export", "--format=xml", target]


def measure(argv):
    """(wall s, CPU s, peak RSS KiB, exit status); exit 124 on timeout."""
    result = os.path.join(WORK, "result")
    with open(os.devnull, "wb") as null:
        subprocess.run(["timeout", "600", os.path.join("build/bench", "measure"), result] + argv,
                       stdout=null, stderr=null)
    try:
        with open(result, encoding="ascii") as f:
            wall, user, system, rss, code = f.read().split()
    except (OSError, ValueError):
        return 600.0, 600.0, 0, 124
    os.remove(result)
    return float(wall), float(user) + float(system), int(rss), int(code)


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: shapes.py HVCPUID\n")
        return 2
    os.makedirs(WORK, exist_ok=True)
    wanted = os.environ.get("SHAPES", "")
    print("| shape | what | N | exit | CPU s | wall s | peak RSS MB | growth | N for 60 s |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, what, gen, kind, small, large in SHAPES:
        if wanted and name not in wanted.split(","):
            continue
        rows = []
        for n in (small, large):
            rows.append((n, measure(command(argv[1], kind, make(gen, n), n))))
        (n0, (_, c0, _, _)), (n1, (_, c1, _, _)) = rows
        k = math.log(max(c1, 1e-3) / max(c0, 1e-3)) / math.log(n1 / n0)
        guard = n1 * (GUARD / c1) ** (1 / k) if k > 0.05 and c1 > 0 else float("inf")
        for n, (wall, cpu, rss, code) in rows:
            growth = "n^%.2f" % k if n == n1 else ""
            at = ("%d" % guard if guard != float("inf") else "never") if n == n1 else ""
            print("| %s | %s | %d | %d | %.2f | %.2f | %.0f | %s | %s |"
                  % (name, what, n, code, cpu, wall, rss / 1024, growth, at))
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
