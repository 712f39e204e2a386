"""property.py HVCPUID TMPD FILE... - `hvcpuid free --base B` answers what
`hvcpuid check` decides, for every base B of the registry made of FILEs.

A probe is a new interface (identified by an interface or a vendor
signature) that takes offset X at base B: it defines leaf X inside its own
allocation X..X, and a new product shows it at B, alone or beside one
interface that a product (not withdrawn) already shows at B, copied with
that product's vendor string. Probes are written into one vendor file per
batch and checked together with the registry (`check --format=json`); each
finding is credited to the probe whose lines it (or one of its notes)
points at. Probes cannot collide with one another: each has its own ids,
signatures, namespace and product.

For every base and every offset X:
  offered by free  ->  the probe alone has no finding at all, and beside
                       each neighbour X adds no finding to what the probe's
                       bare identity there already gets;
  refused by free  ->  the probe alone or beside some neighbour gets a new
                       finding, or X is an offset a neighbour holds by an
                       allocation (not withdrawn) without using it: the one
                       way free is conservative on purpose (docs/ci.md).
Prints "ok NAME" per base and "FAIL NAME: WHY" for each disagreement."""
import json
import os
import re
import string
import subprocess
import sys

hvcpuid, tmpd, files = sys.argv[1], sys.argv[2], sys.argv[3:]
WINDOW = range(0x100)
BATCH = 400  # probes per check run: well under the sink's 10000 findings
SIG_CHARS = string.ascii_letters + string.digits


def run(args):
    return subprocess.run([hvcpuid] + args, capture_output=True, text=True)


def free_offsets(base):
    out = run(["free", "--base", "0x%08x" % base] + files)
    if out.returncode != 0:
        raise SystemExit("FAIL free --base 0x%08x: exit %d: %s"
                         % (base, out.returncode, out.stderr.strip()))
    offered = set()
    for line in out.stdout.split():
        lo, _, hi = line.partition("..")
        offered.update(range(int(lo, 16), int(hi or lo, 16) + 1))
    return offered


def xml_attr(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;")
            .replace(">", "&gt;").replace('"', "&quot;"))


