# install.sh - `make install` as GNU and Debian expect it (docs/install.md):
# into a DESTDIR with PREFIX=/usr, a program compiled and linked with only
# `pkg-config --cflags --libs hvcpuid` (sysroot and path pointed into the
# DESTDIR) decodes a shared dump, shared and static; libhvcpuid.so exports
# exactly the runtime header's names under a versioned soname; the installed
# man pages, completion and data are what the build renders; BINDIR and
# friends are honoured; `make uninstall` leaves no file and no hvcpuid folder
# (shared folders such as bin/ stay, as GNU's uninstall leaves them), and
# removes only the files install wrote.
# It installs the build/ of this tree (make), whatever $HVCPUID names.
. tests/cli/lib.sh
if [ -n "${HVCPUID_SANITIZED:-}" ]; then
    ok "install: checked in the plain run (the sanitizers check the binary, not make install)"
    finish
    exit 0
fi
root=$TMPD/root
dump=${HVCPUID_SHARED:-../shared}/dumps/kvm_firecracker_c3.cpuid-r.txt
header=$(make -s print-runtime-header) # the installed name follows the Makefile's RUNTIME_HEADER
if make -s install DESTDIR="$root" PREFIX=/usr >"$TMPD/install.log" 2>&1; then ok "make install DESTDIR PREFIX=/usr"
else not_ok "make install" "$(tail -5 "$TMPD/install.log")"; fi

for f in usr/bin/hvcpuid "usr/include/hvcpuid/${header##*/}" usr/include/hvcpuid/hvcpuid.h usr/include/hvcpuid/kvm.h \
    usr/include/hvcpuid/upstream/kvm.h \
    usr/lib/libhvcpuid.a usr/lib/libhvcpuid.so usr/lib/libhvcpuid.so.0 usr/lib/pkgconfig/hvcpuid.pc \
    usr/share/man/man1/hvcpuid.1 usr/share/man/man5/hvcpuid-registry.5 \
    usr/share/bash-completion/completions/hvcpuid usr/share/zsh/site-functions/_hvcpuid \
    usr/share/hvcpuid/registry.json usr/share/hvcpuid/cpuid.csv usr/share/hvcpuid/kcpuid/kvm.csv \
    usr/share/hvcpuid/html/index.html; do
    [ -e "$root/$f" ] || missing="${missing:-} $f"
done
[ -z "${missing:-}" ] && ok "everything is installed where it belongs" || not_ok "installed files" "missing:$missing"
bin=$root/usr/bin/hvcpuid
cmp -s out/registry.json "$root/usr/share/hvcpuid/registry.json" && diff -r out/kcpuid "$root/usr/share/hvcpuid/kcpuid" >/dev/null &&
    cmp -s out/html/index.html "$root/usr/share/hvcpuid/html/index.html" && ok "share/hvcpuid is out/" ||
    not_ok "share/hvcpuid is out/" "differs"
"$bin" --render=man | cmp -s - "$root/usr/share/man/man1/hvcpuid.1" &&
    "$bin" --render=bash | cmp -s - "$root/usr/share/bash-completion/completions/hvcpuid" &&
    "$bin" --render=zsh | cmp -s - "$root/usr/share/zsh/site-functions/_hvcpuid" &&
    ok "installed man page and completion are what the installed binary renders" ||
    not_ok "installed man page and completion are fresh" "differ from --render"
[ "$(readlink "$root/usr/lib/libhvcpuid.so")" = libhvcpuid.so.0 ] &&
    readelf -d "$root/usr/lib/libhvcpuid.so.0" | grep -q 'SONAME.*\[libhvcpuid.so.0\]' &&
    ok "libhvcpuid.so.0: versioned soname and links" || not_ok "soname" "$(readelf -d "$root/usr/lib/libhvcpuid.so.0" | grep SONAME)"

