# sarif.sh - `hvcpuid check --format=sarif`: valid SARIF 2.1.0 (checked
# against the OASIS schema with Debian's python3-jsonschema), every check a
# rule with its default level, results carrying file, line, column, level,
# rule and related locations, in a stable order.
. tests/cli/lib.sh
H=$HVCPUID
SCHEMA=../shared/schemas/sarif-schema-2.1.0.json

expect_exit "sarif: exit status as for text (errors)" 1 "$H" check --format=sarif \
    tests/bad/placement-overlap.xml
expect_exit "sarif: exit status as for text (clean)" 0 "$H" check --format=sarif \
    tests/good/placement-overlap.xml
expect_exit "unknown format is a usage error" 2 "$H" check --format=xml spec/registry.xml

validate() { # NAME FILE: the document is valid SARIF 2.1.0
    if [ ! -f "$SCHEMA" ]; then
        not_ok "$1" "schema $SCHEMA not found"
    elif /usr/bin/python3 - "$SCHEMA" "$2" <<'PY'
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
doc = json.load(open(sys.argv[2]))
jsonschema.Draft4Validator(schema).validate(doc)
PY
    then ok "$1"; else not_ok "$1" "not valid SARIF 2.1.0"; fi
}

for input in tests/bad/placement-overlap.xml tests/bad/reservation-overlap.xml \
    tests/bad/xml-empty.xml tests/bad/include/registry.xml spec/registry.xml; do
    "$H" check --format=sarif "$input" >"$TMPD/out.sarif" 2>/dev/null
    validate "sarif valid: $input" "$TMPD/out.sarif"
done

# The schema check must be able to fail: a result without a message is not SARIF.
"$H" check --format=sarif tests/bad/placement-overlap.xml | /usr/bin/python3 -c '
import json, sys
d = json.load(sys.stdin)
del d["runs"][0]["results"][0]["message"]
json.dump(d, open(sys.argv[1], "w"))' "$TMPD/broken.sarif"
if /usr/bin/python3 -c '
import json, sys, jsonschema
jsonschema.Draft4Validator(json.load(open(sys.argv[1]))).validate(json.load(open(sys.argv[2])))
' "$SCHEMA" "$TMPD/broken.sarif" 2>/dev/null; then
    not_ok "sarif: the validator rejects a broken document" "accepted"
else ok "sarif: the validator rejects a broken document"; fi

# Content: rules for every check with default levels; the result of the
# placement collision with file, line, column, rule, level, related location.
"$H" check --list >"$TMPD/list"
"$H" check -W register-gap --format=sarif tests/bad/placement-overlap.xml >"$TMPD/p.sarif"
if /usr/bin/python3 - "$TMPD/p.sarif" "$TMPD/list" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
run = d["runs"][0]
rules = run["tool"]["driver"]["rules"]
listed = [l.split()[:2] for l in open(sys.argv[2])]
want = {"error": "error", "warning": "warning", "off": "none"}
assert [r["id"] for r in rules] == [n for n, _ in listed], "rules differ from --list"
for r, (n, lvl) in zip(rules, listed):
    assert r["defaultConfiguration"]["level"] == want[lvl], (n, r)
    assert r["defaultConfiguration"]["enabled"] == (lvl != "off"), n
res = run["results"]
assert len(res) == 5, res  # four collisions and a repeated placement
r = res[0]
assert r["ruleId"] == "placement-overlap" and rules[r["ruleIndex"]]["id"] == r["ruleId"]
assert r["level"] == "error"
loc = r["locations"][0]["physicalLocation"]
assert loc["artifactLocation"]["uri"] == "tests/bad/placement-overlap.xml"
assert loc["region"] == {"startLine": 21, "startColumn": 5}, loc
rel = r["relatedLocations"][0]
assert rel["physicalLocation"]["region"]["startLine"] == 20
assert "placed here" in rel["message"]["text"]
assert "hypervisor 'box'" in r["message"]["text"]
assert res[1]["locations"][0]["physicalLocation"]["region"]["startLine"] == 26
PY
then ok "sarif content"; else not_ok "sarif content" "unexpected content"; fi

# Levels follow the run's configuration: -Werror makes warnings errors.
"$H" check -Werror --format=sarif tests/bad/reservation-overlap.xml >"$TMPD/w.sarif"
if /usr/bin/python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))["runs"][0]["results"]
assert len(r) == 3 and all(x["level"] == "error" for x in r)
' "$TMPD/w.sarif"; then ok "sarif levels follow -Werror"; else not_ok "sarif levels follow -Werror" "levels"; fi

# A remark without a file (checks skipped) is a notification of the run,
# not a result; a finding about a whole file points at its line 1.
"$H" check --format=sarif tests/bad/xml-empty.xml >"$TMPD/e.sarif"
if /usr/bin/python3 -c '
import json, sys
run = json.load(open(sys.argv[1]))["runs"][0]
r = run["results"]
assert len(r) == 1 and r[0]["ruleId"] == "xml"
assert r[0]["locations"][0]["physicalLocation"]["region"] == {"startLine": 1}
inv = run["invocations"][0]
assert inv["executionSuccessful"] is True
n = inv["toolExecutionNotifications"]
assert len(n) == 1 and n[0]["level"] == "note" and "skipped" in n[0]["message"]["text"]
' "$TMPD/e.sarif"; then ok "sarif remarks and unknown lines"; else not_ok "sarif remarks and unknown lines" "shape"; fi
"$H" check --format=sarif tests/no-such-file.xml >"$TMPD/io.sarif" 2>/dev/null
if /usr/bin/python3 -c '
import json, sys
run = json.load(open(sys.argv[1]))["runs"][0]
assert run["invocations"][0]["executionSuccessful"] is False
' "$TMPD/io.sarif"; then ok "sarif marks an I/O failure"; else not_ok "sarif marks an I/O failure" "shape"; fi
validate "sarif valid: I/O failure" "$TMPD/io.sarif"

# Paths become URI references: relative ones stay relative (to the checkout,
# as code scanning expects), absolute ones become file:// URIs.
mkdir -p "$TMPD/a dir"
cp tests/bad/placement-overlap.xml "$TMPD/a dir/x#1.xml"
"$H" check --format=sarif "$TMPD/a dir/x#1.xml" >"$TMPD/u.sarif"
if grep -q '"uri": "file:///.*/a%20dir/x%231.xml"' "$TMPD/u.sarif"; then ok "sarif uris are percent-encoded"
else not_ok "sarif uris are percent-encoded" "$(grep uri "$TMPD/u.sarif" | head -1)"; fi

# Stable order: the same findings whatever the order of files on the line.
"$H" check --format=sarif tests/bad/placement-overlap.xml tests/bad/allocation-overlap.xml >"$TMPD/1.sarif"
"$H" check --format=sarif tests/bad/allocation-overlap.xml tests/bad/placement-overlap.xml >"$TMPD/2.sarif"
if cmp -s "$TMPD/1.sarif" "$TMPD/2.sarif" && grep -q allocation-overlap.xml "$TMPD/1.sarif"
then ok "sarif order independent of file order"
else not_ok "sarif order independent of file order" "outputs differ"; fi
finish
