#!/bin/sh
# ensure-deps.sh SET... - make sure the Debian packages a make target needs
# are installed. As root it installs what is missing (non-interactively);
# otherwise it prints the exact apt-get line and fails.
#   build: compile hvcpuid and regenerate out/
#   check: everything `make check` runs
set -eu

# The Debian package with the kernel's internal headers (hyperv-tlfs.h) has
# the kernel version in its name: an installed linux-headers-*-common (not
# -rt), else the one the architecture's linux-headers meta package leads to.
headers_common() {
    have=$(dpkg-query -W -f='${Package} ${Status}\n' 'linux-headers-*-common' 2>/dev/null |
        awk '/ installed$/ && $1 !~ /-rt$/ {print $1}' | sort -V | tail -n 1)
    if [ -n "$have" ]; then echo "$have"; return; fi
    meta=$(apt-cache depends "linux-headers-$(dpkg --print-architecture)" 2>/dev/null |
        awk '/Depends: linux-headers-/ {print $2; exit}')
    # A fresh machine has no package lists yet: fetch them once and ask again.
    if [ -z "$meta" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 || true
        meta=$(apt-cache depends "linux-headers-$(dpkg --print-architecture)" 2>/dev/null |
            awk '/Depends: linux-headers-/ {print $2; exit}')
    fi
    [ -n "$meta" ] && apt-cache depends "$meta" 2>/dev/null |
        awk '/Depends: linux-headers-.*-common$/ {print $2; exit}'
    return 0
}

pkgs=""
for set in "$@"; do
    case "$set" in
    # python3: tools/md2man.py renders hvcpuid-registry(5) in `make`.
    build) pkgs="$pkgs gcc make pkg-config libxml2-dev libxslt1-dev python3" ;;
    check)
        pkgs="$pkgs libcmocka-dev clang g++ valgrind libxml2-utils python3 python3-jsonschema"
        # the libFuzzer and sanitizer runtimes clang links (make fuzz-smoke)
        pkgs="$pkgs libclang-rt-dev"
        # tests/cli/html.sh renders the HTML spec in headless Chromium.
        pkgs="$pkgs chromium fonts-dejavu-core"
        # tests/cli/conformance.sh compiles against the upstream definitions.
        pkgs="$pkgs linux-libc-dev libxen-dev $(headers_common)"
        # ... and against Debian unstable's, which tools/fetch-upstream-headers.sh
        # downloads with apt-get and unpacks with dpkg-deb, checking the archive key.
        pkgs="$pkgs apt dpkg debian-archive-keyring"
        # tests/cli/decode.sh compares decode with Todd Allen's cpuid (20230120 in Debian 12).
        pkgs="$pkgs cpuid"
        # hostile, fault and lint runs (tests/cli/hostile.sh, faults.sh, make lint)
        pkgs="$pkgs strace cppcheck clang-tidy clang-format util-linux time"
        # man pages, completion and packaging (tests/cli/manual.sh, completion.sh,
        # install.sh, package.sh): lint and render the pages, load the scripts,
        # build the .debs and lint them.
        pkgs="$pkgs mandoc man-db groff-base bash-completion zsh"
        pkgs="$pkgs build-essential dpkg-dev debhelper lintian binutils"
        # tests/cli/ci.sh reads docs/ci.md's YAML and runs it in a scratch repository
        pkgs="$pkgs python3-yaml git"
        ;;
    *) echo "ensure-deps.sh: unknown set '$set'" >&2; exit 2 ;;
    esac
done
missing=""
for p in $pkgs; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    case "$status" in
    *" installed") ;;
    *) missing="$missing $p" ;;
    esac
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "ensure-deps: installing:$missing" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing >&2
else
    echo "ensure-deps: missing packages:$missing" >&2
    echo "install them with: sudo apt-get install -y$missing" >&2
    exit 1
fi
