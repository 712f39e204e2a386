#!/bin/sh
# gate-scale.sh [N] - how the CI gate scales: generates a synthetic registry
# of N interfaces in files of 1000 (4 leaves of 32 one-bit fields each, an active and a
# proposed allocation each, N/2 hypervisors placing two interfaces each, 200
# withdrawn generic allocations) and times check (default levels and with
# every off check on), diff of the registry against itself, and free.
# Not part of make check; run it after `make build`.
set -eu
N=${1:-2000}
H=${HVCPUID:-build/hvcpuid}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
/usr/bin/python3 - "$N" "$tmp" <<'PY'
import sys
n, out = int(sys.argv[1]), sys.argv[2]
CHUNK = 1000  # interfaces per vendor file (files are limited to 16 MiB)
files = []
for start in range(0, n, CHUNK):
    name = f"v{start // CHUNK}.xml"
    files.append(name)
    with open(f"{out}/{name}", "w") as f:
        f.write(f'<?xml version="1.0" encoding="UTF-8"?>\n<vendor id="v{start // CHUNK}" name="V">\n')
        end = min(n, start + CHUNK)
        for i in range(start, end):
            f.write(f'<interface id="i{i}" name="I{i}" vendor-signature="V{i:011d}" '
                    f'interface-signature="{i % 10000:04d}" default-base="0x40000000">\n'
                    '<allocation first="0x00" last="0x0f" status="active"/>\n'
                    '<allocation first="0x20" last="0x2f" status="proposed"/>\n')
            for leaf in range(4):
                fields = "".join(f'<field bits="{b}" name="f{b}"/>' for b in range(32))
                f.write(f'<leaf offset="{leaf}" name="l{leaf}"><register name="eax">{fields}'
                        '</register></leaf>\n')
            f.write("</interface>\n")
        for h in range(start, end - 1, 2):
            f.write(f'<hypervisor id="h{h}" name="H"><presents interface="i{h}" base="0x40000000"/>'
                    f'<presents interface="i{h + 1}" base="0x40000100"/></hypervisor>\n')
        if start == 0:
            for g in range(200):
                f.write(f'<allocation id="g{g}" name="G" first="0x{0x40 + g % 0x80:02x}" '
                        f'last="0x{0x40 + g % 0x80:02x}" status="withdrawn"/>\n')
        f.write("</vendor>\n")
with open(f"{out}/registry.xml", "w") as f:
    f.write('<registry format="1">\n')
    f.writelines(f'<include file="{name}"/>\n' for name in files)
    f.write("</registry>\n")
PY
echo "registry: $N interfaces, $(cat "$tmp"/v*.xml | wc -c) bytes"
t() { # LABEL CMD...: wall time and peak memory of one run
    label=$1
    shift
    /usr/bin/time -f "%e s, %M KB" -o "$tmp/time" "$@" >/dev/null 2>&1 || true
    printf '%-34s %s\n' "$label" "$(cat "$tmp/time")"
}
t "check (default levels)" "$H" check "$tmp/registry.xml"
t "check (gate checks off)" "$H" check -Wno-allocation-overlap -Wno-reservation-overlap \
    -Wno-leaf-outside-allocation -Wno-placement-overlap -Wno-duplicate-iface-signature "$tmp/registry.xml"
t "check (every off check on)" "$H" check -W register-gap -W withdrawn-overlap "$tmp/registry.xml"
t "check --format=sarif" "$H" check --format=sarif -W withdrawn-overlap "$tmp/registry.xml"
t "diff (against itself)" "$H" diff "$tmp/registry.xml" "$tmp/registry.xml"
t "free --interface i0" "$H" free --interface i0 "$tmp/registry.xml"
