# vendoring.sh - what a project that vendors hvcpuid gets (docs/vendoring.md):
#  1. the runtime header and the generated headers share one include/hvcpuid/
#     folder: nothing overwritten, the shared range constants defined in the
#     same guarded lines, both headers in one unit in either order in C89 and
#     C++98;
#  2. docs/examples/vendor_decode.c, the program docs/vendoring.md and
#     docs/decoder.md end with, compiled as C89 and C++98 against lib/ and the
#     tables (compiled as C99) and run on shared dumps, its output checked;
#  3. the upstream-name headers (out/include/hvcpuid/upstream/): goldens for
#     test registries, hostile upstream names kept out of the preprocessor,
#     and tests/vendoring/upstream_tu.py, which includes each next to its
#     upstream header in both orders and asserts every macro equal, against
#     Debian 12's headers and Debian unstable's (fetched into build/upstream
#     as tests/cli/conformance.sh does); then mutants it must catch.
. tests/cli/lib.sh
H=$HVCPUID
PY=/usr/bin/python3 # Debian's, as tests/cli/conformance.sh
DATA=tests/vendoring
SHARED=../shared/dumps
WFLAGS="-Wall -Wextra -Werror -pedantic-errors"

for tool in gcc clang g++ clang++; do
    command -v "$tool" >/dev/null 2>&1 || not_ok "tool $tool" "not installed (tools/ensure-deps.sh check)"
done

# ---- 1. one include/hvcpuid/ folder -------------------------------------------

V=$TMPD/vendor
mkdir -p "$V/include/hvcpuid" "$V/src/hvcpuid" "$V/obj"
cp out/include/hvcpuid/*.h lib/hvcpuid-runtime.h "$V/include/hvcpuid/"
cp -r out/include/hvcpuid/upstream "$V/include/hvcpuid/"
cp lib/*.c out/src/hvcpuid_tables.c "$V/src/hvcpuid/"
want=$(($(ls out/include/hvcpuid/*.h | wc -l) + 1))
have=$(ls "$V/include/hvcpuid/"*.h | wc -l)
if [ "$have" = "$want" ]; then ok "runtime and generated headers share include/hvcpuid/ ($have files, none overwritten)"
else not_ok "runtime and generated headers share include/hvcpuid/" "$have files, want $want"; fi
if ls out/include/hvcpuid/ out/include/hvcpuid/upstream/ | grep -q -- -; then
    not_ok "no generated header name has a '-'" "$(ls out/include/hvcpuid/ | grep -- -)"
else ok "no generated header name has a '-' (lib/hvcpuid-runtime.h cannot be generated)"; fi

# shared_lines FILE: the guarded definitions of the three shared constants.
shared_lines() {
    for name in HVCPUID_RANGE_FIRST HVCPUID_RANGE_LAST HVCPUID_BASE_LAST; do
        grep -A2 "^#ifndef $name\$" "$1" | head -n 3
    done
}
shared_lines lib/hvcpuid-runtime.h >"$TMPD/shared.runtime"
shared_lines out/include/hvcpuid/hvcpuid.h >"$TMPD/shared.umbrella"
if [ "$(wc -l <"$TMPD/shared.runtime")" = 9 ] && grep -c '^#endif$' "$TMPD/shared.runtime" | grep -q '^3$' &&
    diff "$TMPD/shared.runtime" "$TMPD/shared.umbrella" >"$TMPD/shared.diff"; then
    ok "HVCPUID_RANGE_FIRST, _RANGE_LAST, _BASE_LAST: the same guarded lines in both headers"
else
    not_ok "the shared constants are the same guarded lines" "$(cat "$TMPD/shared.runtime" "$TMPD/shared.diff")"
fi
sed 's/^#define HVCPUID_RANGE_LAST .*/#define HVCPUID_RANGE_LAST 0x4000FFFFu/' lib/hvcpuid-runtime.h \
    >"$TMPD/respelled.h"
