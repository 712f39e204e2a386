# c_library.sh - [c-identifier] refuses every interface id whose X-macro token
# is a lowercase macro of the C or POSIX library: an X-macro argument such
# as errno, stdin, assert or offsetof expands into the library's definition
# wherever that header was included first. The list is not taken on trust:
# every lowercase macro that the compiler's own C and POSIX headers define
# (gcc -dM -E over tests/c_library/*.c, in strict C11 and C2x, with and
# without POSIX.1-2008/XSI) becomes an interface of a generated registry,
# and each one must be refused; a translation unit including those headers
# and hvcpuid.h then shows what the refusal prevents.
. tests/cli/lib.sh
H=$HVCPUID
PY=/usr/bin/python3

macros=$TMPD/macros.txt
for std in c11 c2x; do
    for defs in "" "-D_POSIX_C_SOURCE=200809L" "-D_XOPEN_SOURCE=700"; do
        # shellcheck disable=SC2086
        gcc -std=$std $defs -dM -E tests/c_library/c.c 2>/dev/null
        [ -n "$defs" ] && gcc -std=$std $defs -dM -E tests/c_library/posix.c 2>/dev/null
    done
done | sed -n 's/^#define \([a-z][a-z0-9_]*\)[ (].*/\1/p' | sort -u >"$macros"
count=$(wc -l <"$macros")
if [ "$count" -gt 150 ]; then ok "the headers define $count lowercase macros"
else not_ok "the headers define $count lowercase macros" "fewer than expected: is gcc there?"; fi

# One interface per macro that an id can spell (a token is the id with '-'
# for '_'; ids start with a letter and have no '--' or trailing '-').
"$PY" - "$macros" "$TMPD/library.xml" <<'PY'
import re, sys
names = [n for n in open(sys.argv[1]).read().split()
         if re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", n)]
with open(sys.argv[2], "w") as f:
    f.write('<?xml version="1.0" encoding="UTF-8"?>\n<vendor id="lib" name="Library names">\n')
    for i, n in enumerate(names):
        f.write('<interface id="%s" name="%s" vendor-signature="L%011d"/>\n' % (n.replace("_", "-"), n, i))
    f.write('</vendor>\n')
print(len(names), file=open(sys.argv[2] + ".count", "w"))
PY
"$H" check "$TMPD/library.xml" >/dev/null 2>"$TMPD/library.err"
refused=$(grep -c '\[c-identifier\]$' "$TMPD/library.err")
want=$(cat "$TMPD/library.xml.count")
if [ "$refused" = "$want" ] && [ "$want" -gt 150 ]; then
    ok "c-identifier refuses all $want of them"
else
    not_ok "c-identifier refuses all $want of them" "$refused refused; missing:"
    sed -n 's/.*<interface id="\([^"]*\)".*/\1/p' "$TMPD/library.xml" | while read -r id; do
        grep -q "interface '$id' generates" "$TMPD/library.err" || echo "  $id"
    done | head -n 20
fi
if grep -q "interface 'errno' generates the token 'errno' .*<errno.h> defines as a macro" \
    "$TMPD/library.err"; then
    ok "the message names the header"
else
    not_ok "the message names the header" "$(grep "'errno'" "$TMPD/library.err")"
fi

# What the refusal prevents: with <errno.h> included first, an X-macro
# using the token as a name no longer compiles.
mkdir -p "$TMPD/inc/hvcpuid"
printf '#define HVCPUID_INTERFACES(X) X(errno, "errno")\n' >"$TMPD/inc/hvcpuid/x.h"
printf '#include <errno.h>\n#include "hvcpuid/x.h"\n#define NAME(tok, id) static const char *tok = id;\nHVCPUID_INTERFACES(NAME)\n' \
    >"$TMPD/use.c"
if gcc -std=c11 -fsyntax-only -I"$TMPD/inc" "$TMPD/use.c" 2>/dev/null; then
    not_ok "a token equal to errno breaks an X-macro user" "it compiled"
else
    ok "a token equal to errno breaks an X-macro user"
fi
expect_exit "a plain id passes" 0 "$H" check tests/good/c-identifier.xml
finish
