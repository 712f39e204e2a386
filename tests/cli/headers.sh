# headers.sh - the generated C headers (out/include/hvcpuid/): golden copies
# for test registries; every header alone and all together in every C and
# C++ standard with gcc and clang, without any system header; every macro's
# value checked against the JSON export by a generated program; the integer
# type overrides (HVCPUID_U32, and HVCPUID_U64 for the MSR macros, which C89
# and C++98 get only when it is given); hostile registry text; the vendoring
# example.
. tests/cli/lib.sh
H=$HVCPUID
WFLAGS="-Wall -Wextra -pedantic-errors -Werror"
# Warnings projects commonly turn on, on top of the required set.
STRICT="-Wconversion -Wsign-conversion -Wundef -Wshadow -Wcast-qual"
CONFIGS="gcc:c89 gcc:c99 gcc:c11 gcc:c17 gcc:c2x clang:c89 clang:c99 clang:c11 clang:c17 clang:c2x
g++:c++98 g++:c++11 g++:c++17 g++:c++20 clang++:c++98 clang++:c++11 clang++:c++17 clang++:c++20"

for tool in gcc clang g++ clang++ python3; do
    command -v "$tool" >/dev/null 2>&1 || not_ok "tool $tool" "not installed (tools/ensure-deps.sh check)"
done

ext_of() { case "$1" in c++*) echo cc ;; *) echo c ;; esac; }
flags_for() { case "$1" in c++*) echo "$WFLAGS $STRICT -Wold-style-cast" ;; *) echo "$WFLAGS $STRICT" ;; esac; }

# my_headers DIR: the umbrella DIR/hvcpuid.h and every header it includes:
# the files this emitter owns (other outputs may share the folder).
my_headers() {
    echo "$1/hvcpuid.h"
    sed -n 's/^#include "\([a-z0-9_]*\.h\)"$/\1/p' "$1/hvcpuid.h" | sed "s|^|$1/|"
}

# golden NAME REGISTRY: generate, then compare the headers with
# tests/headers/golden/NAME/ (REGEN=1 rewrites them).
golden() {
    "$H" gen -o "$TMPD/$1" "$2" >/dev/null 2>"$TMPD/gen.err" || {
        not_ok "gen $1" "$(cat "$TMPD/gen.err")"
        return
    }
    want=tests/headers/golden/$1
    if [ "${REGEN:-0}" = 1 ]; then
        rm -rf "$want" && mkdir -p "$want" && cp $(my_headers "$TMPD/$1/include/hvcpuid") "$want/"
        ok "golden headers $1 (regenerated)"
    elif mkdir -p "$TMPD/mine-$1" && cp $(my_headers "$TMPD/$1/include/hvcpuid") "$TMPD/mine-$1/" &&
        diff -ru "$want" "$TMPD/mine-$1" >"$TMPD/diff" 2>&1; then
        ok "golden headers $1"
    else
        not_ok "golden headers $1" "differ from $want (make regen-golden, then review):"
        head -n 40 "$TMPD/diff"
    fi
}