shared_lines "$TMPD/respelled.h" >"$TMPD/shared.respelled"
if diff "$TMPD/shared.respelled" "$TMPD/shared.umbrella" >/dev/null; then
    not_ok "a respelled shared constant is caught" "not caught"
else ok "a respelled shared constant is caught"; fi

# Both headers in one unit, each order, C89 and C++98 with every warning.
printf '#include "hvcpuid/hvcpuid-runtime.h"\n#include "hvcpuid/hvcpuid.h"\n' >"$TMPD/both1.c"
printf '#include "hvcpuid/hvcpuid.h"\n#include "hvcpuid/hvcpuid-runtime.h"\n' >"$TMPD/both2.c"
printf 'typedef char same[(HVCPUID_RANGE_LAST - HVCPUID_RANGE_FIRST == 0xFFFFu) ? 1 : -1];\n' |
    tee -a "$TMPD/both1.c" >>"$TMPD/both2.c"
cp "$TMPD/both1.c" "$TMPD/both1.cc" && cp "$TMPD/both2.c" "$TMPD/both2.cc"
for config in gcc:c89 clang:c89 g++:c++98 clang++:c++98; do
    cc=${config%%:*} std=${config#*:}
    ext=c && case $std in c++*) ext=cc ;; esac
    for order in 1 2; do
        # shellcheck disable=SC2086
        if $cc -std="$std" $WFLAGS -fsyntax-only -I"$V/include" "$TMPD/both$order.$ext" >"$TMPD/cc.out" 2>&1; then
            ok "runtime and umbrella in one unit (order $order), $cc -std=$std"
        else not_ok "runtime and umbrella in one unit (order $order), $cc -std=$std" "$(head -n 5 "$TMPD/cc.out")"; fi
    done
done

# ---- 2. the program the docs end with -----------------------------------------

EXAMPLE=docs/examples/vendor_decode.c
for doc in docs/vendoring.md docs/decoder.md; do
    # The last ```c block of the document, which must be the last thing in it.
    awk '/^```c$/ {n++; body=""; inside=1; next} inside && /^```$/ {inside=0; last=body; after=0; next}
         inside {body = body $0 "\n"; next} NF {after++} END {if (!after) printf "%s", last}' "$doc" \
        >"$TMPD/doc.c"
    if cmp -s "$TMPD/doc.c" "$EXAMPLE"; then ok "$doc ends with $EXAMPLE, verbatim"
    else not_ok "$doc ends with $EXAMPLE, verbatim" "$(diff "$EXAMPLE" "$TMPD/doc.c" | head -n 10)"; fi
done

