# diff.sh - `hvcpuid diff OLD NEW`: every kind of change listed with its
# location, incompatible changes to published entries exit 1, compatible
# ones 0, deprecated-and-replaced fields may move and later retire, and
# usage or I/O problems exit 2.
. tests/cli/lib.sh
H=$HVCPUID
G=tests/gate

run_case "diff: every kind of change" tests/diff/golden/kinds.txt \
    "$H" diff $G/diff-old.xml $G/diff-new.xml
run_case "diff: json" tests/diff/golden/kinds.json \
    "$H" diff --format=json $G/diff-old.xml $G/diff-new.xml
"$H" diff --format=json $G/diff-old.xml $G/diff-new.xml >"$TMPD/d.json"
if /usr/bin/python3 - "$TMPD/d.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
assert d["format"] == "hvcpuid-diff" and d["incompatible"] == 10
assert d["incompatible"] == sum(c["incompatible"] for c in d["changes"])
moved = [c for c in d["changes"] if c["subject"] == "demo leaf 0x01 moved"][0]
assert moved["change"] == "changed" and moved["object"] == "field" and moved["incompatible"]
assert moved["old"]["line"] == 11 and moved["new"]["line"] == 10
fixed = [c for c in d["changes"] if c["subject"] == "demo leaf 0x01 corrected"][0]
assert not fixed["incompatible"] and "replaced by corrected_v2" in fixed["detail"]
gone = [c for c in d["changes"] if c["subject"] == "demo leaf 0x03"][0]
assert gone["change"] == "removed" and gone["new"] is None
PY
then ok "diff: json content"; else not_ok "diff: json content" "unexpected"; fi

# SARIF for code scanning: valid SARIF 2.1.0, incompatible changes are
# errors, every result sits in the new registry (a removal at what held it).
run_case "diff: sarif" tests/diff/golden/kinds.sarif \
    "$H" diff --format=sarif $G/diff-old.xml $G/diff-new.xml
"$H" diff --format=sarif $G/diff-old.xml $G/diff-new.xml >"$TMPD/d.sarif"
if /usr/bin/python3 - ../shared/schemas/sarif-schema-2.1.0.json "$TMPD/d.sarif" "$TMPD/d.json" <<'PY'
import json, sys, jsonschema
jsonschema.Draft4Validator(json.load(open(sys.argv[1]))).validate(json.load(open(sys.argv[2])))
res = json.load(open(sys.argv[2]))["runs"][0]["results"]
changes = json.load(open(sys.argv[3]))["changes"]
assert len(res) == len(changes)
assert sum(r["level"] == "error" for r in res) == sum(c["incompatible"] for c in changes)
uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in res}
assert uris == {"tests/gate/diff-new.xml"}, uris
gone = [r for r in res if r["message"]["text"].startswith("removed leaf demo leaf 0x03")][0]
assert gone["locations"][0]["physicalLocation"]["region"]["startLine"] == 4, gone  # its interface
PY
then ok "diff: sarif is valid and on the new side"; else not_ok "diff: sarif is valid and on the new side" "see above"; fi
# Either side may be a folder holding registry.xml, or spec/registry.xml.
expect_exit "diff: folders for both sides" 1 "$H" diff $G/published $G/moved
expect_exit "diff: a checkout's folder" 0 "$H" diff . spec

expect_exit "diff: a registry against itself is compatible" 0 "$H" diff spec/registry.xml spec/registry.xml
"$H" diff spec/registry.xml spec/registry.xml >"$TMPD/self"
if [ "$(cat "$TMPD/self")" = "0 added, 0 removed, 0 changed; 0 incompatible" ]; then ok "diff: no changes listed"
else not_ok "diff: no changes listed" "$(cat "$TMPD/self")"; fi
expect_exit "diff: swapped sides still incompatible (removals)" 1 "$H" diff $G/diff-new.xml $G/diff-old.xml

# The realistic scenario: moving a published KVM bit fails the gate; the
# compatible path (deprecate with replaced-by, then retire) passes.
run_case "diff: moving a published KVM bit" tests/diff/golden/kvm-moved.txt \
    "$H" diff $G/published/registry.xml $G/moved/registry.xml
run_case "diff: deprecating it with replaced-by" tests/diff/golden/kvm-replaced.txt \
    "$H" diff $G/published/registry.xml $G/replaced/registry.xml
run_case "diff: retiring the deprecated bit" tests/diff/golden/kvm-retired.txt \
    "$H" diff $G/replaced/registry.xml $G/retired/registry.xml
expect_exit "diff: removing it without deprecation fails" 1 \
    "$H" diff $G/published/registry.xml $G/retired/registry.xml

expect_exit "diff: one registry is a usage error" 2 "$H" diff spec/registry.xml
expect_exit "diff: three registries is a usage error" 2 "$H" diff spec/registry.xml \
    spec/registry.xml spec/registry.xml
expect_exit "diff: unknown option" 2 "$H" diff --frob spec/registry.xml spec/registry.xml
expect_exit "diff: unknown format" 2 "$H" diff --format=xml spec/registry.xml spec/registry.xml
expect_exit "diff: missing file" 2 "$H" diff spec/registry.xml tests/no-such.xml
expect_exit "diff: a registry with errors" 2 "$H" diff spec/registry.xml tests/bad/field-overlap.xml
"$H" diff spec/registry.xml tests/bad/field-overlap.xml >/dev/null 2>"$TMPD/err"
if grep -q "\[field-overlap\]" "$TMPD/err" && grep -q "new registry" "$TMPD/err"; then
    ok "diff: says which side has errors"
else not_ok "diff: says which side has errors" "$(cat "$TMPD/err")"; fi
expect_exit "diff --help" 0 "$H" diff --help
finish
