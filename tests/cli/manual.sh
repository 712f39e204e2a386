# manual.sh - the manual pages cannot drift: hvcpuid(1) is rendered by the
# binary from the option tables --help prints, hvcpuid-registry(5) from
# docs/format.md. Both are mandoc -Tlint clean, render with man -l (and
# groff's warnings on, as lintian runs it), and every option of every
# command is in both `hvcpuid CMD --help` and the rendered page, or the
# group fails. A built page older than its source is stale.
. tests/cli/lib.sh
H=$HVCPUID
"$H" --render=man >"$TMPD/hvcpuid.1"
/usr/bin/python3 tools/md2man.py docs/format.md gen/version.h >"$TMPD/hvcpuid-registry.5"

for page in hvcpuid.1 hvcpuid-registry.5; do
    if mandoc -Tlint "$TMPD/$page" >"$TMPD/lint" 2>&1; then ok "$page: mandoc -Tlint clean"
    else not_ok "$page: mandoc -Tlint clean" "$(head -5 "$TMPD/lint")"; fi
    LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$TMPD/$page" \
        >/dev/null 2>"$TMPD/groff"
    if [ $? = 0 ] && [ ! -s "$TMPD/groff" ]; then ok "$page: groff renders it without a warning"
    else not_ok "$page: groff renders it without a warning" "$(head -5 "$TMPD/groff")"; fi
    MANWIDTH=80 man -l "$TMPD/$page" 2>/dev/null | col -b >"$TMPD/$page.txt"
    if grep -q '^NAME' "$TMPD/$page.txt" && grep -q '^SEE ALSO' "$TMPD/$page.txt"
    then ok "$page: man -l renders it"; else not_ok "$page: man -l renders it" "no NAME"; fi
    # A page in build/ (make man) is the one the sources give now.
    if [ -f "build/man/$page" ]; then
        cmp -s "build/man/$page" "$TMPD/$page" && ok "build/man/$page is fresh" ||
            not_ok "build/man/$page is fresh" "stale: run make man"
    fi
done

# Every command of `hvcpuid --help` has its section; its options, as the
# rendered page tags them (after "Options:", the lines at the page's text
# indent), are exactly the left column of its --help.
man=$TMPD/hvcpuid.1.txt
cmds=$("$H" --help | sed -n 's/^  hvcpuid \([a-z]*\).*/\1/p')
for c in $cmds; do
    "$H" "$c" --help | sed -n 's/^  \(-[^ ].*\)$/\1/p' | sed 's/  .*//' >"$TMPD/help.opts"
    awk -v sec="   hvcpuid $c" '
        $0 == sec { inside = 1; next }
        inside && (/^   hvcpuid / || /^[A-Z]/) { exit }
        inside && /^       Options:$/ { opts = 1; next }
        inside && opts && /^       [^ ]/ { sub(/^       /, ""); print }
    ' "$man" >"$TMPD/man.opts"
    if [ -s "$TMPD/help.opts" ] && cmp -s "$TMPD/help.opts" "$TMPD/man.opts"
    then ok "$c: the man page has every option --help has, and no other"
    else not_ok "$c: man page and --help differ" "$(diff "$TMPD/help.opts" "$TMPD/man.opts")"; fi
    syn=$("$H" "$c" --help | sed -n '1s/^usage: hvcpuid //p')
    tr -s ' \n' '  ' <"$man" | grep -qF "hvcpuid $syn" &&
        ok "$c: the synopsis is in SYNOPSIS" || not_ok "$c: the synopsis is in SYNOPSIS" "$syn"
done
# The check above fails when it should: a help option the page lacks.
sed '/^       --version$/d' "$man" >"$TMPD/short.txt"
awk -v sec="   hvcpuid check" '$0 == sec {i=1; next} i && /^   hvcpuid / {exit}
    i && /^       Options:$/ {o=1; next} i && o && /^       [^ ]/ {print}' "$TMPD/short.txt" |
    grep -q -- '--version' && not_ok "the comparison sees a missing option" "it does not" ||
    ok "the comparison sees a missing option"

# hvcpuid-registry(5) is docs/format.md: every section of it, in order.
grep '^## ' docs/format.md | sed 's/^## //; s/`//g; s/\*//g' | tr '[:lower:]' '[:upper:]' >"$TMPD/md.sections"
grep '^[A-Z<]' "$TMPD/hvcpuid-registry.5.txt" | grep -v '^HVCPUID-REGISTRY(5)' |
    grep -v '^NAME$\|^DESCRIPTION$\|^SEE ALSO$' >"$TMPD/man.sections"
if cmp -s "$TMPD/md.sections" "$TMPD/man.sections"; then ok "hvcpuid-registry(5) has every section of docs/format.md"
else not_ok "hvcpuid-registry(5) sections" "$(diff "$TMPD/md.sections" "$TMPD/man.sections")"; fi
for attr in vendor-signature interface-signature max-leaf replaced-by alternative-to overrides; do
    grep -q -- "$attr" "$TMPD/hvcpuid-registry.5.txt" && ok "hvcpuid-registry(5) documents $attr" ||
        not_ok "hvcpuid-registry(5) documents $attr" "missing"
done
finish