# Exactly the header's functions and data are exported.
nm -D --defined-only "$root/usr/lib/libhvcpuid.so.0" | awk '{print $3}' | sort >"$TMPD/exported"
{ grep -o 'hvcpuid_[a-z_]*(' "$header" | tr -d '('
  sed -n 's/^extern const [a-z_]* \(hvcpuid_[a-z_]*\);.*/\1/p' "$header"; } | sort -u >"$TMPD/declared"
if [ -s "$TMPD/exported" ] && cmp -s "$TMPD/exported" "$TMPD/declared"; then
    ok "nm -D: exactly the $(wc -l <"$TMPD/declared") public names of ${header##*/}"
else not_ok "nm -D: only the public names" "$(diff "$TMPD/declared" "$TMPD/exported")"; fi

# ---- a consumer built with pkg-config alone --------------------------------
export PKG_CONFIG_SYSROOT_DIR="$root" PKG_CONFIG_LIBDIR="$root/usr/lib/pkgconfig" PKG_CONFIG_PATH=
export PKG_CONFIG_ALLOW_SYSTEM_CFLAGS=1 PKG_CONFIG_ALLOW_SYSTEM_LIBS=1 # /usr inside the sysroot
cflags=$(pkg-config --cflags hvcpuid | sed "s/ *$//")
libs=$(pkg-config --libs hvcpuid | sed "s/ *$//")
[ "$cflags" = "-I$root/usr/include" ] && [ "$libs" = "-L$root/usr/lib -lhvcpuid" ] &&
    [ "$(pkg-config --modversion hvcpuid)" = "$("$bin" --version | cut -d' ' -f2)" ] &&
    ok "pkg-config: cflags, libs and version" || not_ok "pkg-config" "'$cflags' '$libs'"
# The program docs/vendoring.md and docs/decoder.md end with
# (docs/examples/vendor_decode.c, its headers as "hvcpuid/..."), built
# against the installed runtime instead of vendored copies, and one that
# takes macros from a generated header and an upstream-name one.
cc=${CC:-cc}
example=docs/examples/vendor_decode.c
golden=tests/vendoring/golden/decode/$(basename "$dump" .txt).expected # vendoring.sh's
printf '#include <hvcpuid/hvcpuid.h>\n#include <hvcpuid/upstream/kvm.h>\nint main(void) { return %s; }\n' \
    'HVCPUID_KVM_FEATURES_LEAF == 0x40000001u && KVM_CPUID_FEATURES == 0x40000001 ? 0 : 1' >"$TMPD/macro.c"
# shellcheck disable=SC2086
$cc -std=c89 -Wall -Wextra -Werror -pedantic-errors "$example" $cflags $libs -o "$TMPD/shared" 2>"$TMPD/cc.err" &&
    ok "a consumer compiles and links against the shared library" || not_ok "shared link" "$(cat "$TMPD/cc.err")"
# shellcheck disable=SC2086
$cc -std=c89 -Wall -Wextra -Werror -pedantic-errors "$example" $cflags -Wl,-Bstatic $(pkg-config --static --libs hvcpuid) \
    -Wl,-Bdynamic -o "$TMPD/static" 2>"$TMPD/cc.err" &&
    ok "... and against the static one" || not_ok "static link" "$(cat "$TMPD/cc.err")"
# shellcheck disable=SC2086
$cc -std=c99 -Wall -Wextra -Werror "$TMPD/macro.c" $cflags -o "$TMPD/macro" 2>"$TMPD/cc.err" && "$TMPD/macro" &&
    ok "generated and upstream-name headers' macros, through the same cflags" || not_ok "generated header" "$(cat "$TMPD/cc.err")"
readelf -d "$TMPD/shared" | grep -q 'NEEDED.*libhvcpuid.so.0' && ! readelf -d "$TMPD/static" | grep -q libhvcpuid &&
    ok "the shared build needs libhvcpuid.so.0, the static one nothing of ours" || not_ok "NEEDED" "wrong"
