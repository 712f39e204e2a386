"""check_page.py - structural checks of a generated HTML spec page.

usage: check_page.py [--section ID]... [--text TEXT]... [--no-script] PAGE

Parses PAGE with Python's html.parser and fails (exit 1, one line per
problem) unless:
  - every non-void element is closed in order (well-formed nesting);
  - no id is used twice and every internal link (#frag) names an id;
  - nothing is loaded from outside: no <script src>, <link>, <img>, <iframe>,
    <object>, <embed>, no url( or @import in styles, no event-handler (on*)
    attributes;
  - every external link is an http(s) source link (<a class="ext">), and no
    href uses any other scheme (javascript:, data:, file:, ...);
  - a Content-Security-Policy <meta> allows nothing but inline styles
    (default-src 'none', no script-src);
  - every --section ID given exists, every --text TEXT occurs in the page's
    text (not in markup), and with --no-script there is no <script> at all.
Works on the generator's output and on Chromium's --dump-dom alike.
"""

import sys
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        "source", "track", "wbr"}
FORBIDDEN = {"link", "img", "iframe", "object", "embed", "frame", "base", "form"}


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.ids = {}
        self.links = []
        self.problems = []
        self.in_style = False
        self.counts = {}
        self.text = []
        self.csp = None

    def problem(self, msg):
        line, col = self.getpos()
        self.problems.append(f"{line}:{col}: {msg}")

    def handle_starttag(self, tag, attrs):
        self.counts[tag] = self.counts.get(tag, 0) + 1
        a = dict(attrs)
        if tag in FORBIDDEN:
            self.problem(f"<{tag}> loads or submits outside the page")
        if tag == "script" and "src" in a:
            self.problem("<script src> loads code from outside")
        for name, value in attrs:
            if name.startswith("on"):
                self.problem(f"event handler attribute {name}")
            if name == "style" and value and ("url(" in value or "expression(" in value):
                self.problem("style attribute loads a resource")
            if name in ("src", "srcset", "action", "formaction", "poster", "data"):
                self.problem(f"attribute {name} loads a resource")
        if "id" in a:
            if a["id"] in self.ids:
                self.problem(f"duplicate id '{a['id']}' (first at line {self.ids[a['id']]})")
            else:
                self.ids[a["id"]] = self.getpos()[0]
        if "href" in a:
            self.check_href(tag, a)
        if tag == "meta" and (a.get("http-equiv") or "").lower() == "content-security-policy":
            self.csp = a.get("content") or ""
        if tag == "style":
            self.in_style = True
        if tag not in VOID:
            self.stack.append((tag, self.getpos()[0]))

    def check_href(self, tag, a):
        href = a["href"] or ""
        if href.startswith("#"):
            self.links.append((href[1:], self.getpos()))
            return
        low = href.strip().lower()
        if low.startswith("https://") or low.startswith("http://"):
            if tag != "a" or "ext" not in (a.get("class") or "").split():
                self.problem(f"external URL outside a source link: {href}")
            return
        self.problem(f"link with a forbidden scheme or relative target: {href}")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self.stack and self.stack[-1][0] == tag:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag == "style":
            self.in_style = False
        if tag in VOID:
            return
        if not self.stack:
            self.problem(f"</{tag}> closes nothing")
            return
        top, line = self.stack[-1]
        if top != tag:
            self.problem(f"</{tag}> closes <{top}> opened at line {line}")
            return
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)
        if self.in_style and ("url(" in data or "@import" in data):
            self.problem("stylesheet loads a resource (url( or @import)")


def main(argv):
    sections, texts, no_script = [], [], False
    args = argv[1:]
    while args and args[0].startswith("--"):
        if args[0] == "--no-script":
            no_script = True
            args = args[1:]
        elif len(args) >= 2 and args[0] in ("--section", "--text"):
            (sections if args[0] == "--section" else texts).append(args[1])
            args = args[2:]
        else:
            break
    if len(args) != 1:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    with open(args[0], encoding="utf-8") as f:
        text = f.read()
    page = Page()
    page.feed(text)
    page.close()
    for tag, line in page.stack:
        page.problems.append(f"<{tag}> opened at line {line} is never closed")
    for frag, (line, col) in page.links:
        if frag not in page.ids:
            page.problems.append(f"{line}:{col}: link #{frag} resolves to no id")
    for s in sections:
        if s not in page.ids:
            page.problems.append(f"expected section #{s} is missing")
    if page.csp is None:
        page.problems.append("no Content-Security-Policy <meta>")
    elif "default-src 'none'" not in page.csp or "script-src" in page.csp:
        page.problems.append(f"Content-Security-Policy allows more than styles: {page.csp}")
    alltext = "".join(page.text)
    for t in texts:
        if t not in alltext:
            page.problems.append(f"text {t!r} does not occur as text")
    if no_script and page.counts.get("script"):
        page.problems.append(f"{page.counts['script']} <script> element(s) present")
    for p in page.problems:
        print(f"{args[0]}:{p}")
    if page.problems:
        return 1
    print(f"{args[0]}: ok: {len(page.ids)} ids, {len(page.links)} internal links, "
          f"{page.counts.get('table', 0)} tables")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
