# ci.sh - docs/ci.md's gate, as written: the shell step, and the run: lines of
# the GitHub Actions job and the script: lines of the GitLab job (pulled out
# of the doc by tests/ci/extract.py), run in a scratch git repository with a
# base commit (the target branch) and a pull-request commit. A clean pull
# request passes; one that reuses KVM's signature fails with the error on its
# own file and line; the SARIF file is where the upload reads it and never in
# the tree; a missing target branch fails with a message and leaves nothing.
. tests/cli/lib.sh
H=$(cd "$(dirname "$HVCPUID")" && pwd)/$(basename "$HVCPUID")
X="/usr/bin/python3 $(pwd)/tests/ci/extract.py $(pwd)/docs/ci.md"
GATE=$(pwd)/tests/gate
export GIT_CONFIG_NOSYSTEM=1 HOME="$TMPD" GIT_AUTHOR_NAME=gate GIT_AUTHOR_EMAIL=gate@example.org \
    GIT_COMMITTER_NAME=gate GIT_COMMITTER_EMAIL=gate@example.org

# ---- what the doc promises, read from its YAML ---------------------------------
$X facts >"$TMPD/facts.json"
if /usr/bin/python3 - "$TMPD/facts.json" <<'PY'
import json, sys
f = json.load(open(sys.argv[1]))
assert set(f["github"]["paths"]) >= {"spec/**", "out/**"}, f["github"]
assert set(f["gitlab"]["changes"]) >= {"spec/**/*", "out/**/*"}, f["gitlab"]
for job in ("github", "gitlab"):
    assert f[job]["apt"][:1] == ["update"] and "install" in f[job]["apt"], (job, f[job]["apt"])
PY
then ok "ci: both jobs trigger on spec/ and out/, and apt-get update first"
else not_ok "ci: both jobs trigger on spec/ and out/, and apt-get update first" "$(cat "$TMPD/facts.json")"; fi
for what in shell github gitlab; do
    $X $what >"$TMPD/$what.sh" 2>"$TMPD/extract.err" || not_ok "ci: extract $what" "$(cat "$TMPD/extract.err")"
done
for what in shell github gitlab; do
    if grep -q -- "--baseline" "$TMPD/$what.sh" && grep -q "check-stale.sh" "$TMPD/$what.sh"
    then ok "ci: the $what recipe checks against the baseline and out/'s freshness"
    else not_ok "ci: the $what recipe checks against the baseline and out/'s freshness" "$(cat "$TMPD/$what.sh")"; fi
done

# ---- the scratch repository ---------------------------------------------------------
# origin.git holds main, the target branch: the registry, the out/ it
# generates, the freshness check, and a Makefile whose `build` installs the
# binary under test (the recipes run `make build`).
R=$TMPD/work
mkdir -p "$TMPD/seed" && cd "$TMPD/seed" || exit 2
git init -q -b main .
cp -r "$OLDPWD/spec" "$OLDPWD/.gitignore" . && mkdir tools && cp "$OLDPWD/tools/check-stale.sh" tools/
printf 'build:\n\tmkdir -p build && cp "%s" build/hvcpuid\n' "$H" >Makefile
"$H" gen -o out >/dev/null 2>&1
git add -A && git commit -q -m base
git clone -q --bare . "$TMPD/origin.git"
cd "$OLDPWD" || exit 2
git clone -q "$TMPD/origin.git" "$R"

# pr NAME VENDOR-FILE AS: a pull-request branch adding VENDOR-FILE as
# spec/AS, included from the root, with out/ regenerated as a vendor would.
pr() {
    (cd "$R" && git checkout -q -b "$1" origin/main &&
        cp "$2" "spec/$3" &&
        sed -i "s|<include file=\"acrn.xml\"/>|<include file=\"$3\"/>\n  <include file=\"acrn.xml\"/>|" spec/registry.xml &&
        { "$H" gen -o out >/dev/null 2>&1 || true; } &&
        git add -A && git commit -q -m "$1")
}
pr clean "$GATE/newvendor-ok.xml" brightvm.xml
pr conflict "$GATE/aaa-copycat.xml" aaa.xml

