#!/usr/bin/env python3
"""mkregistry.py FIELDS OUT | ceiling OUT - write a realistic generated registry.

`FIELDS OUT` writes a multi-file registry folder like spec/ (OUT/registry.xml
and one file per vendor) holding exactly FIELDS <field> elements: many
vendors, each with its own interfaces (signature leaf, feature bitmaps,
multi-bit fields with enumerated values, value leaves, sub-leaf families,
reserved ranges, deprecated fields with successors, disputed readings and
their alternatives, upstream macro names), allocations (active, reserved
and proposed in each interface's namespace; a few generic proposals),
sources and docs, and products that present interfaces at bases, including
other vendors' Hv#1-style interfaces under their own vendor strings.

The registry is valid against validate/registry.rng and `hvcpuid check`
clean: 0 errors and 0 warnings by construction (bench/README.md says how).
Vendors come from one deterministic stream (a fixed-seed splitmix64, not
Python's random, so the bytes never depend on the Python version): a smaller
registry is a prefix of a larger one, cut at exactly FIELDS fields, and the
same arguments write the same bytes on every run.

`ceiling OUT` writes the domain's ceiling: every leaf of every base window,
256 interfaces (two per vendor file) of 256 leaves x 4 registers x 32
one-bit fields, one product presenting interface N at base 0x40000000 +
N * 0x100: 65,536 leaves, 8,388,608 fields.

Python 3 standard library only.
"""
import os
import sys

MASK64 = (1 << 64) - 1
HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
REGS = ("eax", "ebx", "ecx", "edx")
TIMING = 0x10  # the generic timing leaf every long interface follows
GENERIC_FIRST = 0xC0  # offsets 0xc0..0xff: generic proposals only
LAST_OWN = 0xBF  # the highest offset an interface may define a leaf at
MAX_VENDORS = 240  # vendor files (the loader reads at most 256 files in all)

SYLLABLES = ("ka", "ve", "ro", "mi", "ta", "zu", "len", "dor", "vix", "quo", "nar", "sel", "tri",
             "pax", "hel", "or", "cy", "bra", "mon", "gal", "rin", "tu", "fe", "xo", "lum", "dra")
KINDS = ("pv", "hv", "vmm", "enl", "para", "svc", "nest", "iso")
LEAF_WORDS = ("features", "hints", "limits", "timing_info", "version", "capabilities", "topology",
              "nested", "isolation", "power", "debug", "memory", "interrupts", "clock",
              "scheduling", "migration", "security", "storage", "network", "platform", "tlb",
              "paging", "msr_map", "hypercalls", "identity", "quirks", "counters", "vectors")
FIELD_WORDS = ("async", "pv", "steal", "eoi", "unhalt", "tlb", "ipi", "poll", "yield", "clock",
               "stable", "msi", "dest", "gpa", "range", "vapic", "apic", "msr", "tsc", "freq",
               "hint", "spin", "retry", "vp", "index", "runtime", "synic", "stimer", "guest",
               "idle", "crash", "debug", "frame", "page", "flush", "nested", "direct", "virt",
               "ept", "npt", "vmcs", "vmcb", "enlight", "hypercall", "fast", "xmm", "input",
               "output", "partition", "root", "child", "event", "signal", "port", "grant",
               "dom", "evtchn", "shadow", "ballast", "balloon", "numa", "node", "topo", "cache")
VALUE_WORDS = ("none", "legacy", "native", "emulated", "trapped", "passthrough", "paravirt",
               "strict", "relaxed", "auto", "never", "always", "lazy", "eager", "level1",
               "level2", "level3", "off", "on", "hybrid")
DOC_WORDS = ("the", "guest", "host", "may", "use", "this", "when", "set", "clear", "bit",
             "hypervisor", "reports", "leaf", "field", "value", "feature", "enabled", "only",
             "if", "and", "or", "of", "in", "at", "MSR", "register", "interrupt", "timer",
             "page", "memory", "virtual", "processor", "partition", "version", "supported",
             "reserved", "zero", "read", "write", "is", "are", "not", "must", "should", "is",
             "available", "through", "since", "release", "firmware", "kernel", "driver")
REPOS = ("linux", "hypervisor", "firmware", "sdk", "qemu-fork", "docs", "tools")
PATHS = ("include/hv/cpuid.h", "arch/x86/include/asm/pv.h", "doc/cpuid.md", "src/cpuid.c",
         "include/uapi/para.h", "spec/leaves.rst")


