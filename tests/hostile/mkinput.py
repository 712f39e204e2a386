#!/usr/bin/env python3
"""mkinput.py SHAPE N OUT - write a large generated registry input.

Hostile shapes are single vendor files built to hit one loop of the loader
or the checks with N objects (a quadratic loop shows up as a timeout in
tests/cli/hostile.sh). Folder shapes (`includes`, `presents-one`, `leaf-generic`) write
OUT/registry.xml and the files it includes, for inputs past the 16 MiB a
single file may hold. `registry` writes a clean multi-file registry folder
(N vendors, each with leaves and fields) for tests/cli/faults.sh and bench/.
tests/hostile/mkdump.py writes the dumps for `decode`; docs/performance.md
times each shape at two sizes.
Inputs are generated at test time under build/, never committed.
"""
import os
import sys

HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
IFACE = ('<interface id="x" name="X" vendor-signature="DemoDemoDemo" '
         'default-base="0x40000000">\n')


def sig(i):
    """A distinct 12-byte vendor signature for object i."""
    return "S%011d" % i


def one_register(body):
    return (HEAD + '<vendor id="a" name="A">\n' + IFACE +
            '<leaf offset="0x01" name="l"><register name="eax">\n' + body +
            '</register></leaf></interface></vendor>\n')


def shape_overlap(n):
    """N fields on the same bits: N-1 overlaps, past the diagnostics cap."""
    return one_register("".join('<field bits="31:0" name="f%d"/>\n' % i for i in range(n)))


def shape_alt_chain(n):
    """N readings of the same bits, each alternative-to the one before."""
    body = '<field bits="31:0" name="f0"/>\n'
    body += "".join('<field bits="31:0" name="f%d" alternative-to="f%d"/>\n' % (i, i - 1)
                    for i in range(1, n))
    return one_register(body)


def shape_alt_star(n):
    """N readings of the same bits, all alternative-to the first."""
    body = '<field bits="31:0" name="f0"/>\n'
    body += "".join('<field bits="31:0" name="f%d" alternative-to="f0"/>\n' % i
                    for i in range(1, n))
    return one_register(body)


def shape_alt_unknown(n):
    """N fields whose alternative-to names no field (N findings)."""
    return one_register("".join('<field bits="%d" name="f%d" alternative-to="g%d"/>\n'
                                % (i % 32, i, i) for i in range(n)))


def shape_enum(n):
    """One field with N distinct enumerated values."""
    body = '<field bits="31:0" name="f">\n'
    body += "".join('<value value="%d" name="v%d"/>\n' % (i, i) for i in range(n))
    return one_register(body + '</field>\n')


def shape_signatures(n):
    """N interfaces with N distinct vendor signatures."""
    out = [HEAD, '<vendor id="a" name="A">\n']
    out += ['<interface id="x%d" name="X" vendor-signature="%s" default-base="0x40000000"/>\n'
            % (i, sig(i)) for i in range(n)]
    out.append('</vendor>\n')
    return "".join(out)


def shape_presents(n):
    """N interfaces, and N products each showing a distinct vendor string and
    presenting every interface: the signature and base loops meet N x N."""
    out = [HEAD, '<vendor id="a" name="A">\n']
    out += ['<interface id="x%d" name="X" vendor-signature="%s" default-base="0x40000000"/>\n'
            % (i, sig(i)) for i in range(n)]
    out += ['<hypervisor id="h%d" name="H"><presents interface="x%d" base="0x40000100" '
            'vendor-signature="%s"/></hypervisor>\n' % (i, i, sig(n + i)) for i in range(n)]
    out.append('</vendor>\n')
    return "".join(out)


def shape_placements(n):
    """One interface presented at its default base by N products, and at one
    more base by a last product ('zz' sorts after every 'hN')."""
    out = [HEAD, '<vendor id="a" name="A">\n', IFACE.replace(">\n", "/>\n")]
    out += ['<hypervisor id="h%d" name="H"><presents interface="x" base="0x40000000"/>'
            '</hypervisor>\n' % i for i in range(n)]
    out.append('<hypervisor id="zz" name="Z"><presents interface="x" base="0x40000200"/>'
               '</hypervisor>\n</vendor>\n')
    return "".join(out)


