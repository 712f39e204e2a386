# decode.sh - `hvcpuid decode` and `hvcpuid probe`: every real dump in
# ../shared/dumps decodes to the expected hypervisor, base, max leaf and
# values; synthetic dumps (built from tests/data/decode/, a small stable
# registry) cover what no public dump shows; broken dumps give DUMP:LINE
# errors; the compiled-in tables equal `--registry spec/registry.xml`; the
# probe round trip holds.
. tests/cli/lib.sh
H=$HVCPUID
R=tests/data/decode/registry.xml
D=tests/data/dumps
SHARED=../shared/dumps

# ---- synthetic and broken dumps: golden transcripts --------------------
for f in $D/synthetic-*.txt; do
    name=$(basename "$f" .txt)
    run_case "decode/$name" "$D/$name.expected" "$H" decode --registry $R "$f"
done
run_case "decode/synthetic-hyperv-kvm json" "$D/synthetic-hyperv-kvm.json.expected" \
    "$H" decode --registry $R --format=json $D/synthetic-hyperv-kvm.cpuid-r.txt
for f in $D/bad-*.txt; do
    name=$(basename "$f" .txt)
    run_case "decode/$name" "$D/$name.expected" "$H" decode --registry $R "$f"
done

# ---- exit statuses and usage ---------------------------------------------
expect_exit "decode: missing dump is an I/O error" 2 "$H" decode $D/no-such-dump.txt
expect_exit "decode: unknown format is a usage error" 2 "$H" decode --format=xml $D/bad-empty.txt
expect_exit "decode: two dumps is a usage error" 2 "$H" decode $D/bad-empty.txt $D/bad-empty.txt
expect_exit "decode: a broken registry is refused" 1 "$H" decode --registry tests/bad/field-overlap.xml \
    $D/synthetic-kvm-max-leaf-0.cpuid-r.txt
expect_exit "decode: stdin with -" 0 sh -c "'$H' decode - <$D/synthetic-bhyve-mirror.cpuid-r.txt"
expect_exit "decode: stdin by default" 0 sh -c "'$H' decode <$D/synthetic-bhyve-mirror.cpuid-r.txt"
head -c 16777217 /dev/zero | tr '\0' '\n' >"$TMPD/huge.txt"
expect_exit "decode: more than 16 MiB is refused" 2 "$H" decode "$TMPD/huge.txt"
expect_exit "probe: unknown format is a usage error" 2 "$H" probe --format=xml
expect_exit "decode --help" 0 "$H" decode --help
expect_exit "probe --help" 0 "$H" probe --help
expect_exit "probe: stray argument is a usage error" 2 "$H" probe somefile
# The stage-1 binary (built by `make`, not by the sanitizer run) has no tables.
S=$(dirname "$H")/hvcpuid-stage1
if [ -x "$S" ]; then
    expect_exit "stage-1 decode needs --registry" 2 "$S" decode $D/synthetic-kvm-max-leaf-0.cpuid-r.txt
    expect_exit "stage-1 decode --registry works" 0 "$S" decode --registry $R \
        $D/synthetic-kvm-max-leaf-0.cpuid-r.txt
fi

