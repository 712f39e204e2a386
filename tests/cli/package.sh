# package.sh - the Debian packages (debian/): built with dpkg-buildpackage
# -us -uc -b in a scratch copy of this tree (tracked and new files, no
# build/), lintian on the .changes with no error and no warning, then the
# packages unpacked with dpkg -x into a scratch root, where the installed
# binary checks the registry, decodes a shared dump, and finds its man pages,
# completion, data, headers, library and pkg-config file. The package build
# runs debian/rules' quick test (the contract group), not make check.
. tests/cli/lib.sh
if [ -n "${HVCPUID_SANITIZED:-}" ]; then
    ok "package: checked in the plain run (the sanitizers check the binary, not debian/)"
    finish
    exit 0
fi
for tool in dpkg-buildpackage dh lintian git; do
    command -v $tool >/dev/null 2>&1 || { not_ok "package" "$tool is not installed (tools/ensure-deps.sh check)"; finish; exit 0; }
done
start=$(date +%s)
version=$(sed -n 's/^#define HVCPUID_VERSION "\(.*\)"/\1/p' gen/version.h)
day=$(sed -n 's/^#define HVCPUID_RELEASE_DATE "\(.*\)"/\1/p' gen/version.h)
[ "$(dpkg-parsechangelog -S Version)" = "$version" ] &&
    [ "$(date -u -d "$(dpkg-parsechangelog -S Date)" +%F)" = "$day" ] &&
    ok "debian/changelog is release $version of $day (gen/version.h)" ||
    not_ok "debian/changelog matches gen/version.h" "$(dpkg-parsechangelog -S Version) $(dpkg-parsechangelog -S Date)"

src=$TMPD/src/hvcpuid-$version
mkdir -p "$src"
git ls-files -co --exclude-standard | grep -v '^build/' | tar -cf - -T - | tar -xf - -C "$src"
(cd "$src" && DEB_BUILD_OPTIONS=parallel=2 dpkg-buildpackage -us -uc -b) >"$TMPD/build.log" 2>&1
code=$?
changes=$TMPD/src/hvcpuid_${version}_$(dpkg --print-architecture).changes
if [ $code = 0 ] && [ -f "$changes" ]; then ok "dpkg-buildpackage -us -uc -b"
else not_ok "dpkg-buildpackage -us -uc -b" "exit $code: $(tail -15 "$TMPD/build.log")"; fi
grep -q '^RESULT [0-9]* 0$' "$TMPD/build.log" && ok "the package build ran its quick test" ||
    not_ok "the package build ran its quick test" "no RESULT line"

lintian --pedantic -I "$changes" >"$TMPD/lintian" 2>&1
if [ -f "$changes" ] && ! grep -q '^[EW]: ' "$TMPD/lintian"; then
    ok "lintian: no error, no warning ($(grep -c '^[IP]: ' "$TMPD/lintian") info/pedantic tags)"
else not_ok "lintian: no error, no warning" "$(grep '^[EW]: ' "$TMPD/lintian")"; fi
sed -n 's/^\([IP]: .*\)/  \1/p' "$TMPD/lintian"

sys=$TMPD/sysroot
for deb in "$TMPD"/src/*.deb; do
    case $deb in *-dbgsym_*) continue ;; esac
    dpkg -x "$deb" "$sys"
done
for pkg in hvcpuid libhvcpuid0 libhvcpuid-dev; do
    ls "$TMPD"/src/${pkg}_"$version"_*.deb >/dev/null 2>&1 && ok "package $pkg built" || not_ok "package $pkg" "missing"
done
bin=$sys/usr/bin/hvcpuid
"$bin" check spec/registry.xml >/dev/null 2>&1 && ok "installed hvcpuid checks spec/ clean" ||
    not_ok "installed hvcpuid check" "exit $?"
"$bin" decode "${HVCPUID_SHARED:-../shared}/dumps/kvm_firecracker_c3.cpuid-r.txt" 2>&1 |
    grep -Eq '^base 0x40000000: kvm([ ,]|$)' && ok "installed hvcpuid decodes a shared dump" ||
    not_ok "installed hvcpuid decode" "no kvm at 0x40000000"
[ "$("$bin" --version)" = "hvcpuid $version" ] && ok "installed hvcpuid --version" || not_ok "--version" "$("$bin" --version)"
for page in man1/hvcpuid.1 man5/hvcpuid-registry.5; do
    f=$sys/usr/share/man/$page.gz
    if [ -f "$f" ] && MANWIDTH=80 man -l "$f" 2>/dev/null | grep -q '^NAME'; then ok "man page $page.gz renders"
    else not_ok "man page $page.gz" "missing or empty"; fi
done
for f in usr/share/bash-completion/completions/hvcpuid usr/share/zsh/vendor-completions/_hvcpuid \
    usr/share/hvcpuid/registry.json usr/share/hvcpuid/html/index.html usr/include/hvcpuid/kvm.h \
    usr/share/doc/hvcpuid/copyright; do
    [ -f "$sys/$f" ] || missing="${missing:-} $f"
done
multiarch=$(dpkg-architecture -qDEB_HOST_MULTIARCH)
for f in libhvcpuid.so.0 libhvcpuid.so libhvcpuid.a pkgconfig/hvcpuid.pc; do
    [ -e "$sys/usr/lib/$multiarch/$f" ] || missing="${missing:-} $f"
done
[ -z "${missing:-}" ] && ok "completion, data, headers, libraries and pkg-config in place" ||
    not_ok "package contents" "missing:$missing"
echo "package: $(($(date +%s) - start)) s"
finish