# upstream_headers DIR: the upstream-name headers beside them (DIR/upstream/,
# gen/emit/upstream.c; tests/cli/vendoring.sh holds them to upstream's).
upstream_headers() {
    ls "$1"/upstream/*.h 2>/dev/null
}

# matrix LABEL INCLUDE_DIR: with -nostdinc (no system header needed), one
# translation unit including the umbrella and then every header again
# (include guards, no redefinitions) and every upstream-name header, in every
# configuration, and one per header alone in the oldest and newest standard
# of each language, each compiler (ALONE; the alone units expand no macro, so
# the other standards add nothing but time).
ALONE="gcc:c89 clang:c2x g++:c++98 clang++:c++20"
matrix() {
    label=$1 inc=$2 tus=$TMPD/tu-$1
    mkdir -p "$tus"
    rm -f "$tus"/*
    for h in $(my_headers "$inc/hvcpuid"); do
        b=$(basename "$h" .h)
        printf '#include "hvcpuid/%s.h"\n' "$b" >"$tus/alone_$b.c"
    done
    for h in $(upstream_headers "$inc/hvcpuid"); do
        b=$(basename "$h" .h)
        # (macros only: a declaration keeps the unit from being empty)
        printf '#include "hvcpuid/upstream/%s.h"\ntypedef int unit_upstream_%s;\n' "$b" "$b" \
            >"$tus/alone_upstream_$b.c"
    done
    {
        echo '#include "hvcpuid/hvcpuid.h"'
        for h in $(my_headers "$inc/hvcpuid"); do echo "#include \"hvcpuid/$(basename "$h")\""; done
        for h in $(upstream_headers "$inc/hvcpuid"); do
            echo "#include \"hvcpuid/upstream/$(basename "$h")\""
        done
    } >"$tus/together.c"
    for f in "$tus"/*.c; do cp "$f" "${f%.c}.cc"; done
    for config in $CONFIGS; do
        cc=${config%%:*} std=${config#*:} ext=$(ext_of "$std")
        what="all headers together"
        tu=$tus/together.$ext
        case " $ALONE " in *" $config "*)
            what="every header alone and all together"
            tu="$tus/*.$ext" ;;
        esac
        # shellcheck disable=SC2086
        if $cc -std="$std" $(flags_for "$std") -nostdinc -fsyntax-only -I"$inc" $tu >"$TMPD/cc.out" 2>&1; then
            ok "$label: $what, $cc -std=$std"
        else
            not_ok "$label: $cc -std=$std" "$(head -n 20 "$TMPD/cc.out")"
        fi
    done
}

# values LABEL INCLUDE_DIR JSON RUN SYNTAX: the program
# tests/headers/gen_value_check.py writes from JSON is built and run (no
# failure expected) in each configuration of RUN, and compiled with
# -fsyntax-only (every macro expanded, no code generated) in each of SYNTAX.
values() {
    label=$1 inc=$2 json=$3 run=$4 syntax=$5
    python3 tests/headers/gen_value_check.py "$json" >"$TMPD/vc-$label.c" || {
        not_ok "$label: value-check generated" "gen_value_check.py failed"
        return
    }
    cp "$TMPD/vc-$label.c" "$TMPD/vc-$label.cc"
    for config in $run; do
        cc=${config%%:*} std=${config#*:} ext=$(ext_of "$std")
        # shellcheck disable=SC2086
        if ! $cc -std="$std" $(flags_for "$std") -I"$inc" "$TMPD/vc-$label.$ext" -o "$TMPD/vc" \
            >"$TMPD/cc.out" 2>&1; then
            not_ok "$label: value-check builds with $cc -std=$std" "$(head -n 20 "$TMPD/cc.out")"
        elif "$TMPD/vc" >"$TMPD/vc.out" 2>&1 && grep -q ' 0 failed$' "$TMPD/vc.out"; then
            ok "$label: macro values match the JSON export, $cc -std=$std ($(cut -d' ' -f2 "$TMPD/vc.out") checks)"
        else
            not_ok "$label: value-check with $cc -std=$std" "$(head -n 20 "$TMPD/vc.out")"
        fi
    done
    for config in $syntax; do
        cc=${config%%:*} std=${config#*:} ext=$(ext_of "$std")
        # shellcheck disable=SC2086
        if $cc -std="$std" $(flags_for "$std") -fsyntax-only -I"$inc" "$TMPD/vc-$label.$ext" \
            >"$TMPD/cc.out" 2>&1; then
            ok "$label: every macro expands cleanly, $cc -std=$std"
        else
            not_ok "$label: value-check compiles with $cc -std=$std" "$(head -n 20 "$TMPD/cc.out")"
        fi
    done
}

# ---- the shipped headers and the test registries ---------------------------

golden small tests/data/small/registry.xml
golden hostile tests/headers/hostile/registry.xml
matrix out out/include
matrix small "$TMPD/small/include"
matrix hostile "$TMPD/hostile/include"
# Built and run in one configuration per compiler and language (code
# generation is the slow part); every other configuration expands every macro.
RUN="gcc:c89 clang:c17 g++:c++98 clang++:c++20"
SYNTAX=$(for c in $CONFIGS; do case " $RUN " in *" $c "*) ;; *) echo "$c" ;; esac; done)
values out out/include out/registry.json "$RUN" "$SYNTAX"
values small "$TMPD/small/include" "$TMPD/small/registry.json" "$RUN" "$SYNTAX"
values hostile "$TMPD/hostile/include" "$TMPD/hostile/registry.json" "gcc:c89 clang++:c++98" "$SYNTAX"

# ---- the checks can fail ----------------------------------------------------

# A wrong lsb in the JSON, or a wrong mask in a header, must be caught.
python3 - "$TMPD/small/registry.json" "$TMPD/wrong.json" <<'EOF'
import json, sys
reg = json.load(open(sys.argv[1]))
field = [f for f in reg["interfaces"][0]["leaves"][0]["fields"] if not f["reserved"]][0]
step = 1 if field["msb"] < 31 else -1
field["msb"] += step
field["lsb"] += step
json.dump(reg, open(sys.argv[2], "w"))
EOF
python3 tests/headers/gen_value_check.py "$TMPD/wrong.json" >"$TMPD/wrong.c"
gcc -std=c99 -I"$TMPD/small/include" "$TMPD/wrong.c" -o "$TMPD/wrong" 2>"$TMPD/cc.out"
expect_exit "value-check catches a field moved in the JSON" 1 "$TMPD/wrong"

cp -r "$TMPD/small/include" "$TMPD/broken"
sed -i 's/^\(#define HVCPUID_ACME_FEATURES_EAX_MODE_MASK\) .*/\1 0x0000000FU/' \
    "$TMPD/broken/hvcpuid/acme.h"
python3 tests/headers/gen_value_check.py "$TMPD/small/registry.json" >"$TMPD/vc.c"
gcc -std=c99 -I"$TMPD/broken" "$TMPD/vc.c" -o "$TMPD/broken-vc" 2>"$TMPD/cc.out"
expect_exit "value-check catches a wrong mask in a header" 1 "$TMPD/broken-vc"

# ---- properties of the text ---------------------------------------------------

# unexpected_pp FILE...: the preprocessor lines of the headers other than
# their own macros, guards and includes and the fixed type blocks (the 32-
# and 64-bit types, C++ casts); prints them, and succeeds when there are any.
unexpected_pp() {
    grep -n '^[[:space:]]*#' "$@" /dev/null | grep -v ':#\(define HVCPUID_[A-Z0-9_]*\|ifndef HVCPUID_[A-Z0-9_]*\|ifdef HVCPUID_U64\|ifdef __cplusplus\|if defined(__cplusplus)\|if __cplusplus >= 201103L\|elif defined(__STDC_VERSION__)\|if __STDC_VERSION__ >= 199901L\|if defined(HVCPUID_U64) \&\& !defined(HVCPUID_U64_CHECKED)\|else\|endif\|include "[a-z0-9_]*\.h"\)\($\|[ (]\)'
}
cp out/include/hvcpuid/kvm.h "$TMPD/planted.h"
printf '#pragma once\n' >>"$TMPD/planted.h"
if unexpected_pp "$TMPD/planted.h" | grep -q 'pragma once' && ! unexpected_pp out/include/hvcpuid/kvm.h >/dev/null
then ok "the preprocessor-line filter fires on a planted line only"
else not_ok "the preprocessor-line filter fires on a planted line only" "$(unexpected_pp "$TMPD/planted.h")"; fi

for dir in out/include/hvcpuid "$TMPD/small/include/hvcpuid" "$TMPD/hostile/include/hvcpuid"; do
    label=$(echo "$dir" | sed "s|$TMPD/||")
    files=$(my_headers "$dir")
    if LC_ALL=C grep -n '[^ -~]' $files >"$TMPD/nonascii"; then
        not_ok "$label: plain ASCII" "$(head -n 5 "$TMPD/nonascii")"
    else ok "$label: plain ASCII, no tabs"; fi
    if grep -n '\\$' $files | grep -v '#define HVCPUID_[A-Z_]*(X) \\$' |
        grep -v '^[^:]*:[0-9]*:    X(.*) \\$' >"$TMPD/cont"; then
        not_ok "$label: no line continuation outside the X-macros" "$(head -n 5 "$TMPD/cont")"
    else ok "$label: no line continuation outside the X-macros"; fi
    # shellcheck disable=SC2086
    if unexpected_pp $files >"$TMPD/pp"; then
        not_ok "$label: only the expected preprocessor lines" "$(head -n 5 "$TMPD/pp")"
    else ok "$label: only the expected preprocessor lines"; fi
    if grep -n 'SPDX-License-Identifier' $files | grep -qv ':1:'; then
        not_ok "$label: SPDX line first" "SPDX not on line 1"
    elif [ "$(grep -l '^/\* SPDX-License-Identifier: ' $files | wc -l)" != "$(echo $files | wc -w)" ]; then
        not_ok "$label: SPDX line first" "a header lacks it"
    else ok "$label: SPDX line first"; fi
done

# Hostile text stays inside comments: the preprocessor sees exactly the
# macros the registry defines (none of the injected #define/#undef/#error),
# in the upstream-named headers too (their hostile MSR names are comments).
# C99, so the 64-bit MSR macros are defined as well.
gcc -std=c99 -nostdinc -dM -E -I"$TMPD/hostile/include" "$TMPD/tu-hostile/together.c" 2>&1 |
    grep -c '^#define HVCPUID_' >"$TMPD/n-defs"
want=$(grep -h '^#define HVCPUID_' $(my_headers "$TMPD/hostile/include/hvcpuid") \
    $(upstream_headers "$TMPD/hostile/include/hvcpuid") | awk '{print $2}' |
    sed 's/(.*//' | sort -u | wc -l)
if [ "$(cat "$TMPD/n-defs")" = "$want" ]; then ok "hostile: no text escapes its comment"
else not_ok "hostile: no text escapes its comment" "$(cat "$TMPD/n-defs") macros, want $want"; fi
if gcc -std=c99 -nostdinc -dM -E -I"$TMPD/hostile/include" "$TMPD/tu-hostile/together.c" |
    grep -q '^#define X \|injected'; then
    not_ok "hostile: injected macro absent" "found"
else ok "hostile: injected macro absent"; fi

# The same registry named by an absolute path gives the same bytes.
"$H" gen -o "$TMPD/abs" "$PWD/tests/data/small/registry.xml" >/dev/null 2>&1
if diff -r "$TMPD/small/include" "$TMPD/abs/include" >/dev/null && ! grep -rq "$PWD" "$TMPD/abs/include"; then
    ok "headers do not depend on how the registry was named"
else not_ok "headers do not depend on how the registry was named" "differ"; fi

# ... and so does the order the files are named in.
"$H" gen -o "$TMPD/za" tests/data/small/zeta.xml tests/data/small/acme.xml >/dev/null 2>&1
"$H" gen -o "$TMPD/az" tests/data/small/acme.xml tests/data/small/zeta.xml >/dev/null 2>&1
if [ -s "$TMPD/za/include/hvcpuid/hvcpuid.h" ] && diff -r "$TMPD/za/include" "$TMPD/az/include" >/dev/null; then
    ok "headers do not depend on the order of the input files"
else not_ok "headers do not depend on the order of the input files" "differ"; fi

# ---- HVCPUID_U32 ---------------------------------------------------------------

u32() { # NAME WANT PRELUDE
    printf '%s\n#include "hvcpuid/hvcpuid.h"\nHVCPUID_U32 f(HVCPUID_U32 r);\nHVCPUID_U32 f(HVCPUID_U32 r) { return HVCPUID_ACME_FEATURES_EAX_MODE_SET(r, HVCPUID_ACME_FEATURES_EAX_MODE_TURBO); }\n' "$3" >"$TMPD/u32.c"
    # shellcheck disable=SC2086
    expect_exit "$1" "$2" gcc -std=c99 $WFLAGS -fsyntax-only -I"$TMPD/small/include" "$TMPD/u32.c"
}
u32 "HVCPUID_U32 as a kernel-style typedef" 0 'typedef unsigned int u32;
#define HVCPUID_U32 u32'
u32 "HVCPUID_U32 as uint32_t" 0 '#include <stdint.h>
#define HVCPUID_U32 uint32_t'
u32 "HVCPUID_U32 of 64 bits is refused" 1 '#define HVCPUID_U32 unsigned long long'
u32 "a signed HVCPUID_U32 is refused" 1 '#define HVCPUID_U32 int'

# ---- HVCPUID_U64: the MSR macros ------------------------------------------------

# u64 NAME WANT STD PRELUDE USE: a C translation unit against the shipped
# headers; USE is an expression of the MSR macros.
u64() {
    printf '%s\n#include "hvcpuid/hvcpuid.h"\nint f(void);\nint f(void) { return (int)(%s); }\n' "$4" "$5" >"$TMPD/u64.c"
    # shellcheck disable=SC2086
    expect_exit "$1" "$2" gcc -std="$3" $WFLAGS -fsyntax-only -Iout/include "$TMPD/u64.c"
}
u64 "C89 without HVCPUID_U64: MSR addresses and shifts are there" 0 c89 '' \
    'HVCPUID_KVM_MSR_STEAL_TIME == 0x4b564d03U && HVCPUID_KVM_MSR_STEAL_TIME_GPA_SHIFT == 6'
u64 "C89 without HVCPUID_U64: no 64-bit mask" 1 c89 '' 'HVCPUID_KVM_MSR_STEAL_TIME_GPA_MASK != 0'
u64 "C89 with HVCPUID_U64 given: the masks are there" 0 c89 '#define HVCPUID_U64 unsigned long' \
    'HVCPUID_KVM_MSR_STEAL_TIME_GPA_MASK != 0'
u64 "C99 defaults HVCPUID_U64 to unsigned long long" 0 c99 '' \
    'HVCPUID_KVM_MSR_STEAL_TIME_GPA_GET(HVCPUID_KVM_MSR_STEAL_TIME_GPA_MASK) == 0x3ffffffffffffffULL'
u64 "a 32-bit HVCPUID_U64 is refused" 1 c99 '#define HVCPUID_U64 unsigned int' '0'
u64 "a signed HVCPUID_U64 is refused" 1 c99 '#define HVCPUID_U64 long long' '0'
# The value check of the shipped headers in C89 with a 64-bit unsigned long
# (LP64) checks the MSR masks, GET and SET too: more checks than without.
if [ "$(getconf LONG_BIT 2>/dev/null)" = 64 ]; then
    python3 tests/headers/gen_value_check.py out/registry.json >"$TMPD/vc64.c"
    # shellcheck disable=SC2086
    if gcc -std=c89 $WFLAGS $STRICT '-DHVCPUID_U64=unsigned long' -Iout/include "$TMPD/vc64.c" -o "$TMPD/vc64" >"$TMPD/cc.out" 2>&1 &&
        gcc -std=c89 $WFLAGS $STRICT -Iout/include "$TMPD/vc64.c" -o "$TMPD/vc32" >>"$TMPD/cc.out" 2>&1 &&
        "$TMPD/vc64" >"$TMPD/vc64.out" && "$TMPD/vc32" >"$TMPD/vc32.out" &&
        [ "$(cut -d' ' -f2 "$TMPD/vc64.out")" -gt "$(cut -d' ' -f2 "$TMPD/vc32.out")" ]; then
        ok "C89 with HVCPUID_U64=unsigned long: MSR values match ($(cut -d' ' -f2 "$TMPD/vc64.out") checks, $(cut -d' ' -f2 "$TMPD/vc32.out") without)"
    else
        not_ok "C89 with HVCPUID_U64=unsigned long: MSR values match" "$(head -n 20 "$TMPD/cc.out" "$TMPD/vc64.out" 2>/dev/null)"
    fi
else
    ok "C89 with HVCPUID_U64=unsigned long: skipped (long is not 64 bits here)"
fi

# ---- the example in docs/vendoring.md --------------------------------------------

for cc in gcc clang; do
    # shellcheck disable=SC2086
    if $cc -std=c99 $WFLAGS -Iout/include docs/examples/detect.c -o "$TMPD/detect" \
        >"$TMPD/cc.out" 2>&1; then
        ok "docs/examples/detect.c builds with $cc"
    else
        not_ok "docs/examples/detect.c builds with $cc" "$(head -n 20 "$TMPD/cc.out")"
    fi
done
"$TMPD/detect" >"$TMPD/detect.out" 2>&1
code=$?
case "$(uname -m)" in
x86_64 | i?86)
    if grep -qw hypervisor /proc/cpuinfo; then want="hypervisor present"; else want="no hypervisor"; fi
    if [ "$code" = 0 ] && grep -q "^$want" "$TMPD/detect.out"; then
        ok "example agrees with /proc/cpuinfo ($want)"
    else
        not_ok "example agrees with /proc/cpuinfo" "exit $code, want '$want': $(cat "$TMPD/detect.out")"
    fi
    ;;
*) ok "example runs (not x86: nothing to detect)" ;;
esac
finish
