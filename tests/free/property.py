"""property.py HVCPUID TMPD FILE... - `hvcpuid free` answers exactly what
`hvcpuid check` decides, for the registry made of FILEs:

  free --base B        for every base B the registry uses (and one nobody uses)
  free --interface I   for every interface I
  free --bases         once

Taking offset X means what validate/free.h says: an allocation X..X in force
with a leaf X (only the leaf, for an interface that claims nothing). Every
offset free offers must pass the check once taken (no new finding of any
level) and every offset it refuses must fail it: no offset is exempt.

--base B: probes are new interfaces, each taking every offset at once (one
allocation and one leaf per offset, each on its own line), shown at B by a
product of their own: one alone, and two beside each interface a product
(not retired) already shows at B (copied with that product's vendor string),
one identified at base+1 and one at base+0. --interface I: the registry is
copied and I itself takes every offset. Then one check run: a finding that
points (or whose note points) at the lines taking X refuses X, and so does X
in the offsets a [placement-overlap] finding lists for a probe (or I) and a
neighbour. Findings that are neither must be the registry's own.

--bases offers exactly the bases no product that places anything shows an
interface at, and names the products that do for the others.

Prints "ok NAME" per query and "FAIL NAME: WHY" for each disagreement."""
import glob
import json
import os
import re
import shutil
import subprocess
import sys

hvcpuid, tmpd, files = sys.argv[1], sys.argv[2], sys.argv[3:]
WINDOW = range(0x100)
RETIRED = ("withdrawn", "lapsed")
BASES = [0x40000000 + 0x100 * i for i in range(0x100)]


def run(args):
    return subprocess.run([hvcpuid] + args, capture_output=True, text=True)


def free_json(args, regfiles):
    out = run(["free", "--format=json"] + args + regfiles)
    if out.returncode != 0:
        raise SystemExit("FAIL free %s: exit %d: %s" % (" ".join(args), out.returncode,
                                                        out.stderr.strip()))
    return json.loads(out.stdout)


def offered_by(answer, step=1):
    offered = set()
    for r in answer["ranges"]:
        if r["free"]:
            offered.update(range(r["first"], r["last"] + 1, step))
    return offered


def check_json(regfiles):
    out = run(["check", "--format=json"] + regfiles)
    report = json.loads(out.stdout)
    if report["dropped"]:
        raise SystemExit("FAIL check: %d findings dropped" % report["dropped"])
    return report["diagnostics"]


def key(diag):
    """A finding without its locations' line numbers (a copy shifts them)."""
    return (diag["level"], diag["check"], diag["message"],
            tuple(sorted(r["message"] for r in diag["related"])))


def listed_offsets(message):
    """The offsets a [placement-overlap] message says both interfaces claim."""
    m = re.search(r"both claim offsets (.*?) there;", message)
    found = set()
    for part in (m.group(1).split(", ") if m else []):
        lo, _, hi = part.partition("..")
        found.update(range(int(lo, 16), int(hi or lo, 16) + 1))
    return found


def placement_pair(message):
    m = re.match(r"hypervisor '[^']*' presents '([^']*)' and '([^']*)' at base", message)
    return m.groups() if m else ()


def takes(x, leaf_only=False, indent="    "):
    lines = [] if leaf_only else [
        '%s<allocation name="probe-x%02x" first="0x%02x" last="0x%02x" status="active"/>'
        % (indent, x, x, x)]
    return lines, ['%s<leaf offset="0x%02x" name="probe_x%02x"/>' % (indent, x, x)]


def taken_lines(path):
    """Line number -> the offset whose take the line holds."""
    owner = {}
    with open(path) as f:
        for n, text in enumerate(f, 1):
            m = re.search(r'(?:probe-x|probe_x)([0-9a-f]{2})"', text)
            if m:
                owner[n] = int(m.group(1), 16)
    return owner


