# faults.sh - `hvcpuid gen` under faults: killed midway, checks failing, disk
# full, a read-only output folder. The previous outputs always survive whole,
# and a failed write leaves no partial or temporary file behind.
. tests/cli/lib.sh
H=$HVCPUID
big=build/faults
mk() { python3 tests/hostile/mkinput.py registry "$@"; }
[ -f "$big/a/registry.xml" ] && [ "$big/a/registry.xml" -nt tests/hostile/mkinput.py ] ||
    mk 100 "$big/a" 32 8
[ -f "$big/b/registry.xml" ] && [ "$big/b/registry.xml" -nt tests/hostile/mkinput.py ] ||
    mk 100 "$big/b" 31 8

out=$TMPD/out
"$H" gen -o "$out" "$big/a/registry.xml" 2>/dev/null
cp "$out/registry.json" "$TMPD/a.json"
"$H" gen -o "$TMPD/outb" "$big/b/registry.xml" 2>/dev/null
cp "$TMPD/outb/registry.json" "$TMPD/b.json"
if cmp -s "$TMPD/a.json" "$TMPD/b.json" || [ ! -s "$TMPD/a.json" ]; then
    not_ok "fault fixtures" "the two big registries must generate different, non-empty outputs"
fi

# Each output is byte-identical to the old or to the new version, and no
# temporary file is left beside it.
whole() { # NAME
    if cmp -s "$out/registry.json" "$TMPD/a.json" || cmp -s "$out/registry.json" "$TMPD/b.json"
    then ok "$1: registry.json is whole (old or new)"
    else not_ok "$1: registry.json is whole (old or new)" "it is neither: partial write"; fi
}
no_temp() { # NAME DIR
    if ls -a "$2" | grep -q '\.tmp\.'; then not_ok "$1: no temporary file" "$(ls -a "$2")"
    else ok "$1: no temporary file"; fi
}