# lib/ and the tables as C99, as the header says; the program as C89 and C++98.
if (cd "$V/obj" && gcc -std=c99 $WFLAGS -I../include/hvcpuid -c ../src/hvcpuid/*.c) >"$TMPD/cc.out" 2>&1; then
    ok "lib/*.c and out/src/hvcpuid_tables.c compile as C99 beside the generated headers"
else not_ok "lib/ compiles as C99" "$(head -n 10 "$TMPD/cc.out")"; fi
cp "$EXAMPLE" "$TMPD/vendor_decode.cc"
for config in gcc:c89 clang:c89 g++:c++98 clang++:c++98; do
    cc=${config%%:*} std=${config#*:} src=$EXAMPLE
    case $std in c++*) src=$TMPD/vendor_decode.cc ;; esac
    bin=$TMPD/vd-$cc
    # shellcheck disable=SC2086
    if $cc -std="$std" $WFLAGS -I"$V/include" "$src" "$V"/obj/*.o -o "$bin" >"$TMPD/cc.out" 2>&1; then
        ok "$EXAMPLE builds and links with $cc -std=$std $WFLAGS"
    else not_ok "$EXAMPLE builds with $cc -std=$std" "$(head -n 10 "$TMPD/cc.out")"; fi
done
if [ -d "$SHARED" ]; then
    for dump in kvm_firecracker_c3.cpuid-r.txt xen_aws_t2_firecracker_2023-06-15.cpuid-r.txt \
        virtualbox_kvm-paravirt_cassandra_FileUtilsTest.cpuid-r.txt \
        instlatx64_hyperv/hyperv_AuthenticAMD0700F01_K16_Kabini3_CPUID.txt; do
        name=$(basename "$dump" .txt)
        run_case "vendor_decode $name" "$DATA/golden/decode/$name.expected" \
            "$TMPD/vd-gcc" "$SHARED/$dump"
        # The C++98 build prints the same bytes.
        "$TMPD/vd-g++" "$SHARED/$dump" >"$TMPD/cxx.out" 2>&1
        "$TMPD/vd-gcc" "$SHARED/$dump" >"$TMPD/c.out" 2>&1
        if cmp -s "$TMPD/c.out" "$TMPD/cxx.out"; then ok "vendor_decode $name: C++98 build prints the same"
        else not_ok "vendor_decode $name: C++98 build prints the same" "differs"; fi
    done
else not_ok "shared dumps" "$SHARED is missing (CI keeps shared/ beside the clone)"; fi
expect_exit "vendor_decode without a dump is a usage error" 2 "$TMPD/vd-gcc"
run_case "vendor_decode on a malformed dump" "$DATA/golden/decode/malformed.expected" \
    "$TMPD/vd-gcc" $DATA/malformed.txt

# ---- 3. the upstream-name headers ---------------------------------------------

# golden NAME REGISTRY: the upstream/ headers gen writes for a test registry.
golden() {
    "$H" gen -o "$TMPD/$1" "$2" >/dev/null 2>"$TMPD/gen.err" || {
        not_ok "gen $1" "$(cat "$TMPD/gen.err")"
        return
    }
    want=$DATA/golden/$1
    if [ "${REGEN:-0}" = 1 ]; then
        rm -rf "$want" && mkdir -p "$want" && cp "$TMPD/$1/include/hvcpuid/upstream/"*.h "$want/"
        ok "golden upstream headers $1 (regenerated)"
    elif diff -ru "$want" "$TMPD/$1/include/hvcpuid/upstream" >"$TMPD/diff" 2>&1; then
        ok "golden upstream headers $1"
    else
        not_ok "golden upstream headers $1" "differ from $want (make regen-golden, then review):"
        head -n 40 "$TMPD/diff"
    fi
}
golden small tests/data/small/registry.xml
golden hostile $DATA/hostile/registry.xml

# Only the guarded definitions reach the preprocessor, whatever the names are.
for dir in out/include/hvcpuid/upstream "$TMPD/small/include/hvcpuid/upstream" \
    "$TMPD/hostile/include/hvcpuid/upstream"; do
    label=$(echo "$dir" | sed "s|$TMPD/||")
    if LC_ALL=C grep -n '[^ -~]' "$dir"/*.h >"$TMPD/nonascii"; then
        not_ok "$label: plain ASCII" "$(head -n 3 "$TMPD/nonascii")"
    else ok "$label: plain ASCII, no tabs"; fi
    if grep -n '^#' "$dir"/*.h | grep -v \
        ':#\(ifndef [A-Z][A-Z0-9_]*\|define [A-Z][A-Z0-9_]* [^ ].*\|define HVCPUID_UPSTREAM_[A-Z0-9_]*_H\|else\|endif\( /\* HVCPUID_UPSTREAM_[A-Z0-9_]*_H \*/\)\?\|ifdef __KERNEL__\|if (defined(__STDC_VERSION__) \&\& __STDC_VERSION__ >= 199901L) || (defined(__cplusplus) \&\& __cplusplus >= 201103L)\)$' \
        >"$TMPD/pp"; then
        not_ok "$label: only guarded definitions" "$(head -n 3 "$TMPD/pp")"
    else ok "$label: only guarded definitions, #ifdef __KERNEL__, the C99/C++11 test and the include guard"; fi