def refusals(diags, paths, pair_member):
    """Offsets the check refuses, and the findings it does not credit to a take."""
    refused, stray = set(), []
    owners = {p: taken_lines(p) for p in paths}
    for d in diags:
        locs = [d] + d["related"]
        hit = {owners[l["file"]][l["line"]] for l in locs
               if l["file"] in owners and l["line"] in owners[l["file"]]}
        if hit:
            refused |= hit
        elif d["check"] == "placement-overlap" and pair_member(placement_pair(d["message"])):
            refused |= listed_offsets(d["message"])
        else:
            stray.append(d)
    return refused, stray


def compare(label, offered, refused, stray, registry_keys):
    failures = []
    for x in WINDOW:
        if x in offered and x in refused:
            failures.append("%s: offers 0x%02x, but the check refuses it" % (label, x))
        elif x not in offered and x not in refused:
            failures.append("%s: refuses 0x%02x, but the check accepts it" % (label, x))
    extra = sorted({key(d) for d in stray} - registry_keys)
    if extra:
        failures.append("%s: findings outside the takes: %s" % (label, extra[:2]))
    return failures, "%s: %d offered pass, %d refused fail" % (label, len(offered),
                                                              256 - len(offered))


# ---- free --base B ---------------------------------------------------------------

def xml_attr(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;")
            .replace(">", "&gt;").replace('"', "&quot;"))


def probe_xml(n, base, neighbour, by_iface_sig):
    sig = ('interface-signature="P%03d"' % n if by_iface_sig
           else 'vendor-signature="Probe%07d"' % n)
    body = []
    allocs, leaves = zip(*[takes(x) for x in WINDOW])
    for group in (allocs, leaves):
        for lines in group:
            body += lines
    beside = []
    if neighbour:
        shown = neighbour["vendor_signature"]
        beside = ['    <presents interface="%s" base="0x%08x"%s/>' % (
            neighbour["interface"], base,
            ' vendor-signature="%s"' % xml_attr(shown) if shown is not None else "")]
    return (['  <interface id="probe-%d" name="Probe" %s>' % (n, sig)] + body +
            ['  </interface>', '  <hypervisor id="probe-%d-hv" name="Probe host">' % n] +
            beside + ['    <presents interface="probe-%d" base="0x%08x"/>' % (n, base),
                      '  </hypervisor>'])


def check_base(base, registry, registry_keys):
    label = "free --base 0x%08x %s" % (base, " ".join(files))
    offered = offered_by(free_json(["--base", "0x%08x" % base], files))
    neighbours, seen = [], set()
    for h in registry["hypervisors"]:
        for p in h["presents"]:
            sig = (p["interface"], p["vendor_signature"])
            if h["status"] not in RETIRED and p["base"] == base and sig not in seen:
                seen.add(sig)
                neighbours.append(p)
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<vendor id="free-probes" name="Probes">']
    lines += probe_xml(0, base, None, True)
    for j, n in enumerate(neighbours):
        lines += probe_xml(2 * j + 1, base, n, True) + probe_xml(2 * j + 2, base, n, False)
    path = os.path.join(tmpd, "probes.xml")
    with open(path, "w") as f:
        f.write("\n".join(lines + ["</vendor>"]) + "\n")
    refused, stray = refusals(check_json(files + [path]), [path],
                              lambda pair: any(i.startswith("probe-") for i in pair))
    return compare(label, offered, refused, stray, registry_keys)


# ---- free --interface I ----------------------------------------------------------

def copy_registry(dest):
    """FILEs copied under dest (a root registry with its folder); the copies."""
    if os.path.exists(dest):
        shutil.rmtree(dest)
    copies = []
    for i, f in enumerate(files):
        into = os.path.join(dest, str(i))
        if "<registry" in open(f).read():
            shutil.copytree(os.path.dirname(os.path.abspath(f)), into)
            copies.append(os.path.join(into, os.path.basename(f)))
        else:
            os.makedirs(into)
            copies.append(shutil.copy(f, into))
    return copies


