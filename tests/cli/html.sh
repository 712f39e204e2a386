# html.sh - the HTML spec (out/html/index.html): golden page and canonical XML
# for the small registry, page structure (tests/html/check_page.py), hostile
# registry strings rendered as text, determinism, and a headless Chromium
# render of the shipped page (DOM sections + a screenshot under build/).
. tests/cli/lib.sh
H=$HVCPUID
PY=/usr/bin/python3
CHECK="tests/html/check_page.py"
SHOTS=$(dirname "$H")/html
mkdir -p "$SHOTS"

# chrome ARGS... - headless Chromium, offline, with a fresh profile. Every
# host name resolves to nothing (--host-resolver-rules), so no lookup or
# connection leaves the machine whatever Chromium tries on its own.
chrome() {
    profile=$(mktemp -d "$TMPD/profile.XXXXXX")
    timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --host-resolver-rules='MAP * ~NOTFOUND' \
        --user-data-dir="$profile" "$@" 2>"$TMPD/chrome.err"
}

# page_ok NAME PAGE [check_page options] - structure checks on one page.
page_ok() {
    name=$1
    shift
    if "$PY" $CHECK "$@" >"$TMPD/check.out" 2>&1; then ok "$name"
    else not_ok "$name" "$(cat "$TMPD/check.out")"; fi
}

SECTIONS="--section overview --section vendors --section interfaces --section hypervisors
          --section allocations --section map --section interface-details --section report"

# ---- the small registry: golden page and canonical XML ------------------
small=$TMPD/small
expect_exit "gen small registry" 0 "$H" gen -o "$small" tests/data/small/registry.xml
run_case "small page golden" tests/html/golden/small.html cat "$small/html/index.html"
run_case "small canonical xml golden" tests/html/golden/small-canonical.xml \
    "$H" export --format=xml tests/data/small/registry.xml
if "$H" export --format=xml tests/data/small/registry.xml 2>/dev/null |
    xmllint --noout - 2>"$TMPD/xmllint.err"; then ok "canonical xml is well-formed"
else not_ok "canonical xml is well-formed" "$(cat "$TMPD/xmllint.err")"; fi
page_ok "small page structure" $SECTIONS --section acme-0x1-eax-mode \
    --section acme-0x2.0x1-eax-khz --section zeta-0x1-eax-signature --no-script \
    "$small/html/index.html"

# The canonical XML puts each field once per reading in the diagram: the
# disputed alternative of acme's mode gets a second row, the primary none.
if grep -q 'class="alt"' "$small/html/index.html"; then ok "alternative readings get their own row"
else not_ok "alternative readings get their own row" "no alt row in the diagram"; fi

expect_exit "export --format=xml refuses a broken registry" 1 \
    "$H" export --format=xml tests/bad/field-overlap.xml
if [ -z "$("$H" export --format=xml tests/bad/field-overlap.xml 2>/dev/null)" ]; then
    ok "export --format=xml prints nothing on errors"
else not_ok "export --format=xml prints nothing on errors" "stdout not empty"; fi
expect_exit "export --format=yaml is a usage error" 2 "$H" export --format=yaml

# ---- determinism ----------------------------------------------------------
"$H" gen -o "$TMPD/again" tests/data/small/registry.xml 2>/dev/null
if cmp -s "$small/html/index.html" "$TMPD/again/html/index.html"; then ok "page is byte-identical across runs"
else not_ok "page is byte-identical across runs" "outputs differ"; fi
"$H" gen -o "$TMPD/ab" tests/data/small/acme.xml tests/data/small/zeta.xml 2>/dev/null
"$H" gen -o "$TMPD/ba" tests/data/small/zeta.xml tests/data/small/acme.xml 2>/dev/null
if cmp -s "$TMPD/ab/html/index.html" "$TMPD/ba/html/index.html"; then ok "page independent of file order"
else not_ok "page independent of file order" "outputs differ"; fi
if cmp -s "$TMPD/ab/html/index.html" "$small/html/index.html"; then ok "page independent of the folder"
else not_ok "page independent of the folder" "root registry and its files give different pages"; fi
export_xml_abs=$("$H" export --format=xml "$PWD/tests/data/small/registry.xml" 2>/dev/null)
if [ "$export_xml_abs" = "$("$H" export --format=xml tests/data/small/registry.xml 2>/dev/null)" ]; then
    ok "no absolute paths in the canonical xml"
