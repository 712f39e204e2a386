# determinism.sh - `hvcpuid gen` output is byte-identical across runs, input
# file order (includes reordered, files named in another order), locale and
# time zone settings, working directory and output path.
. tests/cli/lib.sh
H=$HVCPUID

# same NAME DIR_A DIR_B - the two output folders hold identical bytes.
same() {
    if [ ! -s "$2/registry.json" ]; then
        not_ok "$1" "$2 has no output"
    elif diff -r "$2" "$3" >"$TMPD/_diff" 2>&1; then
        ok "$1"
    else
        not_ok "$1" "outputs differ:"
        head -n 20 "$TMPD/_diff"
    fi
}

gen() { # DIR FILE... - generate quietly into DIR
    dir=$1
    shift
    "$H" gen -o "$dir" "$@" >/dev/null 2>&1 || not_ok "gen -o $dir $*" "failed"
}

# ---- two runs -----------------------------------------------------------
gen "$TMPD/run1" spec/registry.xml
gen "$TMPD/run2" spec/registry.xml
same "two runs" "$TMPD/run1" "$TMPD/run2"

# ---- input order: a copy of spec/ whose root lists the includes reversed,
# and the vendor files named on the command line in both orders. Copies keep
# their folder's name: outputs may name the file they came from as
# FOLDER/FILE (the C headers do), never an absolute path ------------------
mkdir -p "$TMPD/rev"
cp -r spec "$TMPD/rev/spec"
{
    sed -n '1,/<include/{/<include/!p}' spec/registry.xml
    grep '<include' spec/registry.xml | sed -n '1!G;h;$p'
    sed -n '/<\/registry>/,$p' spec/registry.xml
} >"$TMPD/rev/spec/registry.xml"
if cmp -s spec/registry.xml "$TMPD/rev/spec/registry.xml"; then
    not_ok "reordered copy differs from spec/registry.xml" "the reordering did nothing"
else
    ok "reordered copy differs from spec/registry.xml"
fi
gen "$TMPD/rev-out" "$TMPD/rev/spec/registry.xml"
same "includes in reverse order" "$TMPD/run1" "$TMPD/rev-out"

vendors=$(sed -n 's/.*<include file="\([^"]*\)".*/spec\/\1/p' spec/registry.xml)
reversed=$(printf '%s\n' $vendors | sed -n '1!G;h;$p')
gen "$TMPD/fwd-files" $vendors
gen "$TMPD/rev-files" $reversed
same "vendor files named in reverse order" "$TMPD/fwd-files" "$TMPD/rev-files"

# A generated registry of many vendors, written in both orders.
python3 tests/hostile/mkinput.py registry 40 "$TMPD/fwd/big" 4 4 forward
python3 tests/hostile/mkinput.py registry 40 "$TMPD/rev/big" 4 4 reverse
if cmp -s "$TMPD/fwd/big/registry.xml" "$TMPD/rev/big/registry.xml"; then
    not_ok "generated roots differ in order" "identical roots"
fi
gen "$TMPD/big1" "$TMPD/fwd/big/registry.xml"
gen "$TMPD/big2" "$TMPD/rev/big/registry.xml"
same "40 vendors included in reverse order" "$TMPD/big1" "$TMPD/big2"

# ---- locale and time zone -----------------------------------------------
for setting in "LC_ALL=C" "LC_ALL=C.UTF-8" "LC_ALL=POSIX" "LANG=tr_TR.UTF-8" \
    "LC_ALL=de_DE.UTF-8 LC_NUMERIC=de_DE.UTF-8" "TZ=UTC" "TZ=Pacific/Chatham" \
    "TZ=America/St_Johns" "TZ=EST5EDT LC_ALL=C.UTF-8" "SOURCE_DATE_EPOCH=0"; do
    tag=$(printf '%s' "$setting" | tr -c 'A-Za-z0-9' _)
    env $setting "$H" gen -o "$TMPD/env-$tag" spec/registry.xml >/dev/null 2>&1
    same "environment $setting" "$TMPD/run1" "$TMPD/env-$tag"
done
for l in $(locale -a 2>/dev/null); do
    LC_ALL=$l "$H" gen -o "$TMPD/loc-$l" spec/registry.xml >/dev/null 2>&1
    same "installed locale $l" "$TMPD/run1" "$TMPD/loc-$l"
done

# ---- working directory, absolute paths, output path ---------------------
here=$(pwd)
habs=$(cd "$(dirname "$H")" && pwd)/$(basename "$H")
(cd "$TMPD" && "$habs" gen -o deep/er/out "$here/spec/registry.xml" >/dev/null 2>&1)
same "other working directory and absolute input path" "$TMPD/run1" "$TMPD/deep/er/out"
if grep -rq -e "$TMPD" -e "$here" "$TMPD/deep/er/out"; then
    not_ok "no absolute paths in outputs" "an output names a local path"
else
    ok "no absolute paths in outputs"
fi
same "committed out/ is what gen writes" "$TMPD/run1" out
finish