def insert_takes(text, iface, claims):
    """The vendor file text with `iface` taking every offset, or None. The
    leaves go after the interface's own and before its MSR part, which the
    schema puts last."""
    m = re.search(r'<interface\s[^>]*\bid="%s"[^>]*?(/?)>' % re.escape(iface), text)
    if not m:
        return None
    start, end = m.span()
    if m.group(1):  # <interface .../>: open it
        text = text[:end - 2] + "></interface>" + text[end:]
        end -= 1
    close = text.index("</interface>", end)
    child = re.search(r"<(follows|leaf)\b", text[end:close])
    at = end + child.start() if child else close
    allocs, leaves = zip(*[takes(x, not claims) for x in WINDOW])
    alloc_text = "".join("\n" + l for group in allocs for l in group)
    leaf_text = "".join("\n" + l for group in leaves for l in group)
    text = text[:at] + alloc_text + "\n" + text[at:]
    close = text.index("</interface>", end)
    msrs = re.search(r"<msr[-\s>]", text[end:close])  # the MSR part follows the leaves
    at = end + msrs.start() if msrs else close
    return text[:at] + leaf_text + "\n" + text[at:]


def check_interface(iface, registry_keys):
    label = "free --interface %s %s" % (iface["id"], " ".join(files))
    offered = offered_by(free_json(["--interface", iface["id"]], files))
    copies = copy_registry(os.path.join(tmpd, "copy"))
    claims = bool(iface["allocations"] or iface["follows"])
    changed = None
    for path in glob.glob(os.path.join(tmpd, "copy", "*", "*.xml")):
        text = open(path).read()
        new = insert_takes(text, iface["id"], claims) if changed is None else None
        if new is not None:
            with open(path, "w") as f:
                f.write(new)
            changed = path
    if changed is None:
        return ["%s: interface not found in the files" % label], label
    refused, stray = refusals(check_json(copies), [changed],
                              lambda pair: iface["id"] in pair)
    return compare(label, offered, refused, stray, registry_keys)


# ---- free --bases ---------------------------------------------------------------

def check_bases(registry):
    label = "free --bases %s" % " ".join(files)
    answer = free_json(["--bases"], files)
    offered = offered_by(answer, 0x100)
    placed = {}
    for h in registry["hypervisors"]:
        if h["status"] in RETIRED:
            continue
        for p in h["presents"]:
            placed.setdefault(p["base"], set()).add((h["id"], p["interface"]))
    failures = []
    for b in BASES:
        if (b in offered) == (b in placed):
            failures.append("%s: 0x%08x is %s, but products placing there: %s" % (
                label, b, "offered" if b in offered else "refused", sorted(placed.get(b, ()))))
    for r in answer["ranges"]:
        named = {(t["hypervisor"], t["interface"]) for t in r["taken"]}
        for b in range(r["first"], r["last"] + 1, 0x100):
            if not r["free"] and named != placed.get(b, set()):
                failures.append("%s: 0x%08x names %s, not %s" % (label, b, sorted(named),
                                                                  sorted(placed.get(b, ()))))
    return failures, "%s: %d bases offered, %d used" % (label, len(offered), len(placed))


def report(failures, summary):
    for f in failures[:10]:
        print("FAIL %s" % f)
    if len(failures) > 10:
        print("FAIL %s: and %d more disagreements" % (summary.split(":")[0], len(failures) - 10))
    if not failures:
        print("ok %s" % summary)


def main():
    out = run(["export", "--format=json"] + files)
    if out.returncode != 0:
        print("FAIL free property: the registry does not check clean: %s" % out.stderr.strip())
        return
    registry = json.loads(out.stdout)
    registry_keys = {key(d) for d in check_json(files)}
    bases = {b for i in registry["interfaces"] for b in i["bases"]}
    bases |= {p["base"] for h in registry["hypervisors"] for p in h["presents"]}
    bases.add(0x4000FF00)  # a window nobody uses
    for base in sorted(bases):
        report(*check_base(base, registry, registry_keys))
    for iface in registry["interfaces"]:
        report(*check_interface(iface, registry_keys))
    report(*check_bases(registry))


main()