def shape_allocations(n):
    """N interfaces owning one allocation each, with an id, and one interface
    following all of them (only generic allocations can be followed: N
    unknown-reference findings). Lookups by allocation id meet N x N."""
    out = [HEAD, '<vendor id="a" name="A">\n',
           '<interface id="f" name="F" vendor-signature="FollowFollow">\n']
    out += ['<follows allocation="o%d"/>\n' % i for i in range(n)]
    out.append('</interface>\n')
    out += ['<interface id="x%d" name="X" vendor-signature="%s"><allocation id="o%d" '
            'first="0x10" last="0x10" status="active"/></interface>\n' % (i, sig(i), i)
            for i in range(n)]
    out.append('</vendor>\n')
    return "".join(out)


def shape_generic_overlap(n):
    """N generic allocations on one offset: N*(N-1)/2 overlapping pairs."""
    out = [HEAD, '<vendor id="a" name="A">\n']
    out += ['<allocation id="g%d" name="G" first="0x10" last="0x10" status="proposed"/>\n' % i
            for i in range(n)]
    out.append('</vendor>\n')
    return "".join(out)


def shape_leaf_clash(n):
    """N sub-leaves of one leaf sharing a name: N leaves generating the same
    C macros (N-1 c-identifier findings)."""
    out = [HEAD, '<vendor id="a" name="A">\n', IFACE]
    out += ['<leaf offset="0x02" subleaf="%d" name="s"/>\n' % i for i in range(n)]
    out.append('</interface></vendor>\n')
    return "".join(out)


def shape_subleaves(n):
    """One leaf offset with N sub-leaves, each named after its sub-leaf."""
    out = [HEAD, '<vendor id="a" name="A">\n', IFACE]
    out += ['<leaf offset="0x02" subleaf="%d" name="s%d"/>\n' % (i, i) for i in range(n)]
    out.append('</interface></vendor>\n')
    return "".join(out)


def shape_enum_renumbered(n):
    """shape `enum` with every value renumbered (v_i is i + 1, not i): the
    NEW side of `diff` against `enum`, N incompatible changes, each value
    looked up by name in the other registry."""
    body = '<field bits="31:0" name="f">\n'
    body += "".join('<value value="%d" name="v%d"/>\n' % (i + 1, i) for i in range(n))
    return one_register(body + '</field>\n')


def shape_register_rows(n):
    """N one-bit fields on bit 16 of one register, each an alternative-to
    the first: the register diagram of export --format=xml has N rows, and
    each row looks for a field at bits 31, 16 and 15 among all N."""
    body = '<field bits="16" name="f0"/>\n'
    body += "".join('<field bits="16" name="f%d" alternative-to="f0"/>\n' % i
                    for i in range(1, n))
    return one_register(body)


def write_root(folder, files):
    """OUT/registry.xml including each of `files`, in order."""
    with open(os.path.join(folder, "registry.xml"), "w") as f:
        f.write(HEAD + '<registry format="1">\n')
        f.writelines('<include file="%s"/>\n' % name for name in files)
        f.write('</registry>\n')


def shape_msr_presents(n):
    """One product presenting N interfaces over the 256 bases (past 256 their
    vendor signatures collide: one placement-overlap finding per base),
    interface i holding one MSR allocation at 0x40000000 + i (past the
    software range, acknowledged) and the last one also at 0x40000000: the
    old pair loop compared all N*N/2 pairs for the one msr-placement-overlap
    finding, and the MSR map scanned every claim for each allocation."""
    out = [HEAD, '<vendor id="a" name="A">\n']
    for i in range(n):
        addr = 0x40000000 + (i if i < n - 1 else 0)
        ack = ('<acknowledge check="msr-software-range">shape</acknowledge>'
               if addr > 0x400000ff else '')
        out.append('<interface id="x%d" name="X" vendor-signature="%s">'
                   '<msr-allocation first="0x%08x" last="0x%08x" status="active">%s'
                   '</msr-allocation></interface>\n' % (i, sig(i), addr, addr, ack))
    out.append('<hypervisor id="h" name="H">\n')
    out.extend('<presents interface="x%d" base="0x%08x"/>\n' % (i, 0x40000000 + 0x100 * (i % 256))
               for i in range(n))
    out.append('</hypervisor>\n</vendor>\n')
    return "".join(out)