done
printf '#include "hvcpuid/upstream/names.h"\nint names_unit;\n' >"$TMPD/names.c"
gcc -std=c89 -pedantic-errors -Wall -Wextra -Werror -dM -E -I"$TMPD/hostile/include" "$TMPD/names.c" |
    sed -n 's/^#define \([A-Z][A-Z0-9_]*\) .*/\1/p' | grep -v '^__\|^_LP64\|^HVCPUID_UPSTREAM' |
    grep '^NAMES_' | sort | tr '\n' ' ' >"$TMPD/names.defined"
want="NAMES_CPUID_FEATURES NAMES_CPUID_SUB NAMES_GOOD NAMES_HIGH NAMES_MSR_ALIAS NAMES_MSR_GOOD \
NAMES_MSR_HIGH NAMES_MSR_LONE_ALIAS NAMES_MSR_ON NAMES_MSR_PAGE_MASK NAMES_MSR_PAGE_SHIFT \
NAMES_MSR_RESERVED NAMES_MSR_TOP "
if [ "$(cat "$TMPD/names.defined")" = "$want" ]; then
    ok "hostile upstream names: exactly the valid ones are defined ($want)"
else not_ok "hostile upstream names: exactly the valid ones are defined" "$(cat "$TMPD/names.defined")"; fi
cp "$TMPD/names.c" "$TMPD/names.cc"
for config in gcc:c89 clang:c2x g++:c++98 clang++:c++20; do
    cc=${config%%:*} std=${config#*:}
    ext=c && case $std in c++*) ext=cc ;; esac
    # shellcheck disable=SC2086
    if $cc -std="$std" $WFLAGS -fsyntax-only -I"$TMPD/hostile/include" "$TMPD/names.$ext" >"$TMPD/cc.out" 2>&1; then
        ok "hostile upstream names: the header compiles, $cc -std=$std"
    else not_ok "hostile upstream names: $cc -std=$std" "$(head -n 5 "$TMPD/cc.out")"; fi
done

# Next to the upstream headers, both orders, both sets.
"$H" export --format=json spec/registry.xml >"$TMPD/registry.json" 2>"$TMPD/export.err"
# tu SET SYSROOT HEADERS_COMMON INCLUDE [IFACE...]: upstream_tu.py's lines as results.
tu() {
    set_name=$1 sysroot=$2 hdr=$3 inc=$4
    shift 4
    "$PY" $DATA/upstream_tu.py "$TMPD/registry.json" "$inc" "$set_name" "$sysroot" "$hdr" \
        "$TMPD/tu-$set_name-$$-$(basename "$inc")" "$@" >"$TMPD/tu.out" 2>&1
    echo "exit: $?" >>"$TMPD/tu.out"
}
record() { # the ok/FAIL lines of the last tu run as results, the rest printed
    while IFS= read -r line; do
        case $line in
        "ok "*) ok "${line#ok }" ;;
        "FAIL "*) rest=${line#FAIL }; not_ok "${rest%%: *}" "${rest#*: }" ;;
        "exit: 0") ;;
        "exit: "*) not_ok "upstream_tu.py $1" "$line" ;;
        *) echo "$line" ;;
        esac
    done <"$TMPD/tu.out"
}
HDR=$(ls -d /usr/src/linux-headers-*-common 2>/dev/null | sort -V | tail -n 1)
if [ -z "$HDR" ] || [ ! -f /usr/include/xen/arch-x86/cpuid.h ]; then
    not_ok "Debian 12 headers" "missing linux-headers-*-common or libxen-dev (tools/ensure-deps.sh check)"
else
    tu bookworm / "$HDR" out/include && record bookworm
fi
if tools/fetch-upstream-headers.sh build/upstream >"$TMPD/fetch.out" 2>&1; then
    NEW=$(ls -d build/upstream/root/usr/src/linux-headers-*-common | sort -V | tail -n 1)
    tu unstable build/upstream/root/ "$NEW" out/include && record unstable
else not_ok "Debian unstable headers fetched" "$(cat "$TMPD/fetch.out")"; fi

