#!/bin/sh
# run-valgrind.sh HVCPUID UNIT_TEST... - every unit test and a representative
# set of command-line runs (clean, with errors, hostile, gen, export) under
# valgrind memcheck: any memory error or leak (definite, indirect, possible)
# fails. libxml2's process-wide parser state is still reachable at exit by
# design and is not counted. Appends "PASSED FAILED" to $TEST_COUNTS.
set -u
bin=$1
shift
passed=0
failed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
vg() { # NAME CMD...
    name=$1
    shift
    valgrind --quiet --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect,possible \
        --show-leak-kinds=definite,indirect,possible "$@" \
        >"$tmp/out" 2>"$tmp/err"
    if [ $? -eq 99 ] || grep -q '^==[0-9]*== ' "$tmp/err"; then
        failed=$((failed + 1))
        echo "FAIL valgrind/$name:"
        grep '^==[0-9]*==' "$tmp/err" | head -n 40
    else
        passed=$((passed + 1))
        echo "ok valgrind/$name"
    fi
}
for t in "$@"; do
    vg "unit/$(basename "$t")" "$t"
done
vg "check spec" "$bin" check spec/registry.xml
vg "check --format=json bad" "$bin" check --format=json tests/bad/field-overlap.xml
for f in tests/bad/*.xml tests/bad/include/registry.xml tests/hostile/*.xml \
    tests/hostile/include-escape/registry.xml; do
    vg "check $f" "$bin" check "$f"
done
vg "check a directory" "$bin" check tests
vg "gen" "$bin" gen -o "$tmp/out-dir" spec/registry.xml
vg "gen unchanged" "$bin" gen -o "$tmp/out-dir" spec/registry.xml
vg "gen with errors" "$bin" gen -o "$tmp/none" tests/bad/field-overlap.xml
vg "export" "$bin" export spec/registry.xml
vg "usage error" "$bin" check -Wno-such-check spec/registry.xml
echo "valgrind: $passed passed, $failed failed"
[ -n "${TEST_COUNTS:-}" ] && echo "$passed $failed" >>"$TEST_COUNTS"
[ "$failed" -eq 0 ]
