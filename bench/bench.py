#!/usr/bin/env python3
"""bench.py HVCPUID - the `make bench` table (bench/README.md).

For spec/ and each registry bench/mkregistry.py generates (BENCH_SIZES,
fields), runs in one interleaved loop, so every command of a round sees the
same machine load:

  xmllint --noout FILES                    the parse alone
  xmllint --noout --relaxng RNG FILES      parse and schema: the yardstick
  hvcpuid check REG
  hvcpuid gen -o DIR REG                   into an empty folder (removed untimed)
  hvcpuid gen -o DIR REG                   into the folder the last run wrote
  hvcpuid export --format=json REG
  hvcpuid decode --registry REG DUMP       the largest dump in ../shared/dumps

FILES is every file of the registry: the root and each file it includes
(the schema's start accepts both). Each command runs under bench/measure.c
(built by bench/run.sh), which reports its wall and CPU time and peak RSS.
The table holds medians of the rounds (fewer rounds at larger sizes: the runs column says how many), the CPU
ratio to xmllint --relaxng on the same files, peak RSS and RSS per input
byte, and the growth from the previous generated size. For spec/ and the
10k registry (BENCH_CALLGRIND) it also holds callgrind instruction counts,
repeatable whatever the machine load.
Prints figures only: it asserts nothing.
"""
import glob
import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

RNG = "validate/registry.rng"
SIZES = [int(s) for s in os.environ.get("BENCH_SIZES", "10000 50000 100000 500000").split()]
# Rounds per registry: enough for a stable median, few where one run takes
# a minute (the whole make bench stays near 10 minutes on 2 cores).
ROUNDS = {"spec": 21, 10000: 7, 50000: 3, 100000: 3, 500000: 1}
# Registries whose commands also run once under callgrind (gen only for
# spec/: at 10k fields it would take minutes there).
CALLGRIND = os.environ.get("BENCH_CALLGRIND", "spec 10000").split()


def rounds_for(label):
    forced = os.environ.get("BENCH_RUNS")
    if forced:
        return int(forced)
    if label in ROUNDS:
        return ROUNDS[label]
    return 1 if label > 100000 else 3


def registry_files(root):
    """The root and every file its <include>s name, in include order."""
    folder = os.path.dirname(root)
    with open(root, encoding="utf-8") as f:
        names = re.findall(r'<include\s+file="([^"]+)"', f.read())
    return [root] + [os.path.join(folder, n) for n in names]


def largest_dump():
    """The largest dump in ../shared/dumps (its SOURCES notes aside)."""
    dumps = [p for p in glob.glob("../shared/dumps/**/*", recursive=True)
             if os.path.isfile(p) and not os.path.basename(p).startswith("SOURCES")]
    return max(dumps, key=lambda p: (os.path.getsize(p), p)) if dumps else None


def generate(work, fields):
    """The generated registry of `fields` fields, remade when the generator
    changed since it was written."""
    out = os.path.join(work, "reg-%d" % fields)
    stamp = os.path.join(out, ".complete")
    if not os.path.exists(stamp) or os.path.getmtime(stamp) < os.path.getmtime(
            "bench/mkregistry.py"):
        shutil.rmtree(out, ignore_errors=True)
        subprocess.run([sys.executable, "bench/mkregistry.py", str(fields), out], check=True)
        open(stamp, "w").close()
    return os.path.join(out, "registry.xml")


def run(measure, argv, errfile):
    """One run through bench/measure.c: (wall s, CPU s, peak RSS KiB, exit
    status)."""
    result = errfile + ".result"
    with open(os.devnull, "wb") as null, open(errfile, "wb") as err:
        subprocess.run([measure, result] + argv, stdout=null, stderr=err, check=True)
    with open(result, encoding="ascii") as f:
        wall, user, system, rss, code = f.read().split()
    return float(wall), float(user) + float(system), int(rss), int(code)


def first_error(errfile):
    with open(errfile, encoding="utf-8", errors="replace") as f:
        lines = [l.strip() for l in f if "error" in l]
    return lines[0] if lines else "(nothing on stderr; decode prints its findings on stdout)"


class Registry:
    """One row group of the table: a registry and its command lines."""

    def __init__(self, label, root, fields, binary, work, dump):
        self.label, self.root, self.fields = label, root, fields
        self.measure = os.path.join(work, "measure")
        self.files = registry_files(root)
        self.bytes = sum(os.path.getsize(f) for f in self.files)
        self.out = os.path.join(work, "out-%s" % label)
        self.err = os.path.join(work, "stderr")
        self.argv = {
            "xmllint": ["xmllint", "--noout"] + self.files,
            "xmllint --relaxng": ["xmllint", "--noout", "--relaxng", RNG] + self.files,
            "check": [binary, "check", root],
            "gen (empty)": [binary, "gen", "-o", self.out, root],
            "gen (up to date)": [binary, "gen", "-o", self.out, root],
            "export --format=json": [binary, "export", "--format=json", root],
        }
        if dump:
            self.argv["decode"] = [binary, "decode", "--registry", root, dump]
        self.samples = {c: [] for c in self.argv}
        self.errors = {}
        self.ir = {}

    def round(self):
        for cmd, argv in self.argv.items():
            if cmd == "gen (empty)":
                shutil.rmtree(self.out, ignore_errors=True)
            sample = run(self.measure, argv, self.err)
            self.samples[cmd].append(sample)
            if sample[3] != 0:
                self.errors[cmd] = "exit %d: %s" % (sample[3], first_error(self.err))

    def median(self, cmd, i):
        return statistics.median(s[i] for s in self.samples[cmd])

    def callgrind(self, work, with_gen):
        """Instruction counts of one run of each command."""
        shutil.rmtree(self.out, ignore_errors=True)
        for cmd, argv in self.argv.items():
            if cmd.startswith("gen") and not with_gen:
                continue
            log = os.path.join(work, "callgrind.log")
            subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" +
                            os.path.join(work, "callgrind.%s.%s" % (self.label, slug(cmd))),
                            "--log-file=" + log] + argv,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            with open(log, encoding="utf-8") as f:
                m = re.search(r"Collected : (\d+)", f.read())
            if m:
                self.ir[cmd] = int(m.group(1))


