#!/bin/sh
# check-stale.sh HVCPUID - fail when the committed out/ differs from what the
# registry in spec/ generates now (run `make` and commit out/ to fix).
set -eu
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" gen -o "$tmp/out" >/dev/null 2>&1 || { echo "stale: hvcpuid gen failed" >&2; exit 1; }
if ! diff -r "$tmp/out" out >"$tmp/diff" 2>&1; then
    echo "stale: out/ is not what spec/ generates; run 'make' and commit out/:" >&2
    head -n 40 "$tmp/diff" >&2
    exit 1
fi
echo "stale: out/ is up to date"