transcript env LD_LIBRARY_PATH="$root/usr/lib" "$TMPD/shared" "$dump" >"$TMPD/shared.out"
cmp -s "$golden" "$TMPD/shared.out" && ok "the shared consumer decodes $(basename "$dump") as vendoring.sh's golden says" ||
    not_ok "shared consumer" "$(diff "$golden" "$TMPD/shared.out" | head -5)"
transcript env -u LD_LIBRARY_PATH "$TMPD/static" "$dump" >"$TMPD/static.out"
cmp -s "$golden" "$TMPD/static.out" && ok "the static consumer decodes it alike" ||
    not_ok "static consumer" "$(diff "$golden" "$TMPD/static.out" | head -5)"
"$bin" decode "$dump" | grep -Eq '^base 0x40000000: kvm([ ,]|$)' && ok "the installed hvcpuid agrees" ||
    not_ok "installed hvcpuid decode" "no kvm at 0x40000000"
unset PKG_CONFIG_SYSROOT_DIR PKG_CONFIG_LIBDIR PKG_CONFIG_ALLOW_SYSTEM_CFLAGS PKG_CONFIG_ALLOW_SYSTEM_LIBS

# ---- uninstall: nothing left -------------------------------------------------
make -s uninstall DESTDIR="$root" PREFIX=/usr >"$TMPD/uninstall.log" 2>&1
left=$(find "$root" ! -type d)
ours=$(find "$root" -type d -name '*hvcpuid*')
if [ -z "$left" ] && [ -z "$ours" ]; then
    ok "make uninstall leaves no file and no hvcpuid folder ($(find "$root" -mindepth 1 -type d | wc -l) empty shared folders stay)"
else not_ok "make uninstall leaves nothing" "files: $left folders: $ours"; fi

# ---- every directory variable is honoured -------------------------------------
r2=$TMPD/r2
make -s install DESTDIR="$r2" PREFIX=/opt/hv BINDIR=/opt/b INCLUDEDIR=/opt/i LIBDIR=/opt/l \
    MANDIR=/opt/m DATADIR=/opt/d >"$TMPD/install2.log" 2>&1
for f in opt/b/hvcpuid opt/i/hvcpuid/kvm.h "opt/i/hvcpuid/${header##*/}" opt/l/libhvcpuid.a opt/l/pkgconfig/hvcpuid.pc \
    opt/m/man1/hvcpuid.1 opt/m/man5/hvcpuid-registry.5 opt/d/hvcpuid/registry.json \
    opt/d/bash-completion/completions/hvcpuid; do
    [ -e "$r2/$f" ] || missing2="${missing2:-} $f"
done
grep -qx 'includedir=/opt/i' "$r2/opt/l/pkgconfig/hvcpuid.pc" && grep -qx 'libdir=/opt/l' "$r2/opt/l/pkgconfig/hvcpuid.pc" ||
    missing2="${missing2:-} pc-dirs"
[ -z "${missing2:-}" ] && ok "BINDIR INCLUDEDIR LIBDIR MANDIR DATADIR are honoured" || not_ok "directory variables" "$missing2"
echo mine >"$r2/opt/d/hvcpuid/notes.txt" # not installed by make install: uninstall keeps it
make -s uninstall DESTDIR="$r2" PREFIX=/opt/hv BINDIR=/opt/b INCLUDEDIR=/opt/i LIBDIR=/opt/l \
    MANDIR=/opt/m DATADIR=/opt/d >/dev/null 2>&1
left=$(cd "$r2" && find . ! -type d)
[ "$left" = ./opt/d/hvcpuid/notes.txt ] && [ ! -e "$r2/opt/i/hvcpuid" ] && [ ! -e "$r2/opt/d/hvcpuid/kcpuid" ] &&
    ok "... and uninstall with the same ones removes only what install wrote" ||
    not_ok "uninstall 2" "left: $left"
finish