def folder_presents_one(n, folder):
    """One product presenting N interfaces, interface i at base 0x40000000 +
    0x100 * (i % 256): every presents compared with every other; past 256,
    the ones sharing a base collide at base+0 (N*N/512 placement-overlap
    pairs). The interfaces sit in files of 50,000 and the product in its
    own, so N can pass what one 16 MiB file holds (about 300,000)."""
    os.makedirs(folder, exist_ok=True)
    files = []
    for start in range(0, n, 50000):
        files.append("i%d.xml" % (start // 50000))
        with open(os.path.join(folder, files[-1]), "w") as f:
            f.write(HEAD + '<vendor id="a%d" name="A">\n' % (start // 50000))
            f.writelines('<interface id="x%d" name="X" vendor-signature="%s"/>\n' % (i, sig(i))
                         for i in range(start, min(n, start + 50000)))
            f.write('</vendor>\n')
    files.append("product.xml")
    with open(os.path.join(folder, files[-1]), "w") as f:
        f.write(HEAD + '<vendor id="p" name="P">\n<hypervisor id="h" name="H">\n')
        f.writelines('<presents interface="x%d" base="0x%08x"/>\n'
                     % (i, 0x40000000 + 0x100 * (i % 256)) for i in range(n))
        f.write('</hypervisor>\n</vendor>\n')
    write_root(folder, files)


def folder_includes(n, folder):
    """A root of N <include>s cycling over K = min(N, 200) small vendor
    files (the loader reads at most 256 files): N - K 'loaded twice'
    findings, and every include resolved with realpath."""
    os.makedirs(folder, exist_ok=True)
    k = min(n, 200)
    for v in range(k):
        with open(os.path.join(folder, "v%d.xml" % v), "w") as f:
            f.write(HEAD + '<vendor id="v%d" name="V"><interface id="v%d" name="V" '
                    'vendor-signature="%s"/></vendor>\n' % (v, v, sig(v)))
    with open(os.path.join(folder, "registry.xml"), "w") as f:
        f.write(HEAD + '<registry format="1">\n')
        f.writelines('<include file="v%d.xml"/>\n' % (i % k) for i in range(n))
        f.write('</registry>\n')


def folder_leaf_generic(n, folder):
    """N proposed generic allocations on offset 0xff and one active one on
    0x00 after them, beside N / 255 interfaces claiming nothing, each with
    leaves 0x00..0xfe: leaf-outside-allocation looked for the generic
    allocation each leaf lies in with a scan of all of them (N * N steps);
    each interface's leaf 0x00 lies in the last. Generics in files of
    50,000."""
    os.makedirs(folder, exist_ok=True)
    files = []
    for start in range(0, n, 50000):
        files.append("g%d.xml" % (start // 50000))
        with open(os.path.join(folder, files[-1]), "w") as f:
            f.write(HEAD + '<vendor id="g%d" name="G">\n' % (start // 50000))
            f.writelines('<allocation id="g%d" name="G" first="0xff" last="0xff" '
                         'status="proposed"/>\n' % i for i in range(start, min(n, start + 50000)))
            f.write('</vendor>\n')
    files.append("leaves.xml")
    with open(os.path.join(folder, files[-1]), "w") as f:
        f.write(HEAD + '<vendor id="x" name="X">\n')
        for i in range(max(1, n // 255)):
            f.write('<interface id="x%d" name="X" vendor-signature="%s">\n' % (i, sig(i)))
            f.writelines('<leaf offset="0x%02x" name="l%d"/>\n' % (o, o) for o in range(255))
            f.write('</interface>\n')
        f.write('<allocation id="last" name="L" first="0x00" last="0x00" status="active"/>\n')
        f.write('</vendor>\n')
    write_root(folder, files)


def shape_deep(n):
    """Elements nested N deep (libxml2 stops at 256 without XML_PARSE_HUGE)."""
    return HEAD + '<vendor id="a" name="A">' + "<doc>" * n + "</doc>" * n + "</vendor>\n"


def shape_quadratic(n):
    """Quadratic blowup: an N-byte entity referenced N times (N*N bytes)."""
    return (HEAD + '<!DOCTYPE vendor [<!ENTITY e "' + "a" * n + '">]>\n' +
            '<vendor id="a" name="A"><doc>' + "&e;" * n + "</doc></vendor>\n")


def shape_attr(n):
    """A name= attribute of N bytes."""
    return HEAD + '<vendor id="a" name="' + "x" * n + '"/>\n'


def shape_text(n):
    """A <doc> of N bytes of text."""
    return HEAD + '<vendor id="a" name="A"><doc>' + "x" * n + "</doc></vendor>\n"


def shape_long_id(n):
    """An interface id of N bytes and about 110 KB of fields around it (the
    issue's 210 KB registry at N = 100000): every C name, key and message
    built from the id costs N bytes per field."""
    leaves = "".join('<leaf offset="0x%02x" name="l%d"><register name="eax">%s</register></leaf>\n'
                     % (l, l, "".join('<field bits="%d" name="f%d"/>' % (b, b) for b in range(32)))
                     for l in range(112))
    return (HEAD + '<vendor id="a" name="A">\n<interface id="%s" name="X" '
            'vendor-signature="DemoDemoDemo" default-base="0x40000000">\n'
            '<allocation first="0x00" last="0x6f" status="active"/>\n%s</interface>\n'
            '</vendor>\n' % ("i" * n, leaves))


def shape_attributes(n):
    """One element with N attributes (libxml2 checks them pairwise)."""
    return (HEAD + '<vendor id="a" name="A" ' + " ".join('a%d=""' % i for i in range(n)) +
            "/>\n")


def shape_xmlns(n):
    """N namespace declarations on one element."""
    return (HEAD + '<vendor id="a" name="A" ' +
            " ".join('xmlns:n%d="urn:%d"' % (i, i) for i in range(n)) + "/>\n")


def shape_xmlns_spread(n):
    """N elements declaring one namespace each."""
    return (HEAD + '<vendor id="a" name="A">' +
            "".join('<source xmlns:n="urn:%d" note="n"/>' % i for i in range(n)) + "</vendor>\n")


def shape_bases(n):
    """One interface of N leaves with 128 one-bit fields each, presented at
    every one of the 256 bases: a kcpuid row per field per base (the issue's
    272 KB registry, at N = 64, made gen write 298 MB)."""
    regs = "".join('<register name="%s">%s</register>' % (r, "".join(
        '<field bits="%d" name="%s%d"/>' % (b, r, b) for b in range(32)))
        for r in ("eax", "ebx", "ecx", "edx"))
    leaves = "".join('<leaf offset="0x%02x" name="l%d">%s</leaf>\n' % (l, l, regs)
                     for l in range(n))
    presents = "".join('<presents interface="x" base="0x%08x"/>\n' % (0x40000000 + 0x100 * b)
                       for b in range(256))
    return (HEAD + '<vendor id="a" name="A">\n' + IFACE +
            '<allocation first="0x00" last="0x%02x" status="active"/>\n' % (n - 1) + leaves +
            '</interface>\n<hypervisor id="h" name="H">\n' + presents + "</hypervisor>\n</vendor>\n")


def shape_presents_repeat(n):
    """One product presenting one interface at one base N times, identically."""
    return (HEAD + '<vendor id="a" name="A">\n' + IFACE.replace(">\n", "/>\n") +
            '<hypervisor id="h" name="H">\n' +
            '<presents interface="x" base="0x40000100"/>\n' * n + '</hypervisor>\n</vendor>\n')


def vendor_file(v, leaves, fields):
    """A clean vendor file: interface v at its own base, `leaves` leaves of
    four registers with `fields` one-bit fields each (at most 32)."""
    out = [HEAD, '<vendor id="v%d" name="Vendor %d">\n' % (v, v),
           '  <source repo="example/v%d" path="include/v%d.h"/>\n' % (v, v),
           '  <interface id="v%d" name="Interface %d" vendor-signature="%s" '
           'default-base="0x%08x" max-leaf="0x%02x">\n' % (v, v, sig(v), 0x40000000 + 0x100 * v,
                                                        leaves - 1),
           '    <allocation first="0x00" last="0x%02x" status="active"/>\n' % (leaves - 1)]
    for l in range(leaves):
        out.append('    <leaf offset="0x%02x" name="leaf%d">\n' % (l, l))
        for reg in ("eax", "ebx", "ecx", "edx"):
            out.append('      <register name="%s">\n' % reg)
            for b in range(fields):
                out.append('        <field bits="%d" name="%s_f%d" upstream="V%d_L%d_%s_F%d" '
                           'upstream-kind="bit"><doc>Field %d of %s in leaf %d of vendor %d.'
                           '</doc></field>\n' % (b, reg, b, v, l, reg.upper(), b, b, reg, l, v))
            out.append('      </register>\n')
        out.append('    </leaf>\n')
    out.append('  </interface>\n</vendor>\n')
    return "".join(out)


def write_registry(folder, vendors, leaves, fields, order):
    """A root naming vendors in `order` (forward or reverse)."""
    os.makedirs(folder, exist_ok=True)
    ids = list(range(vendors))
    if order == "reverse":
        ids.reverse()
    with open(os.path.join(folder, "registry.xml"), "w") as f:
        f.write(HEAD + '<registry format="1">\n')
        for v in ids:
            f.write('  <include file="v%d.xml"/>\n' % v)
        f.write('</registry>\n')
    for v in ids:
        with open(os.path.join(folder, "v%d.xml" % v), "w") as f:
            f.write(vendor_file(v, leaves, fields))


SHAPES = {
    "overlap": shape_overlap, "alt-chain": shape_alt_chain, "alt-star": shape_alt_star,
    "alt-unknown": shape_alt_unknown, "enum": shape_enum, "signatures": shape_signatures,
    "presents": shape_presents, "placements": shape_placements,
    "msr-presents": shape_msr_presents,
    "generic-overlap": shape_generic_overlap, "leaf-clash": shape_leaf_clash, "allocations": shape_allocations,
    "subleaves": shape_subleaves, "deep": shape_deep, "quadratic": shape_quadratic, "attr": shape_attr, "text": shape_text,
    "enum-renumbered": shape_enum_renumbered, "register-rows": shape_register_rows,
    "long-id": shape_long_id, "attributes": shape_attributes, "xmlns": shape_xmlns,
    "xmlns-spread": shape_xmlns_spread, "bases": shape_bases,
    "presents-repeat": shape_presents_repeat,
}
# Shapes written as a folder (OUT/registry.xml and the files it includes).
FOLDER_SHAPES = {"includes": folder_includes, "presents-one": folder_presents_one,
                 "leaf-generic": folder_leaf_generic}


def main(argv):
    if len(argv) >= 4 and argv[1] == "registry":
        # registry VENDORS OUT [LEAVES [FIELDS [forward|reverse]]]
        leaves = int(argv[4]) if len(argv) > 4 else 16
        fields = int(argv[5]) if len(argv) > 5 else 8
        order = argv[6] if len(argv) > 6 else "forward"
        write_registry(argv[3], int(argv[2]), leaves, fields, order)
        return 0
    if len(argv) == 4 and argv[1] in FOLDER_SHAPES:
        FOLDER_SHAPES[argv[1]](int(argv[2]), argv[3])
        return 0
    if len(argv) != 4 or argv[1] not in SHAPES:
        sys.stderr.write("usage: mkinput.py SHAPE N OUT | registry VENDORS DIR [LEAVES "
                         "[FIELDS [ORDER]]]\nshapes: %s\nfolder shapes (OUT is a folder): %s\n"
                         % (" ".join(sorted(SHAPES)), " ".join(sorted(FOLDER_SHAPES))))
        return 2
    with open(argv[3], "w") as f:
        f.write(SHAPES[argv[1]](int(argv[2])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
