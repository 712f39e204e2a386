#!/bin/sh
# fetch-upstream-headers.sh DIR - the newest upstream headers the conformance
# test compares against (tests/cli/conformance.sh): Debian unstable's
# linux-libc-dev (asm/kvm_para.h), linux-headers-<newest>-common
# (include/hyperv/hvgdk_mini.h, asm/acrn.h) and libxen-dev
# (xen/arch-x86/cpuid.h), fetched with `apt-get download` and unpacked with
# `dpkg-deb -x` into DIR/root.
#
# apt runs with a private sources list, state and cache below DIR, so the
# machine's own apt configuration and package lists stay untouched. The .debs
# are kept in DIR/debs: a second run downloads nothing. On success it prints
# one line per package ("package version file") to DIR/MANIFEST and exits 0;
# when it cannot fetch or unpack, it says why on stderr and exits 1, so the
# caller fails instead of silently comparing against nothing.
set -eu

DIR=${1:?usage: fetch-upstream-headers.sh DIR}
SUITE=${UPSTREAM_SUITE:-unstable}
KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg

fail() {
    echo "fetch-upstream-headers: $*" >&2
    exit 1
}

mkdir -p "$DIR/debs"
DIR=$(cd "$DIR" && pwd)
APTD=$DIR/apt

# apt-get or apt-cache ($1) with everything private: sources, lists, cache,
# status, preferences.
papt() {
    tool=$1
    shift
    "$tool" -q -o Dir::Etc::sourcelist="$APTD/sources.list" -o Dir::Etc::sourceparts=- \
        -o Dir::Etc::preferences="$APTD/preferences" -o Dir::Etc::preferencesparts=- \
        -o Dir::State="$APTD/state" -o Dir::State::status="$APTD/state/status" \
        -o Dir::Cache="$APTD/cache" -o Debug::NoLocking=1 -o APT::Sandbox::User=root \
        -o Acquire::Retries=2 -o Acquire::http::Timeout=60 -o Acquire::Languages=none "$@"
}

# The Debian archive this machine's apt already uses (its release suite, not
# -security or -updates), unless UPSTREAM_MIRROR names another.
mirror() {
    if [ -n "${UPSTREAM_MIRROR:-}" ]; then echo "$UPSTREAM_MIRROR"; return; fi
    apt-get indextargets --no-release-info --format '$(REPO_URI) $(RELEASE)' \
        'Identifier: Packages' 2>/dev/null |
        awk '$2 !~ /-(security|updates|backports)$/ {print $1; exit}'
}

# The three .debs, unless all are already cached.
have() { ls "$DIR/debs/"$1_*.deb >/dev/null 2>&1; }
if ! have linux-libc-dev || ! have libxen-dev || ! have 'linux-headers-*-common'; then
    command -v apt-get >/dev/null 2>&1 || fail "apt-get not found: these headers come from Debian's archive"
    [ -r "$KEYRING" ] || fail "no $KEYRING (install debian-archive-keyring)"
    MIRROR=$(mirror)
    [ -n "$MIRROR" ] || fail "no Debian archive in this machine's apt sources; set UPSTREAM_MIRROR"
    mkdir -p "$APTD/state/lists/partial" "$APTD/cache/archives/partial"
    : >"$APTD/state/status"
    : >"$APTD/preferences"
    echo "deb [signed-by=$KEYRING] $MIRROR $SUITE main" >"$APTD/sources.list"
    # apt-get update exits 0 when an index cannot be fetched: check the list.
    # The signature is checked as always; Valid-Until is not, because a
    # mirror or proxy that serves an older unstable (whose Release has
    # lapsed by the clock) still serves signed, real headers, only older
    # ones, and the versions compared are printed. Nothing fetched here is
    # installed or run: the headers are only compiled against.
    if ! papt apt-get -o Acquire::Check-Valid-Until=false update >"$APTD/update.log" 2>&1 ||
        ! ls "$APTD/state/lists/"*_Packages* >/dev/null 2>&1; then
        fail "apt-get update of $SUITE from $MIRROR failed: $(tail -n 3 "$APTD/update.log")"
    fi
    # The newest kernel's -common package: the amd64 headers meta package
    # names the flavour package, which names the -common one.
    flavour=$(papt apt-cache --no-all-versions show linux-headers-amd64 2>/dev/null |
        sed -n 's/^Depends: .*\(linux-headers-[0-9][^ ,]*-amd64\).*/\1/p' | head -n 1)
    [ -n "$flavour" ] || fail "linux-headers-amd64 in $SUITE names no linux-headers-*-amd64 package"
    common=$(papt apt-cache --no-all-versions show "$flavour" 2>/dev/null |
        sed -n 's/^Depends: .*\(linux-headers-[0-9][^ ,]*-common\).*/\1/p' | head -n 1)
    [ -n "$common" ] || fail "$flavour in $SUITE depends on no linux-headers-*-common package"
    rm -f "$DIR/debs/"*.deb
    (cd "$DIR/debs" && papt apt-get download linux-libc-dev libxen-dev "$common") >"$APTD/download.log" 2>&1 ||
        fail "apt-get download failed: $(tail -n 3 "$APTD/download.log")"
fi

# Unpack once per set of .debs (a stamp names the files unpacked).
debs=$(cd "$DIR/debs" && ls linux-libc-dev_*.deb libxen-dev_*.deb linux-headers-*-common_*.deb)
if [ "$(cat "$DIR/unpacked" 2>/dev/null || true)" != "$debs" ]; then
    rm -rf "$DIR/root" "$DIR/unpacked" "$DIR/MANIFEST"
    mkdir -p "$DIR/root"
    for d in $debs; do
        dpkg-deb -x "$DIR/debs/$d" "$DIR/root" || fail "dpkg-deb -x $d failed"
    done
    echo "$debs" >"$DIR/unpacked"
fi
for d in $debs; do
    printf '%s %s %s\n' "$(dpkg-deb -f "$DIR/debs/$d" Package)" \
        "$(dpkg-deb -f "$DIR/debs/$d" Version)" "$d"
done >"$DIR/MANIFEST"
cat "$DIR/MANIFEST"