# run RECIPE BRANCH TARGET: runs the recipe at the branch's commit in $R,
# the target branch named as each CI names it; the log in $TMPD/log, the
# exit status in $code, a fresh runner temp folder in $RT.
run() {
    (cd "$R" && git checkout -q "$2" && git clean -qfdx) || exit 2
    RT=$(mktemp -d "$TMPD/runner.XXXXXX")
    (cd "$R" && TMPDIR="$RT" TARGET="origin/$3" GITHUB_BASE_REF="$3" RUNNER_TEMP="$RT" \
        CI_MERGE_REQUEST_TARGET_BRANCH_NAME="$3" bash "$TMPD/$1.sh") >"$TMPD/log" 2>&1
    code=$?
}

# sarif_of RECIPE: where that recipe leaves the SARIF file.
sarif_of() {
    case "$1" in
    github) echo "$RT/hvcpuid.sarif" ;;
    *) echo "$R/build/hvcpuid.sarif" ;;
    esac
}

out_of_tree() { # NAME: nothing the recipe wrote shows in `git status`
    if [ -z "$(cd "$R" && git status --porcelain)" ]; then ok "$1"
    else not_ok "$1" "$(cd "$R" && git status --porcelain)"; fi
}

for recipe in shell github gitlab; do
    run $recipe clean main
    if [ $code = 0 ] && ! grep -q ": error: " "$TMPD/log"; then ok "ci $recipe: a clean pull request passes"
    else not_ok "ci $recipe: a clean pull request passes" "exit $code: $(cat "$TMPD/log")"; fi
    if [ -s "$(sarif_of $recipe)" ]; then ok "ci $recipe: the SARIF file is where the upload reads it"
    else not_ok "ci $recipe: the SARIF file is where the upload reads it" "no $(sarif_of $recipe)"; fi
    out_of_tree "ci $recipe: the SARIF file stays out of the tree"

    run $recipe conflict main
    if [ $code != 0 ] && grep -q "^spec/aaa.xml:8:56: error: interface 'aaa' claims vendor signature .* which already identifies interface 'kvm'.*\[duplicate-vendor-signature\]\$" "$TMPD/log" &&
        ! grep "^[^ ]*:[0-9]*:[0-9]*: error: " "$TMPD/log" | grep -qv "^spec/aaa.xml:"
    then ok "ci $recipe: a conflicting pull request fails on its own file and line"
    else not_ok "ci $recipe: a conflicting pull request fails on its own file and line" "exit $code: $(cat "$TMPD/log")"; fi
    if /usr/bin/python3 - "$(sarif_of $recipe)" <<'PY'
import json, sys
res = json.load(open(sys.argv[1]))["runs"][0]["results"]
errors = [r for r in res if r["level"] == "error"]
assert errors and all(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "spec/aaa.xml"
                      and r["baselineState"] == "new" for r in errors), res
PY
    then ok "ci $recipe: its SARIF results sit on the pull request's file"
    else not_ok "ci $recipe: its SARIF results sit on the pull request's file" "$(head -c 400 "$(sarif_of $recipe)")"; fi
    out_of_tree "ci $recipe: ... and stay out of the tree"

    run $recipe clean no-such-branch
    if [ $code != 0 ] && grep -q "target branch .*no-such-branch.* not found" "$TMPD/log" &&
        [ -z "$(ls -A "$RT" | grep -v '^hvcpuid.sarif$')" ]
    then ok "ci $recipe: a missing target branch fails cleanly"
    else not_ok "ci $recipe: a missing target branch fails cleanly" "exit $code: $(cat "$TMPD/log"); left: $(ls -A "$RT")"; fi
    out_of_tree "ci $recipe: ... leaving nothing in the tree"
done
finish