class Probe:
    """One new interface at `base`, beside `neighbour` (a presents entry of
    the registry's JSON, or None), identified at base+1 (`iface`) or base+0,
    taking offset `x` (None: only its identity)."""

    def __init__(self, number, base, neighbour, iface, x):
        self.number, self.base, self.neighbour = number, base, neighbour
        self.iface, self.x = iface, x
        self.id = "probe-%d" % number
        self.findings = set()

    def xml(self):
        n = self.number
        if self.iface:
            sig = 'interface-signature="P%s%s%s"' % (
                SIG_CHARS[n // 62 // 62 % 62], SIG_CHARS[n // 62 % 62], SIG_CHARS[n % 62])
        else:
            sig = 'vendor-signature="Probe%07d"' % n
        body = ""
        if self.x is not None:
            body = ('\n    <allocation first="0x%02x" last="0x%02x" status="active"/>'
                    '\n    <leaf offset="0x%02x" name="probe"/>\n  ' % (self.x, self.x, self.x))
        beside = ""
        if self.neighbour:
            shown = self.neighbour["vendor_signature"]
            beside = '\n    <presents interface="%s" base="0x%08x"%s/>' % (
                self.neighbour["interface"], self.base,
                ' vendor-signature="%s"' % xml_attr(shown) if shown is not None else "")
        return ('  <interface id="%s" name="Probe" %s>%s</interface>\n'
                '  <hypervisor id="%s-hv" name="Probe host">%s\n'
                '    <presents interface="%s" base="0x%08x"/>\n  </hypervisor>\n'
                % (self.id, sig, body, self.id, beside, self.id, self.base))


def normal(text):
    return re.sub(r"probe-\d+", "probe", text)


def key(diag, path):
    def where(loc):
        return "PROBE" if loc["file"] == path else "%s:%s:%s" % (
            loc["file"], loc["line"], loc["column"])
    notes = tuple(sorted((where(r), normal(r["message"])) for r in diag["related"]))
    return (diag["level"], diag["check"], where(diag), normal(diag["message"]), notes)


def check_batch(probes, batch_no, registry_findings):
    """Checks the probes with the registry; fills each probe's findings.
    Returns a reason when the batch itself went wrong, else None."""
    path = os.path.join(tmpd, "probes-%d.xml" % batch_no)
    lines, owner = ['<?xml version="1.0" encoding="UTF-8"?>',
                    '<vendor id="free-probes" name="Probes">'], {}
    for p in probes:
        for text in p.xml().rstrip("\n").split("\n"):
            lines.append(text)
            owner[len(lines)] = p
    lines.append("</vendor>")
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")
    out = run(["check", "--format=json"] + files + [path])
    report = json.loads(out.stdout)
    if report["dropped"]:
        return "%d findings dropped" % report["dropped"]
    stray = set()
    for d in report["diagnostics"]:
        locs = [d] + d["related"]
        who = [owner[loc["line"]] for loc in locs if loc["file"] == path and loc["line"] in owner]
        if who:
            who[0].findings.add(key(d, path))
        else:
            stray.add(key(d, path))
    if stray != registry_findings:
        return "findings outside the probes changed: %s" % sorted(stray ^ registry_findings)[:3]
    return None


def check_all(probes, registry_findings, failures, label):
    for i in range(0, len(probes), BATCH):
        why = check_batch(probes[i:i + BATCH], i // BATCH, registry_findings)
        if why:
            failures.append("%s: %s" % (label, why))


def held_unused(neighbour, interfaces):
    """Offsets the neighbour's interface holds by allocation but does not use."""
    iface = interfaces[neighbour["interface"]]
    held = set()
    for a in iface["allocations"]:
        if a["status"] != "withdrawn" and a["first"] <= a["last"] <= 0xFF:
            held.update(range(a["first"], a["last"] + 1))
    return held


def check_base(base, registry, registry_findings, label):
    failures = []
    offered = free_offsets(base)
    interfaces = {i["id"]: i for i in registry["interfaces"]}
    neighbours, seen = [], set()
    for h in registry["hypervisors"]:
        for p in h["presents"]:
            sig = (p["interface"], p["vendor_signature"])
            if h["status"] != "withdrawn" and p["base"] == base and sig not in seen:
                seen.add(sig)
                neighbours.append(p)
    counter = iter(range(1, 1 << 20))
    # Phase 1: the bare identities, alone and beside each neighbour.
    bare = {(None, True): Probe(next(counter), base, None, True, None)}
    for j, n in enumerate(neighbours):
        for iface in (True, False):
            bare[(j, iface)] = Probe(next(counter), base, n, iface, None)
    check_all(list(bare.values()), registry_findings, failures, label)
    if bare[(None, True)].findings:
        failures.append("%s: a bare probe alone gets %s" % (label, bare[(None, True)].findings))
    # Beside each neighbour, the identity that is clean there if one is.
    identity = {j: not bare[(j, True)].findings or bool(bare[(j, False)].findings)
                for j in range(len(neighbours))}
    # Phase 2: every offset, alone and beside every neighbour.
    takes = []
    for x in WINDOW:
        takes.append((x, None, Probe(next(counter), base, None, True, x)))
        for j, n in enumerate(neighbours):
            takes.append((x, j, Probe(next(counter), base, n, identity[j], x)))
    check_all([t[2] for t in takes], registry_findings, failures, label)
    new = {x: [] for x in WINDOW}
    for x, j, probe in takes:
        before = bare[(j, True if j is None else identity[j])].findings
        if probe.findings - before:
            new[x].append((j, sorted(probe.findings - before)[0]))
    exempt = set()
    for n in neighbours:
        exempt |= held_unused(n, interfaces)
    for x in WINDOW:
        if x in offered and new[x]:
            j, finding = new[x][0]
            where = "alone" if j is None else "beside '%s'" % neighbours[j]["interface"]
            failures.append("%s: offers 0x%02x, but taking it %s gives %s"
                            % (label, x, where, finding))
        elif x not in offered and not new[x] and x not in exempt:
            failures.append("%s: refuses 0x%02x, but taking it gives no finding" % (label, x))
    refused = len(WINDOW) - len(offered)
    quiet = sum(1 for x in WINDOW if x not in offered and not new[x])
    return failures, "%s: %d offered pass, %d refused fail (%d more held by a neighbour)" % (
        label, len(offered), refused - quiet, quiet)


def main():
    out = run(["export", "--format=json"] + files)
    if out.returncode != 0:
        print("FAIL free property: the registry does not check clean: %s" % out.stderr.strip())
        return
    registry = json.loads(out.stdout)
    alone = json.loads(run(["check", "--format=json"] + files).stdout)
    registry_findings = {key(d, None) for d in alone["diagnostics"]}
    bases = {b for i in registry["interfaces"] for b in i["bases"]}
    bases |= {p["base"] for h in registry["hypervisors"] for p in h["presents"]}
    bases.add(0x4000FF00)  # a window nobody uses
    for base in sorted(bases):
        label = "free --base 0x%08x %s" % (base, " ".join(files))
        failures, summary = check_base(base, registry, registry_findings, label)
        for f in failures[:10]:
            print("FAIL %s" % f)
        if len(failures) > 10:
            print("FAIL %s: and %d more disagreements" % (label, len(failures) - 10))
        if not failures:
            print("ok %s" % summary)


main()
