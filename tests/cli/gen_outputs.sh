# gen_outputs.sh - `hvcpuid gen`: writes every output, rewrites only what
# changed, and writes nothing at all for a registry with errors.
. tests/cli/lib.sh
H=$HVCPUID
out=$TMPD/out

expect_exit "gen writes outputs" 0 "$H" gen -o "$out" tests/data/small/registry.xml
if [ -s "$out/registry.json" ]; then ok "registry.json written"
else not_ok "registry.json written" "missing"; fi

touch -d '2001-01-01 00:00:00' "$out/registry.json"
"$H" gen -o "$out" tests/data/small/registry.xml 2>/dev/null
if [ "$(stat -c %Y "$out/registry.json")" = "$(date -d '2001-01-01 00:00:00' +%s)" ]; then
    ok "unchanged output keeps its timestamp"
else
    not_ok "unchanged output keeps its timestamp" "file was rewritten"
fi

echo stale >"$out/registry.json"
"$H" gen -o "$out" tests/data/small/registry.xml 2>/dev/null
if "$H" export tests/data/small/registry.xml 2>/dev/null | cmp -s - "$out/registry.json"; then
    ok "changed output is rewritten"
else
    not_ok "changed output is rewritten" "content differs from export"
fi
if ls "$out" | grep -q '\.tmp\.'; then not_ok "no temporary files left" "$(ls "$out")"
else ok "no temporary files left"; fi

expect_exit "gen refuses a registry with errors" 1 "$H" gen -o "$TMPD/none" tests/bad/field-overlap.xml
if [ ! -e "$TMPD/none" ]; then ok "nothing written on errors"
else not_ok "nothing written on errors" "$TMPD/none exists"; fi

cp "$out/registry.json" "$TMPD/before.json"
"$H" gen -o "$out" tests/bad/field-overlap.xml 2>/dev/null
if cmp -s "$TMPD/before.json" "$out/registry.json"; then ok "failed gen keeps previous outputs"
else not_ok "failed gen keeps previous outputs" "registry.json changed"; fi
finish
