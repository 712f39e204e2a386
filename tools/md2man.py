#!/usr/bin/env python3
"""md2man.py FORMAT.md VERSION.h - hvcpuid-registry(5) from docs/format.md.

The registry format is described once, in docs/format.md; this renders that
page as man(7) markup, so the manual cannot say something the document does
not. It handles the Markdown the page uses: headings (# the title, ## a
section, ### a subsection), paragraphs, fenced code, pipe tables (each row
becomes a tagged paragraph: the first cell the tag, the others "header:
cell"), "-" lists, `code`, **bold**, *emphasis* and [text](link). The date
and version come from gen/version.h, so the output is deterministic and
`mandoc -Tlint` is clean (tests/cli/manual.sh).
"""
import re
import sys

GLYPHS = {"\u2014": "\\(em", "\u2013": "\\(en", "\u2026": "...", "\u2192": "\\(->",
          "\u2190": "\\(<-", "\u00d7": "\\(mu", "\u2264": "\\(<=", "\u2265": "\\(>=",
          "\u2018": "\\(oq", "\u2019": "\\(cq", "\u201c": "\\(lq", "\u201d": "\\(rq"}


def escape(text):
    """Plain text as roff: backslash, minus, non-ASCII."""
    out = []
    for c in text:
        if c == "\\":
            out.append("\\e")
        elif c == "-":
            out.append("\\-")
        elif ord(c) > 126:
            out.append(GLYPHS.get(c, "\\[u%04X]" % ord(c)))
        else:
            out.append(c)
    return "".join(out)


INLINE = re.compile(r"`([^`]*)`|\*\*(.+?)\*\*|\*(\S.*?)\*|\[([^\]]*)\]\(([^)]*)\)")


def inline(text):
    """Markdown inline markup as roff fonts; links keep their text."""
    out, pos = [], 0
    for m in INLINE.finditer(text):
        out.append(escape(text[pos:m.start()]))
        if m.group(1) is not None:
            out.append("\\fB" + escape(m.group(1)) + "\\fR")
        elif m.group(2) is not None:
            out.append("\\fB" + inline(m.group(2)) + "\\fR")
        elif m.group(3) is not None:
            out.append("\\fI" + inline(m.group(3)) + "\\fR")
        else:
            out.append(inline(m.group(4)))
        pos = m.end()
    out.append(escape(text[pos:]))
    return "".join(out)


def filled(text):
    """Filled text in source lines of at most about 72 bytes, none starting
    with a control character. A word never splits a font escape."""
    lines, line = [], ""
    for word in inline(text).split():
        if line and len(line) + 1 + len(word) > 72:
            lines.append(line)
            line = word
        else:
            line = word if not line else line + " " + word
    if line:
        lines.append(line)
    return "".join(("\\&" + l if l[0] in ".'" else l) + "\n" for l in lines)


def cells(row):
    return [c.strip() for c in row.strip().strip("|").split("|")]


def table(rows):
    """A pipe table as tagged paragraphs."""
    head = cells(rows[0])
    out = []
    for row in rows[2:]:
        c = cells(row)
        out.append(".TP\n" + filled(c[0]))
        if len(head) == 2:
            out.append(filled(c[1]))
        else:
            out.append(filled("; ".join("%s: %s" % (h, v) for h, v in zip(head[1:], c[1:]))))
    return "".join(out)


def code(lines):
    body = "".join(("\\&" if l[:1] in ".'" else "") + escape(l) + "\n" for l in lines)
    return ".PP\n.RS 4\n.nf\n" + body + ".fi\n.RE\n"


def blocks(lines):
    """Splits the page into (kind, lines) blocks."""
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
        elif line.startswith("```"):
            j = i + 1
            while j < len(lines) and not lines[j].startswith("```"):
                j += 1
            yield "code", lines[i + 1:j]
            i = j + 1
        elif line.startswith("#"):
            yield "heading", [line]
            i += 1
        else:
            kind = "table" if line.startswith("|") else "list" if line.startswith("- ") else "para"
            j = i
            while j < len(lines) and lines[j].strip() and not lines[j].startswith(("```", "#")):
                if kind == "table" and not lines[j].startswith("|"):
                    break
                j += 1
            yield kind, lines[i:j]
            i = j


def render(markdown, version, date):
    title = ""
    out = []
    for kind, lines in blocks(markdown.splitlines()):
        if kind == "heading":
            level = len(lines[0]) - len(lines[0].lstrip("#"))
            text = lines[0].lstrip("#").strip()
            if level == 1:
                title = text
                out.append(".SH DESCRIPTION\n")
            elif level == 2:
                out.append('.SH "%s"\n' % inline(text).upper().replace('"', "'"))
            else:
                out.append('.SS "%s"\n' % inline(text).replace('"', "'"))
        elif kind == "code":
            out.append(code(lines))
        elif kind == "table":
            out.append(table(lines))
        elif kind == "list":
            items = []
            for l in lines:
                if l.startswith("- "):
                    items.append(l[2:])
                else:
                    items[-1] += " " + l.strip()
            out.append("".join(".IP \\(bu 2\n" + filled(t) for t in items))
        else:
            out.append(".PP\n" + filled(" ".join(l.strip() for l in lines)))
    head = ('.\\" hvcpuid-registry(5), generated by tools/md2man.py from docs/format.md\n'
            '.TH HVCPUID\\-REGISTRY 5 %s "hvcpuid %s" "File Formats"\n.SH NAME\n'
            "hvcpuid\\-registry \\- %s\n" % (date, version, escape(title.lower() or "format")))
    tail = ".SH SEE ALSO\n.BR hvcpuid (1)\n"
    body = re.sub(r"(\.S[HS] [^\n]*\n)\.PP\n", r"\1", "".join(out))  # no .PP after a heading
    return head + body + tail


def main():
    markdown = open(sys.argv[1], encoding="utf-8").read()
    header = open(sys.argv[2], encoding="utf-8").read()
    version = re.search(r'#define HVCPUID_VERSION "([^"]*)"', header).group(1)
    date = re.search(r'#define HVCPUID_RELEASE_DATE "([^"]*)"', header).group(1)
    sys.stdout.write(render(markdown, version, date))


if __name__ == "__main__":
    main()
