#!/bin/sh
# run-fuzz.sh SECONDS FUZZER... - run each libFuzzer harness for SECONDS on
# its seed corpus (collected here from the test inputs, never following
# symbolic links), keep what it learns in build/fuzz/corpus-NAME, and print
# the executions. A crash, leak, timeout or sanitizer report fails the run
# and leaves the reproducer in build/fuzz/. Appends "PASSED FAILED" to
# $TEST_COUNTS when set.
set -u
secs=$1
shift
passed=0
failed=0
for bin in "$@"; do
    name=$(basename "$bin")
    case "$name" in
    fuzz_registry) seeds="tests/good tests/bad tests/hostile tests/data spec" ;;
    fuzz_dump) seeds="tests/decode/dumps ../shared/dumps" ;;
    *) seeds="tests" ;;
    esac
    dir=$(dirname "$bin")
    seed_dir=$dir/seeds-$name
    corpus=$dir/corpus-$name
    rm -rf "$seed_dir"
    mkdir -p "$seed_dir" "$corpus"
    for s in $seeds; do
        [ -d "$s" ] || continue
        find "$s" -type f -size -1M | while read -r f; do
            cp "$f" "$seed_dir/$(printf '%s' "$f" | tr '/' '_')"
        done
    done
    dict=""
    [ -f "tests/fuzz/${name#fuzz_}.dict" ] && dict="-dict=tests/fuzz/${name#fuzz_}.dict"
    log=$dir/$name.log
    # shellcheck disable=SC2086
    (cd "$dir" && exec "./$name" -max_total_time="$secs" -max_len=65536 -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 $(echo $dict | sed 's|=|=../../|') \
        "corpus-$name" "seeds-$name") >"$log" 2>&1
    rc=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    if [ "$rc" -eq 0 ]; then
        passed=$((passed + 1))
        echo "ok fuzz/$name: ${runs:-?} executions in ${secs}s, corpus $(ls "$corpus" | wc -l) inputs"
    else
        failed=$((failed + 1))
        echo "FAIL fuzz/$name (exit $rc): see $log"
        grep -A 20 -m 1 'ERROR\|==ERROR\|runtime error\|deadly signal' "$log"
    fi
done
echo "fuzz: $passed passed, $failed failed"
[ -n "${TEST_COUNTS:-}" ] && echo "$passed $failed" >>"$TEST_COUNTS"
[ "$failed" -eq 0 ]