def slug(cmd):
    """"gen (up to date)" -> "gen-up-to-date": a file name part."""
    return re.sub(r"[^a-z]+", "-", cmd).strip("-")


def fmt_ms(seconds):
    return "%.0f" % (seconds * 1000) if seconds >= 1 else "%.1f" % (seconds * 1000)


def table(regs):
    head = ("| registry | fields | input MB | command | runs | exit | wall ms | CPU ms | "
            "CPU / rng | peak RSS MB | RSS B/B | growth (CPU) | Ir M | Ir / rng |")
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    prev = None
    for reg in regs:
        base_cpu = reg.median("xmllint --relaxng", 1)
        for cmd in reg.argv:
            wall, cpu = reg.median(cmd, 0), reg.median(cmd, 1)
            rss = max(s[2] for s in reg.samples[cmd])
            exits = sorted(set(s[3] for s in reg.samples[cmd]))
            growth = ""
            if (prev is not None and cmd in prev.samples and isinstance(reg.label, int) and
                    exits == sorted(set(s[3] for s in prev.samples[cmd]))):
                ratio = cpu / max(prev.median(cmd, 1), 1e-9)
                scale = reg.fields / prev.fields
                growth = "x%.2f for x%g (n^%.2f)" % (ratio, scale, math.log(ratio) /
                                                     math.log(scale))
            ir = reg.ir.get(cmd)
            lines.append("| %s | %d | %.2f | %s | %d | %s | %s | %s | %.2f | %.1f | %.2f | %s | %s | %s |"
                         % (reg.label, reg.fields, reg.bytes / 1e6, cmd, len(reg.samples[cmd]),
                            ",".join(map(str, exits)), fmt_ms(wall), fmt_ms(cpu),
                            cpu / base_cpu, rss / 1024, rss * 1024 / reg.bytes, growth,
                            "%.1f" % (ir / 1e6) if ir else "",
                            "%.2f" % (ir / reg.ir["xmllint --relaxng"]) if ir and
                            reg.ir.get("xmllint --relaxng") else ""))
        if isinstance(reg.label, int):
            prev = reg
    return lines


def machine():
    """One line: CPUs, CPU model, memory, kernel."""
    model = "?"
    with open("/proc/cpuinfo", encoding="utf-8") as f:
        for line in f:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo", encoding="utf-8") as f:
        mem = int(f.readline().split()[1]) / 1024 / 1024
    return "machine: %d CPUs (%s), %.1f GiB RAM, Linux %s" % (os.cpu_count(), model, mem,
                                                              os.uname().release)


def count_fields(files):
    return sum(open(f, encoding="utf-8").read().count("<field ") for f in files)


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: bench.py HVCPUID\n")
        return 2
    binary = argv[1]
    work = "build/bench"
    os.makedirs(work, exist_ok=True)
    dump = largest_dump()
    regs = [Registry("spec", "spec/registry.xml", 0, binary, work, dump)]
    regs[0].fields = count_fields(regs[0].files)
    for n in SIZES:
        regs.append(Registry(n, generate(work, n), n, binary, work, dump))
    started = time.time()
    for reg in regs:
        for _ in range(rounds_for(reg.label)):
            reg.round()
        sys.stderr.write("bench: %s done after %.0f s\n" % (reg.label, time.time() - started))
    if shutil.which("valgrind"):
        for reg in regs:
            if str(reg.label) in CALLGRIND:
                reg.callgrind(work, reg.label == "spec")
    lines = [machine(), "decode dump: %s (%d bytes)" % (dump, os.path.getsize(dump) if dump
                                                         else 0), ""]
    lines += table(regs)
    notes = ["%s %s: %s" % (r.label, c, e) for r in regs for c, e in r.errors.items()]
    if notes:
        lines += [""] + ["- " + n for n in notes]
    lines += ["", "CPU = user + system time of the process (wait4); rng = xmllint --noout --relaxng "
              "on the same files; medians of `runs` interleaved rounds; growth compares the "
              "median CPU with the previous generated size (n^1.00 is linear); Ir = callgrind "
              "instructions of one run. Total %.0f s." % (time.time() - started)]
    print("\n".join(lines))
    with open(os.path.join(work, "table.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
