# checks_doc.sh - docs/checks.md agrees with the check table: its generated
# reference is what tools/gen-checks-doc.py writes now (REGEN=1 rewrites it),
# and every check in --list appears in it with its default level, and no
# other check does.
. tests/cli/lib.sh
H=$HVCPUID
DOC=docs/checks.md

if [ "${REGEN:-0}" = 1 ]; then
    /usr/bin/python3 tools/gen-checks-doc.py "$H" "$DOC" && ok "$DOC (regenerated)"
elif /usr/bin/python3 tools/gen-checks-doc.py --check "$H" "$DOC"; then
    ok "$DOC is up to date"
else
    not_ok "$DOC is up to date" "run make regen-golden and review the diff"
fi

# Independently of the generator: the summary table lists exactly the checks
# of --list, each with its default level.
"$H" check --list | awk '{print $1, $2}' | sort >"$TMPD/listed"
sed -n 's/^| \[`\([a-z0-9-]*\)`\](#[a-z0-9-]*) | \([a-z]*\) |.*/\1 \2/p' "$DOC" | sort >"$TMPD/documented"
if [ -s "$TMPD/listed" ] && cmp -s "$TMPD/listed" "$TMPD/documented"; then
    ok "$DOC lists every check with its default level, and only those"
else
    not_ok "$DOC lists every check with its default level, and only those" \
        "$(diff "$TMPD/listed" "$TMPD/documented")"
fi
for name in $(awk '{print $1}' "$TMPD/listed"); do
    if grep -q "^### \`$name\`\$" "$DOC"; then :; else
        not_ok "$DOC has a section for $name" "missing"
    fi
done
ok "$DOC has a section per check"
finish