# ---- the compiled-in tables are the spec/ registry's ---------------------
# (out/src/hvcpuid_tables.c versus the converter run on spec/ now)
same=0
for f in $D/synthetic-*.txt $SHARED/*.txt $SHARED/*/*.txt $SHARED/*/*.test; do
    case "$f" in *SOURCES.txt) continue ;; esac
    [ -f "$f" ] || continue
    "$H" decode --format=json "$f" >"$TMPD/a.json" 2>&1
    "$H" decode --registry spec/registry.xml --format=json "$f" >"$TMPD/b.json" 2>&1
    if cmp -s "$TMPD/a.json" "$TMPD/b.json"; then
        same=$((same + 1))
    else
        not_ok "built-in tables equal spec/ for $f" "outputs differ"
        diff "$TMPD/a.json" "$TMPD/b.json" | head -20
    fi
done
if [ "$same" -gt 20 ]; then ok "built-in tables equal spec/ ($same dumps)"
else not_ok "built-in tables equal spec/" "only $same dumps compared"; fi

# ---- the real dumps --------------------------------------------------------
if [ ! -d "$SHARED" ]; then
    not_ok "real dumps" "$SHARED is missing (CI keeps shared/ beside the clone)"
else
    for f in $SHARED/*.txt $SHARED/*/*.txt $SHARED/*/*.test; do
        case "$f" in *SOURCES.txt) continue ;; esac
        "$H" decode --format=json "$f" >"$TMPD/$(basename "$f").json" 2>"$TMPD/err"
        echo "$? $(basename "$f")" >>"$TMPD/status"
    done
    # Prints "ok NAME" / "FAIL NAME: WHY" / "SKIP NAME: WHY" lines.
    /usr/bin/python3 tests/cli/decode_real_dumps.py "$TMPD" "$SHARED" >"$TMPD/results"
    while read -r verdict rest; do
        case "$verdict" in
        ok) ok "$rest" ;;
        SKIP) echo "SKIP $rest" ;;
        *) not_ok "${rest%%:*}" "${rest#*: }" ;;
        esac
    done <"$TMPD/results"
    [ -s "$TMPD/results" ] || not_ok "real dumps" "the checker printed nothing"
fi

# ---- the generated tables do not depend on file order ----------------------
"$H" gen -o "$TMPD/g1" tests/data/decode/kvm.xml tests/data/decode/xen.xml \
    tests/data/decode/hyperv.xml >/dev/null 2>&1
"$H" gen -o "$TMPD/g2" tests/data/decode/hyperv.xml tests/data/decode/xen.xml \
    tests/data/decode/kvm.xml >/dev/null 2>&1
if [ -s "$TMPD/g1/src/hvcpuid_tables.c" ] &&
    cmp -s "$TMPD/g1/src/hvcpuid_tables.c" "$TMPD/g2/src/hvcpuid_tables.c"; then
    ok "tables independent of file order"
else
    not_ok "tables independent of file order" "outputs differ or missing"
fi

# ---- lib/ is vendorable: C99, no libxml2, only <string.h> from libc ------
CC=${CC:-cc}
if $CC -std=c99 -pedantic -Wall -Wextra -Werror -Ilib -o "$TMPD/vendor" lib/*.c \
    out/src/hvcpuid_tables.c tests/data/decode/vendor_example.c 2>"$TMPD/cc.err"; then
    "$TMPD/vendor" <$D/synthetic-hyperv-kvm.cpuid-r.txt >"$TMPD/vendor.out"
    printf '0x40000000 hyperv max 0x40000005\n0x40000100 kvm max 0x40000101\n' >"$TMPD/vendor.want"
    if cmp -s "$TMPD/vendor.out" "$TMPD/vendor.want"; then ok "lib/ + generated tables alone decode a dump"
    else not_ok "lib/ + generated tables alone decode a dump" "$(cat "$TMPD/vendor.out")"; fi
else
    not_ok "lib/ compiles as C99 alone" "$(head -5 "$TMPD/cc.err")"
fi
mkdir -p "$TMPD/obj"
for f in lib/*.c out/src/hvcpuid_tables.c; do
    $CC -std=c99 -Ilib -c "$f" -o "$TMPD/obj/$(basename "$f" .c).o"
done
extern=$(nm -u "$TMPD"/obj/*.o | awk '{print $2}' | grep -v '^hvcpuid_' | sort -u | tr '\n' ' ')
case "$extern" in
*[!\ ]*)
    bad=$(for s in $extern; do case "$s" in mem*|str*|_GLOBAL_OFFSET_TABLE_) ;; *) echo "$s" ;; esac; done)
    if [ -z "$bad" ]; then ok "lib/ needs only string functions ($extern)"
    else not_ok "lib/ needs only string functions" "also: $bad"; fi
    ;;
*) not_ok "lib/ needs only string functions" "nm found no symbols at all" ;;
esac

# ---- synthetic dumps with the shipped registry ---------------------------
for spec in "synthetic-hyperv-kvm.cpuid-r.txt 0x40000000:hyperv,0x40000100:kvm qemu-kvm-hv" \
    "synthetic-xen-viridian.cpuid-r.txt 0x40000000:hyperv,0x40000100:xen xen-viridian" \
    "synthetic-bhyve-mirror.cpuid-r.txt 0x40000000:bhyve bhyve" \
    "synthetic-kvm-max-leaf-0.cpuid-r.txt 0x40000000:kvm qemu-kvm" \
    "synthetic-unknown-vendor.cpuid-r.txt 0x40000000:None -" \
    "synthetic-bare-metal-echo.cpuid-r.txt - -"; do
    set -- $spec
    "$H" decode --format=json "$D/$1" >"$TMPD/spec.json" 2>/dev/null
    if /usr/bin/python3 - "$TMPD/spec.json" "$2" "$3" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
got = ",".join(f"{f['base']:#010x}:{f['interface']}" for f in d["found"]) or "-"
assert got == sys.argv[2], got
assert sys.argv[3] == "-" or sys.argv[3] in d["hypervisors"], d["hypervisors"]
PY
    then ok "spec/ decodes $1"; else not_ok "spec/ decodes $1" "unexpected identification"; fi
done

# ---- probe ------------------------------------------------------------------
case "$(uname -m)" in
x86_64 | i?86)
    "$H" probe >"$TMPD/probe.txt"
    code=$?
    "$H" probe --format=raw >"$TMPD/probe.raw"
    "$H" decode "$TMPD/probe.raw" >"$TMPD/roundtrip.txt"
    if [ "$code" -le 1 ] && [ -s "$TMPD/probe.txt" ] && cmp -s "$TMPD/probe.txt" "$TMPD/roundtrip.txt"; then
        ok "probe --format=raw | decode equals probe"
    else
        not_ok "probe --format=raw | decode equals probe" "exit $code, or outputs differ:"
        diff "$TMPD/probe.txt" "$TMPD/roundtrip.txt" | head -20
    fi
    "$H" probe --format=json >"$TMPD/probe.json"
    "$H" decode --format=json <"$TMPD/probe.raw" >"$TMPD/roundtrip.json"
    if cmp -s "$TMPD/probe.json" "$TMPD/roundtrip.json" &&
        /usr/bin/python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["cpus"] == 1 and d["hypervisor_present"] in (True, False)' "$TMPD/probe.json"; then
        ok "probe json round trip"
    else
        not_ok "probe json round trip" "outputs differ or bad JSON"
    fi
    if grep -q '^CPU 0:$' "$TMPD/probe.raw" && grep -q '^   0x00000001 0x00: eax=0x' "$TMPD/probe.raw"; then
        ok "probe raw is cpuid -r style"
    else
        not_ok "probe raw is cpuid -r style" "$(head -3 "$TMPD/probe.raw")"
    fi
    ;;
*)
    expect_exit "probe refuses a non-x86 CPU" 2 "$H" probe
    ;;
esac
# A registry with warnings only decodes without repeating them (they are
# `hvcpuid check`'s business): spec/ with its lapsed 2008 proposal revived.
mkdir -p "$TMPD/warned"
cp spec/*.xml "$TMPD/warned/"
sed -i 's/status="lapsed"/status="proposed"/' "$TMPD/warned/generic.xml"
"$H" decode --registry "$TMPD/warned/registry.xml" $D/synthetic-kvm-max-leaf-0.cpuid-r.txt >/dev/null 2>"$TMPD/warn.err"
if "$H" check "$TMPD/warned/registry.xml" 2>&1 | grep -q warning && [ ! -s "$TMPD/warn.err" ]; then
    ok "decode: registry warnings stay with check"
else
    not_ok "decode: registry warnings stay with check" "$(head -3 "$TMPD/warn.err")"
fi
finish