# Mutants upstream_tu.py must catch: a wrong value (a CPUID bit, an MSR
# address), and a value spelled unlike upstream (the same number: only the
# ours-first units can see it; a Xen mask, a Hyper-V MSR mask).
if [ -n "$HDR" ]; then
    cp -r out/include "$TMPD/wrong"
    cp -r out/include "$TMPD/respelled"
    # As the emitter would write it from a registry with the wrong bit: both
    # the definition and the header's own check of upstream's value.
    sed -i -e 's/^#define KVM_FEATURE_CLOCKSOURCE2 3$/#define KVM_FEATURE_CLOCKSOURCE2 4/' \
        -e 's/(KVM_FEATURE_CLOCKSOURCE2 == 3)/(KVM_FEATURE_CLOCKSOURCE2 == 4)/' \
        "$TMPD/wrong/hvcpuid/upstream/kvm.h"
    sed -i 's/^#define XEN_HVM_CPUID_X2APIC_VIRT (1u << 1)$/#define XEN_HVM_CPUID_X2APIC_VIRT (1U << 1)/' \
        "$TMPD/respelled/hvcpuid/upstream/xen.h"
    cp -r out/include "$TMPD/wrongmsr"
    cp -r out/include "$TMPD/respelledmsr"
    sed -i -e 's/^#define MSR_KVM_SYSTEM_TIME_NEW 0x4b564d01$/#define MSR_KVM_SYSTEM_TIME_NEW 0x4b564d02/' \
        -e 's/(MSR_KVM_SYSTEM_TIME_NEW == 0x4b564d01)/(MSR_KVM_SYSTEM_TIME_NEW == 0x4b564d02)/' \
        "$TMPD/wrongmsr/hvcpuid/upstream/kvm.h"
    sed -i 's/^#define HV_X64_MSR_HYPERCALL_ENABLE 0x00000001$/#define HV_X64_MSR_HYPERCALL_ENABLE 0x1/' \
        "$TMPD/respelledmsr/hvcpuid/upstream/hyperv.h"
    # A wrong value fails alone (C89, C++98, C99, C++11), upstream first (the
    # header's own check) and ours first ("redefined"), gcc and clang.
    wrong() { # DIR IFACE NAME LABEL
        tu bookworm / "$HDR" "$1" "$2"
        fails=$(grep -c '^FAIL ' "$TMPD/tu.out")
        if [ "$fails" = 8 ] && grep -q "hvcpuid_upstream_differs_$3" "$TMPD/tu.out" &&
            grep -q "\"$3\" redefined" "$TMPD/tu.out"; then
            ok "mutant: $4 fails alone, upstream first (the header's own check) and ours first"
        else not_ok "mutant: $4 is caught" "$fails failures: $(grep '^FAIL' "$TMPD/tu.out" | head -n 3)"; fi
    }
    # A respelled value (the same number) fails ours first only, gcc and clang.
    respelled() { # DIR IFACE NAME LABEL
        tu bookworm / "$HDR" "$1" "$2"
        if [ "$(grep -c '^FAIL ' "$TMPD/tu.out")" = 2 ] &&
            [ "$(grep '^FAIL ' "$TMPD/tu.out" | grep -c 'ours first')" = 2 ] &&
            grep -q "$3.* redefined" "$TMPD/tu.out"; then
            ok "mutant: $4 fails ours first, gcc and clang"
        else not_ok "mutant: $4 is caught" "$(grep '^FAIL' "$TMPD/tu.out" | head -n 3)"; fi
    }
    wrong "$TMPD/wrong" kvm KVM_FEATURE_CLOCKSOURCE2 "a wrong KVM value"
    respelled "$TMPD/respelled" xen XEN_HVM_CPUID_X2APIC_VIRT "a mask spelled (1U << 1) where Xen writes (1u << 1)"
    wrong "$TMPD/wrongmsr" kvm MSR_KVM_SYSTEM_TIME_NEW "a wrong KVM MSR address"
    respelled "$TMPD/respelledmsr" hyperv HV_X64_MSR_HYPERCALL_ENABLE \
        "an MSR mask spelled 0x1 where Hyper-V writes 0x00000001"
fi
finish
