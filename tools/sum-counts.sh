#!/bin/sh
# sum-counts.sh FILE - add up the "PASSED FAILED" lines the runners wrote.
set -eu
awk '{p += $1; f += $2} END {printf "%d passed, %d failed\n", p, f; exit (f > 0)}' "$1"