class Rng:
    """splitmix64: a small deterministic generator whose output is fixed by
    its seed alone."""

    def __init__(self, seed):
        self.state = seed & MASK64

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK64
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
        return z ^ (z >> 31)

    def below(self, n):
        return self.next() % n

    def between(self, lo, hi):
        """An integer in lo..hi, both included."""
        return lo + self.below(hi - lo + 1)

    def chance(self, percent):
        return self.below(100) < percent

    def pick(self, seq):
        return seq[self.below(len(seq))]


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")


def sentence(rng, lo, hi):
    words = [rng.pick(DOC_WORDS) for _ in range(rng.between(lo, hi))]
    return " ".join(words).capitalize() + "."


def doc(rng, lo=5, hi=16):
    return "<doc>%s</doc>" % esc(sentence(rng, lo, hi))


def commit(rng):
    return "%012x" % (rng.next() & 0xFFFFFFFFFFFF)


class Vendor:
    """What one vendor's file needs to know while it is written."""

    def __init__(self, index, vid, name):
        self.index, self.id, self.name = index, vid, name
        self.proposal = None  # offset of the vendor's generic proposal
        self.org = vid
        self.lines = []
        self.interfaces = []  # (iface id, default base, identified by interface signature)


class Generator:
    """Writes vendors one after another, each until its share of fields is
    spent."""

    def __init__(self):
        self.rng = Rng(0x6876637075696421)
        self.left = 0  # fields the current vendor may still write
        self.products_made = 0
        self.iface_count = 0
        self.vendor_ids = set()
        self.shared = []  # interfaces with an interface signature, presented by others
        self.generic_next = GENERIC_FIRST

    # ---- names --------------------------------------------------------
    def vendor_id(self):
        rng = self.rng
        while True:
            name = "".join(rng.pick(SYLLABLES) for _ in range(rng.between(2, 3)))
            if name not in self.vendor_ids:
                self.vendor_ids.add(name)
                return name
            name += str(len(self.vendor_ids))
            if name not in self.vendor_ids:
                self.vendor_ids.add(name)
                return name

    def vendor_signature(self, vid):
        """Twelve distinct bytes: letters of the vendor, a running number,
        sometimes NUL-padded as KVM's is."""
        n = self.iface_count
        word = (vid.capitalize() + "xxxxx")[:5]
        if self.rng.chance(20):
            return "%s%05d\\0\\0\\0" % (word[:4], n)
        return "%s%s%05d" % (word, self.rng.pick(("Hv", "Vm", "Pv", "Hx")), n)

    def interface_signature(self):
        """Four distinct bytes in the style of Hv#1, VS#1, AH#1."""
        n = len(self.shared)
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        return alnum[n // 3844 % 62] + alnum[n // 62 % 62] + "#" + alnum[n % 62]

    def product_signature(self, n):
        """A vendor string a product shows for another's interface: the '~'
        keeps it apart from every interface's own signature."""
        return "Prd~%08d" % n

    # ---- sources ------------------------------------------------------
    def sources(self, vendor, lo, hi, pad="  "):
        out = []
        rng = self.rng
        for _ in range(rng.between(lo, hi)):
            if rng.chance(75):
                out.append('%s<source repo="%s/%s" path="%s" commit="%s"/>\n'
                           % (pad, vendor.org, rng.pick(REPOS), rng.pick(PATHS), commit(rng)))
            else:
                out.append('%s<source url="https://%s.example/spec/cpuid-%d.html" title="%s '
                           'hypervisor interface" note="section %d.%d"/>\n'
                           % (pad, vendor.id, rng.between(1, 9), vendor.name, rng.between(1, 12),
                              rng.between(1, 30)))
        return "".join(out)

    # ---- fields -------------------------------------------------------
    def field_name(self, used):
        rng = self.rng
        while True:
            name = rng.pick(FIELD_WORDS)
            if rng.chance(60):
                name += "_" + rng.pick(FIELD_WORDS)
            if rng.chance(20):
                name += str(rng.between(2, 9))
            if name not in used:
                used.add(name)
                return name

    def field(self, vendor, ctx, bits, name, width, extra=""):
        """One <field> element: doc, sources, sometimes enumerated values."""
        rng = self.rng
        self.left -= 1
        attrs = 'bits="%s" name="%s"' % (bits, name)
        if width == 1 and rng.chance(50):
            attrs += ' upstream="%s_%s_%s" upstream-kind="bit"' % (
                vendor.id.upper(), ctx.upper(), name.upper())
        attrs += extra
        body = doc(rng) + "\n" + self.sources(vendor, 0, 2, "          ")
        if 2 <= width <= 8 and rng.chance(40):
            names = set()
            count = min(1 << width, rng.between(2, 6))
            for value in sorted(set(rng.below(1 << width) for _ in range(count))):
                vname = rng.pick(VALUE_WORDS)
                if vname in names:
                    continue
                names.add(vname)
                body += '          <value value="%d" name="%s">%s</value>\n' % (
                    value, vname, esc(sentence(rng, 3, 8)))
        return "        <field %s>%s        </field>\n" % (attrs, body)

    def reserved(self, bits, documented):
        if documented:
            return '        <reserved bits="%s">%s</reserved>\n' % (bits, doc(self.rng, 3, 8))
        return '        <reserved bits="%s"/>\n' % bits

    def bitmap_register(self, vendor, ctx, used, want):
        """A feature register: `want` one-bit fields from bit 0 up, a
        reserved range above them, now and then a deprecated bit with its
        successor or a disputed bit with a reserved alternative reading."""
        rng = self.rng
        out = []
        bit = 0
        while want > 0 and bit < 32:
            if bit > 0 and rng.chance(8) and bit < 31:
                out.append(self.reserved(str(bit), rng.chance(50)))
                bit += 1
                continue
            name = self.field_name(used)
            extra = ""
            if rng.chance(3) and want >= 2 and bit < 31:
                succ = self.field_name(used)
                out.append(self.field(vendor, ctx, str(bit), name, 1,
                                      ' status="deprecated" replaced-by="%s"' % succ))
                out.append(self.field(vendor, ctx, str(bit + 1), succ, 1))
                bit += 2
                want -= 2
                continue
            if rng.chance(2):
                extra = ' status="disputed"'
                out.append(self.field(vendor, ctx, str(bit), name, 1, extra))
                out.append('        <reserved bits="%d" alternative-to="%s" status="disputed">'
                           '%s</reserved>\n' % (bit, name, doc(rng, 3, 8)))
            else:
                out.append(self.field(vendor, ctx, str(bit), name, 1))
            bit += 1
            want -= 1
        if bit < 32:
            out.append(self.reserved("31:%d" % bit if bit < 31 else "31", rng.chance(60)))
        return out

    def mixed_register(self, vendor, ctx, used, want):
        """Multi-bit fields (modes, counts, versions) packed from bit 0."""
        rng = self.rng
        out = []
        bit = 0
        while want > 0 and bit < 32:
            width = min(32 - bit, rng.pick((1, 2, 3, 4, 4, 8, 8, 12, 16)))
            name = self.field_name(used)
            bits = str(bit) if width == 1 else "%d:%d" % (bit + width - 1, bit)
            out.append(self.field(vendor, ctx, bits, name, width))
            bit += width
            want -= 1
        if bit < 32:
            out.append(self.reserved("31:%d" % bit if bit < 31 else "31", rng.chance(40)))
        return out

    def value_register(self, vendor, ctx, used):
        name = self.field_name(used)
        return [self.field(vendor, ctx, "31:0", name, 32)]

    # ---- leaves -------------------------------------------------------
    def leaf(self, vendor, offset, name, kind, subleaf=None):
        """One leaf of `kind` (bitmap, mixed, value), its fields capped by
        what is left of the budget. Like the real ones, leaves are sparse:
        a feature leaf fills one register and a few bits of the others,
        and many registers are wholly reserved."""
        rng = self.rng
        used = set()
        regs = []
        for i, reg in enumerate(REGS):
            if self.left <= 0:
                break
            if kind == "bitmap" and i == 0:
                body = self.bitmap_register(vendor, name, used, min(self.left, rng.between(4, 24)))
            elif kind == "bitmap" and rng.chance(50):
                body = self.bitmap_register(vendor, name, used, min(self.left, rng.between(1, 8)))
            elif kind == "mixed" and rng.chance(60):
                body = self.mixed_register(vendor, name, used, min(self.left, rng.between(1, 5)))
            elif kind == "value" and rng.chance(70):
                body = self.value_register(vendor, name, used)
            else:
                body = ['        <reserved bits="31:0"><doc>Zero.</doc></reserved>\n']
            regs.append('      <register name="%s">\n%s      </register>\n' % (reg, "".join(body)))
        sub = "" if subleaf is None else ' subleaf="%d"' % subleaf
        up = ""
        if rng.chance(40):
            up = ' upstream="%s_CPUID_%s"' % (vendor.id.upper(), name.upper())
        return ('    <leaf offset="0x%02x"%s name="%s"%s>\n      %s\n%s%s    </leaf>\n'
                % (offset, sub, name, up, doc(rng), self.sources(vendor, 1, 2, "      "),
                   "".join(regs)))

    def signature_leaf(self, vendor):
        """Base+0: the highest leaf and the 12-byte vendor signature."""
        self.left -= 4
        regs = ['      <register name="eax"><field bits="31:0" name="max_leaf"><doc>Highest '
                'leaf of this interface (absolute).</doc></field></register>\n']
        for i, reg in enumerate(REGS[1:]):
            regs.append('      <register name="%s"><field bits="31:0" name="vendor_signature_%d">'
                        '<doc>Signature bytes %d-%d.</doc></field></register>\n'
                        % (reg, i, 4 * i, 4 * i + 3))
        return ('    <leaf offset="0x00" name="signature">\n      <doc>Highest leaf and the '
                'vendor signature.</doc>\n%s%s    </leaf>\n'
                % (self.sources(vendor, 1, 1, "      "), "".join(regs)))

    def timing_leaf(self):
        """Base+0x10: the generic timing leaf this interface follows."""
        self.left -= 2
        return ('    <leaf offset="0x10" name="timing">\n      <doc>The generic timing leaf.</doc>\n'
                '      <register name="eax"><field bits="31:0" name="tsc_khz"><doc>TSC frequency in '
                'kHz.</doc></field></register>\n'
                '      <register name="ebx"><field bits="31:0" name="apic_bus_khz"><doc>APIC bus '
                'frequency in kHz.</doc></field></register>\n    </leaf>\n')

    def leaves(self, vendor, count, timing, proposal):
        """The leaves of one interface, in offset order: the signature leaf,
        offsets 1..count-1 (a sub-leaf family now and then), the generic
        timing leaf at 0x10 when `timing`, a leaf in the vendor's generic
        proposal when `proposal` is its offset. Returns (leaf texts, highest
        own offset, whether the timing leaf was written)."""
        rng = self.rng
        out = []
        names = set()
        top = 0
        wrote_timing = False
        for offset in range(count):
            if self.left <= 0:
                break
            if offset == TIMING:
                if timing and self.left >= 2:
                    out.append(self.timing_leaf())
                    wrote_timing = True
                continue
            top = offset
            if offset == 0 and self.left >= 4:
                out.append(self.signature_leaf(vendor))
                continue
            word = rng.pick(LEAF_WORDS)
            name = word if word not in names else "%s_%d" % (word, offset)
            names.add(name)
            if rng.chance(8):
                for sub in range(rng.between(2, 5)):
                    if self.left <= 0:
                        break
                    out.append(self.leaf(vendor, offset, "%s_sub%d" % (name, sub), "mixed", sub))
                continue
            kind = rng.pick(("bitmap", "bitmap", "mixed", "mixed", "value"))
            out.append(self.leaf(vendor, offset, name, kind))
        if proposal is not None and self.left > 0:
            out.append(self.leaf(vendor, proposal, "proposed_shared", "mixed"))
        else:
            proposal = None
        return out, top, wrote_timing, proposal

    def allocations(self, top):
        """The interface's own claims: 0x00..top, split around the generic
        timing leaf's 0x10 (which only generic-timing owns), and now and then
        a reserved or proposed range just above, clear of 0x10 and of the
        generic proposals' 0xc0..0xff."""
        rng = self.rng
        out = ['    <allocation first="0x00" last="0x%02x" status="active"/>\n'
               % min(top, TIMING - 1)]
        if top > TIMING:
            out.append('    <allocation first="0x%02x" last="0x%02x" status="active"/>\n'
                       % (TIMING + 1, top))
        limit = TIMING - 1 if top < TIMING else LAST_OWN
        if top + 1 <= limit and rng.chance(30):
            hi = min(top + rng.between(1, 6), limit)
            out.append('    <allocation first="0x%02x" last="0x%02x" status="%s">%s'
                       '</allocation>\n' % (top + 1, hi, rng.pick(("reserved", "proposed")),
                                            doc(rng, 4, 10)))
        return out

    # ---- interfaces ---------------------------------------------------
    def interface(self, vendor, n, pos):
        """The vendor's interface number `n`, at position `pos` in the group
        of interfaces one product places together: the group's first at
        base 0x40000000, the others at 0x40000200, 0x40000300, ... (0x40000100
        is where a compat product moves the first)."""
        rng = self.rng
        kind = KINDS[(n + vendor.index) % len(KINDS)] + ("%d" % (n // len(KINDS) + 1)
                                                         if n >= len(KINDS) else "")
        iid = "%s-%s" % (vendor.id, kind)
        sig = self.vendor_signature(vendor.id)
        self.iface_count += 1
        shared = pos == 0 and rng.chance(12)
        isig = ' interface-signature="%s"' % self.interface_signature() if shared else ""
        count = rng.pick((2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 24, 32))
        base = 0x40000000 if pos == 0 else 0x40000100 + 0x100 * pos
        body, top, timing, proposal = self.leaves(vendor, count, count > TIMING,
                                                  vendor.proposal if n == 0 else None)
        allocs = self.allocations(top)
        follows = ""
        if timing:
            follows += '    <follows allocation="generic-timing"/>\n'
        if proposal is not None:
            follows += '    <follows allocation="%s-shared"/>\n' % vendor.id
        max_leaf = max(top, TIMING if timing else 0, proposal or 0)
        status = ' status="deprecated"' if rng.chance(4) else ""
        head = ('  <interface id="%s" name="%s %s interface" vendor-signature="%s"%s '
                'default-base="0x%08x" max-leaf="0x%02x"%s>\n    %s\n%s'
                % (iid, vendor.name, kind.upper(), sig, isig, base, max_leaf, status,
                   doc(rng, 10, 30), self.sources(vendor, 1, 3, "    ")))
        vendor.lines.append(head + "".join(allocs) + follows + "".join(body) + "  </interface>\n")
        if shared:
            self.shared.append(iid)
        return iid, base

    # ---- products -----------------------------------------------------
    def products(self, vendor, group, number):
        """The product for one group of (interface id, base): it places each
        at its base. Some vendors also ship a compat product that shows a
        shared (Hv#1-style) interface of an earlier vendor at 0x40000000
        under its own vendor string and moves the group's first interface to
        0x40000100, and some keep a withdrawn old release at a high base."""
        rng = self.rng
        hid = vendor.id if number == 0 else "%s-p%d" % (vendor.id, number)
        presents = ['    <presents interface="%s" base="0x%08x"/>\n' % (i, b) for i, b in group]
        vendor.lines.append('  <hypervisor id="%s" name="%s %d">\n    %s\n%s%s  </hypervisor>\n'
                            % (hid, vendor.name, number + 1, doc(rng),
                               self.sources(vendor, 0, 1, "    "), "".join(presents)))
        others = [s for s in self.shared if not s.startswith(vendor.id + "-")]
        if others and rng.chance(30):
            guest = rng.pick(others)
            moved = ['    <presents interface="%s" base="0x%08x" vendor-signature="%s"/>\n'
                     % (guest, 0x40000000, self.product_signature(self.products_made)),
                     '    <presents interface="%s" base="0x40000100"/>\n' % group[0][0]]
            moved += ['    <presents interface="%s" base="0x%08x"/>\n' % (i, b)
                      for i, b in group[1:]]
            vendor.lines.append('  <hypervisor id="%s-compat" name="%s with %s enlightenments">'
                                '\n    %s\n%s  </hypervisor>\n'
                                % (hid, vendor.name, guest, doc(rng), "".join(moved)))
        if rng.chance(10):
            vendor.lines.append('  <hypervisor id="%s-legacy" name="%s (old release)" '
                                'status="withdrawn">\n    %s\n    <presents interface="%s" '
                                'base="0x%08x"/>\n  </hypervisor>\n'
                                % (hid, vendor.name, doc(rng), group[0][0],
                                   0x40000000 + 0x100 * rng.between(16, 255)))
        self.products_made += 1

    # ---- vendors ------------------------------------------------------
    def vendor(self, index, share):
        """One vendor of `share` fields: (its id, its file's text). Its
        interfaces come in groups of one to three, one product per group."""
        rng = self.rng
        self.left = share
        vid = self.vendor_id()
        name = vid.capitalize() + " " + rng.pick(("Systems", "Cloud", "Virtualization", "Labs",
                                                    "Hypervisor", "Project", "Foundation"))
        vendor = Vendor(index, vid, name)
        generic = ""
        if index % 40 == 7 and self.generic_next <= 0xFF:
            vendor.proposal = self.generic_next
            self.generic_next += 1
            generic = ('  <allocation id="%s-shared" name="%s shared leaf proposal" first="0x%02x" '
                       'last="0x%02x" status="proposed">%s</allocation>\n'
                       % (vid, name, vendor.proposal, vendor.proposal, doc(rng, 8, 20)))
        n = 0
        number = 0
        while self.left > 0:
            group = [self.interface(vendor, n + pos, pos) for pos in range(rng.between(1, 3))
                     if self.left > 0]
            n += len(group)
            self.products(vendor, group, number)
            number += 1
        return vid, (HEAD + '<vendor id="%s" name="%s">\n  %s\n%s' % (vid, name, doc(rng, 12, 40),
                                                                 self.sources(vendor, 1, 3))
                + generic + "".join(vendor.lines) + "</vendor>\n")


GENERIC = HEAD + """<vendor id="shared" name="Shared allocations">
  <doc>Allocations every hypervisor shares.</doc>
  <allocation id="generic-timing" name="Generic timing information leaf" first="0x10" last="0x10"
              status="active"><doc>TSC and APIC bus frequencies in kHz.</doc></allocation>
  <allocation id="generic-2008" name="Vendor-neutral leaves (withdrawn proposal)" first="0x03"
              last="0xff" status="withdrawn"><doc>Never adopted.</doc></allocation>
</vendor>
"""


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def write_root(out, files):
    write(os.path.join(out, "registry.xml"),
          HEAD + '<registry format="1">\n  <doc>Generated by bench/mkregistry.py.</doc>\n'
          + "".join('  <include file="%s"/>\n' % f for f in files) + "</registry>\n")


def realistic(fields, out):
    """`fields` fields dealt to vendors: one per 300 fields up to
    MAX_VENDORS (the loader reads at most 256 files), each vendor's share
    weighted 1 to 6 so sizes vary as real vendors' do."""
    os.makedirs(out, exist_ok=True)
    gen = Generator()
    count = max(1, min(MAX_VENDORS, fields // 300))
    weights = [gen.rng.between(1, 6) for _ in range(count)]
    shares = [fields * w // sum(weights) for w in weights]
    shares[-1] += fields - sum(shares)
    files = ["shared.xml"]
    write(os.path.join(out, "shared.xml"), GENERIC)
    for index, share in enumerate(shares):
        vid, text = gen.vendor(index, share)
        files.append("%03d-%s.xml" % (index, vid))
        write(os.path.join(out, files[-1]), text)
    write_root(out, files)


def ceiling(out):
    """Every leaf of every base window (the module docstring), two
    interfaces to a vendor file: 128 files of about 2 MB, inside the
    loader's 256-file and 16 MiB-per-file limits."""
    os.makedirs(out, exist_ok=True)
    files = []
    regs = "".join('<register name="%s">%s</register>'
                   % (r, "".join('<field bits="%d" name="%s_f%d"/>' % (b, r, b) for b in range(32)))
                   for r in REGS)  # field names are unique within a leaf
    leaves = "".join('<leaf offset="0x%02x" name="l%d">%s</leaf>\n' % (o, o, regs)
                     for o in range(256))
    for v in range(128):
        text = [HEAD, '<vendor id="c%d" name="Ceiling %d">\n' % (v, v)]
        for n in (2 * v, 2 * v + 1):
            text.append('<interface id="c%d" name="C%d" vendor-signature="Ceiling%05d" '
                        'default-base="0x%08x" max-leaf="0xff">\n<allocation first="0x00" '
                        'last="0xff" status="active"/>\n%s</interface>\n'
                        % (n, n, n, 0x40000000 + 0x100 * n, leaves))
        if v == 0:
            text.append('<hypervisor id="ceiling" name="Every base">\n%s</hypervisor>\n' % "".join(
                '<presents interface="c%d" base="0x%08x"/>\n' % (i, 0x40000000 + 0x100 * i)
                for i in range(256)))
        files.append("c%03d.xml" % v)
        write(os.path.join(out, files[-1]), "".join(text) + "</vendor>\n")
    write_root(out, files)


def main(argv):
    if len(argv) == 3 and argv[1] == "ceiling":
        ceiling(argv[2])
        return 0
    if len(argv) == 3 and argv[1].isdigit() and int(argv[1]) > 0:
        realistic(int(argv[1]), argv[2])
        return 0
    sys.stderr.write("usage: mkregistry.py FIELDS OUT | ceiling OUT\n")
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