else not_ok "no absolute paths in the canonical xml" "output depends on how the file was named"; fi

# ---- hostile registry strings ----------------------------------------------
hostile=$TMPD/hostile
expect_exit "gen hostile registry" 0 "$H" gen -o "$hostile" tests/html/hostile/registry.xml
page_ok "hostile strings render as text" --no-script \
    --text "<script>alert('iface')</script>" --text "</style><script>alert(3)</script>" \
    --text "<img src=x onerror=alert(1)> <a href=\"javascript:alert(2)\">link</a>" \
    --text "]]> \"double\" 'single' &amp; javascript:alert(4) <script>alert(7)</script>" \
    --text "<svg onload=alert(6)>" \
    --text "</nav><h1>hijack</h1>" --text "click me (javascript:alert(1))" \
    --section kvm-0x1-eax-x --section kvm-0x1-0x1-eax-x --section interface_kvm-0x1 \
    --section hypervisor_interface-kvm "$hostile/html/index.html"
if "$H" export --format=xml tests/html/hostile/registry.xml 2>/dev/null |
    xmllint --noout - 2>"$TMPD/xmllint.err"; then ok "hostile canonical xml is well-formed"
else not_ok "hostile canonical xml is well-formed" "$(cat "$TMPD/xmllint.err")"; fi
if "$H" export --format=xml tests/html/hostile/registry.xml 2>/dev/null |
    xmllint --xpath 'string(//interface[@id="kvm"]/leaf[1]/doc)' - 2>/dev/null |
    grep -qF '</style><script>alert(3)</script>'; then ok "hostile text survives the canonical xml"
else not_ok "hostile text survives the canonical xml" "doc text changed on the way"; fi
if grep -qiE 'disable-output-escaping[[:space:]]*=' templates/*.xsl; then
    not_ok "no disable-output-escaping" "templates use it"
else ok "no disable-output-escaping"; fi
links=$(grep -o '<a [^>]*href="[^#][^"]*"' "$hostile/html/index.html")
if [ "$links" = '<a class="ext" href="https://github.com/torvalds/linux/blob/693270471d96/arch/x86/include/uapi/asm/kvm_para.h"' ]; then
    ok "only the validated source becomes a link"
else not_ok "only the validated source becomes a link" "links: $links"; fi

# ---- the shipped registry ---------------------------------------------------
shipped=$TMPD/shipped
expect_exit "gen shipped registry" 0 "$H" gen -o "$shipped"
page_ok "shipped page structure" $SECTIONS --section kvm-0x1-eax-clocksource2 --no-script \
    "$shipped/html/index.html"

# ---- headless Chromium --------------------------------------------------------
for page in small shipped hostile; do
    file=$TMPD/$page/html/index.html
    if chrome --dump-dom "file://$file" >"$TMPD/$page.dom" && [ -s "$TMPD/$page.dom" ]; then
        ok "chromium renders the $page page"
    else
        not_ok "chromium renders the $page page" "$(tail -n 5 "$TMPD/chrome.err")"
        continue
    fi
    # The browser's DOM must have the same sections, ids and links: markup
    # parsed differently by a browser than by our checker would show here.
    page_ok "chromium DOM of the $page page" $SECTIONS --no-script "$TMPD/$page.dom"
    ids_src=$(grep -o ' id="[^"]*"' "$file" | sort | tr -d '\n')
    ids_dom=$(grep -o ' id="[^"]*"' "$TMPD/$page.dom" | sort | tr -d '\n')
    if [ "$ids_src" = "$ids_dom" ]; then ok "chromium sees the same ids ($page)"
    else not_ok "chromium sees the same ids ($page)" "the DOM's ids differ from the page's"; fi
done
page_ok "chromium DOM keeps hostile text as text" --no-script \
    --text "</style><script>alert(3)</script>" --text "]]> \"double\"" "$TMPD/hostile.dom"
if chrome --window-size=1280,4000 --screenshot="$SHOTS/index.png" \
    "file://$shipped/html/index.html" >/dev/null && [ -s "$SHOTS/index.png" ]; then
    ok "screenshot saved to $SHOTS/index.png"
else not_ok "screenshot" "$(tail -n 5 "$TMPD/chrome.err")"; fi
chrome --window-size=1280,2400 --screenshot="$SHOTS/small.png" \
    "file://$small/html/index.html" >/dev/null
finish