# ---- kill -9 at several moments of a gen that changes every output ------
for delay in 0.05 0.2 0.4 0.6 0.8 1.0; do
    cp "$TMPD/a.json" "$out/registry.json"
    "$H" gen -o "$out" "$big/b/registry.xml" 2>/dev/null &
    pid=$!
    sleep "$delay"
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    whole "kill -9 after ${delay}s"
    # SIGKILL cannot be caught: a temporary file caught between write and
    # rename stays behind; the next run must still succeed and be whole.
    rm -f "$out"/*.tmp.*
done
expect_exit "gen after the kills" 0 "$H" gen -o "$out" "$big/b/registry.xml"
if cmp -s "$out/registry.json" "$TMPD/b.json"; then ok "gen after the kills is complete"
else not_ok "gen after the kills is complete" "registry.json differs"; fi

# ---- unchanged outputs are not rewritten (same inode, same time) --------
touch -d '2001-01-01 00:00:00' "$out/registry.json"
before=$(stat -c '%i %Y' "$out/registry.json")
expect_exit "regenerating unchanged outputs" 0 "$H" gen -o "$out" "$big/b/registry.xml"
if [ "$(stat -c '%i %Y' "$out/registry.json")" = "$before" ]; then
    ok "unchanged output keeps inode and timestamp"
else
    not_ok "unchanged output keeps inode and timestamp" "rewritten"
fi

# ---- a registry with errors writes nothing ------------------------------
expect_exit "gen with check errors" 1 "$H" gen -o "$out" tests/bad/field-overlap.xml
if [ "$(stat -c '%i %Y' "$out/registry.json")" = "$before" ]; then
    ok "errors: previous output untouched"
else
    not_ok "errors: previous output untouched" "rewritten"
fi
no_temp "errors" "$out"

# ---- disk full: RLIMIT_FSIZE of 64 KiB, SIGXFSZ ignored so write() fails
# with EFBIG the way it fails with ENOSPC ---------------------------------
cp "$TMPD/a.json" "$out/registry.json"
(
    trap '' XFSZ
    ulimit -f 128
    exec "$H" gen -o "$out" "$big/b/registry.xml"
) >"$TMPD/_stdout" 2>"$TMPD/_stderr"
code=$?
if [ "$code" = 2 ] && grep -q 'registry.json: error: cannot write: File too large' "$TMPD/_stderr"
then ok "file size limit: clear error, exit 2"
else not_ok "file size limit: clear error, exit 2" "exit $code: $(cat "$TMPD/_stderr")"; fi
if cmp -s "$out/registry.json" "$TMPD/a.json"; then ok "file size limit: previous output intact"
else not_ok "file size limit: previous output intact" "registry.json changed"; fi
no_temp "file size limit" "$out"

# A real full file system, where mounting works (root, no container veto).
mnt=$TMPD/full
mkdir -p "$mnt"
if mount -t tmpfs -o size=256k tmpfs "$mnt" 2>/dev/null; then
    mkdir -p "$mnt/out"
    "$H" gen -o "$mnt/out" tests/data/small/registry.xml 2>/dev/null
    cp "$mnt/out/registry.json" "$TMPD/small.json"
    expect_exit "full disk: exit 2" 2 "$H" gen -o "$mnt/out" "$big/b/registry.xml"
    if grep -q 'No space left on device' "$TMPD/_stderr"; then ok "full disk: clear error"
    else not_ok "full disk: clear error" "$(cat "$TMPD/_stderr")"; fi
    if cmp -s "$mnt/out/registry.json" "$TMPD/small.json"; then ok "full disk: previous output"
    else not_ok "full disk: previous output" "registry.json changed"; fi
    no_temp "full disk" "$mnt/out"
    umount "$mnt"
else
    echo "skip: cannot mount a tmpfs here (the RLIMIT_FSIZE case above covers a full disk)"
fi

# ---- read-only output folder --------------------------------------------
# As root, permissions do not stop writes: run as nobody via setpriv.
ro=$TMPD/ro
mkdir -p "$ro/out"
cp -r spec "$ro/spec"
"$H" gen -o "$ro/out" tests/data/small/registry.xml 2>/dev/null
cp "$ro/out/registry.json" "$TMPD/ro.json"
chmod 755 "$TMPD" "$ro" "$ro/out"
chmod -R a+rX "$ro/spec"
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null 2>&1; then
    as_nobody() { setpriv --reuid=65534 --regid=65534 --clear-groups -- "$@"; }
else
    as_nobody() { "$@"; } # not root: the folder's permissions already bind us
    chmod 555 "$ro/out"
fi
as_nobody "$H" gen -o "$ro/out" "$ro/spec/registry.xml" >"$TMPD/_stdout" 2>"$TMPD/_stderr"
code=$?
if [ "$code" = 2 ] && grep -q 'cannot create a temporary file next to it: Permission denied' \
    "$TMPD/_stderr"; then
    ok "read-only folder: clear error, exit 2"
else
    not_ok "read-only folder: clear error, exit 2" "exit $code: $(cat "$TMPD/_stderr")"
fi
if cmp -s "$ro/out/registry.json" "$TMPD/ro.json"; then ok "read-only folder: output intact"
else not_ok "read-only folder: output intact" "registry.json changed"; fi
no_temp "read-only folder" "$ro/out"
chmod 700 "$TMPD"

# An output folder that cannot exist at all (inside /proc).
expect_exit "output folder under /proc" 2 "$H" gen -o /proc/self/hvcpuid-out \
    tests/data/small/registry.xml
if grep -q 'hvcpuid-out.*error: cannot' "$TMPD/_stderr"; then ok "output folder under /proc: message"
else not_ok "output folder under /proc: message" "$(cat "$TMPD/_stderr")"; fi

# ---- content is never visible under a name before it is complete --------
# gen writes into an unnamed O_TMPFILE file and names it only to rename it,
# so a kill while writing leaves no NAME.tmp.* behind. Without /proc (which
# linkat goes through) it falls back to a named mkstemp file.
if command -v strace >/dev/null 2>&1; then
    strace -f -e trace=openat,linkat,rename -o "$TMPD/st.log" \
        "$H" gen -o "$TMPD/unnamed" tests/data/small/registry.xml 2>/dev/null
    if grep -q 'O_TMPFILE' "$TMPD/st.log" && grep -q 'linkat(.*\.tmp\.' "$TMPD/st.log" &&
        ! grep -q 'openat([^)]*\.tmp\.[^)]*O_CREAT' "$TMPD/st.log"; then
        ok "outputs are written unnamed, then linked and renamed"
    else
        not_ok "outputs are written unnamed, then linked and renamed" \
            "$(grep -E 'tmp|TMPFILE' "$TMPD/st.log" | head -5)"
    fi
else
    not_ok "outputs are written unnamed, then linked and renamed" "strace is not installed"
fi
if unshare -m true 2>/dev/null; then
    unshare -m sh -c "umount -l /proc && '$H' gen -o '$TMPD/noproc' tests/data/small/registry.xml" \
        2>/dev/null
    "$H" gen -o "$TMPD/withproc" tests/data/small/registry.xml 2>/dev/null
    if diff -r "$TMPD/noproc" "$TMPD/withproc" >/dev/null &&
        ! ls -R "$TMPD/noproc" | grep -q '\.tmp\.'; then
        ok "without /proc the named fallback writes the same outputs"
    else
        not_ok "without /proc the named fallback writes the same outputs" "outputs differ"
    fi
else
    echo "skip fallback without /proc: unshare -m is not permitted here"
fi
finish
