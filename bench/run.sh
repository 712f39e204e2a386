#!/bin/sh
# run.sh HVCPUID [shapes] - `make bench`: builds bench/measure.c, then prints
# the one table of bench/bench.py (generating the registries with
# bench/mkregistry.py, cached under build/bench/); with `shapes`, the table
# of bench/shapes.py instead (bench/README.md). Prints figures only: it
# asserts nothing. BENCH_SIZES, BENCH_RUNS and BENCH_CALLGRIND narrow a run.
set -eu
mkdir -p build/bench
${CC:-cc} -std=c11 -O2 -Wall -Wextra -Werror -o build/bench/measure bench/measure.c
if [ "${2:-}" = shapes ]; then
    exec python3 bench/shapes.py "$1"
fi
exec python3 bench/bench.py "$1"
