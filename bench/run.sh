#!/bin/sh
# run.sh HVCPUID - speed and memory of `hvcpuid check` and `hvcpuid gen` on
# the shipped registry and on a large generated one (tests/hostile/mkinput.py
# registry: 100 vendors x 32 leaves x 4 registers x 8 fields), side by side
# with `xmllint --noout --relaxng validate/registry.rng` on the same files in
# the same run. Wall time and peak RSS come from /usr/bin/time; instruction
# counts from callgrind for the shipped registry. Prints figures only: it
# asserts nothing (wall-clock limits do not belong in tests).
set -u
bin=$1
work=build/bench
mkdir -p "$work"
big=$work/big
if [ ! -f "$big/registry.xml" ] || [ tests/hostile/mkinput.py -nt "$big/registry.xml" ]; then
    python3 tests/hostile/mkinput.py registry 100 "$big" 32 8
fi
# xmllint validates one file at a time against the schema: give it the
# vendor files the root includes (it does not follow our includes).
vendor_files() { sed -n 's/.*<include file="\([^"]*\)".*/\1/p' "$1/registry.xml" | sed "s|^|$1/|"; }

measure() { # LABEL CMD... - best wall time of 3 runs, and peak RSS
    label=$1
    shift
    best=""
    rss=""
    for _ in 1 2 3; do
        /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>&1
        read -r t m <"$work/time"
        if [ -z "$best" ] || awk "BEGIN { exit !($t < $best) }"; then
            best=$t
        fi
        rss=$m
    done
    printf '%-44s %8s s %9s KiB\n' "$label" "$best" "$rss"
}

for reg in spec "$big"; do
    files=$(vendor_files "$reg" | tr '\n' ' ')
    size=$(cat "$reg"/*.xml | wc -c)
    echo "== $reg/registry.xml ($(echo $files | wc -w) vendor files, $size bytes)"
    printf '%-44s %10s %13s\n' "command" "wall" "peak RSS"
    measure "hvcpuid check" "$bin" check "$reg/registry.xml"
    measure "hvcpuid gen" "$bin" gen -o "$work/out" "$reg/registry.xml"
    measure "hvcpuid gen (output folder removed first)" sh -c \
        'rm -rf "$1" && exec "$2" gen -o "$1" "$3"' sh "$work/out" "$bin" "$reg/registry.xml"
    # shellcheck disable=SC2086
    measure "xmllint --noout --relaxng (schema only)" xmllint --noout --relaxng \
        validate/registry.rng $files
done
if command -v valgrind >/dev/null 2>&1; then
    for cmd in check gen; do
        valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.$cmd" \
            "$bin" $cmd $([ $cmd = gen ] && echo "-o $work/cg-out") spec/registry.xml \
            >/dev/null 2>"$work/callgrind.$cmd.log"
        ir=$(sed -n 's/.*Collected : *\([0-9]*\).*/\1/p' "$work/callgrind.$cmd.log")
        printf 'callgrind: hvcpuid %s spec/registry.xml: %s instructions\n' "$cmd" "${ir:-?}"
    done
    valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.xmllint" xmllint --noout \
        --relaxng validate/registry.rng $(vendor_files spec) >/dev/null 2>"$work/callgrind.x.log"
    ir=$(sed -n 's/.*Collected : *\([0-9]*\).*/\1/p' "$work/callgrind.x.log")
    printf 'callgrind: xmllint --relaxng on spec/: %s instructions\n' "${ir:-?}"
fi
